CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN nodes, relationships, documents
