/**
 * The GraphQL contract on a small hand-made graph (independent of extraction): fields, aliases,
 * pagination, limits, masked errors, round trips, production mode, readiness and outages.
 */
import { type AddressInfo, type Server, type Socket, createConnection, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, runQuery } from '../../src/api/index.js';
import { config } from '../../src/config.js';
import { resolveConnection } from '../../src/store/connection.js';
import { type Store, createStore, graphChecksum, graphCounts } from '../../src/store/index.js';
import { miniBatch, syntheticBatch } from '../fixtures/mini-batch.js';
import { type TestGraph, seedText, testGraph } from '../helpers/graph.js';

let g: TestGraph;
const text = seedText();

beforeAll(async () => {
  g = await testGraph([miniBatch(text), syntheticBatch(60)]);
});
afterAll(() => g.close());

const codes = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (r.errors ?? []).map((e) => e.extensions?.code);

describe('contract fields', () => {
  it('every field of every type resolves', async () => {
    const evidence = 'evidence { document { id title } start end quote sectionPath }';
    const org =
      'id name aliases kind supervisors { name } parent { name } units { name } targets(year: 2024, role: LEAD, status: PLANNED) { id } tasks(role: LEAD) { id } contacts { phone purpose organization { name } document { id } }';
    const r = await g.gql(`{
      targets(filter: {year: 2024, status: PLANNED, organization: "住建局"}, first: 2) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id text metric value valueMax unit modifier measure year status scope
          task { id } document { id } ${evidence}
          owners { organization { name } role basis confidence ${evidence} }
          accountableLeaders { name } implements { id } } }
        nodes { id } }
      target(id: "nope") { id }
      tasks(filter: {text: "老旧小区"}) { totalCount nodes { id title text document { docNumber } ${evidence}
        responsible { role organization { name } } targets { id } projects { id name capacity action year task { id } document { id } ${evidence} }
        implements { id } implementedBy { id } } }
      organization(name: "住建局") { ${org} }
      organizations(filter: {kind: DEPARTMENT}) { name }
      person(name: "周立明") { id name titles { title asOf organization { name } ${evidence} } supervises { name } liaisesWith { name }
        portfolio backups { name } assists { name }
        appointments { action position organization { name } docNumber date probation document { id } ${evidence} }
        memberships { group { name } role ${evidence} } targets(year: 2024) { id } }
      people { name }
      documents { id title docNumber kind issuer issuedOn sections { heading path } tasks { id } targets { id } promulgates { id } cites { id } }
      document(docNumber: "伊政办发[2024]5号") { title }
      projects(first: 5) { totalCount edges { cursor } nodes { id } pageInfo { hasNextPage } }
      search(text: "老旧小区改造", first: 5) { score kind id evidence { quote start end document { id } sectionPath } }
      ask(question: "住建局负责哪些目标？") { question answer mode query rows citations { quote } confidence }
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data;
    expect(d.targets.totalCount).toBe(3);
    expect(d.targets.edges).toHaveLength(2);
    expect(d.targets.pageInfo.hasNextPage).toBe(true);
    expect(d.targets.edges[0].node.owners[0].organization.name).toBe('旗住房和城乡建设局');
    expect(d.targets.edges[0].node.accountableLeaders.map((p: { name: string }) => p.name)).toEqual(['周立明']);
    expect(d.target).toBeNull();
    expect(d.person.supervises.map((o: { name: string }) => o.name)).toContain('旗住房和城乡建设局');
    expect(d.person.titles[0]).toMatchObject({ title: '副旗长', organization: { name: '旗人民政府' } });
    expect(d.organization.units.map((o: { name: string }) => o.name)).toEqual(['旗住房保障综合服务中心']);
    expect(d.documents.map((x: { docNumber: string | null }) => x.docNumber)).toContain('伊政办发[2024]5号');
    expect(d.search.length).toBeGreaterThan(0);
    expect(d.ask.mode).toBe('NONE');
  });

  it('every evidence quote is the exact text of its document at its offsets', async () => {
    const r = await g.gql(
      '{ targets(first: 100) { nodes { evidence { start end quote document { id } } owners { evidence { start end quote document { id } } } } } }',
    );
    const docs = await g.store.read<{ id: string; text: string }>(
      'MATCH (d:Document) RETURN d.id AS id, d.text AS text',
    );
    const textOf = new Map(docs.map((d) => [d.id, d.text]));
    const all = r.data.targets.nodes.flatMap((t: any) => [...t.evidence, ...t.owners.flatMap((o: any) => o.evidence)]);
    expect(all.length).toBeGreaterThan(60);
    for (const e of all) expect(textOf.get(e.document.id)!.slice(e.start, e.end)).toBe(e.quote);
  });
});

describe('organisation names', () => {
  it.each(['住建局', '旗住建局', '住房和城乡建设局', '旗住房和城乡建设局', '伊金霍洛旗住房和城乡建设局'])(
    '%s resolves to 旗住房和城乡建设局',
    async (name) => {
      const r = await g.gql(
        'query($n: String!) { organization(name: $n) { name } tasks(filter: {organization: $n, role: LEAD}) { nodes { title } } }',
        { n: name },
      );
      expect(r.data.organization?.name).toBe('旗住房和城乡建设局');
      expect(r.data.tasks.nodes.map((t: { title: string }) => t.title)).toContain('持续推进城镇老旧小区改造');
    },
  );

  it('an unknown name is null, not an error', async () => {
    const r = await g.gql('{ organization(name: "不存在的单位") { name } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.organization).toBeNull();
  });
});

describe('pagination', () => {
  it('walks a connection with first/after without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const r: any = await g.gql(
        'query($after: String) { targets(filter: {year: 2024}, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
        { after },
      );
      total = r.data.targets.totalCount;
      seen.push(...r.data.targets.nodes.map((n: { id: string }) => n.id));
      if (!r.data.targets.pageInfo.hasNextPage) break;
      after = r.data.targets.pageInfo.endCursor;
    }
    expect(total).toBe(63);
    expect(seen).toHaveLength(63);
    expect(new Set(seen).size).toBe(63);
  });

  it('rejects a cursor it did not issue', async () => {
    expect(codes(await g.gql('{ targets(after: "bm90LWEtY3Vyc29y") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('limits', () => {
  it('first: 100000 is rejected: by the cost estimate when written inline, as BAD_USER_INPUT when passed as a variable', async () => {
    expect(codes(await g.gql('{ targets(first: 100000) { totalCount } }'))).toEqual(['QUERY_REJECTED']);
    for (const field of ['targets', 'tasks', 'projects']) {
      const r = await g.gql(`query($n: Int) { ${field}(first: $n) { totalCount } }`, { n: 100000 });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].message).toMatch(/first/);
    }
    expect(codes(await g.gql('{ tasks(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await g.gql('query($n: Int!) { search(text: "改造", first: $n) { score } }', { n: 100000 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await g.gql('{ tasks(first: 100) { totalCount } }'))).toEqual([]);
  });

  it('a query of depth 20 is rejected with QUERY_REJECTED', async () => {
    let sel = 'name';
    for (let i = 0; i < 10; i++) sel = `supervises { supervisors { ${sel} } }`;
    const r = await g.gql(`{ person(name: "周立明") { ${sel} } }`);
    expect(r.data).toBeUndefined();
    expect(codes(r)).toEqual(['QUERY_REJECTED']);
    // just past the depth limit, on fields with no lists (where the cost estimate alone would let it through)
    let eleven = 'name';
    for (let i = 0; i < 10; i++) eleven = `parent { ${eleven} }`;
    const deep = await g.gql(`{ organization(name: "住建局") { ${eleven} } }`);
    expect(codes(deep)).toEqual(['QUERY_REJECTED']);
    expect(deep.errors?.[0].message).toMatch(/deeper than 10/);
    let ten = 'name';
    for (let i = 0; i < 8; i++) ten = `parent { ${ten} }`;
    expect((await g.gql(`{ organization(name: "住建局") { ${ten} } }`)).errors).toBeUndefined();
    // within the depth limit, lists nested four times over multiply past the cost limit (issue 16)
    let lists = 'name';
    for (let i = 0; i < 4; i++) lists = `supervises { supervisors { ${lists} } }`;
    const wide = await g.gql(`{ person(name: "周立明") { ${lists} } }`);
    expect(codes(wide)).toEqual(['QUERY_REJECTED']);
    expect(wide.errors?.[0].message).toMatch(/cost/);
  });

  it('a query with 100 aliases is rejected with QUERY_REJECTED', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: people { name }`).join(' ');
    const r = await g.gql(`{ ${fields} }`);
    expect(codes(r)).toEqual(['QUERY_REJECTED']);
    expect(r.errors?.[0].message).toMatch(/aliases/);
  });

  it('a very long query is rejected by the token limit', async () => {
    const fields = Array.from({ length: 2500 }, () => 'name').join(' ');
    const r = await g.gql(`{ people { ${fields} } }`);
    expect(codes(r)).toEqual(['QUERY_REJECTED']);
    expect(r.errors?.[0].message).toMatch(/tokens/);
  });

  it('an expensive query is rejected by the cost limit', async () => {
    const evidence = 'evidence { start end quote document { title docNumber kind issuer issuedOn } }';
    const leaf = `id text metric value unit year status ${evidence} owners { role basis ${evidence} organization { name aliases kind } }`;
    const r = await g.gql(
      `{ ${Array.from({ length: 5 }, (_, i) => `t${i}: targets(first: 100) { nodes { ${leaf} } }`).join(' ')} }`,
    );
    expect(r.data).toBeUndefined();
    expect(codes(r)).toEqual(['QUERY_REJECTED']);
    expect(r.errors?.[0].message).toMatch(/cost/);
  });
});

