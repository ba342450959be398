// Names the start-up warm-up asks about (src/api/ask-adapter.ts warmAsk): one of each kind the
// question families link, from the graph itself, so each family's statements run with the
// parameter types real questions give them (Neo4j caches a plan per query text and parameter types).
RETURN
  COLLECT { MATCH (o:Organization {kind: 'DEPARTMENT'}) WITH o ORDER BY o.id LIMIT 1 RETURN coalesce(head([a IN o.aliases WHERE size(a) <= 4]), o.name) }[0] AS organization,
  COLLECT { MATCH (p:Person)-[:SUPERVISES]->() WITH DISTINCT p ORDER BY p.id LIMIT 1 RETURN p.name }[0] AS person,
  COLLECT { MATCH (t:Target) WHERE t.metric IS NOT NULL WITH t ORDER BY t.id LIMIT 1 RETURN t.metric }[0] AS metric,
  COLLECT { MATCH (t:Target) WHERE t.metric IS NOT NULL AND t.value = toInteger(t.value) AND t.unit IS NOT NULL WITH t ORDER BY t.id LIMIT 1
            RETURN t.metric + toString(toInteger(t.value)) + t.unit }[0] AS figure,
  COLLECT { MATCH (d:Document) WHERE d.title IS NOT NULL WITH d ORDER BY d.id LIMIT 1 RETURN d.title }[0] AS title,
  COLLECT { MATCH (d:Document) WHERE d.docNumber IS NOT NULL WITH d ORDER BY d.id LIMIT 1 RETURN d.docNumber }[0] AS docNumber,
  COLLECT { MATCH (g:Group) WITH g ORDER BY g.id LIMIT 1 RETURN g.name }[0] AS group
