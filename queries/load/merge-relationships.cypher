// A gazette's relationships, every type in one statement. Both ends are found by the element ids
// the node step returned (load/merge-nodes, load/node-element-ids): one seek whatever the label,
// never created (a relationship to a missing node is dropped and counted). __MERGE_BY_TYPE__ is
// filled with a branch per relationship type of the model (never from input), so the text is the
// same for every gazette and is planned once per server. (With a branch per end label as well, the
// statement took 3.1 s to plan on a server just started; a MERGE of the type as a parameter,
// $(row.type), ran 9 times slower than a branch per type.)
// replan=skip: the plan is the same at any size (see load/merge-nodes.cypher)
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.fromId
MATCH (b) WHERE elementId(b) = row.toId
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
