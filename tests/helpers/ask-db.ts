/**
 * The real Neo4j for ask tests: a store from the configured connection, a loader that replaces
 * the whole graph with one batch, and the READ runner the API hands to ask().
 */
import { resetAskCache, type AskDeps } from '../../src/ask/index.js';
import type { GraphBatch } from '../../src/model/index.js';
import { createStore, graphChecksum, graphCounts, loadGazette, migrate, wipe, type Store } from '../../src/store/index.js';

export async function openStore(): Promise<Store> {
  const store = createStore();
  await migrate(store);
  return store;
}

/** Wipe, then load the batches: every test file starts from a known graph. */
export async function loadOnly(store: Store, ...batches: GraphBatch[]): Promise<void> {
  await wipe(store);
  for (const b of batches) await loadGazette(store, b);
  resetAskCache();
}

export function runner(store: Store): AskDeps['run'] {
  return (cypher, params) => store.read(cypher, params);
}

/** Counts and a content hash of every node and relationship: equal before and after = unchanged. */
export async function snapshot(store: Store): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const c = await graphCounts(store);
  return { nodes: c.nodes, relationships: c.relationships, checksum: await graphChecksum(store) };
}
