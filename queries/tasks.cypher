MATCH (t:Task)
WHERE ($document IS NULL OR t.documentId = $document)
  AND ($jurisdiction IS NULL OR EXISTS { MATCH (d:Document {id: t.documentId}) WHERE d.jurisdiction = $jurisdiction })
  AND ($text IS NULL OR t.title CONTAINS $text OR t.text CONTAINS $text)
  AND ($orgIds IS NULL OR EXISTS {
        MATCH (o:Organization)-[r:RESPONSIBLE_FOR]->(t) WHERE o.id IN $orgIds AND ($role IS NULL OR r.role = $role) })
  AND ($orgIds IS NOT NULL OR $role IS NULL OR EXISTS { MATCH (:Organization)-[r:RESPONSIBLE_FOR]->(t) WHERE r.role = $role })
WITH t ORDER BY t.documentId, t.ordinal, coalesce(t.evidenceStarts[0], 0), t.id
WITH collect(t) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | x {.*}] AS items
