// (a:__FROM__ {id})-[:__TYPE__]->(b:__TO__) for many a at once; identifiers from the model's lists.
UNWIND $ids AS id
MATCH (a:__FROM__ {id: id})-[r:__TYPE__]->(b:__TO__)
RETURN id AS key, b {.*} AS node, properties(r) AS rel
ORDER BY key, coalesce(b.ordinal, 0), coalesce(b.evidenceStarts[0], r.evidenceStarts[0], 0), coalesce(b.name, b.title, b.heading, b.id), b.id, r.key
