// Every jurisdiction with printed documents: its documents, the sources they came in, report years.
MATCH (d:Document)
WHERE d.kind <> 'CITED' AND d.jurisdiction IS NOT NULL
OPTIONAL MATCH (g:Gazette)-[:CONTAINS]->(d)
WITH d.jurisdiction AS name, d, collect(g) AS gs
ORDER BY coalesce(d.issuedOn, ''), coalesce(d.gazetteStart, 0), d.id
WITH name, collect(d {.*, text: null}) AS documents, [x IN collect(d.reportYear) WHERE x IS NOT NULL] AS years, collect(gs) AS sourceLists
CALL (sourceLists) {
  UNWIND sourceLists AS list
  UNWIND list AS g
  WITH DISTINCT g ORDER BY coalesce(g.publishedOn, ''), g.id
  RETURN collect(g {.*}) AS sources
}
CALL (years) {
  UNWIND years AS y
  WITH DISTINCT y ORDER BY y
  RETURN collect(y) AS reportYears
}
RETURN name, documents, sources, reportYears
ORDER BY name
