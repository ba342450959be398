// organization(name:, jurisdiction:): the one unit a name means — the best tier of
// organizations-by-name, then the shortest name, then the id (with 100 counties an alias matches a
// unit in each: LIMIT 1 here, not 100 units read for the resolver to take the first) — and, when
// the request selects Organization.targets ($targets), its targets in the rows organization-targets
// returns (keep the two in step), so the root field and its targets cost one statement.
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
WHERE tier IS NOT NULL AND ($jurisdiction IS NULL OR o.jurisdiction = $jurisdiction)
WITH o ORDER BY tier, size(o.name), o.id LIMIT 1
RETURN CASE WHEN $orgProps IS NULL THEN o {.*} END AS org, [k IN coalesce($orgProps, []) | o[k]] AS values, COLLECT {
  MATCH (o)-[r:RESPONSIBLE_FOR]->(t:Target)
  WHERE $targets AND ($year IS NULL OR t.year = $year) AND ($role IS NULL OR r.role = $role) AND ($status IS NULL OR t.status = $status)
  WITH DISTINCT t
  ORDER BY coalesce(t.ordinal, 0), coalesce(t.evidenceStarts[0], 0), t.id
  RETURN {
    node: CASE WHEN $targetProps IS NULL THEN t {.*} END, values: [k IN coalesce($targetProps, []) | t[k]],
    owners: COLLECT {
      MATCH (b:Organization)-[r:RESPONSIBLE_FOR]->(t) WHERE $owners
      WITH b, r ORDER BY coalesce(b.ordinal, 0), coalesce(b.evidenceStarts[0], r.evidenceStarts[0], 0), coalesce(b.name, b.id), b.id, r.key
      RETURN {
        node: CASE WHEN $ownerProps IS NULL THEN b {.*} END, values: [k IN coalesce($ownerProps, []) | b[k]],
        rel: CASE WHEN $relProps IS NULL THEN properties(r) END, relValues: [k IN coalesce($relProps, []) | r[k]] } } }
} AS targets
