// A gazette's relationships, every type in one statement: __MATCH_FROM__ and __MATCH_TO__ are
// filled with a branch per label of the model and __MERGE_BY_TYPE__ with a branch per relationship
// type (never from input), so the text is the same for every gazette and is planned once per
// server (one statement a type and end labels was some 30 to plan on a server just started).
// Both ends are matched by their label's id constraint, never created: a relationship to a missing
// node is dropped and counted.
// replan=skip: the plan is the same at any size (see load/merge-nodes.cypher)
CYPHER replan=skip
UNWIND $rows AS row
CALL (row) {
  __MATCH_FROM__
}
CALL (row) {
  __MATCH_TO__
}
CALL (row, a, b) {
  __MERGE_BY_TYPE__
}
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
