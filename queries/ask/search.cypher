// Full-text passages from one cjk index; $index comes from the list SHOW FULLTEXT INDEXES returned.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
RETURN labels(node)[0] AS label, node.id AS id, coalesce(node.text, node.title, node.name) AS text,
       node.documentId AS documentId, node.start AS start, node.end AS end, node.path AS path,
       node {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev,
       score
ORDER BY score DESC
