// Targets of many units at once, filtered here rather than in the resolver (a unit has targets of
// every year), each target once; with its owners when the request asks for them ($owners), so
// Target.owners needs no statement of its own. Orders as related-out/related-in do.
// $targetProps / $ownerProps / $relProps: the properties the request selects (values in that
// order), or null for all of them (node, owner, rel then hold every property).
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:RESPONSIBLE_FOR]->(t:Target)
WHERE ($year IS NULL OR t.year = $year) AND ($role IS NULL OR r.role = $role) AND ($status IS NULL OR t.status = $status)
WITH DISTINCT id, t
ORDER BY id, coalesce(t.ordinal, 0), coalesce(t.evidenceStarts[0], 0), t.id
RETURN id AS key,
  CASE WHEN $targetProps IS NULL THEN t {.*} END AS node, [k IN coalesce($targetProps, []) | t[k]] AS values,
  COLLECT {
    MATCH (b:Organization)-[r:RESPONSIBLE_FOR]->(t) WHERE $owners
    WITH b, r ORDER BY coalesce(b.ordinal, 0), coalesce(b.evidenceStarts[0], r.evidenceStarts[0], 0), coalesce(b.name, b.id), b.id, r.key
    RETURN {
      node: CASE WHEN $ownerProps IS NULL THEN b {.*} END, values: [k IN coalesce($ownerProps, []) | b[k]],
      rel: CASE WHEN $relProps IS NULL THEN properties(r) END, relValues: [k IN coalesce($relProps, []) | r[k]] }
  } AS owners
