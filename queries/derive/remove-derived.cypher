// The derived layer of one jurisdiction, all of it: it is recomputed whole after every change.
CALL () {
  MATCH ()-[r:RESPONSIBLE_FOR {derivedFor: $jurisdiction}]->() DELETE r RETURN count(*) AS owners
}
CALL () {
  MATCH ()-[r:IMPLEMENTS {derivedFor: $jurisdiction}]->() DELETE r RETURN count(*) AS links
}
CALL () {
  MATCH ()-[r:CONFLICTS_WITH {derivedFor: $jurisdiction}]->() DELETE r RETURN count(*) AS conflicts
}
CALL () {
  MATCH ()-[r:ACCOUNTABLE_FOR {derivedFor: $jurisdiction}]->() DELETE r RETURN count(*) AS leaders
}
CALL () {
  MATCH ()-[r:ACHIEVED_AS {derivedFor: $jurisdiction}]->() DELETE r RETURN count(*) AS outcomes
}
RETURN owners + links + conflicts + leaders + outcomes AS removed
