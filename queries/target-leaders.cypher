// Leaders accountable for each target: those who supervise a unit responsible for it.
UNWIND $ids AS id
MATCH (t:Target {id: id})<-[:RESPONSIBLE_FOR]-(:Organization)<-[:SUPERVISES]-(p:Person)
WITH DISTINCT id, p
RETURN id AS key, p {.*} AS node, {} AS rel
ORDER BY key, p.name, p.id
