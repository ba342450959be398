// The gazettes whose stated facts make up a jurisdiction's slice (infer/county.ts jurisdictionSlice)
// and their stored facts (load/write-facts): each node of the slice names the gazettes that state it,
// and a gazette states a relationship only together with both its ends (a batch is self-contained),
// so these are every gazette the slice's facts come from. Each document also brings the earliest
// publication date of a gazette printing it. A gazette loaded before stored facts existed has none:
// fewer `facts` than `gazetteIds` sends the caller to the graph (jurisdiction-facts).
CYPHER replan=skip
MATCH (d:Document {jurisdiction: $jurisdiction})
OPTIONAL MATCH (g:Gazette)-[:CONTAINS]->(d)
WITH d, min(g.publishedOn) AS publishedOn
WITH collect(d) AS docs, collect(d.id) AS docIds, collect({id: d.id, publishedOn: publishedOn}) AS dates
CALL (docIds) {
  UNWIND docIds AS docId
  CALL (docId) {
    MATCH (n:Section {documentId: docId}) RETURN n.gazetteIds AS owners
    UNION ALL
    MATCH (n:Task {documentId: docId}) RETURN n.gazetteIds AS owners
    UNION ALL
    MATCH (n:Target {documentId: docId}) RETURN n.gazetteIds AS owners
  }
  RETURN collect(owners) AS parts
}
CALL () {
  MATCH (n:Organization {jurisdiction: $jurisdiction}) RETURN collect(n.gazetteIds) AS orgs
}
CALL () {
  MATCH (n:Person {jurisdiction: $jurisdiction}) RETURN collect(n.gazetteIds) AS people
}
CALL (docs, parts, orgs, people) {
  UNWIND [d IN docs | d.gazetteIds] + parts + orgs + people AS owners
  UNWIND owners AS gazetteId
  RETURN collect(DISTINCT gazetteId) AS gazetteIds
}
CALL (gazetteIds) {
  UNWIND gazetteIds AS gazetteId
  MATCH (f:StatedFacts {gazetteId: gazetteId})
  RETURN collect(f.json) AS facts
}
RETURN dates, gazetteIds, facts
