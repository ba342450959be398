// Which leader keeps in contact with (联系) an organisation.
MATCH (o:Organization {id: $orgId})<-[r:LIAISES_WITH]-(p:Person)
RETURN p.name AS person, o.name AS organization,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY person
