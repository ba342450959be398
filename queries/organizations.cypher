MATCH (o:Organization)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($name IS NULL OR o.name CONTAINS $name OR any(a IN o.aliases WHERE a CONTAINS $name))
  AND ($supervisorIds IS NULL OR EXISTS { MATCH (p:Person)-[:SUPERVISES]->(o) WHERE p.id IN $supervisorIds })
RETURN o {.*} AS node
ORDER BY o.name, o.id
