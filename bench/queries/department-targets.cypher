// The bench's first operation as one statement: the unit a name means (same tiers as the API's
// organizations-by-name), its targets of the year, each with its owners and their evidence.
CALL () {
  MATCH (o:Organization {name: $name}) RETURN o
  UNION
  CALL db.index.fulltext.queryNodes('organization_names', $terms, {limit: 300}) YIELD node
  RETURN node AS o
}
WITH o, CASE
  WHEN o.name = $name OR $name IN o.aliases THEN 0
  WHEN size($name) >= 3 AND (o.name ENDS WITH $name OR any(a IN o.aliases WHERE a ENDS WITH $name)) THEN 1
  WHEN size($name) >= 3 AND ($name ENDS WITH o.name OR any(a IN o.aliases WHERE size(a) >= 3 AND $name ENDS WITH a)) THEN 2
  ELSE null END AS tier
WHERE tier IS NOT NULL
WITH o ORDER BY tier, size(o.name), o.id LIMIT 1
RETURN o.name AS name, COLLECT {
  MATCH (o)-[:RESPONSIBLE_FOR]->(t:Target {year: $year})
  WITH DISTINCT t ORDER BY coalesce(t.evidenceStarts[0], 0), t.id
  RETURN t {.text, .value, .unit, .evidenceQuotes, .evidenceStarts, .evidenceEnds,
    owners: COLLECT {
      MATCH (t)<-[r:RESPONSIBLE_FOR]-(b:Organization)
      RETURN {role: r.role, basis: r.basis, organization: b.name, evidenceQuotes: r.evidenceQuotes} } }
} AS targets
