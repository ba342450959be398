import { defineConfig } from 'vitest/config';

/**
 * Two groups on the one test Neo4j. `npm test` runs them side by side, as two vitest processes
 * (scripts/test.mjs); `npx vitest run` runs them one after the other (sequence.groupOrder):
 *  - `parallel` (1 worker, one module graph): files that never touch the test database — the pure
 *    unit tests, the CLI where it needs none, and the e2e files that start a Neo4j of their own
 *    (outage, instance: their own ports and instance directories). One worker, not two: beside
 *    `db` on two cores a second one only slowed both (db 194 s with two, 178 s with one; the group itself 114 s and 110 s). Not
 *    isolated (no file mocks a module or sets the environment): each file re-importing src/ cost
 *    the group 170 s against 122 s alone, 86 s of CPU against 72 s.
 *  - `db` (1 worker, one module graph): every file that wipes, loads or reads the shared
 *    database, one after another. Not isolated: src/ is imported and compiled once for all of
 *    them instead of once per file (each file still opens its own store and loads its own graph;
 *    ask's lexicon cache is keyed by the graph's fingerprint), and tests/helpers/graph.ts builds
 *    each fixture's GraphBatch once per run.
 */
const PARALLEL = [
  'tests/unit/**/*.test.ts',
  'tests/e2e/cli-offline.test.ts',
  'tests/e2e/outage.test.ts',
  'tests/e2e/instance.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/neo4j.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    // a line per request is for operators, not for test output
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    projects: [
      {
        extends: true,
        test: { name: 'parallel', include: PARALLEL, maxWorkers: 1, isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/**/*.test.ts'],
          exclude: PARALLEL,
          // integration tests share one Neo4j database: files one after another
          fileParallelism: false,
          maxWorkers: 1,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
