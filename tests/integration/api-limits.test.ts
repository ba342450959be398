/**
 * Every bound of src/api/limits.ts proves its rejection here, on the seed county in the real
 * Neo4j; and what a browser on another site may do (CORS, GET, headers).
 */
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpServer } from '../../src/cli/serve.js';
import { type AnswerValue, createApp, runQuery } from '../../src/api/index.js';
import { LIMITS, costOf } from '../../src/api/limits.js';
import { buildSchema } from '../../src/api/schema.js';
import { parse } from 'graphql';
import { createStore } from '../../src/store/index.js';
import { type TestGraph, seedBatch, testGraph } from '../helpers/graph.js';

let g: TestGraph;
beforeAll(async () => {
  g = await testGraph([await seedBatch()]);
});
afterAll(() => g.close());

const codes = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (r.errors ?? []).map((e) => e.extensions?.code);

/** statements the database received while `work` ran */
async function statements(work: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const off = g.store.onQuery(() => n++);
  try {
    await work();
  } finally {
    off();
  }
  return n;
}

/** issue 16: 2 KB, passes depth and alias limits, returned 163 MB in 12 s before the cost model counted lists */
export function nestedAliasQuery(aliases = 12): string {
  let sel = 'name';
  for (let i = 0; i < 7; i++) sel = i % 2 === 0 ? `supervisors { ${sel} }` : `supervises { ${sel} }`;
  return `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: organization(name: "住建局") { ${sel} }`).join(' ')} }`;
}

describe('cost model', () => {
  it('multiplies by list sizes: the 12-alias × 8-level query is rejected before any statement runs', async () => {
    const q = nestedAliasQuery();
    expect(q.length).toBeLessThan(2_500);
    expect(costOf(buildSchema(), parse(q))).toBeGreaterThan(1e6);
    let r: Awaited<ReturnType<typeof g.gql>> | undefined;
    expect(
      await statements(async () => {
        r = await g.gql(q);
      }),
    ).toBe(0);
    expect(codes(r!)).toEqual(['QUERY_REJECTED']);
    expect(r!.errors?.[0].message).toMatch(/estimated cost .* over 100000/);
  });

  it('counts `first` (inline, default, or the most a variable may ask) and fragments', () => {
    const schema = buildSchema();
    const cost = (q: string) => costOf(schema, parse(q));
    expect(cost('{ targets(first: 10) { nodes { id } } }')).toBe(10 * (1 + 1 + 1));
    expect(cost('{ targets { nodes { id } } }')).toBe(50 * 3);
    expect(cost('query($n: Int) { targets(first: $n) { nodes { id } } }')).toBe(LIMITS.maxPage * 3);
    expect(cost('{ ...F } fragment F on Query { people { name } }')).toBe(100 * 2);
  });

  it("lets the README's rich example through", async () => {
    const r = await g.gql(
      `query($t:String){ targets(filter:{year:2024,status:PLANNED,text:$t}) { nodes { text value unit
      owners { role basis confidence organization { name } evidence { quote document { title } } } accountableLeaders { name } } } }`,
      { t: '就业' },
    );
    expect(r.errors).toBeUndefined();
  });
});

describe('argument lengths', () => {
  it('a 2,000-character name is BAD_USER_INPUT before any statement runs', async () => {
    let r: Awaited<ReturnType<typeof g.gql>> | undefined;
    expect(
      await statements(async () => {
        r = await g.gql(`{ organization(name: "${'住'.repeat(2_000)}") { name } }`);
      }),
    ).toBe(0);
    expect(codes(r!)).toEqual(['BAD_USER_INPUT']);
    expect(r!.errors?.[0].message).toMatch(/argument name is 2000 characters long; at most 100/);
  });

  it('as a variable, inside an input object, and a 20,000-character question (60 kB)', async () => {
    expect(codes(await g.gql('query($n: String!) { person(name: $n) { name } }', { n: 'x'.repeat(101) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await g.gql('query($t: String) { targets(filter: { text: $t }) { totalCount } }', { t: 'x'.repeat(201) })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await g.gql(`{ targets(filter: { organization: "${'x'.repeat(101)}" }) { totalCount } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await g.gql('query($q: String!) { ask(question: $q) { answer } }', { q: '问'.repeat(20_000) })),
    ).toEqual(['BAD_USER_INPUT']);
    // at the limit is fine
    expect(codes(await g.gql('query($n: String!) { person(name: $n) { name } }', { n: 'x'.repeat(100) }))).toEqual([]);
  });
});

