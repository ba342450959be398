// The element ids of nodes a gazette's relationships end at but the gazette does not state itself
// (the pipeline writes a stub of every end, so this runs only for a batch made elsewhere): each
// sought under its own label's id constraint; a missing one is left out.
CYPHER replan=skip
UNWIND $rows AS row
CALL (row) {
  __MATCH_BY_LABEL__
}
RETURN collect([row.id, elementId(x)]) AS ids
