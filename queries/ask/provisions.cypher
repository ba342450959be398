// Every provision with its document (ask: PROVISION). Few per county, so the family scores them in memory.
MATCH (d:Document)-[:HAS_PROVISION]->(p:Provision)
RETURN p.id AS id, p.kind AS kind, p.condition AS condition, p.amountText AS amountText, p.amount AS amount,
       p.modifier AS modifier, p.per AS per, p.scope AS scope, d.title AS document, d.docNumber AS docNumber, d.jurisdiction AS jurisdiction,
       p {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths, .evidencePages} AS ev
ORDER BY p.documentId, coalesce(p.evidenceStarts[0], 0), p.id
