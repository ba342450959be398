import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs two groups, one after the other, on the one test Neo4j:
 *  1. `parallel` (2 workers): files that never write the test database — the pure unit tests, the
 *     e2e files that start a Neo4j of their own (outage, instance: their own ports and instance
 *     directories) and the CLI file (it only reads, and nothing writes while this group runs);
 *  2. `db` (1 worker, one module graph): every file that wipes or loads the shared database, one
 *     after another. Not isolated: src/ is imported and compiled once for all of them instead of
 *     once per file (each file still opens its own store and loads its own graph; ask's lexicon
 *     cache is keyed by the graph's fingerprint), and tests/helpers/graph.ts builds each fixture's
 *     GraphBatch once per run.
 */
const PARALLEL = [
  'tests/unit/**/*.test.ts',
  'tests/e2e/outage.test.ts',
  'tests/e2e/instance.test.ts',
  'tests/e2e/cli.test.ts',
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
        test: { name: 'parallel', include: PARALLEL, maxWorkers: 2, sequence: { groupOrder: 0 } },
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
