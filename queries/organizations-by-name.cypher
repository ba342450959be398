// Ids of every unit a name may mean (targets/tasks filtered by a unit): its name, an alias, or either
// without/with a jurisdiction prefix (住房和城乡建设局 ↔ 旗住房和城乡建设局); organization-by-name
// picks the one unit of organization(name:) with the same tiers. Candidates come from the name index and the cjk
// full-text index (so the cost does not grow with the number of units); only the best tier returns.
CALL () {
  MATCH (o:Organization {name: $name}) RETURN o
  UNION
  CALL db.index.fulltext.queryNodes('organization_names', $terms, {limit: 300}) YIELD node
  RETURN node AS o
}
WITH o, CASE
  WHEN o.name = $name OR $name IN o.aliases THEN 0
  WHEN size($name) >= 3 AND (o.name ENDS WITH $name OR any(a IN o.aliases WHERE a ENDS WITH $name)) THEN 1
  WHEN size($name) >= 3 AND ($name ENDS WITH o.name OR any(a IN o.aliases WHERE size(a) >= 3 AND $name ENDS WITH a)) THEN 2
  ELSE null END AS tier
WHERE tier IS NOT NULL
WITH o, tier ORDER BY tier, size(o.name), o.id
WITH collect({tier: tier, id: o.id}) AS hits
// the best tier only
UNWIND [h IN hits WHERE h.tier = hits[0].tier | h.id] AS id
RETURN id
