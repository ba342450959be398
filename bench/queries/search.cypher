// The bench's third operation as one statement: the API's four full-text indexes, the best hits,
// each with its evidence (a section's slice of the source) and its document's title.
CALL () {
  CALL db.index.fulltext.queryNodes('section_text', $q, {limit: $first}) YIELD node, score
  RETURN node, score, 'Section' AS kind
  UNION ALL
  CALL db.index.fulltext.queryNodes('target_text', $q, {limit: $first}) YIELD node, score
  RETURN node, score, 'Target' AS kind
  UNION ALL
  CALL db.index.fulltext.queryNodes('task_text', $q, {limit: $first}) YIELD node, score
  RETURN node, score, 'Task' AS kind
  UNION ALL
  CALL db.index.fulltext.queryNodes('organization_names', $q, {limit: $first}) YIELD node, score
  RETURN node, score, 'Organization' AS kind
}
WITH node, score, kind ORDER BY score DESC, node.id LIMIT $first
OPTIONAL MATCH (d:Document {id: CASE kind WHEN 'Section' THEN node.documentId ELSE node.evidenceDocumentIds[0] END})
RETURN kind, score, node.id AS id, d.title AS title,
       CASE kind WHEN 'Section' THEN substring(d.text, node.start, node.end - node.start) END AS source,
       node.start AS start, node.evidenceQuotes AS quotes, node.evidenceStarts AS starts, node.evidenceEnds AS ends
