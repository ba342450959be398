// Leaders accountable for each target: those who supervise a unit responsible for it under the
// division of work in force when it was stated (ACCOUNTABLE_FOR, derived per county).
UNWIND $ids AS id
MATCH (t:Target {id: id})<-[a:ACCOUNTABLE_FOR]-(p:Person)
RETURN id AS key, p {.*} AS node, properties(a) AS rel
ORDER BY key, p.name, p.id
