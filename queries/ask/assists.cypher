// Who assists (协助) a leader, and whom a person assists.
MATCH (p:Person {id: $personId})-[r:ASSISTS]-(q:Person)
RETURN q.name AS person, CASE WHEN startNode(r) = p THEN 'ASKED_ASSISTS' ELSE 'ASSISTS_ASKED' END AS direction,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY person
