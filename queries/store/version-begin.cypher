// A write announces itself in a transaction of its own, committed before its data transaction
// begins: `state` is "<completed writes>;<writer>,<writer>…", a writer being "<lease end ms>:<id>".
// Readers that see a live writer know the graph may be half-applied (Neo4j can show a committing
// transaction's records before all of them are in), so they read again. A crashed writer's lease
// runs out. One property, so a reader never sees the count and the writers out of step.
MERGE (v:GraphVersion {id: 'graph'})
WITH v, split(coalesce(v.state, '0;'), ';') AS s
WITH v, s[0] AS n, [w IN split(coalesce(s[1], ''), ',') WHERE w <> '' AND toInteger(split(w, ':')[0]) > timestamp()] AS live
WITH v, n, live + [toString(timestamp() + $leaseMs) + ':' + $writer] AS writers
SET v.state = n + ';' + reduce(acc = '', w IN writers | acc + CASE acc WHEN '' THEN '' ELSE ',' END + w)
