// Nodes only this gazette states go (with anything still attached); shared entities such as
// organisations and people stay with the evidence other gazettes gave them.
MATCH (x) WHERE x.gazetteIds = [$gazetteId]
DETACH DELETE x
RETURN count(*) AS removed
