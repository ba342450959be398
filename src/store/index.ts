export { createStore, createDriver, mapDriverError, toCypherParams, type Store, type TxRunner, type Row, type Params, type QueryEvent, type StoreOptions } from './store.js';
export { loadQuery, withIdentifiers, migrationStatements } from './queries.js';
export { evidenceFromLists } from './evidence.js';
export { migrate } from './migrate.js';
export { loadGazette, type LoadSummary, type LoadOptions } from './loader.js';
export { graphChecksum, graphCounts, wipe, type GraphCounts } from './checksum.js';
export { ingestFiles, type IngestSummary, type IngestProgress, type IngestOptions } from './ingest.js';
