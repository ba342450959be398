// The stated figures for metrics, optionally for one year, status (PLANNED / ACHIEVED) and jurisdiction.
MATCH (t:Target)
WHERE t.metric IN $metrics AND ($year IS NULL OR t.year = $year) AND ($status IS NULL OR t.status = $status)
OPTIONAL MATCH (d:Document {id: t.documentId})
WITH t, d WHERE $jurisdiction IS NULL OR d.jurisdiction = $jurisdiction
RETURN t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax, t.unit AS unit,
       t.modifier AS modifier, t.measure AS measure, t.year AS year, t.status AS status, t.scope AS scope,
       d.title AS document,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY year DESC, status, metric
LIMIT 50
