// The gazettes that print a document, each with how many other documents it prints (its masthead,
// the 刊首 document of kind OTHER that only the gazette itself states, not counted).
MATCH (g:Gazette)-[:CONTAINS]->(:Document {id: $documentId})
OPTIONAL MATCH (g)-[:CONTAINS]->(o:Document)
WHERE o.id <> $documentId AND NOT (o.kind = 'OTHER' AND o.title ENDS WITH '（刊首：目录与编辑委员会）')
RETURN g.id AS gazetteId, g.title AS title, g.issue AS issue, count(o) AS others, collect(o.title)[0..3] AS otherTitles
ORDER BY gazetteId
