// Everything the question matcher recognises, in one round trip; cached per run by src/ask.
MATCH (o:Organization)
RETURN 'ORG' AS type, o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, o.kind AS extra
UNION ALL
MATCH (p:Person)
RETURN 'PERSON' AS type, p.id AS id, p.name AS name, [] AS aliases, null AS extra
UNION ALL
MATCH (p:Person) WHERE size(coalesce(p.portfolio, [])) > 0
UNWIND p.portfolio AS area
WITH DISTINCT area WHERE area IS NOT NULL AND area <> ''
RETURN 'AREA' AS type, area AS id, area AS name, [] AS aliases, null AS extra
UNION ALL
MATCH (g:Group)
RETURN 'GROUP' AS type, g.id AS id, g.name AS name, [] AS aliases, null AS extra
UNION ALL
MATCH (t:Target) WHERE t.metric IS NOT NULL AND t.metric <> ''
WITH DISTINCT t.metric AS metric
RETURN 'METRIC' AS type, metric AS id, metric AS name, [] AS aliases, null AS extra
UNION ALL
MATCH (d:Document)
RETURN 'DOC' AS type, d.id AS id, d.title AS name, [x IN [d.docNumber] WHERE x IS NOT NULL] AS aliases, d.kind AS extra
UNION ALL
MATCH (d:Document) WHERE d.jurisdiction IS NOT NULL
WITH DISTINCT d.jurisdiction AS j
RETURN 'JURISDICTION' AS type, j AS id, j AS name, [] AS aliases, null AS extra
UNION ALL
MATCH (g:Gazette) WHERE g.jurisdiction IS NOT NULL
WITH DISTINCT g.jurisdiction AS j
RETURN 'JURISDICTION' AS type, j AS id, j AS name, [] AS aliases, null AS extra
UNION ALL
MATCH (d:Document {kind: 'WORK_REPORT'}) WHERE d.reportYear IS NOT NULL
RETURN 'REPORT_YEAR' AS type, d.id AS id, toString(d.reportYear) AS name, [] AS aliases, d.jurisdiction AS extra
UNION ALL
MATCH (d:Document) WHERE d.jurisdiction IS NOT NULL AND d.kind <> 'CITED'
WITH d.jurisdiction AS j, count(d) AS documents
RETURN 'LOADED_JURISDICTION' AS type, j AS id, j AS name, [] AS aliases, toString(documents) AS extra
