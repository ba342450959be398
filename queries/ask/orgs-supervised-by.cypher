// The organisations a leader supervises (分管), in the order the division of work lists them.
MATCH (p:Person {id: $personId})-[r:SUPERVISES]->(o:Organization)
RETURN o.name AS organization, o.kind AS kind, r.scope AS scope,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY coalesce(r.evidenceStarts[0], 0), organization
