MATCH (n) WHERE NOT n:GraphVersion
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
