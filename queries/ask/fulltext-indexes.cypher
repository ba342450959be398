// The full-text indexes SEARCH may use, whatever the migrations named them.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state, entityType
WHERE state = 'ONLINE' AND entityType = 'NODE'
RETURN name, labelsOrTypes, properties
