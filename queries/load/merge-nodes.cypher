// __LABEL__ is filled from the model's label list (never from input).
UNWIND $rows AS row
MERGE (x:__LABEL__ {id: row.id})
// what no other gazette states takes exactly this batch's properties (an edit may drop one);
// shared entities (organisations, people) keep what other gazettes said and take updates
WITH row, x, size(coalesce(x.gazetteIds, [])) = 0 AS onlyThisGazette
FOREACH (_ IN CASE WHEN onlyThisGazette THEN [1] ELSE [] END | SET x = row.props)
SET x += CASE WHEN onlyThisGazette THEN {} ELSE row.props END,
    x.gazetteIds = [g IN coalesce(x.gazetteIds, []) WHERE g <> $gazetteId] + $gazetteId,
    x.evidenceGazetteIds = coalesce(x.evidenceGazetteIds, []) + row.evidence.gazetteIds,
    x.evidenceDocumentIds = coalesce(x.evidenceDocumentIds, []) + row.evidence.documentIds,
    x.evidenceStarts = coalesce(x.evidenceStarts, []) + row.evidence.starts,
    x.evidenceEnds = coalesce(x.evidenceEnds, []) + row.evidence.ends,
    x.evidenceQuotes = coalesce(x.evidenceQuotes, []) + row.evidence.quotes,
    x.evidenceSectionPaths = coalesce(x.evidenceSectionPaths, []) + row.evidence.sectionPaths
RETURN count(x) AS merged
