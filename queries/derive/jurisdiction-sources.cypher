// A jurisdiction's part of every gazette that states facts of it (load/write-facts), and each of
// its documents' earliest publication date of a gazette printing it. `unstored` counts gazettes
// loaded before facts were stored (no mark): any such sends the caller to the graph itself
// (jurisdiction-facts), since their facts are in no document. A document whose hash is in $known
// (the caller has it parsed already: src/store/county.ts) comes without its JSON.
CALL () {
  MATCH (g:Gazette)
  WHERE NOT EXISTS { MATCH (:StatedFacts {key: g.id + '|'}) }
  RETURN count(g) AS unstored
}
CALL () {
  MATCH (d:Document {jurisdiction: $jurisdiction})
  OPTIONAL MATCH (g:Gazette)-[:CONTAINS]->(d)
  WITH d, min(g.publishedOn) AS publishedOn
  RETURN collect({id: d.id, publishedOn: publishedOn}) AS dates
}
CALL () {
  MATCH (f:StatedFacts {jurisdiction: $jurisdiction})
  RETURN collect({hash: f.hash, json: CASE WHEN f.hash IN $known THEN null ELSE f.json END}) AS facts
}
RETURN unstored, dates, facts