describe('input is data', () => {
  it('Cypher passed as any argument changes nothing and matches nothing', async () => {
    const before = { counts: await graphCounts(g.store), checksum: await graphChecksum(g.store) };
    const evil = "'}) MATCH (n) DETACH DELETE n //";
    const r = await g.gql(
      `query($e: String!, $id: ID!) {
        organization(name: $e) { name } person(name: $e) { name } document(docNumber: $e) { id } target(id: $id) { id }
        targets(filter: {organization: $e, supervisor: $e, text: $e, document: $id}) { totalCount }
        tasks(filter: {organization: $e, text: $e}) { totalCount } organizations(filter: {name: $e}) { id }
        search(text: $e, first: 5) { score }
      }`,
      { e: evil, id: evil },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.targets.totalCount).toBe(0);
    expect(r.data.organization).toBeNull();
    expect({ counts: await graphCounts(g.store), checksum: await graphChecksum(g.store) }).toEqual(before);
  });
});

describe('round trips', () => {
  /** statements sent to the database while running one operation */
  async function countQueries(query: string): Promise<number> {
    let n = 0;
    const off = g.store.onQuery(() => n++);
    try {
      const r = await g.gql(query);
      expect(r.errors).toBeUndefined();
    } finally {
      off();
    }
    return n;
  }

  it('do not grow with the number of items returned', async () => {
    const q = (first: number) => `{ targets(filter: {year: 2024}, first: ${first}) { nodes { id text
      document { title } evidence { quote document { docNumber } }
      owners { role evidence { quote } organization { name supervisors { name } targets(year: 2024) { id } } }
      accountableLeaders { name supervises { name } } } } }`;
    const five = await countQueries(q(5));
    const fifty = await countQueries(q(50));
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(8);
  });
});

