// What the graph holds; the version counter (queries/store/) is bookkeeping, not a fact.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (v:GraphVersion) RETURN count(v) AS bookkeeping }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN all - bookkeeping AS nodes, relationships, documents
