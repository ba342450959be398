// Lookups the API and the ask layer do by value rather than by id.
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
// a range index on a list property serves `$name IN n.aliases`
CREATE INDEX organization_aliases IF NOT EXISTS FOR (n:Organization) ON (n.aliases);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX target_year_status IF NOT EXISTS FOR (n:Target) ON (n.year, n.status);
CREATE INDEX target_year IF NOT EXISTS FOR (n:Target) ON (n.year);
CREATE INDEX target_document IF NOT EXISTS FOR (n:Target) ON (n.documentId);
CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.documentId);
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId);
CREATE INDEX document_doc_number IF NOT EXISTS FOR (n:Document) ON (n.docNumber);
// a gazette's facts are found by their document when it is replaced or removed (load/remove-gazette)
CREATE INDEX project_document IF NOT EXISTS FOR (n:Project) ON (n.documentId);
CREATE INDEX provision_document IF NOT EXISTS FOR (n:Provision) ON (n.documentId);
CREATE INDEX group_document IF NOT EXISTS FOR (n:Group) ON (n.documentId);
CREATE INDEX contact_document IF NOT EXISTS FOR (n:Contact) ON (n.documentId);
