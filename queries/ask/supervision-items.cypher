// The items a 督查通报 (Document kind SUPERVISION) lists — each a Task read from 存在的问题 /
// 督办事项 — in the notice's order, with the units named for each (责任单位, the first as LEAD);
// only the notices named ($docIds) and the items naming one of the units asked about ($orgIds).
MATCH (d:Document {kind: 'SUPERVISION'})
WHERE $docIds IS NULL OR d.id IN $docIds
MATCH (t:Task {documentId: d.id})
WITH d, t, COLLECT {
  MATCH (o:Organization)-[r:RESPONSIBLE_FOR]->(t)
  RETURN {organization: o.name, orgId: o.id, role: r.role,
          ev: r {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths}}
} AS units
WHERE $orgIds IS NULL OR any(u IN units WHERE u.orgId IN $orgIds)
RETURN d.id AS documentId, d.title AS document, d.docNumber AS docNumber, d.issuedOn AS issuedOn,
       t.id AS taskId, t.title AS title, t.ordinal AS ordinal,
       [u IN units WHERE u.role = 'LEAD' | u.organization] + [u IN units WHERE u.role <> 'LEAD' | u.organization] AS units,
       [u IN units | u.ev] AS evs,
       t {.evidenceDocumentIds, .evidenceStarts, .evidenceEnds, .evidenceQuotes, .evidenceSectionPaths} AS tev
ORDER BY d.issuedOn DESC, d.id, t.ordinal
LIMIT 100
