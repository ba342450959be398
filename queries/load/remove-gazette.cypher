// A gazette's previous facts, in one statement: relationships and nodes only it states go unless
// the new batch states them again ($relKeys, $nodeIds: kept, then overwritten, which spares the
// indexes a delete and re-create); everything that stays loses this gazette's evidence, to be
// re-added by the load. Every relationship a gazette states touches a node the same gazette owns,
// so relationships are found from those nodes. A document no gazette prints any more but one still
// cites goes back to being a citation stub.
//
// The gazette's nodes are found through indexes, never by scanning the graph (the cost of a load
// must not grow with the number of counties loaded): its documents (CONTAINS) and the documents
// they cite; the sections, tasks, targets, projects, groups and contacts of its documents; the
// organisations and people of its documents' jurisdictions. Its stored facts (load/write-facts) go
// too. replan=skip: every step is an index seek, whatever the graph's size (see load/merge-nodes).
CYPHER replan=skip
CALL () {
  OPTIONAL MATCH (g:Gazette {id: $gazetteId})
  OPTIONAL MATCH (g)-[:CONTAINS]->(d:Document)
  WITH g, collect(DISTINCT d) AS printed
  CALL (printed) {
    UNWIND printed AS d
    MATCH (d)-[:CITES]->(c:Document)
    RETURN collect(DISTINCT c) AS cited
  }
  CALL (printed) {
    UNWIND printed AS d
    CALL (d) {
      MATCH (n:Section {documentId: d.id}) RETURN n
      UNION ALL
      MATCH (n:Task {documentId: d.id}) RETURN n
      UNION ALL
      MATCH (n:Target {documentId: d.id}) RETURN n
      UNION ALL
      MATCH (n:Project {documentId: d.id}) RETURN n
      UNION ALL
      MATCH (n:Provision {documentId: d.id}) RETURN n
      UNION ALL
      MATCH (n:Group {documentId: d.id}) RETURN n
      UNION ALL
      MATCH (n:Contact {documentId: d.id}) RETURN n
    }
    RETURN collect(n) AS parts
  }
  CALL (printed) {
    UNWIND printed AS d
    WITH DISTINCT d.jurisdiction AS j WHERE j IS NOT NULL
    CALL (j) {
      MATCH (n:Organization {jurisdiction: j}) RETURN n
      UNION ALL
      MATCH (n:Person {jurisdiction: j}) RETURN n
    }
    RETURN collect(n) AS actors
  }
  UNWIND [x IN [g] + printed + cited + parts + actors WHERE x IS NOT NULL] AS x
  WITH DISTINCT printed, x WHERE $gazetteId IN x.gazetteIds
  WITH [d IN printed | d.id] AS printed, collect(x) AS owned
  RETURN printed,
         [x IN owned WHERE x.gazetteIds = [$gazetteId] AND NOT x.id IN $nodeIds] AS doomed,
         [x IN owned WHERE NOT (x.gazetteIds = [$gazetteId] AND NOT x.id IN $nodeIds)] AS kept
}
CALL (doomed, kept) {
  UNWIND doomed + kept AS n
  MATCH (n)-[x]-() WHERE x.gazetteIds = [$gazetteId] AND NOT x.key IN $relKeys
  WITH DISTINCT x
  DELETE x
  RETURN count(*) AS relationshipsRemoved
}
CALL (kept) {
  UNWIND kept AS n
  MATCH (n)-[x]-() WHERE $gazetteId IN x.gazetteIds
  WITH DISTINCT x
  WITH x, [i IN range(0, size(coalesce(x.evidenceGazetteIds, [])) - 1) WHERE x.evidenceGazetteIds[i] <> $gazetteId] AS keep
  SET x.gazetteIds = [g IN x.gazetteIds WHERE g <> $gazetteId],
      x.propsFrom = CASE WHEN x.propsFrom = $gazetteId THEN '' ELSE x.propsFrom END,
      x.evidenceGazetteIds = [i IN keep | x.evidenceGazetteIds[i]],
      x.evidenceDocumentIds = [i IN keep | x.evidenceDocumentIds[i]],
      x.evidenceStarts = [i IN keep | x.evidenceStarts[i]],
      x.evidenceEnds = [i IN keep | x.evidenceEnds[i]],
      x.evidenceQuotes = [i IN keep | x.evidenceQuotes[i]],
      x.evidenceSectionPaths = [i IN keep | x.evidenceSectionPaths[i]],
      x.evidencePages = [i IN keep WHERE i < size(coalesce(x.evidencePages, [])) | x.evidencePages[i]]
  RETURN count(*) AS relationshipsStripped
}
CALL (kept) {
  UNWIND kept AS x
  WITH x, [i IN range(0, size(coalesce(x.evidenceGazetteIds, [])) - 1) WHERE x.evidenceGazetteIds[i] <> $gazetteId] AS keep
  SET x.gazetteIds = [g IN x.gazetteIds WHERE g <> $gazetteId],
      x.propsFrom = CASE WHEN x.propsFrom = $gazetteId THEN '' ELSE x.propsFrom END,
      x.evidenceGazetteIds = [i IN keep | x.evidenceGazetteIds[i]],
      x.evidenceDocumentIds = [i IN keep | x.evidenceDocumentIds[i]],
      x.evidenceStarts = [i IN keep | x.evidenceStarts[i]],
      x.evidenceEnds = [i IN keep | x.evidenceEnds[i]],
      x.evidenceQuotes = [i IN keep | x.evidenceQuotes[i]],
      x.evidenceSectionPaths = [i IN keep | x.evidenceSectionPaths[i]],
      x.evidencePages = [i IN keep WHERE i < size(coalesce(x.evidencePages, [])) | x.evidencePages[i]]
  RETURN count(*) AS nodesStripped
}
CALL (doomed) {
  UNWIND doomed AS x
  DETACH DELETE x
  RETURN count(*) AS nodesRemoved
}
CALL (printed) {
  UNWIND printed AS id
  MATCH (d:Document {id: id})
  WHERE NOT EXISTS { (:Gazette)-[:CONTAINS]->(d) }
  SET d.kind = 'CITED', d.text = '', d.category = null, d.issuer = null, d.issuedOn = null, d.reportYear = null,
      d.gazetteStart = null, d.gazetteEnd = null
  RETURN count(*) AS documentsUnprinted
}
CALL () {
  MATCH (f:StatedFacts {gazetteId: $gazetteId})
  DELETE f
  RETURN count(*) AS factsRemoved
}
RETURN relationshipsRemoved, relationshipsStripped, nodesRemoved, nodesStripped, documentsUnprinted, factsRemoved
