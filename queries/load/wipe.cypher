// One slice of a full wipe; the caller repeats it until nothing is left (keeps transactions small).
// The version counter stays, so a reader that began before the wipe sees that the graph changed.
MATCH (n) WHERE NOT n:GraphVersion
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
