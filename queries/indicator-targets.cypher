// The targets that measure one indicator, in every loaded jurisdiction, with their jurisdiction.
MATCH (t:Target {indicatorCode: $code})
WHERE ($year IS NULL OR t.year = $year) AND ($status IS NULL OR t.status = $status)
MATCH (d:Document {id: t.documentId})
WITH t, d ORDER BY coalesce(d.jurisdiction, ''), coalesce(t.year, 0), t.status, t.documentId, coalesce(t.evidenceStarts[0], 0), t.id
LIMIT $limit
RETURN t {.*, jurisdiction: d.jurisdiction} AS node
