// The graph's version as this transaction sees it now, and whether a write is being applied
// (a writer whose lease has not run out): then what this transaction reads may be half of it.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH coalesce(v.state, '0;') AS state
RETURN state AS n, any(w IN split(coalesce(split(state, ';')[1], ''), ',') WHERE w <> '' AND toInteger(split(w, ':')[0]) > timestamp()) AS busy
