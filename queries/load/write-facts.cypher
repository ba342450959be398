// A gazette's stated facts as one document for each jurisdiction it states facts of (src/store/
// county.ts factsByJurisdiction), and the mark (jurisdiction '', no document) that says this
// gazette's facts are stored; the load's remove-gazette statement deleted the previous ones. A
// document's hash names its JSON in the derivation's cache of parsed documents (src/store/county.ts).
CYPHER replan=skip
UNWIND $parts AS part
MERGE (f:StatedFacts {key: $gazetteId + '|' + part.jurisdiction})
SET f.gazetteId = $gazetteId, f.jurisdiction = part.jurisdiction, f.json = part.json, f.hash = part.hash
