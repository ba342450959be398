// What is loaded: each gazette (or single-document source) with its documents and what they state.
MATCH (g:Gazette)
OPTIONAL MATCH (g)-[:CONTAINS]->(d:Document)
CALL (d) {
  OPTIONAL MATCH (t:Target {documentId: d.id}) WITH count(t) AS targets
  OPTIONAL MATCH (k:Task {documentId: d.id}) RETURN targets, count(k) AS tasks
}
WITH g, d, targets, tasks
ORDER BY d.issuedOn, d.title
WITH g, collect(CASE WHEN d IS NULL THEN null ELSE {
  id: d.id, title: d.title, docNumber: d.docNumber, kind: d.kind, issuedOn: d.issuedOn, jurisdiction: d.jurisdiction,
  gazetteCount: size(d.gazetteIds), targets: targets, tasks: tasks } END) AS documents
RETURN g.id AS id, g.title AS title, g.issue AS issue, g.publishedOn AS publishedOn, g.jurisdiction AS jurisdiction,
       g.sourceFile AS sourceFile, documents
ORDER BY jurisdiction, publishedOn, id
