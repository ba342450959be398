// Full-text search over the cjk-analysed indexes; $q is an escaped Lucene query (data, not syntax).
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
// the document of the hit's evidence, so Evidence.document needs no statement of its own, and a
// section's own slice of the source, so the passage quote is verbatim document text
OPTIONAL MATCH (d:Document {id: CASE kind WHEN 'Section' THEN node.documentId ELSE node.evidenceDocumentIds[0] END})
RETURN kind, score, node {.*, text: null} AS node, d {.*, text: null} AS document,
       CASE WHEN d IS NULL OR kind <> 'Section' THEN null ELSE substring(d.text, node.start, node.end - node.start) END AS source
