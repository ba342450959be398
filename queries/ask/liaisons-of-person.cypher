// The units a leader keeps in contact with (联系).
MATCH (p:Person {id: $personId})-[r:LIAISES_WITH]->(o:Organization)
RETURN o.name AS organization, o.kind AS kind,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY coalesce(r.evidenceStarts[0], 0), organization
