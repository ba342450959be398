// A leading group (领导小组/指挥部): its members with their roles, and where its office sits.
MATCH (g:Group {id: $groupId})
OPTIONAL MATCH (d:Document {id: g.documentId})
RETURN g.name AS group, d.title AS document,
       COLLECT {
         MATCH (x)-[m:MEMBER_OF]->(g) WHERE x:Person OR x:Organization
         RETURN {name: x.name, role: m.role, title: m.title, isPerson: x:Person,
                 ev: m {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths}}
         ORDER BY coalesce(m.evidenceStarts[0], 0)
       } AS members,
       COLLECT {
         MATCH (o:Organization)-[r:OFFICE_OF]-(g)
         RETURN {name: o.name, ev: r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths}}
       } AS office,
       g {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
