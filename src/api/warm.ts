/**
 * Warms Neo4j's query caches after a start, in the background, so the first users do not pay for
 * planning: real questions of every family (ask-adapter's warmAsk: real parameter types, which the
 * plan cache is keyed by), then an EXPLAIN of every other named query the API and the question
 * layer send, as snapshots send them (store.warm: parsing and planning without running; templates
 * with __SLOT__ identifiers are left to their first request).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../logger.js';
import { PACKAGE_ROOT } from '../paths.js';
import { type Store, loadQuery } from '../store/index.js';
import { warmAsk } from './ask-adapter.js';

const named = (dir: string) =>
  readdirSync(join(PACKAGE_ROOT, 'queries', dir))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => join(dir, f.slice(0, -'.cypher'.length)));

export async function warmPlanner(store: Store): Promise<void> {
  const started = performance.now();
  try {
    const questions = await warmAsk(store);
    let explained = 0;
    for (const name of [...named('ask'), ...named('')]) {
      const text = loadQuery(name);
      if (/__[A-Z]+__/.test(text)) continue;
      if (await store.warm(text)) explained++;
    }
    logger.info({ questions, explained, ms: Math.round(performance.now() - started) }, 'query plans warmed');
  } catch (e) {
    logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'query plans not warmed');
  }
}
