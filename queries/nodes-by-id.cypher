// __LABEL__ is filled from the model's label list. One round trip for every id a request needs.
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
RETURN id AS key, n {.*} AS node
