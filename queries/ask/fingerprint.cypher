// What the cached lexicon depends on, cheaply (count store): it is rebuilt when this changes.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (g:Gazette) RETURN collect(g.id + ':' + coalesce(g.checksum, '')) AS gazettes }
RETURN nodes, relationships, gazettes
