/**
 * The benchmark's server process, one HTTP server for every column of the latency table:
 * - /graphql: our GraphQL app (production mode);
 * - /replay: a body {statements:[{cypher, params}]} run one after another through neo4j-driver's
 *   executeQuery — the statements our resolvers send, with no GraphQL around them;
 * - /one: a body {name, params}: the one hand-written statement bench/queries/<name>.cypher that
 *   returns the operation's fields (the floor the issue measures against);
 * - /peer: the same operations through @neo4j/graphql over the same graph (bench/peer.ts).
 * Prints `READY <port>` on stdout once listening.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { createApp } from '../src/api/index.js';
import { config } from '../src/config.js';
import { resolveConnection } from '../src/store/connection.js';
import { createDriver, createStore, toCypherParams } from '../src/store/index.js';
import { peerSchema } from './peer.js';

// tsx turns Node's source maps on; the production server (node on dist/) runs without them. With them
// every stack a driver Result captures is mapped back to TypeScript, which costs the deep stacks of
// GraphQL resolvers more than the floor's (a leader's targets: 2.0 ms of server CPU a request, 1.7 without)
process.setSourceMapsEnabled(false);

const conn = resolveConnection(config());
const store = createStore({ connection: conn });
const app = createApp({ store, production: true });
const driver = createDriver(conn);
const peer = await peerSchema(driver, conn.database);
const peerApp = createYoga({
  schema: peer.schema,
  context: () => ({ ...peer.context }),
  graphiql: false,
  logging: false,
  graphqlEndpoint: '/peer',
});
const oneStatement = new Map<string, string>();
const statementOf = (name: string) => {
  if (!/^[a-z-]+$/.test(name)) throw new Error(`no such bench statement: ${name}`);
  let s = oneStatement.get(name);
  if (!s) oneStatement.set(name, (s = readFileSync(new URL(`./queries/${name}.cypher`, import.meta.url), 'utf8')));
  return s;
};
const read = (cypher: string, params: Record<string, unknown>) =>
  driver.executeQuery(cypher, toCypherParams(params) as Record<string, unknown>, {
    routing: neo4j.routing.READ,
    database: conn.database,
  });

async function body(req: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const server = createServer(async (req, res) => {
  // GraphQL and the peer take the request as the production server does (cli/serve.ts: yoga as the listener)
  if (req.url?.startsWith('/graphql')) return app(req, res);
  if (req.url?.startsWith('/peer')) return peerApp(req, res);
  try {
    const raw = await body(req);
    if (req.url === '/replay' && req.method === 'POST') {
      const { statements } = JSON.parse(raw.toString('utf8')) as {
        statements: Array<{ cypher: string; params: Record<string, unknown> }>;
      };
      const out = [];
      for (const s of statements) out.push((await read(s.cypher, s.params)).records.map((x) => x.toObject()));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      return;
    }
    if (req.url === '/one' && req.method === 'POST') {
      const { name, params } = JSON.parse(raw.toString('utf8')) as { name: string; params: Record<string, unknown> };
      const r = await read(statementOf(name), params);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(r.records.map((x) => x.toObject())));
      return;
    }
    res.writeHead(404).end();
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
});

const stop = async () => {
  server.close();
  await Promise.all([store.close(), driver.close()]);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
