// Targets no unit is responsible for — neither on the target nor on the task that carries it.
MATCH (t:Target)
WHERE ($year IS NULL OR t.year = $year) AND ($status IS NULL OR t.status = $status)
  AND NOT EXISTS { (t)<-[:RESPONSIBLE_FOR]-(:Organization) }
  AND NOT EXISTS { (t)<-[:HAS_TARGET]-(:Task)<-[:RESPONSIBLE_FOR]-(:Organization) }
OPTIONAL MATCH (d:Document {id: t.documentId})
RETURN t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax, t.unit AS unit,
       t.modifier AS modifier, t.year AS year, t.status AS status, d.title AS document,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY year DESC, document, coalesce(t.evidenceStarts[0], 0)
LIMIT 100
