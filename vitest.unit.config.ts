import { defineConfig } from 'vitest/config';

// Pure stages only: no database needed, so no Neo4j global setup.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
