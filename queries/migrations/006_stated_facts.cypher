// Each loaded gazette's stated facts, as the county derivation reads them, in one JSON document
// (src/store/county.ts factsSnapshot): a load reads its county's gazettes' documents instead of every
// node and relationship of the county.
CREATE CONSTRAINT stated_facts_gazette IF NOT EXISTS FOR (f:StatedFacts) REQUIRE f.gazetteId IS UNIQUE;
