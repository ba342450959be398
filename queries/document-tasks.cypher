UNWIND $ids AS id
MATCH (t:Task {documentId: id})
RETURN id AS key, t {.*} AS node, {} AS rel
ORDER BY key, t.ordinal, coalesce(t.evidenceStarts[0], 0), t.id
