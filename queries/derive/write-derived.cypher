// __FROM__, __TO__ and __TYPE__ are filled from the model's label and type lists (never from input).
// A derived relationship is created new (what changed of the layer was just removed) and says which
// jurisdiction's derivation made it; its evidence is the chain it was inferred from; its props carry
// the hash of both (store/county.ts), which the next derivation compares.
// replan=skip: both ends are found by the id constraint at any size (see load/merge-nodes.cypher)
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
CREATE (a)-[x:__TYPE__]->(b)
SET x = row.props,
    x.derivedFor = $jurisdiction,
    x.evidenceDocumentIds = row.evidence.documentIds,
    x.evidenceStarts = row.evidence.starts,
    x.evidenceEnds = row.evidence.ends,
    x.evidenceQuotes = row.evidence.quotes,
    x.evidenceSectionPaths = row.evidence.sectionPaths,
    x.evidencePages = row.evidence.pages
RETURN count(x) AS merged
