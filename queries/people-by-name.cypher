// $names: the name as typed and without spaces (gazettes pad two-character names: 李 贵)
MATCH (p:Person)
WHERE p.name IN $names
RETURN p {.*} AS node
ORDER BY p.id
