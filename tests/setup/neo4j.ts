/**
 * Vitest global setup: the tests run against a real Neo4j, and say which one. If none answers
 * the run fails here, loudly, instead of skipping integration tests.
 */
import { config } from '../../src/config.js';
import { statusServer } from '../../src/neo4j/server.js';

export default async function setup(): Promise<void> {
  const s = await statusServer(config());
  if (s.state !== 'running') {
    throw new Error(
      `no Neo4j answers at ${s.uri}: run \`npx report-graph db start\` (npm test does it) or set NEO4J_URI`,
    );
  }
  process.stderr.write(
    `\nIntegration tests use a real Neo4j: ${s.version} at ${s.uri} (${s.source}${s.pid ? `, pid ${s.pid}` : ''})\n\n`,
  );
}
