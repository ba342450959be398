import { createServer } from 'node:http';
import type { Command } from 'commander';
import { askWithStore, createApp } from '../api/index.js';
import { config } from '../config.js';
import { logger } from '../logger.js';
import { startServer } from '../store/server.js';
import { createStore, migrate } from '../store/index.js';
import { ingestWithProgress, seedFiles } from './ingest.js';

/** Serves GraphQL until SIGINT/SIGTERM; resolves with the URL once listening. */
export async function serve(): Promise<string> {
  const cfg = config();
  const store = createStore();
  await migrate(store).catch((e) => logger.warn({ err: e }, 'migrations not applied: the database is not reachable yet'));
  const app = createApp({ store, ask: askWithStore });
  const server = createServer(app);
  await new Promise<void>((res, rej) => server.once('error', rej).listen(cfg.PORT, cfg.HOST, () => res()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : cfg.PORT;
  const url = `http://${cfg.HOST}:${port}/graphql`;
  const shutdown = () => {
    server.close();
    void store.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return url;
}

export function registerServe(program: Command): void {
  program.command('serve').description('serve GraphQL (and /ready) on HOST:PORT').action(async () => {
    process.stdout.write(`GraphQL: ${await serve()}\n`);
  });
  program.command('start')
    .description('the main job: start Neo4j if none is configured, load the bundled gazettes, serve GraphQL')
    .action(async () => {
      await startServer(config());
      await ingestWithProgress(seedFiles());
      process.stdout.write(`GraphQL: ${await serve()}\n`);
    });
}
