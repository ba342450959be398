// Who supervises (分管) an organisation — directly or through the unit it belongs to (PART_OF).
MATCH (o:Organization {id: $orgId})-[:PART_OF*0..2]->(u:Organization)<-[r:SUPERVISES]-(p:Person)
RETURN DISTINCT p.name AS person, u.name AS organization, r.scope AS scope,
       [(p)-[h:HOLDS]->() | h.title] AS titles,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY person
