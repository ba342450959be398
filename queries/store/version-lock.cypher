// Takes the version node's write lock for a reading transaction that is rolled back at its end:
// no write can commit while it reads (a write takes this lock with its first statement).
// Creates the node on an empty graph so there is a lock to take.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.n = 0
SET v.lockedForRead = true
RETURN v.n AS n
