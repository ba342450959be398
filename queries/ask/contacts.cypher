// Contact numbers, for one organisation or all of them.
MATCH (c:Contact)
OPTIONAL MATCH (o:Organization) WHERE o.id = c.organizationId OR (o)-[:HAS_CONTACT]-(c)
WITH c, head(collect(o)) AS o
WHERE $orgId IS NULL OR o.id = $orgId OR EXISTS { (:Organization {id: $orgId})<-[:PART_OF*1..2]-(:Organization)-[:HAS_CONTACT]-(c) }
OPTIONAL MATCH (d:Document {id: c.documentId})
RETURN o.name AS organization, c.phone AS phone, c.purpose AS purpose, d.title AS document,
       c {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY coalesce(c.evidenceStarts[0], 0)
LIMIT 100
