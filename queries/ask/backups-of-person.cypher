// A leader's AB partners: BACKUP_OF points from the B role to the A role.
MATCH (p:Person {id: $personId})-[r:BACKUP_OF]-(q:Person)
RETURN q.name AS person, CASE WHEN startNode(r) = p THEN 'A' ELSE 'B' END AS partnerRole,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY person
