// A gazette's stated facts as one document for the county derivation (src/store/county.ts
// factsSnapshot); the load's remove-gazette statement deleted the previous one.
CYPHER replan=skip
MERGE (f:StatedFacts {gazetteId: $gazetteId})
SET f.json = $json
