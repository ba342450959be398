export {
  createStore,
  createDriver,
  mapDriverError,
  toCypherParams,
  type Store,
  type TxRunner,
  type Row,
  type Params,
  type QueryEvent,
  type StoreOptions,
  type Snapshot,
} from './store.js';
export { loadQuery, withIdentifiers, migrationStatements } from './queries.js';
export { evidenceFromLists } from './evidence.js';
export { migrate } from './migrate.js';
export {
  loadGazette,
  loadGazettes,
  removeGazettes,
  type LoadSummary,
  type LoadOptions,
  type LoadResult,
  type RemoveSummary,
} from './loader.js';
export { deriveJurisdiction, forgetParsedFacts, readJurisdictionFacts, type DerivationSummary } from './county.js';
export { derivedChecksum, graphChecksum, graphCounts, wipe, type GraphCounts } from './checksum.js';
