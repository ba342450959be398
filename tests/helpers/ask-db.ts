/**
 * The real Neo4j for ask tests: a loader that replaces the whole graph with batches (and forgets
 * ask's cached lexicon), the READ runner the API hands to ask(), and the invented county set up
 * once per test file.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { resetAskCache, type Answer, type AskDeps } from '../../src/ask/index.js';
import type { GraphBatch } from '../../src/model/index.js';
import { graphChecksum, graphCounts, type Store } from '../../src/store/index.js';
import { countyBatch } from './ask-county.js';
import { openStore, resetGraph } from './graph.js';

export { openStore };

/** Wipe, then load the batches: every test file starts from a known graph. */
export async function loadOnly(store: Store, ...batches: GraphBatch[]): Promise<void> {
  await resetGraph(store, batches);
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

export interface CountyGraph {
  /** set in beforeAll */
  store: Store;
  /** ask's dependencies over `store`; usable as soon as the tests run */
  deps: AskDeps;
  /** Every citation is a verbatim slice of its document. */
  citationsAreVerbatim: (a: Answer) => void;
}

/** The invented county (青山县) alone on the test database for this test file: registers beforeAll/afterAll. */
export function useCountyGraph(): CountyGraph {
  const batch = countyBatch();
  const docText = new Map(
    batch.nodes.filter((n) => n.label === 'Document').map((n) => [n.props.id, (n.props as { text: string }).text]),
  );
  const graph: CountyGraph = {
    store: undefined as unknown as Store,
    deps: { run: (cypher, params) => graph.store.read(cypher, params) },
    citationsAreVerbatim: (a) => {
      for (const c of a.citations) expect(docText.get(c.documentId)?.slice(c.start, c.end)).toBe(c.quote);
    },
  };
  beforeAll(async () => {
    graph.store = await openStore();
    await loadOnly(graph.store, batch);
  });
  afterAll(async () => {
    await graph.store?.close();
  });
  return graph;
}
