// (a:__FROM__ {id})-[:__TYPE__]->(b:__TO__) for many a at once; identifiers from the model's lists.
UNWIND $ids AS id
MATCH (a:__FROM__ {id: id})-[r:__TYPE__]->(b:__TO__)
// $nodeProps / $relProps: the properties the request selects (values in that order), or null for all
RETURN id AS key,
  CASE WHEN $nodeProps IS NULL THEN b {.*} END AS node, [k IN coalesce($nodeProps, []) | b[k]] AS nodeValues,
  CASE WHEN $relProps IS NULL THEN properties(r) END AS rel, [k IN coalesce($relProps, []) | r[k]] AS relValues
ORDER BY key, coalesce(b.ordinal, 0), coalesce(b.evidenceStarts[0], r.evidenceStarts[0], 0), coalesce(b.name, b.title, b.heading, b.id), b.id, r.key
