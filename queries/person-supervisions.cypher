// Each SUPERVISES of many people at once, with the division-of-work notices of the person's
// jurisdiction (id, date) so the resolver can tell the period each supervision is stated for.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:SUPERVISES]->(o:Organization)
OPTIONAL MATCH (n:Document {jurisdiction: p.jurisdiction, kind: 'DIVISION_OF_WORK'})
WITH id, r, o, collect(n {.id, .issuedOn}) AS notices
RETURN id AS key, o {.*} AS node, r {.*, notices: notices} AS rel
ORDER BY key, coalesce(o.name, o.id), r.key
