// A person's appointments and removals (任免), with the notice that made them, and posts held.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[a:APPOINTED]->(o:Organization)
RETURN p.name AS person, a.action AS action, a.position AS position, o.name AS organization,
       a.docNumber AS docNumber, a.date AS date, a.probation AS probation,
       [(p)-[h:HOLDS]->(ho) | {title: h.title, organization: ho.name}] AS holds,
       a {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY date, docNumber
