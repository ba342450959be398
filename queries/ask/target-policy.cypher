// The policy tasks chosen targets (or the tasks carrying them) implement, with the policy
// document and its lead units: what a POLICY responsibility rests on.
UNWIND $ids AS id
MATCH (t:Target {id: id})
OPTIONAL MATCH (task:Task)-[:HAS_TARGET]->(t)
WITH t, [x IN collect(task) + [t] WHERE x IS NOT NULL] AS xs
UNWIND xs AS x
MATCH (x)-[i:IMPLEMENTS]->(pt:Task)
OPTIONAL MATCH (pd:Document {id: pt.documentId})
RETURN t.id AS targetId, pt.title AS task, pd.title AS document, i.score AS score,
       [(pt)<-[pr:RESPONSIBLE_FOR {role: 'LEAD'}]-(po:Organization) | po.name] AS lead,
       i {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY score DESC
