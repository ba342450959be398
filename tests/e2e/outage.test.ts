/**
 * The server as a user runs it, through a database outage: a second local Neo4j (its own port and
 * instance directory, the same cached jars) is started, the GraphQL server is pointed at it, the
 * database is stopped under it and started again — no restart of the GraphQL server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../src/config.js';
import { cli as runCli } from '../helpers/cli.js';

const managed = config().managedNeo4j;
// its own port and instance (and so its own generated password)
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEO4J_PORT: '7695',
  PORT: '0',
  LOG_LEVEL: 'silent',
  NEO4J_PASSWORD: '',
};

const cli = (args: string[]) => runCli(args, env, 300_000);

/** One request on its own connection (no keep-alive socket to race the server's idle timeout). */
function http(url: string, body?: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: body ? 'POST' : 'GET', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let data = '';
        res.on('data', (d) => (data += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const graphql = async (url: string, query: string) =>
  (await http(url, JSON.stringify({ query }))).json as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };

/** /ready status, polled until it equals `want` (a reconnecting driver may need a moment). */
async function readyBecomes(url: string, want: number): Promise<number> {
  let status = 0;
  // up to 30 s, asked every 200 ms
  for (let i = 0; i < 150 && status !== want; i++) {
    status = (await http(url.replace('/graphql', '/ready'))).status;
    if (status !== want) await new Promise((r) => setTimeout(r, 200));
  }
  return status;
}

// Managing a second server only makes sense where we manage servers (not with NEO4J_URI).
describe.skipIf(!managed)('GraphQL server through a Neo4j outage', () => {
  let server: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    expect(cli(['db', 'start']).code).toBe(0);
    server = spawn(process.execPath, ['bin/report-graph.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (d) => {
        out += d;
        const m = /GraphQL: (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      server!.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
  }, 300_000);

  afterAll(() => {
    server?.kill('SIGTERM');
    cli(['db', 'stop']);
  }, 120_000);

  it('answers, reports unavailable while the database is down, and recovers without a restart', async () => {
    expect(await readyBecomes(url, 200)).toBe(200);
    expect((await graphql(url, '{ documents { id } }')).errors).toBeUndefined();

    expect(cli(['db', 'stop']).code).toBe(0);
    expect(JSON.parse(cli(['db', 'status', '--json']).stdout).state).toBe('stopped');
    expect((await http(url.replace('/graphql', '/ready'))).status).toBe(503);
    const down = await graphql(url, '{ documents { id } }');
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    expect(cli(['db', 'start']).code).toBe(0);
    expect(await readyBecomes(url, 200)).toBe(200);
    const back = await graphql(url, '{ documents { id } }');
    expect(back.errors).toBeUndefined();
    expect(Array.isArray(back.data?.documents)).toBe(true);
  }, 300_000);
});
