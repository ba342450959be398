// Provisions of the loaded measures documents, in document order, filtered (every filter optional).
MATCH (d:Document)-[:HAS_PROVISION]->(p:Provision)
WHERE ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($document IS NULL OR d.id = $document)
  AND ($text IS NULL OR p.condition CONTAINS $text)
  AND ($kind IS NULL OR p.kind = $kind)
WITH p ORDER BY p.documentId, coalesce(p.evidenceStarts[0], 0), p.id
LIMIT $limit
RETURN p {.*} AS node
