// The first statement of every write transaction of this store: the graph's version goes up by
// one, visible exactly when the write is, and the node's write lock, held to the commit,
// serialises writers and lets a reader keep them out (version-lock). A write that fails or is
// killed rolls this back with the rest: nothing of it is left for readers to wait on.
MERGE (v:GraphVersion {id: 'graph'})
SET v.n = coalesce(v.n, 0) + 1
