UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id AS key, d.text AS text
