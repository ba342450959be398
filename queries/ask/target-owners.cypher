// The targets a question names (by metric, or by words of their text) with every unit responsible
// for them — directly or through the task that carries them — each with role, basis, confidence,
// evidence and the accountable leaders; and the policy tasks a POLICY basis rests on.
MATCH (t:Target)
WHERE (t.metric IN $metrics OR any(term IN $terms WHERE t.text CONTAINS term OR t.metric CONTAINS term))
  AND ($year IS NULL OR t.year = $year)
WITH t ORDER BY t.year DESC, t.id LIMIT 80
OPTIONAL MATCH (d:Document {id: t.documentId})
OPTIONAL MATCH (task:Task)-[:HAS_TARGET]->(t)
WITH t, d, head(collect(task)) AS task
RETURN t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax, t.unit AS unit,
       t.modifier AS modifier, t.year AS year, t.status AS status, d.title AS document, task.title AS task,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS tev,
       COLLECT {
         UNWIND [x IN [t, task] WHERE x IS NOT NULL] AS x
         MATCH (x)<-[r:RESPONSIBLE_FOR]-(o:Organization)
         RETURN {organization: o.name, role: r.role, basis: r.basis, confidence: r.confidence, terms: coalesce(r.terms, []),
                 via: CASE WHEN x = t THEN 'TARGET' ELSE 'TASK' END,
                 leaders: COLLECT { MATCH (p:Person) WHERE p.id IN coalesce(r.leaders, []) RETURN p.name ORDER BY p.name },
                 supervisors: COLLECT { MATCH (o)-[:PART_OF*0..2]->(:Organization)<-[:SUPERVISES]-(p:Person) RETURN DISTINCT p.name ORDER BY p.name },
                 ev: r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths}} AS owner
         ORDER BY CASE owner.role WHEN 'LEAD' THEN 0 ELSE 1 END, owner.confidence DESC, owner.organization
       } AS owners,
       COLLECT {
         UNWIND [x IN [t, task] WHERE x IS NOT NULL] AS x
         MATCH (x)-[i:IMPLEMENTS]->(pt:Task)
         OPTIONAL MATCH (pd:Document {id: pt.documentId})
         RETURN {task: pt.title, document: pd.title, score: i.score,
                 lead: COLLECT { MATCH (pt)<-[pr:RESPONSIBLE_FOR {role: 'LEAD'}]-(po:Organization) RETURN po.name },
                 ev: i {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths}} AS link
         ORDER BY link.score DESC
       } AS policy
