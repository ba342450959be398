// Targets owned by the organisations a leader supervises (and their sub-units) in a year.
MATCH (p:Person {id: $personId})-[:SUPERVISES]->(o:Organization)<-[:PART_OF*0..2]-(u:Organization)-[r:RESPONSIBLE_FOR]->(x)
WHERE x:Target OR x:Task
OPTIONAL MATCH (x)-[:HAS_TARGET]->(tt:Target)
WITH u, r, CASE WHEN x:Target THEN x ELSE tt END AS t
WHERE t IS NOT NULL AND ($year IS NULL OR t.year = $year OR (t.year IS NULL AND t.recurring = true))
  AND ($status IS NULL OR t.status = $status)
RETURN DISTINCT t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax,
       t.unit AS unit, t.year AS year, t.status AS status, u.name AS organization, r.role AS role, r.basis AS basis,
       r.confidence AS confidence,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS tev
ORDER BY CASE role WHEN 'LEAD' THEN 0 ELSE 1 END, organization, metric
LIMIT 200
