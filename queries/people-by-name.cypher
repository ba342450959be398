// Ids of the people a name may mean (targets/units filtered by a supervisor); person-by-name reads
// the one person of person(name:).
// $names: the name as typed and without spaces (gazettes pad two-character names: 李 贵)
MATCH (p:Person)
WHERE p.name IN $names
RETURN p.id AS id
ORDER BY id
