/**
 * Shared set-up for integration tests: a store from config() (NEO4J_URI… or the managed server),
 * migrations applied, the database wiped and loaded once per test file.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type App, createApp, runQuery } from '../../src/api/index.js';
import type { GraphBatch } from '../../src/model/index.js';
import { buildGraphBatch } from '../../src/pipeline.js';
import { type Store, createStore, loadGazette, migrate, wipe } from '../../src/store/index.js';

export const SEED_FILE = resolve(import.meta.dirname, '../../seed/gazettes/yijinhuoluo-gazette-2024-01.txt');
export const seedText = (): string => readFileSync(SEED_FILE, 'utf8');

export async function openStore(): Promise<Store> {
  const store = createStore();
  await migrate(store);
  return store;
}

/** Empties the database and loads the batches, each in its own transaction. */
export async function resetGraph(store: Store, batches: GraphBatch[]): Promise<void> {
  await wipe(store);
  for (const b of batches) await loadGazette(store, b);
}

const built = new Map<string, GraphBatch>();

/**
 * A text file through the real pipeline (src/pipeline.ts), built once per test run: the pipeline
 * is pure (same text and name → same batch) and the run's code does not change, so the files of
 * the `db` project (one module graph) share it. Each caller gets its own deep copy.
 */
export function batchOf(path: string): GraphBatch {
  const text = readFileSync(path, 'utf8');
  const key = `${basename(path)}\0${text}`;
  let batch = built.get(key);
  if (!batch) {
    batch = buildGraphBatch({ text, sourceFile: basename(path) });
    built.set(key, batch);
  }
  return structuredClone(batch);
}

/** The seed gazette through the real pipeline (src/pipeline.ts). */
export async function seedBatch(): Promise<GraphBatch> {
  return batchOf(SEED_FILE);
}

export interface TestGraph {
  store: Store;
  app: App;
  gql: <T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close: () => Promise<void>;
}

/** Store + app over a freshly loaded graph. */
export async function testGraph(batches: GraphBatch[], opts: { production?: boolean } = {}): Promise<TestGraph> {
  const store = await openStore();
  await resetGraph(store, batches);
  const app = createApp({ store, production: opts.production ?? false });
  return { store, app, gql: (q, v) => runQuery(app, q, v) as any, close: () => store.close() };
}
