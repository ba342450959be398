// The jurisdictions whose documents a loaded gazette prints (before it is replaced or removed).
MATCH (:Gazette {id: $gazetteId})-[:CONTAINS]->(d:Document)
WHERE d.jurisdiction IS NOT NULL AND d.kind <> 'CITED'
RETURN collect(DISTINCT d.jurisdiction) AS jurisdictions
