// Which leaders cover an area of work (协助旗长负责…方面工作), from their portfolio.
MATCH (p:Person)
WHERE any(a IN coalesce(p.portfolio, []) WHERE a = $area OR a CONTAINS $area OR $area CONTAINS a)
RETURN p.name AS person, p.portfolio AS portfolio, [(p)-[h:HOLDS]->() | h.title] AS titles,
       p {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS ev
ORDER BY CASE WHEN $area IN p.portfolio THEN 0 ELSE 1 END, person
LIMIT 10
