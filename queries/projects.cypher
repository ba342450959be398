MATCH (p:Project)
WHERE ($year IS NULL OR p.year = $year)
  AND ($document IS NULL OR p.documentId = $document)
  AND ($text IS NULL OR p.name CONTAINS $text)
WITH p ORDER BY p.documentId, coalesce(p.evidenceStarts[0], 0), p.id
WITH collect(p) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | x {.*}] AS items
