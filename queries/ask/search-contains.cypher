// Fallback when no full-text index is online: sections whose text contains every term.
MATCH (s:Section)
WHERE all(term IN $terms WHERE s.text CONTAINS term)
RETURN 'Section' AS label, s.id AS id, s.text AS text, s.documentId AS documentId, s.start AS start, s.end AS end,
       s.path AS path,
       s {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev,
       1.0 AS score
ORDER BY size(s.text)
LIMIT $limit
