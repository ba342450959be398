// The derived layer of one jurisdiction as it stands: each relationship's key and the hash of what
// it says (its properties and evidence, store/county.ts), so a derivation rewrites only what changed.
// A relationship written before hashes were stored has none: it is rewritten once.
CALL () {
  MATCH ()-[r:RESPONSIBLE_FOR {derivedFor: $jurisdiction}]->() RETURN r.key AS key, r.hash AS hash
  UNION ALL
  MATCH ()-[r:IMPLEMENTS {derivedFor: $jurisdiction}]->() RETURN r.key AS key, r.hash AS hash
  UNION ALL
  MATCH ()-[r:CONFLICTS_WITH {derivedFor: $jurisdiction}]->() RETURN r.key AS key, r.hash AS hash
  UNION ALL
  MATCH ()-[r:ACCOUNTABLE_FOR {derivedFor: $jurisdiction}]->() RETURN r.key AS key, r.hash AS hash
  UNION ALL
  MATCH ()-[r:ACHIEVED_AS {derivedFor: $jurisdiction}]->() RETURN r.key AS key, r.hash AS hash
}
RETURN key, hash
