MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
