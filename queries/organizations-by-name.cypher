// Any way people write a unit: its name, an alias, or either without/with a jurisdiction prefix
// (住房和城乡建设局 ↔ 旗住房和城乡建设局). Only the best tier of matches is returned.
MATCH (o:Organization)
WITH o, CASE
  WHEN o.name = $name OR $name IN o.aliases THEN 0
  WHEN size($name) >= 3 AND (o.name ENDS WITH $name OR any(a IN o.aliases WHERE a ENDS WITH $name)) THEN 1
  WHEN size($name) >= 3 AND ($name ENDS WITH o.name OR any(a IN o.aliases WHERE size(a) >= 3 AND $name ENDS WITH a)) THEN 2
  ELSE null END AS tier
WHERE tier IS NOT NULL
WITH o, tier ORDER BY tier, size(o.name), o.id
WITH collect({tier: tier, org: o {.*}}) AS hits
UNWIND [h IN hits WHERE h.tier = hits[0].tier | h.org] AS org
RETURN org
