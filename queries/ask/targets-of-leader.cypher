// Targets a leader is accountable for in a year: owned by a unit they supervise under the division
// of work in force for the target's document (ACCOUNTABLE_FOR, derived for the county), each with
// the supervised unit's responsibility. A unit moved to another leader by a later 调整 notice no
// longer counts for the first.
MATCH (p:Person {id: $personId})-[a:ACCOUNTABLE_FOR]->(t:Target)
WHERE ($year IS NULL OR t.year = $year OR (t.year IS NULL AND t.recurring = true))
  AND ($status IS NULL OR t.status = $status)
MATCH (u:Organization)-[r:RESPONSIBLE_FOR]->(t)
WHERE u.id IN a.organizations
RETURN DISTINCT t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax,
       t.unit AS unit, t.year AS year, t.status AS status, u.name AS organization, r.role AS role, r.basis AS basis,
       r.confidence AS confidence,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS tev
ORDER BY CASE role WHEN 'LEAD' THEN 0 ELSE 1 END, organization, metric
LIMIT 200
