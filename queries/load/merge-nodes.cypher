// __LABEL__ is filled from the model's label list (never from input).
UNWIND $rows AS row
MERGE (x:__LABEL__ {id: row.id})
SET x += row.props,
    x.gazetteIds = [g IN coalesce(x.gazetteIds, []) WHERE g <> $gazetteId] + $gazetteId,
    x.evidenceGazetteIds = coalesce(x.evidenceGazetteIds, []) + row.evidence.gazetteIds,
    x.evidenceDocumentIds = coalesce(x.evidenceDocumentIds, []) + row.evidence.documentIds,
    x.evidenceStarts = coalesce(x.evidenceStarts, []) + row.evidence.starts,
    x.evidenceEnds = coalesce(x.evidenceEnds, []) + row.evidence.ends,
    x.evidenceQuotes = coalesce(x.evidenceQuotes, []) + row.evidence.quotes,
    x.evidenceSectionPaths = coalesce(x.evidenceSectionPaths, []) + row.evidence.sectionPaths
RETURN count(x) AS merged
