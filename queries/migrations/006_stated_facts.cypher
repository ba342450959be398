// Each loaded gazette's stated facts, as the county derivation reads them, one JSON document for
// each jurisdiction the gazette states facts of (src/store/county.ts factsByJurisdiction): a load
// reads its county's parts of the gazettes instead of every node and relationship of the county.
// key = gazette id | jurisdiction ('' for the mark every gazette loaded with stored facts has).
CREATE CONSTRAINT stated_facts_key IF NOT EXISTS FOR (f:StatedFacts) REQUIRE f.key IS UNIQUE;
CREATE INDEX stated_facts_gazette IF NOT EXISTS FOR (f:StatedFacts) ON (f.gazetteId);
CREATE INDEX stated_facts_jurisdiction IF NOT EXISTS FOR (f:StatedFacts) ON (f.jurisdiction);
