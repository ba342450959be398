// Targets of the units each person supervises (分管) under the division in force when each target
// was stated (ACCOUNTABLE_FOR, derived per county), for many people at once.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:ACCOUNTABLE_FOR]->(t:Target)
RETURN id AS key, t {.*} AS node, {} AS rel
ORDER BY key, t.documentId, coalesce(t.evidenceStarts[0], 0), t.id
