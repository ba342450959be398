// Whether a gazette is loaded, and the jurisdictions whose documents it prints (read before it is
// replaced or removed).
OPTIONAL MATCH (g:Gazette {id: $gazetteId})
OPTIONAL MATCH (g)-[:CONTAINS]->(d:Document)
WHERE d.jurisdiction IS NOT NULL AND d.kind <> 'CITED'
RETURN g IS NOT NULL AS loaded, collect(DISTINCT d.jurisdiction) AS jurisdictions
