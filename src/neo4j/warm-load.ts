/**
 * Warms a local Neo4j just started for loading, in the background (`db start` runs this file as a
 * detached process): the bundled seed gazette goes through the real loader in a write transaction
 * that is then rolled back, so the JVM has compiled Cypher's planner and the ~45 load statements
 * are in the plan cache before the first real ingest. Nothing is written.
 *
 * Why (issue 15, measured on 2 cores shared with another workload): the seed's first ingest into a
 * server just started took 20.5–27.7 s, the next one 4.2–7.0 s; nearly all of the difference is
 * the cold JVM parsing and planning each statement (JIT flags such as C1 only cut its CPU, 40 → 25 s,
 * not its wall time). The warm-up takes 16–21 s after Bolt answers; a first ingest after it took
 * 3.9–4.8 s. One that comes during it waits for it (every write transaction of ours first takes the
 * GraphVersion lock) and then runs warm: 20.8–23.1 s in all, no worse than cold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../paths.js';
import { buildGraphBatch } from '../pipeline.js';
import { createStore, loadGazettes, type Store } from '../store/index.js';

export const WARM_UP_GAZETTE = join(PACKAGE_ROOT, 'seed', 'gazettes', 'yijinhuoluo-gazette-2024-01.txt');

/** Loads the seed gazette and rolls it back; the ms it took. */
export async function warmLoad(): Promise<number> {
  const started = performance.now();
  const batch = buildGraphBatch({ text: readFileSync(WARM_UP_GAZETTE, 'utf8'), sourceFile: 'warm-up.txt' });
  const store = createStore();
  let rolledBack = false;
  try {
    await store.writeTransaction(
      async (tx) => {
        // the loader's own transaction is this one, so that it can be rolled back
        const inTx: Store = { ...store, writeTransaction: (work) => work(tx) };
        await loadGazettes(inTx, [batch]);
        rolledBack = true;
        throw new Error('warm-up: roll back');
      },
      { timeoutMs: 600_000 },
    );
  } catch (e) {
    if (!rolledBack) throw e;
  } finally {
    await store.close();
  }
  return Math.round(performance.now() - started);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  warmLoad().then(
    (ms) => process.stderr.write(`${new Date().toISOString()} load statements warmed in ${ms} ms\n`),
    (e: unknown) => {
      process.stderr.write(`${new Date().toISOString()} warm-up failed (harmless): ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
