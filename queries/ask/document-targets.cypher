// The targets documents state (or the plans they promulgate), optionally for one year and status.
MATCH (t:Target)
WHERE (t.documentId IN $docIds
       OR EXISTS { MATCH (n:Document)-[:PROMULGATES]->(:Document {id: t.documentId}) WHERE n.id IN $docIds })
  AND ($year IS NULL OR t.year = $year) AND ($status IS NULL OR t.status = $status)
OPTIONAL MATCH (d:Document {id: t.documentId})
RETURN t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax, t.unit AS unit,
       t.modifier AS modifier, t.year AS year, t.status AS status, d.title AS document,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY year DESC, status DESC, coalesce(t.evidenceStarts[0], 0)
LIMIT 200
