// Every write transaction of this store runs this first: the graph's version goes up by one, and
// the node's write lock, held to the commit, serialises writers and lets a reader keep them out.
MERGE (v:GraphVersion {id: 'graph'})
SET v.n = coalesce(v.n, 0) + 1
