// A gazette's previous facts, in one statement: relationships and nodes only it states go unless
// the new batch states them again ($relKeys, $nodeIds: kept, then overwritten, which spares the
// indexes a delete and re-create); everything that stays loses this gazette's evidence, to be
// re-added by the load. Every relationship a gazette states touches a node the same gazette owns,
// so relationships are found from those nodes. A document no gazette prints any more but one still
// cites goes back to being a citation stub.
CALL () {
  OPTIONAL MATCH (:Gazette {id: $gazetteId})-[:CONTAINS]->(d:Document)
  RETURN collect(d.id) AS printed
}
CALL () {
  MATCH (n) WHERE $gazetteId IN n.gazetteIds
  MATCH (n)-[x]-() WHERE x.gazetteIds = [$gazetteId] AND NOT x.key IN $relKeys
  WITH DISTINCT x
  DELETE x
  RETURN count(*) AS relationshipsRemoved
}
CALL () {
  MATCH (n) WHERE $gazetteId IN n.gazetteIds
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
CALL () {
  MATCH (x) WHERE x.gazetteIds = [$gazetteId] AND NOT x.id IN $nodeIds
  DETACH DELETE x
  RETURN count(*) AS nodesRemoved
}
CALL () {
  MATCH (x) WHERE $gazetteId IN x.gazetteIds
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
CALL (printed) {
  UNWIND printed AS id
  MATCH (d:Document {id: id})
  WHERE NOT EXISTS { (:Gazette)-[:CONTAINS]->(d) }
  SET d.kind = 'CITED', d.text = '', d.category = null, d.issuer = null, d.issuedOn = null, d.reportYear = null,
      d.gazetteStart = null, d.gazetteEnd = null
  RETURN count(*) AS documentsUnprinted
}
RETURN relationshipsRemoved, relationshipsStripped, nodesRemoved, nodesStripped, documentsUnprinted
