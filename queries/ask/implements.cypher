// Report commitments linked to policy tasks (IMPLEMENTS), filtered by a topic and/or a policy document.
MATCH (a)-[r:IMPLEMENTS]->(b:Task)
WHERE ($term IS NULL OR coalesce(a.title, '') CONTAINS $term OR coalesce(a.text, '') CONTAINS $term
       OR b.title CONTAINS $term OR coalesce(b.text, '') CONTAINS $term)
  AND ($docIds IS NULL OR b.documentId IN $docIds OR a.documentId IN $docIds
       OR EXISTS { MATCH (n:Document)-[:PROMULGATES]->(p:Document) WHERE n.id IN $docIds AND p.id = b.documentId })
OPTIONAL MATCH (d:Document {id: b.documentId})
RETURN coalesce(a.title, a.text) AS commitment, labels(a)[0] AS commitmentKind, b.title AS policyTask,
       d.title AS policyDocument, d.docNumber AS docNumber, r.score AS score, r.terms AS terms,
       r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY score DESC
LIMIT 20
