import { type RequestListener, type Server, createServer } from 'node:http';
import { isIP } from 'node:net';
import type { Command } from 'commander';
import { askWithStore, createApp, warmPlanner } from '../api/index.js';
import { LIMITS, type Limits } from '../api/limits.js';
import { config } from '../config.js';
import { AppError } from '../errors.js';
import { logger } from '../logger.js';
import { startServer } from '../neo4j/server.js';
import { createStore, migrate } from '../store/index.js';
import { ingestWithProgress, seedFiles } from './ingest.js';

/** How long in-flight requests may take to finish once SIGTERM/SIGINT arrived. */
const SHUTDOWN_GRACE_MS = 10_000;

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

/** Serving the graph to the network without a token has to be asked for. */
function checkAccess(cfg: ReturnType<typeof config>): void {
  if (isLoopback(cfg.HOST) || cfg.API_TOKEN || cfg.ALLOW_OPEN) return;
  throw new AppError(
    'CONFIG',
    `HOST=${cfg.HOST} serves the graph beyond this machine, and API_TOKEN is not set: ` +
      'set API_TOKEN (clients send Authorization: Bearer <token>), or ALLOW_OPEN=1 to serve it open on purpose, or HOST=127.0.0.1',
  );
}

/**
 * The HTTP server around the app: a client that trickles its request in (slowloris) is cut off
 * after the limits' header and receive timeouts, checked every second rather than Node's 30 s.
 */
export function httpServer(
  app: RequestListener,
  limits: Pick<Limits, 'headersTimeoutMs' | 'receiveTimeoutMs'> = LIMITS,
): Server {
  return createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.receiveTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
}

/** A server's operator wants a line per request (and the start's ingest) unless LOG_LEVEL says otherwise. */
function serverLogging(cfg: ReturnType<typeof config>): void {
  if (!cfg.LOG_LEVEL) logger.level = 'info';
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE')
        reject(
          new AppError(
            'CONFIG',
            `port ${port} on ${host} is already in use: stop what listens there, or set PORT to a free port (PORT=0 picks one)`,
          ),
        );
      else if (e.code === 'EACCES')
        reject(new AppError('CONFIG', `port ${port} on ${host} needs privileges: set PORT to 1024 or above`));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
        reject(
          new AppError(
            'CONFIG',
            `HOST=${host} is not an address of this machine: set HOST to one (127.0.0.1, 0.0.0.0)`,
          ),
        );
      else reject(e);
    });
    server.listen(port, host, () => resolve());
  });
}

/**
 * Serves GraphQL until SIGTERM or SIGINT, then stops accepting, lets in-flight requests finish (at
 * most SHUTDOWN_GRACE_MS), closes the driver and exits 0. Resolves with the URL once listening.
 */
export async function serve(): Promise<string> {
  const cfg = config();
  checkAccess(cfg);
  serverLogging(cfg);
  const store = createStore();
  await migrate(store).catch(() => logger.warn('migrations not applied: the database is not reachable yet'));
  const app = createApp({ store, ask: askWithStore });
  const server = httpServer(app);
  await listen(server, cfg.PORT, cfg.HOST);
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : cfg.PORT;
  const url = `http://${cfg.HOST.includes(':') ? `[${cfg.HOST}]` : cfg.HOST}:${port}/graphql`;
  logger.info(
    { url, production: cfg.NODE_ENV === 'production', tokenRequired: Boolean(cfg.API_TOKEN), cors: cfg.CORS_ORIGINS },
    'serving',
  );
  // after listening, not before: /ready answers at once, and the first questions find their plans made
  void warmPlanner(store);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // under npm a signal can arrive twice (npm forwards it, and its shell goes away): the drain is bounded anyway
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => {
      logger.warn(
        { graceMs: SHUTDOWN_GRACE_MS },
        'in-flight requests still running after the grace period: closing them',
      );
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
    // close() stops accepting and ends idle keep-alive sockets; busy ones close after their response
    server.close(() => {
      clearTimeout(force);
      void store
        .close()
        .catch(() => undefined)
        .finally(() => {
          logger.info({ ms: Date.now() - started }, 'stopped');
          process.exit(0);
        });
    });
    server.closeIdleConnections();
  };
  // replaces the bin's plain exit-on-signal
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }
  return url;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve GraphQL (and /ready) on HOST:PORT')
    .action(async () => {
      process.stdout.write(`GraphQL: ${await serve()}\n`);
    });
  program
    .command('start')
    .description('the main job: start Neo4j if none is configured, load the bundled gazettes, serve GraphQL')
    .action(async () => {
      const cfg = config();
      checkAccess(cfg); // before minutes of start-up, not after
      serverLogging(cfg);
      await startServer(cfg);
      await ingestWithProgress(seedFiles());
      process.stdout.write(`GraphQL: ${await serve()}\n`);
    });
}
