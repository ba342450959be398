// The areas a leader covers (协助旗长负责…方面工作) and the posts they hold.
MATCH (p:Person {id: $personId})
RETURN p.name AS person, coalesce(p.portfolio, []) AS portfolio,
       [(p)-[h:HOLDS]->() | h.title] AS titles,
       p {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev,
       [(p)-[h:HOLDS]->() | h {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths}] AS hev
