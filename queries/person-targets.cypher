// Targets of the units each person supervises (分管), for many people at once.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:SUPERVISES]->(:Organization)-[:RESPONSIBLE_FOR]->(t:Target)
WITH DISTINCT id, t
RETURN id AS key, t {.*} AS node, {} AS rel
ORDER BY key, t.documentId, coalesce(t.evidenceStarts[0], 0), t.id
