/**
 * The seed gazette through the real pipeline, loaded into the real Neo4j, queried through the
 * public GraphQL contract. These assertions depend on extraction as much as on the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../src/model/index.js';
import { graphChecksum, graphCounts, loadGazette } from '../../src/store/index.js';
import { type TestGraph, seedBatch, seedText, testGraph } from '../helpers/graph.js';

let g: TestGraph;
let batch: GraphBatch;
const source = seedText();
const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

beforeAll(async () => {
  batch = await seedBatch();
  g = await testGraph([batch]);
});
afterAll(() => g?.close());

describe('the seed through the pipeline', () => {
  it('loads with every relationship attached and reloads without change', async () => {
    const counts = await graphCounts(g.store);
    const checksum = await graphChecksum(g.store);
    const again = await loadGazette(g.store, batch);
    expect(again.droppedRelationships).toBe(0);
    expect(await graphCounts(g.store)).toEqual(counts);
    expect(await graphChecksum(g.store)).toBe(checksum);
  });

  it('evidence reads the columns its selection needs: a part of it is the same as that part of the whole', async () => {
    const ask = async (evidence: string) => {
      const r = await g.gql(
        `{ organization(name: "住建局") { targets(year: 2024) { id evidence ${evidence} owners { organization { id } evidence ${evidence} } } } }`,
      );
      expect(r.errors).toBeUndefined();
      return r.data.organization.targets as Array<{
        evidence: Array<Record<string, unknown>>;
        owners: Array<{ evidence: Array<Record<string, unknown>> }>;
      }>;
    };
    const pick = (targets: Awaited<ReturnType<typeof ask>>, keys: string[]) =>
      targets.map((t) => ({
        target: t.evidence.map((e) => keys.map((k) => e[k])),
        owners: t.owners.map((o) => o.evidence.map((e) => keys.map((k) => e[k]))),
      }));
    const whole = await ask('{ quote start end sectionPath page document { id } }');
    expect(whole.length).toBeGreaterThan(3);
    expect(whole.some((t) => t.evidence.some((e) => (e.sectionPath as string[]).length > 0))).toBe(true);
    for (const keys of [['quote'], ['sectionPath'], ['start', 'end'], ['page'], ['document']])
      expect(
        pick(await ask(`{ ${keys.join(' ')} ${keys.includes('document') ? '{ id }' : ''} }`), keys),
        keys.join(),
      ).toEqual(pick(whole, keys));
  });

  it('周立明 supervises 旗住房和城乡建设局', async () => {
    const r = await g.gql('{ person(name: "周立明") { name supervises { name } } }');
    expect(r.errors).toBeUndefined();
    expect(names(r.data.person.supervises)).toContain('旗住房和城乡建设局');
  });

  it.each(['住建局', '旗住建局', '住房和城乡建设局'])(
    'organization(name: "%s") resolves to 旗住房和城乡建设局',
    async (name) => {
      const r = await g.gql('query($n: String!) { organization(name: $n) { name } }', { n: name });
      expect(r.data.organization?.name).toBe('旗住房和城乡建设局');
    },
  );

  it('the 2024 planned targets each carry an evidence quote found verbatim in the source', async () => {
    const r = await g.gql(
      '{ targets(filter: {year: 2024, status: PLANNED}, first: 100) { totalCount nodes { text year status evidence { quote start end document { id } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const nodes = r.data.targets.nodes;
    expect(r.data.targets.totalCount).toBeGreaterThanOrEqual(3);
    for (const t of nodes) {
      expect(t.year).toBe(2024);
      expect(t.status).toBe('PLANNED');
      expect(t.evidence.length).toBeGreaterThan(0);
      for (const e of t.evidence) expect(source).toContain(e.quote);
    }
  });

  it('the urban-renewal task 持续推进城镇老旧小区改造 lists its LEAD and SUPPORT units', async () => {
    const r = await g.gql(
      '{ tasks(filter: {text: "持续推进城镇老旧小区改造"}) { nodes { title responsible { role basis organization { name } evidence { quote } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const task = r.data.tasks.nodes.find((t: { title: string }) => t.title.includes('持续推进城镇老旧小区改造'));
    expect(task).toBeDefined();
    const lead = task.responsible
      .filter((x: { role: string }) => x.role === 'LEAD')
      .map((x: any) => x.organization.name);
    const support = task.responsible
      .filter((x: { role: string }) => x.role === 'SUPPORT')
      .map((x: any) => x.organization.name);
    expect(lead).toContain('旗住房和城乡建设局');
    expect(support.length).toBeGreaterThan(0);
    for (const x of task.responsible) for (const e of x.evidence) expect(source).toContain(e.quote);
  });

  it('documents lists every printed document with its 文号', async () => {
    const r = await g.gql('{ documents { title docNumber kind } }');
    expect(r.errors).toBeUndefined();
    const numbers = r.data.documents.map((d: { docNumber: string | null }) => d.docNumber).filter(Boolean);
    // every 文号 printed on its own line in the gazette belongs to a listed document
    const printed = [...source.matchAll(/^\s*([^\s，。、]{1,8}[发任字函办][〔[]\d{4}[〕\]]\d+号)\s*$/gmu)].map(
      (m) => m[1],
    );
    expect(printed.length).toBeGreaterThan(0);
    const bracketsAsPrinted = (n: string) => n.replace(/〔/g, '[').replace(/〕/g, ']');
    for (const n of printed) expect(numbers.map(bracketsAsPrinted)).toContain(bracketsAsPrinted(n));
    // and each can be looked up as printed, whichever brackets the gazette used
    for (const n of printed) {
      const one = await g.gql('query($n: String) { document(docNumber: $n) { docNumber } }', { n });
      expect(bracketsAsPrinted(one.data.document?.docNumber ?? '')).toBe(bracketsAsPrinted(n));
    }
  });

  it('every evidence quote the API returns for targets, tasks and people is verbatim document text', async () => {
    const ev = 'evidence { quote start end document { id } }';
    const r = await g.gql(`{
      targets(first: 100) { nodes { ${ev} owners { ${ev} } } }
      tasks(first: 100) { nodes { ${ev} responsible { ${ev} } } }
      people { titles { ${ev} } appointments { ${ev} } memberships { ${ev} } }
    }`);
    expect(r.errors).toBeUndefined();
    const docs = await g.store.read<{ id: string; text: string }>(
      'MATCH (d:Document) RETURN d.id AS id, d.text AS text',
    );
    const textOf = new Map(docs.map((d) => [d.id, d.text]));
    const all: Array<{ quote: string; start: number; end: number; document: { id: string } }> = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.quote === 'string' && o.document) all.push(o as any);
        else Object.values(o).forEach(walk);
      }
    };
    walk(r.data);
    expect(all.length).toBeGreaterThan(100);
    const bad = all.filter((e) => textOf.get(e.document.id)?.slice(e.start, e.end) !== e.quote);
    expect(bad).toEqual([]);
  });

  it('every contract field resolves on the seed graph', async () => {
    const ev = 'evidence { document { id } start end quote sectionPath }';
    const r = await g.gql(`{
      targets(filter: {year: 2024}, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        id text metric value valueMax unit modifier measure year status scope task { id title } document { title }
        ${ev} owners { organization { name } role basis confidence ${ev} } accountableLeaders { name } implements { id } } } }
      tasks(first: 20) { totalCount nodes { id title text document { id } ${ev} responsible { role } targets { id } projects { name } implements { id } implementedBy { id } } }
      organization(name: "住建局") { id name aliases kind supervisors { name } parent { name } units { name }
        targets(year: 2024) { id } tasks(role: LEAD) { id } contacts { phone purpose organization { name } document { id } } }
      organizations { name kind }
      person(name: "周立明") { id name titles { title asOf organization { name } } supervises { name } liaisesWith { name } portfolio
        backups { name } assists { name } appointments { action position docNumber date } memberships { group { name } role } targets(year: 2024) { id } }
      people { name }
      documents { id title docNumber kind issuer issuedOn sections { heading } tasks { id } targets { id } promulgates { title } cites { docNumber } }
      projects(first: 20) { totalCount nodes { id name capacity action year task { id } document { id } ${ev} } }
      search(text: "老旧小区", first: 5) { score kind evidence { quote document { id } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.tasks.totalCount).toBeGreaterThan(0);
    expect(r.data.people.length).toBeGreaterThan(0);
    expect(r.data.search.length).toBeGreaterThan(0);
    for (const p of r.data.search) expect(source).toContain(p.evidence.quote);
  });
});
