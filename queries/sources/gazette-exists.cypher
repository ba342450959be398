MATCH (g:Gazette) WHERE g.id IN $ids RETURN collect(g.id) AS found
