// What the graph holds; the version counter (queries/store/) and each gazette's stored facts
// (load/write-facts) are bookkeeping, not facts.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (v) WHERE v:GraphVersion OR v:StatedFacts RETURN count(v) AS bookkeeping }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN all - bookkeeping AS nodes, relationships, documents
