// person(name:, jurisdiction:): the one person a name means (the lowest id, as people-by-name
// orders them) and, when the request selects them, the units they supervise ($supervises, the rows
// related-out returns for SUPERVISES) and those units' targets ($targets, the rows
// organization-targets returns: keep the three in step), so the bench's "a leader's units and
// their targets" is one statement. $names: the name as typed and without spaces.
// $personProps, $orgProps: the properties the request selects (values in that order), or null for all.
MATCH (p:Person)
WHERE p.name IN $names AND ($jurisdiction IS NULL OR p.jurisdiction = $jurisdiction)
WITH p ORDER BY p.id LIMIT 1
RETURN CASE WHEN $personProps IS NULL THEN p {.*} END AS node, [k IN coalesce($personProps, []) | p[k]] AS values, COLLECT {
  MATCH (p)-[s:SUPERVISES]->(o:Organization) WHERE $supervises
  WITH s, o ORDER BY coalesce(o.ordinal, 0), coalesce(o.evidenceStarts[0], s.evidenceStarts[0], 0), coalesce(o.name, o.title, o.heading, o.id), o.id, s.key
  RETURN { node: CASE WHEN $orgProps IS NULL THEN o {.*} END, values: [k IN coalesce($orgProps, []) | o[k]], targets: COLLECT {
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
          rel: CASE WHEN $relProps IS NULL THEN properties(r) END, relValues: [k IN coalesce($relProps, []) | r[k]] } } } } }
} AS supervises