describe('errors are masked with stable codes', () => {
  it('an unexpected failure says nothing about its cause', async () => {
    const read = async (): Promise<never> => {
      throw new Error('secret internals: password=hunter2');
    };
    const broken: Store = { ...g.store, read, snapshot: () => ({ ...g.store.snapshot(), read }) };
    const r = await runQuery(createApp({ store: broken, production: true }), '{ people { name } }');
    expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('ask delegates to the question layer when one is given', async () => {
    const app = createApp({
      store: g.store,
      ask: async (question) => ({
        question,
        answer: '答',
        mode: 'RULE',
        query: 'targets-by-organization',
        rows: [{ a: 1 }],
        citations: [{ documentId: 'x', start: 0, end: 1, quote: '答', sectionPath: [] }],
        confidence: 0.9,
      }),
    });
    const r = await runQuery(
      app,
      '{ ask(question: "问") { question answer mode query rows confidence citations { quote } } }',
    );
    expect(r.data?.ask).toEqual({
      question: '问',
      answer: '答',
      mode: 'RULE',
      query: 'targets-by-organization',
      rows: [{ a: 1 }],
      confidence: 0.9,
      citations: [{ quote: '答' }],
    });
  });
});

describe('production mode', () => {
  it('turns off introspection and GraphiQL', async () => {
    const app = createApp({ store: g.store, production: true });
    const r = await runQuery(app, '{ __schema { types { name } } }');
    expect(r.data ?? undefined).toBeUndefined();
    expect(r.errors?.[0].message).toMatch(/introspection/i);
    const page = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const dev = createApp({ store: g.store, production: false });
    expect((await runQuery(dev, '{ __schema { queryType { name } } }')).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });
});

/** A TCP relay in front of the real server, so a test can cut the database off and bring it back. */
function relay(targetPort: number, port = 0): Promise<{ server: Server; port: number; cut: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const bound = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: bound,
        cut: () =>
          new Promise<void>((done) => {
            sockets.forEach((s) => s.destroy());
            server.close(() => done());
          }),
      });
    });
  });
}

describe('readiness and outages', () => {
  it('/ready is 200 when the database answers', async () => {
    const res = await g.app.fetch('http://localhost/ready');
    expect(res.status).toBe(200);
  });

  it('during an outage /ready is 503 and queries fail with DATABASE_UNAVAILABLE; after it, the same app recovers', async () => {
    const conn = resolveConnection(config());
    const target = Number(new URL(conn.uri.replace(/^[a-z+]+:/, 'http:')).port || 7687);
    let r = await relay(target);
    const port = r.port;
    const store = createStore({ connection: { ...conn, uri: `bolt://127.0.0.1:${port}` } });
    const app = createApp({ store });
    try {
      expect((await runQuery(app, '{ people { name } }')).data?.people).toBeDefined();
      await r.cut();
      expect((await app.fetch('http://localhost/ready')).status).toBe(503);
      const down = await runQuery(app, '{ people { name } }');
      expect(codes(down)).toEqual(['DATABASE_UNAVAILABLE']);
      r = await relay(target, port);
      expect((await app.fetch('http://localhost/ready')).status).toBe(200);
      expect((await runQuery(app, '{ people { name } }')).errors).toBeUndefined();
    } finally {
      await r.cut();
      await store.close();
    }
  });
});
