// Who holds posts in organisations ($orgIds; null = every organisation): posts stated beside a
// name (HOLDS) and appointments to a post (APPOINTED, APPOINT or NOMINATE), with their evidence.
MATCH (o:Organization)
WHERE $orgIds IS NULL OR o.id IN $orgIds
CALL (o) {
  MATCH (p:Person)-[h:HOLDS]->(o)
  RETURN p.name AS person, h.title AS title, null AS action, null AS docNumber, null AS date,
         h {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
  UNION ALL
  MATCH (p:Person)-[a:APPOINTED]->(o)
  WHERE a.action IN ['APPOINT', 'NOMINATE']
  RETURN p.name AS person, a.position AS title, a.action AS action, a.docNumber AS docNumber, a.date AS date,
         a {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
}
RETURN o.name AS organization, o.kind AS kind, person, title, action, docNumber, date, ev
ORDER BY organization, person
LIMIT 200
