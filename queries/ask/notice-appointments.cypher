// Everyone a notice appoints or removes: matched by its 文号 or by the document the evidence is in.
MATCH (p:Person)-[a:APPOINTED]->(o:Organization)
WHERE ($docNumber IS NOT NULL AND a.docNumber = $docNumber) OR $docId IN coalesce(a.evidenceDocumentIds, [])
RETURN p.name AS person, a.action AS action, a.position AS position, o.name AS organization,
       a.docNumber AS docNumber, a.date AS date,
       a {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY coalesce(a.evidenceStarts[0], 0)
LIMIT 200
