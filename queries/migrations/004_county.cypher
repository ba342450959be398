// The county graph: a jurisdiction's stated facts are read by these, and its derived layer
// (relationships carrying derivedFor = the jurisdiction) is found and replaced by these.
CREATE INDEX document_jurisdiction IF NOT EXISTS FOR (n:Document) ON (n.jurisdiction);
CREATE INDEX organization_jurisdiction IF NOT EXISTS FOR (n:Organization) ON (n.jurisdiction);
CREATE INDEX person_jurisdiction IF NOT EXISTS FOR (n:Person) ON (n.jurisdiction);
CREATE INDEX responsible_derived IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.derivedFor);
CREATE INDEX implements_derived IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.derivedFor);
CREATE INDEX conflicts_derived IF NOT EXISTS FOR ()-[r:CONFLICTS_WITH]-() ON (r.derivedFor);
CREATE INDEX accountable_derived IF NOT EXISTS FOR ()-[r:ACCOUNTABLE_FOR]-() ON (r.derivedFor);
CREATE INDEX achieved_as_derived IF NOT EXISTS FOR ()-[r:ACHIEVED_AS]-() ON (r.derivedFor);
