// A gazette's nodes, every label in one statement: __MERGE_BY_LABEL__ is filled with one branch per
// label of the model (never from input), each a MERGE on that label's id constraint, so the text is
// the same for every gazette and Neo4j parses and plans it once per server (one statement a label
// was 13 to plan on a server just started, each of them this statement's SET again).
// replan=skip: the plan is the same at any size (each row finds its node or relationship by the id
// constraint), so a change in the graph's statistics (a wipe, the first county) is no reason to plan
// the load statements again: that took 5 s of a 7 s load into a database just emptied
CYPHER replan=skip
UNWIND $rows AS row
CALL (row) {
  __MERGE_BY_LABEL__
}
// what no other gazette states takes exactly this batch's properties (an edit may drop one).
// A node several gazettes state shows one gazette's properties, chosen so that the graph does not
// depend on the order of loading: a printed document over a citation stub, else the greatest
// gazette id. Name lists (aliases, portfolio) are the union of what every gazette says.
WITH row, x, size(coalesce(x.gazetteIds, [])) = 0 AS fresh,
     coalesce(x.aliases, []) AS oldAliases, coalesce(x.portfolio, []) AS oldPortfolio
WITH row, x, fresh, oldAliases, oldPortfolio,
     fresh
       OR (coalesce(x.kind, '') = 'CITED' AND coalesce(row.props.kind, '') <> 'CITED')
       OR (NOT (coalesce(row.props.kind, '') = 'CITED' AND coalesce(x.kind, '') <> 'CITED') AND $gazetteId >= coalesce(x.propsFrom, '')) AS take
FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | SET x = row.props)
SET x += CASE WHEN take AND NOT fresh THEN row.props ELSE {} END
SET x.propsFrom = CASE WHEN take THEN $gazetteId ELSE x.propsFrom END,
    x.aliases = CASE WHEN fresh OR row.props.aliases IS NULL THEN x.aliases ELSE oldAliases + [a IN row.props.aliases WHERE NOT a IN oldAliases] END,
    x.portfolio = CASE WHEN fresh OR row.props.portfolio IS NULL THEN x.portfolio ELSE oldPortfolio + [a IN row.props.portfolio WHERE NOT a IN oldPortfolio] END,
    x.gazetteIds = [g IN coalesce(x.gazetteIds, []) WHERE g <> $gazetteId] + $gazetteId,
    x.evidenceGazetteIds = coalesce(x.evidenceGazetteIds, []) + row.evidence.gazetteIds,
    x.evidenceDocumentIds = coalesce(x.evidenceDocumentIds, []) + row.evidence.documentIds,
    x.evidenceStarts = coalesce(x.evidenceStarts, []) + row.evidence.starts,
    x.evidenceEnds = coalesce(x.evidenceEnds, []) + row.evidence.ends,
    x.evidenceQuotes = coalesce(x.evidenceQuotes, []) + row.evidence.quotes,
    x.evidenceSectionPaths = coalesce(x.evidenceSectionPaths, []) + row.evidence.sectionPaths,
    x.evidencePages = coalesce(x.evidencePages, []) + row.evidence.pages
// each node's element id: the relationship step finds its ends by it
RETURN collect([row.id, elementId(x)]) AS ids
