UNWIND $ids AS id
MATCH (t:Target {documentId: id})
RETURN id AS key, t {.*} AS node, {} AS rel
ORDER BY key, coalesce(t.evidenceStarts[0], 0), t.id
