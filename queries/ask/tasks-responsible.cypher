// Tasks whose title or text mentions a topic, with their lead (牵头) and support (配合) units.
MATCH (t:Task)
WHERE t.title CONTAINS $term OR t.text CONTAINS $term
OPTIONAL MATCH (d:Document {id: t.documentId})
WITH t, d, COLLECT {
  MATCH (o:Organization)-[r:RESPONSIBLE_FOR]->(t)
  RETURN {organization: o.name, role: r.role, basis: r.basis,
          ev: r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths}}
} AS units
RETURN t.id AS taskId, t.title AS title, d.title AS document,
       [u IN units WHERE u.role = 'LEAD' | u.organization] AS lead,
       [u IN units WHERE u.role <> 'LEAD' | u.organization] AS support,
       [u IN units | u.ev] AS evs,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS tev
ORDER BY size(units) DESC, CASE WHEN t.title CONTAINS $term THEN 0 ELSE 1 END, size(t.title)
LIMIT 5
