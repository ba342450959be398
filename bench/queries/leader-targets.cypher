// The bench's second operation as one statement: a leader, the units he supervises, their targets of the year.
MATCH (p:Person) WHERE p.name IN $names
WITH p ORDER BY p.id LIMIT 1
RETURN p.name AS name, COLLECT {
  MATCH (p)-[:SUPERVISES]->(o:Organization)
  WITH DISTINCT o ORDER BY o.name, o.id
  RETURN o {.name, targets: COLLECT {
    MATCH (o)-[:RESPONSIBLE_FOR]->(t:Target {year: $year})
    WITH DISTINCT t ORDER BY coalesce(t.evidenceStarts[0], 0), t.id
    RETURN t {.text, .evidenceQuotes} } }
} AS supervises
