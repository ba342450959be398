MATCH (d:Document)
WHERE ($id IS NOT NULL AND d.id = $id) OR (d.docNumber IN $docNumbers)
RETURN d {.*, text: null} AS node
ORDER BY CASE d.kind WHEN 'CITED' THEN 1 ELSE 0 END, d.id
LIMIT 1
