// PLANNED targets with their derived outcome (ACHIEVED_AS), by jurisdiction, year, indicators and status.
MATCH (t:Target {status: 'PLANNED'})-[o:ACHIEVED_AS]->(a:Target)
WHERE ($year IS NULL OR t.year = $year)
  AND ($codes IS NULL OR t.indicatorCode IN $codes)
  AND ($status IS NULL OR o.status = $status)
MATCH (d:Document {id: t.documentId})
WHERE $jurisdiction IS NULL OR d.jurisdiction = $jurisdiction
RETURN d.jurisdiction AS jurisdiction, t.year AS year, t.metric AS metric, t.indicatorName AS indicator, t.id AS targetId,
       o.status AS status, o.preliminary AS preliminary, o.explanation AS explanation, a.id AS achievedId,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev,
       a {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS aev
ORDER BY jurisdiction, year, status, t.documentId, coalesce(t.evidenceStarts[0], 0), t.id
LIMIT 100
