// The derived layer of one jurisdiction but what the new derivation states unchanged ($keep: keys
// whose relationship has the same hash, derive/derived-hashes): it is recomputed whole after every
// change, and only what changed is written again.
CALL () {
  MATCH ()-[r:RESPONSIBLE_FOR {derivedFor: $jurisdiction}]->() WHERE NOT r.key IN $keep DELETE r RETURN count(*) AS owners
}
CALL () {
  MATCH ()-[r:IMPLEMENTS {derivedFor: $jurisdiction}]->() WHERE NOT r.key IN $keep DELETE r RETURN count(*) AS links
}
CALL () {
  MATCH ()-[r:CONFLICTS_WITH {derivedFor: $jurisdiction}]->() WHERE NOT r.key IN $keep DELETE r RETURN count(*) AS conflicts
}
CALL () {
  MATCH ()-[r:ACCOUNTABLE_FOR {derivedFor: $jurisdiction}]->() WHERE NOT r.key IN $keep DELETE r RETURN count(*) AS leaders
}
CALL () {
  MATCH ()-[r:ACHIEVED_AS {derivedFor: $jurisdiction}]->() WHERE NOT r.key IN $keep DELETE r RETURN count(*) AS outcomes
}
RETURN owners + links + conflicts + leaders + outcomes AS removed
