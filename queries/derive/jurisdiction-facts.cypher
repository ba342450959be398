// A jurisdiction's stated facts, as infer/county.ts jurisdictionSlice defines them: its documents
// and their sections, tasks and targets; its organisations and people; every stated relationship
// out of those (derived ones, derivedFor set, and the structure in $unusedTypes left out).
// Each document also brings the earliest publication date of a gazette printing it.
// Sections come as their place in the document only (no text, no evidence): the derivation reads a
// section's heading path and nothing else, and their text was most of what this read moved (1.2 of
// 2.5 MB for a county-year); their only relationships (HAS_SECTION) are structure it leaves out.
MATCH (d:Document {jurisdiction: $jurisdiction})
OPTIONAL MATCH (g:Gazette)-[:CONTAINS]->(d)
WITH d, min(g.publishedOn) AS publishedOn
WITH collect(d) AS docs, collect(d.id) AS docIds, collect({id: d.id, publishedOn: publishedOn}) AS dates
CALL (docIds) {
  UNWIND docIds AS docId
  MATCH (s:Section {documentId: docId})
  RETURN collect({label: 'Section', props: s {.id, .documentId, .heading, .number, .level, .ordinal, .path, .part, .start, .end, text: ''}}) AS sections
}
CALL (docIds) {
  UNWIND docIds AS docId
  CALL (docId) {
    MATCH (n:Task {documentId: docId}) RETURN n
    UNION ALL
    MATCH (n:Target {documentId: docId}) RETURN n
  }
  RETURN collect(n) AS parts
}
CALL () {
  MATCH (n:Organization {jurisdiction: $jurisdiction}) RETURN collect(n) AS orgs
}
CALL () {
  MATCH (n:Person {jurisdiction: $jurisdiction}) RETURN collect(n) AS people
}
WITH dates, sections, docs + parts + orgs + people AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE r.derivedFor IS NULL AND NOT type(r) IN $unusedTypes
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS relationships
}
RETURN dates, [n IN nodes | {label: labels(n)[0], props: properties(n)}] + sections AS nodes, relationships
