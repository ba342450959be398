// Documents by id without their text (tens of kB each, and most requests want a title):
// Document.text reads it through document-text when it is asked for.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id AS key, d {.*, text: null} AS node