describe('request and response bounds', () => {
  const post = (app: ReturnType<typeof createApp>, body: string, headers: Record<string, string> = {}) =>
    app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('a body over maxBodyBytes is 413, whether its length is declared or not; a bad Content-Length is 400', async () => {
    const body = JSON.stringify({ query: '{ documents { id } }', variables: { pad: 'x'.repeat(LIMITS.maxBodyBytes) } });
    const small = JSON.stringify({ query: '{ documents { id } }' });
    const length = (b: string) => ({ 'content-length': String(Buffer.byteLength(b)) });
    // declared: refused from the header
    expect((await post(g.app, body, length(body))).status).toBe(413);
    expect((await post(g.app, small, length(small))).status).toBe(200);
    expect((await post(g.app, small, { 'content-length': '12, 12' })).status).toBe(400);
    // not declared (a chunked body, or app.fetch with a string): counted as it comes in
    const streamed = (b: string) =>
      g.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([b]).stream(),
        duplex: 'half',
      });
    expect((await streamed(body)).status).toBe(413);
    const ok = await streamed(small);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { documents: unknown[] } }).data.documents.length).toBeGreaterThan(0);
  });

  it('a client that trickles its request in is cut off after headersTimeoutMs (408, socket closed)', async () => {
    const server = httpServer(g.app, { headersTimeoutMs: 500, receiveTimeoutMs: 1_000 });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const started = Date.now();
      const { ms, reply } = await new Promise<{ ms: number; reply: string }>((resolve) => {
        let reply = '';
        const s = connect((server.address() as AddressInfo).port, '127.0.0.1', () =>
          s.write('POST /graphql HTTP/1.1\r\nHost: x\r\n'),
        );
        s.on('data', (d) => (reply += d));
        s.on('error', () => undefined);
        s.on('close', () => resolve({ ms: Date.now() - started, reply }));
      });
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeLessThan(3_000);
    } finally {
      server.close();
    }
  });

  it('batched operations are refused', async () => {
    const res = await post(
      g.app,
      JSON.stringify([{ query: '{ documents { id } }' }, { query: '{ people { name } }' }]),
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('a response over maxResponseBytes is replaced by RESPONSE_TOO_LARGE', async () => {
    const app = createApp({ store: g.store, limits: { maxResponseBytes: 10_000 } });
    const r = await runQuery(app, '{ documents { id title text } }');
    expect(r.data).toBeNull();
    expect(codes(r)).toEqual(['RESPONSE_TOO_LARGE']);
    expect((await runQuery(app, '{ documents { id } }')).errors).toBeUndefined();
  });

  it('a request over requestTimeoutMs is TIMEOUT, and its transaction is ended', async () => {
    const slowAsk = async (question: string): Promise<AnswerValue> => {
      await new Promise((r) => setTimeout(r, 1_000));
      return { question, answer: '', mode: 'NONE', query: null, rows: [], citations: [], confidence: 0 };
    };
    const app = createApp({ store: g.store, ask: slowAsk, limits: { requestTimeoutMs: 200 } });
    const started = Date.now();
    const r = await runQuery(app, '{ documents { id } ask(question: "慢") { answer } }');
    expect(codes(r)).toEqual(['TIMEOUT']);
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe('consistent reads', () => {
  it('every statement of one request reads through one snapshot', async () => {
    const seen: Array<{ tx: number; mode: string }> = [];
    const off = g.store.onQuery((e) => seen.push({ tx: e.tx, mode: e.mode }));
    try {
      const r =
        await g.gql(`{ organization(name: "住建局") { name supervisors { name supervises { name } } targets(year: 2024) { text owners { organization { name } } } }
        documents { title } people { name } }`);
      expect(r.errors).toBeUndefined();
    } finally {
      off();
    }
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(new Set(seen.map((e) => e.tx)).size).toBe(1);
    expect(seen.every((e) => e.mode === 'READ')).toBe(true);
    // and the next request gets a transaction of its own
    const next: number[] = [];
    const off2 = g.store.onQuery((e) => next.push(e.tx));
    await g.gql('{ documents { id } }');
    off2();
    expect(next[0]).not.toBe(seen[0].tx);
  });
});

describe('reads during writes', () => {
  it('a response never mixes two versions of the graph while loads commit', async () => {
    let stop = false;
    let writes = 0;
    // every document one issuer before any read: the seed's own issuers differ, so a read before
    // the first write would look torn
    await g.store.write('MATCH (d:Document) SET d.issuer = $v', { v: 'v0' });
    // a "re-ingest" every 100 ms: one transaction changes every document
    const writer = (async () => {
      while (!stop) {
        await g.store.write('MATCH (d:Document) SET d.issuer = $v', { v: `v${++writes}` });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let torn = 0;
    try {
      for (let i = 0; i < 150; i++) {
        const r = await g.gql<{ a: Array<{ issuer: string }>; b: unknown[]; c: Array<{ issuer: string }> }>(
          '{ a: documents { issuer } b: people { name } c: documents { issuer } }',
        );
        if (new Set([...r.data!.a, ...r.data!.c].map((d) => d.issuer)).size > 1) torn++;
      }
    } finally {
      stop = true;
      await writer;
    }
    expect(writes).toBeGreaterThan(5);
    expect(torn).toBe(0);
  }, 60_000);
});

describe('outages and directives', () => {
  it('a database that does not answer is 503 DATABASE_UNAVAILABLE at once, not 200 after retries', async () => {
    const down = createStore({
      connection: { uri: 'bolt://127.0.0.1:4799', user: 'neo4j', password: 'x', database: 'neo4j', managed: false },
    });
    try {
      const started = Date.now();
      const res = await createApp({ store: down }).fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { id } }' }),
      });
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors[0].extensions.http).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await down.close();
    }
  });

  it('more than maxDirectives directives are QUERY_REJECTED', async () => {
    const many = Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(codes(await g.gql(`{ documents ${many} { id } }`))).toEqual(['QUERY_REJECTED']);
  });
});

describe('browsers on other sites', () => {
  const q = JSON.stringify({ query: '{ documents { id } }' });
  const headers = (origin: string) => ({ 'content-type': 'application/json', origin });

  it('CORS is off by default: a foreign Origin gets no access-control headers, preflight neither', async () => {
    const res = await g.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: headers('http://evil.example'),
      body: q,
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const pre = await g.app.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CORS_ORIGINS allows exactly the listed origins, without credentials', async () => {
    const app = createApp({
      store: g.store,
      corsOrigins: ['https://console.example.org', 'https://other.example.org'],
    });
    const ok = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: headers('https://console.example.org'),
      body: q,
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://console.example.org');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const evil = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: headers('http://evil.example'),
      body: q,
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('GET never runs an operation', async () => {
    const res = await g.app.fetch(`http://localhost/graphql?query=${encodeURIComponent('{ documents { id } }')}`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('every response carries the security headers and a request id', async () => {
    const res = await g.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
      body: q,
    });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });
});
