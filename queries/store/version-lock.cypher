// Takes the version node's write lock for a reading transaction that is rolled back at its end:
// no write can commit while it reads (a write's data transaction takes this lock first).
// Creates the node on an empty graph so there is a lock to take.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.state = '0;'
SET v.lockedForRead = true
RETURN v.state AS n, false AS busy
