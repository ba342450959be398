// What the graph holds; the version counter (queries/store/) and each gazette's stored facts
// (load/write-facts) are bookkeeping, not facts.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (v:GraphVersion) RETURN count(v) AS versions }
CALL () { MATCH (f:StatedFacts) RETURN count(f) AS stored }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN all - versions - stored AS nodes, relationships, documents
