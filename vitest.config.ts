import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j.ts'],
    // integration tests share one Neo4j database: run files one after another
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    // a line per request is for operators, not for test output
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  },
});
