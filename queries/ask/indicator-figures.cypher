// The figures of some indicators in every loaded jurisdiction (or one), optionally one measure, status and year.
MATCH (t:Target)
WHERE t.indicatorCode IN $codes
  AND ($measure IS NULL OR t.measure = $measure)
  AND ($status IS NULL OR t.status = $status)
  AND ($year IS NULL OR t.year = $year)
MATCH (d:Document {id: t.documentId})
WHERE $jurisdiction IS NULL OR d.jurisdiction = $jurisdiction
RETURN d.jurisdiction AS jurisdiction, t.year AS year, t.status AS status, t.metric AS metric, t.indicatorName AS indicator,
       t.value AS value, t.valueMax AS valueMax, t.unit AS unit, t.modifier AS modifier, t.measure AS measure, t.text AS text, t.id AS targetId,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY jurisdiction, year DESC, status, t.documentId, coalesce(t.evidenceStarts[0], 0), t.id
LIMIT 100
