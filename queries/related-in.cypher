// (b:__FROM__)-[:__TYPE__]->(a:__TO__ {id}) for many a at once; identifiers from the model's lists.
UNWIND $ids AS id
MATCH (b:__FROM__)-[r:__TYPE__]->(a:__TO__ {id: id})
RETURN id AS key, b {.*} AS node, properties(r) AS rel
ORDER BY key, coalesce(b.ordinal, 0), coalesce(b.evidenceStarts[0], r.evidenceStarts[0], 0), coalesce(b.name, b.title, b.heading, b.id), b.id, r.key
