// The first statement of a write's data transaction: one more completed write, this writer gone
// (both seen by readers exactly when the data is), and the node's write lock held to the commit,
// so writers take turns and a reader can keep them out (version-lock).
MERGE (v:GraphVersion {id: 'graph'})
WITH v, split(coalesce(v.state, '0;'), ';') AS s
WITH v, toInteger(s[0]) + 1 AS n, [w IN split(coalesce(s[1], ''), ',') WHERE w <> '' AND NOT w ENDS WITH ':' + $writer AND toInteger(split(w, ':')[0]) > timestamp()] AS live
SET v.state = toString(n) + ';' + reduce(acc = '', w IN live | acc + CASE acc WHEN '' THEN '' ELSE ',' END + w)
