MATCH (p:Person)
RETURN p {.*} AS node
ORDER BY p.name, p.id
