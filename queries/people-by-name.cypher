MATCH (p:Person)
WHERE p.name = $name
   // names printed with spacing (李 贵) match their unspaced form
   OR replace(p.name, ' ', '') = replace($name, ' ', '')
RETURN p {.*} AS node
ORDER BY p.id
