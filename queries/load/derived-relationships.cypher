// The derived layer (of one jurisdiction, or of all when $jurisdiction is null), for checksums.
CALL () {
  MATCH (a)-[r:RESPONSIBLE_FOR]->(b) WHERE r.derivedFor IS NOT NULL RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.derivedFor IS NOT NULL RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:CONFLICTS_WITH]->(b) WHERE r.derivedFor IS NOT NULL RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ACCOUNTABLE_FOR]->(b) WHERE r.derivedFor IS NOT NULL RETURN a, r, b
  UNION ALL
  MATCH (a)-[r:ACHIEVED_AS]->(b) WHERE r.derivedFor IS NOT NULL RETURN a, r, b
}
WITH a, r, b WHERE $jurisdiction IS NULL OR r.derivedFor = $jurisdiction
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY from, to, type, r.key
