// A document's own facts: title, 文号, kind, issuer, date, jurisdiction; the notice that
// promulgated it (a plan has no 文号 of its own) and what it promulgates; evidence of each.
MATCH (d:Document)
WHERE d.id IN $docIds
OPTIONAL MATCH (n:Document)-[:PROMULGATES]->(d)
OPTIONAL MATCH (d)-[:PROMULGATES]->(p:Document)
RETURN d.id AS id, d.title AS title, d.docNumber AS docNumber, d.kind AS kind, d.issuer AS issuer,
       d.issuedOn AS issuedOn, d.jurisdiction AS jurisdiction,
       n.title AS byTitle, n.docNumber AS byNumber, n.issuer AS byIssuer, n.issuedOn AS byDate,
       p.title AS promulgates,
       d {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev,
       n {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS nev
