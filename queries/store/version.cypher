// The graph's version as this transaction sees it now (null before the first write).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.n AS n
