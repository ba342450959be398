// One round trip for a page of targets and the total; filters are optional parameters.
MATCH (t:Target)
WHERE ($year IS NULL OR t.year = $year)
  AND ($jurisdiction IS NULL OR EXISTS { MATCH (d:Document {id: t.documentId}) WHERE d.jurisdiction = $jurisdiction })
  AND ($status IS NULL OR t.status = $status)
  AND ($document IS NULL OR t.documentId = $document)
  AND ($text IS NULL OR t.text CONTAINS $text OR t.metric CONTAINS $text)
  AND ($indicator IS NULL OR t.indicatorCode = $indicator)
  AND ($outcome IS NULL OR (t.status = 'PLANNED' AND (
        EXISTS { MATCH (t)-[o:ACHIEVED_AS]->() WHERE o.status = $outcome }
        OR ($outcome = 'UNKNOWN' AND NOT EXISTS { MATCH (t)-[o:ACHIEVED_AS]->() WHERE o.status <> 'UNKNOWN' }))))
  AND ($orgIds IS NULL OR EXISTS {
        MATCH (o:Organization)-[r:RESPONSIBLE_FOR]->(t) WHERE o.id IN $orgIds AND ($role IS NULL OR r.role = $role) })
  AND ($orgIds IS NOT NULL OR $role IS NULL OR EXISTS { MATCH (:Organization)-[r:RESPONSIBLE_FOR]->(t) WHERE r.role = $role })
  AND ($supervisorIds IS NULL OR EXISTS {
        MATCH (p:Person)-[a:ACCOUNTABLE_FOR]->(t)
        WHERE p.id IN $supervisorIds AND ($role IS NULL OR EXISTS {
          MATCH (o:Organization)-[r:RESPONSIBLE_FOR]->(t) WHERE o.id IN a.organizations AND r.role = $role }) })
WITH t ORDER BY t.documentId, coalesce(t.evidenceStarts[0], 0), t.id
WITH collect(t) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | x {.*}] AS items
