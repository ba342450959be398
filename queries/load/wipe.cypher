// One slice of a full wipe; the caller repeats it until nothing is left (keeps transactions small).
MATCH (n)
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
