// Owners of chosen targets, one row per responsibility (see src/ask TARGET_OWNER). Short: long texts cost a round trip.
UNWIND $ids AS id
MATCH (t:Target {id: id})
OPTIONAL MATCH (d:Document {id: t.documentId})
OPTIONAL MATCH (task:Task)-[:HAS_TARGET]->(t)
WITH t, d, head(collect(task)) AS task
UNWIND [x IN [t, task] WHERE x IS NOT NULL] AS x
OPTIONAL MATCH (x)<-[r:RESPONSIBLE_FOR]-(o:Organization)
WITH t, d, task, x, r, o
ORDER BY CASE r.role WHEN 'LEAD' THEN 0 ELSE 1 END, r.confidence DESC, o.name
RETURN t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax, t.unit AS unit,
       t.modifier AS modifier, t.year AS year, t.status AS status, d.title AS document, task.title AS task,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS tev,
       o.name AS organization, r.role AS role, r.basis AS basis, r.confidence AS confidence, coalesce(r.terms, []) AS terms,
       coalesce(r.leaders, []) AS leaderIds, CASE WHEN x = t THEN 'TARGET' ELSE 'TASK' END AS via,
       CASE WHEN o IS NULL THEN [] ELSE [(o)-[:PART_OF*0..2]->(:Organization)<-[:SUPERVISES]-(p:Person) | p.name] END AS supervisors,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
