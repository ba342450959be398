// __FROM__, __TO__ and __TYPE__ are filled from the model's label and type lists (never from input).
// Both ends are matched, never created: a relationship to a missing node is dropped and counted.
// replan=skip: the plan is the same at any size (each row finds its node or relationship by the id
// constraint), so a change in the graph's statistics (a wipe, the first county) is no reason to plan
// the ~45 load statements again: that took 5 s of a 7 s load into a database just emptied
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[x:__TYPE__ {key: row.key}]->(b)
// what no other gazette states takes exactly this batch's properties (an edit may drop one);
// one several gazettes state shows the properties of the greatest gazette id (order-free)
WITH row, x, size(coalesce(x.gazetteIds, [])) = 0 AS fresh
WITH row, x, fresh, fresh OR $gazetteId >= coalesce(x.propsFrom, '') AS take
FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | SET x = row.props)
SET x += CASE WHEN take AND NOT fresh THEN row.props ELSE {} END
SET x.propsFrom = CASE WHEN take THEN $gazetteId ELSE x.propsFrom END,
    x.gazetteIds = [g IN coalesce(x.gazetteIds, []) WHERE g <> $gazetteId] + $gazetteId,
    x.evidenceGazetteIds = coalesce(x.evidenceGazetteIds, []) + row.evidence.gazetteIds,
    x.evidenceDocumentIds = coalesce(x.evidenceDocumentIds, []) + row.evidence.documentIds,
    x.evidenceStarts = coalesce(x.evidenceStarts, []) + row.evidence.starts,
    x.evidenceEnds = coalesce(x.evidenceEnds, []) + row.evidence.ends,
    x.evidenceQuotes = coalesce(x.evidenceQuotes, []) + row.evidence.quotes,
    x.evidenceSectionPaths = coalesce(x.evidenceSectionPaths, []) + row.evidence.sectionPaths,
    x.evidencePages = coalesce(x.evidencePages, []) + row.evidence.pages
RETURN count(x) AS merged
