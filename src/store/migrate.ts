import { migrationStatements } from './queries.js';
import type { Store } from './store.js';

/** Constraints and indexes (IF NOT EXISTS): safe to run at every start-up and before every ingest. */
export async function migrate(store: Store): Promise<number> {
  const statements = migrationStatements();
  // schema statements cannot share a transaction with each other's data reads: one each
  for (const s of statements) await store.schema(s);
  return statements.length;
}
