// A write that failed (its data transaction rolled back): its writer leaves, the count stays.
MATCH (v:GraphVersion {id: 'graph'})
WITH v, split(coalesce(v.state, '0;'), ';') AS s
WITH v, s[0] AS n, [w IN split(coalesce(s[1], ''), ',') WHERE w <> '' AND NOT w ENDS WITH ':' + $writer AND toInteger(split(w, ':')[0]) > timestamp()] AS live
SET v.state = n + ';' + reduce(acc = '', w IN live | acc + CASE acc WHEN '' THEN '' ELSE ',' END + w)
