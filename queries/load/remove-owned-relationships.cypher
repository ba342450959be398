// Relationships stated only by this gazette go; shared ones lose this gazette's evidence (next step).
// Every relationship a gazette states touches a node the same gazette owns, so start from those.
MATCH (n) WHERE $gazetteId IN n.gazetteIds
MATCH (n)-[x]-() WHERE x.gazetteIds = [$gazetteId]
WITH DISTINCT x
DELETE x
RETURN count(*) AS removed
