/**
 * The benchmark's server process: the GraphQL app at /graphql and, beside it, the driver floor at
 * /floor — a request body {statements:[{cypher, params}]} run one after another straight through
 * neo4j-driver's executeQuery, with no GraphQL, no DataLoader, no wrapper.
 * Prints `READY <port>` on stdout once listening.
 */
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { createApp } from '../src/api/index.js';
import { config } from '../src/config.js';
import { resolveConnection } from '../src/store/connection.js';
import { createDriver, createStore, toCypherParams } from '../src/store/index.js';

const conn = resolveConnection(config());
const store = createStore({ connection: conn });
const app = createApp({ store, production: true });
const driver = createDriver(conn);

const server = createServer(async (req, res) => {
  if (req.url === '/floor' && req.method === 'POST') {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const { statements } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { statements: Array<{ cypher: string; params: Record<string, unknown> }> };
    try {
      const out = [];
      for (const s of statements) {
        const r = await driver.executeQuery(s.cypher, toCypherParams(s.params) as Record<string, unknown>, { routing: neo4j.routing.READ, database: conn.database });
        out.push(r.records.map((x) => x.toObject()));
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
    return;
  }
  // everything else is the GraphQL app
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const response = await app.fetch(`http://localhost${req.url}`, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
  });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
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
