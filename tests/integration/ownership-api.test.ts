/**
 * Who owns each target, through the public contract on the seed graph: every owner the API
 * returns says how it is known (basis) and quotes the text it rests on; the two worked
 * cases hold end to end (pipeline → Neo4j → GraphQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestGraph, seedBatch, seedText, testGraph } from '../helpers/graph.js';

let g: TestGraph;
const source = seedText();

beforeAll(async () => {
  g = await testGraph([await seedBatch()]);
});
afterAll(() => g?.close());

const OWNER = 'owners { role basis confidence organization { name } evidence { quote start end document { id } } }';

async function allTargets(filter: string) {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const r: any = await g.gql(
      `query($after: String) { targets(filter: ${filter}, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } nodes { text ${OWNER} accountableLeaders { name } implements { title document { kind } } } } }`,
      { after },
    );
    expect(r.errors).toBeUndefined();
    nodes.push(...r.data.targets.nodes);
    after = r.data.targets.pageInfo.hasNextPage ? r.data.targets.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('target owners on the seed graph', () => {
  it('every responsibility has a basis and at least one verbatim evidence quote', async () => {
    const targets = await allTargets('{year: 2024, status: PLANNED}');
    const owners = targets.flatMap((t) => t.owners);
    expect(owners.length).toBeGreaterThan(40);
    for (const o of owners) {
      expect(['STATED', 'POLICY', 'PORTFOLIO', 'MODEL']).toContain(o.basis);
      expect(o.evidence.length).toBeGreaterThan(0);
      for (const e of o.evidence) expect(source).toContain(e.quote);
    }
  });

  it('the report’s 14 old residential areas: linked to the plan task, owned by the housing bureau via POLICY, accountable leader 周立明', async () => {
    const [t] = (await allTargets('{year: 2024, text: "老旧小区"}')).filter((x) => /14\s*个老旧小区/.test(x.text));
    expect(t).toBeDefined();
    expect(t.implements.map((x: { title: string }) => x.title)).toContain('持续推进城镇老旧小区改造');
    expect(t.owners).toContainEqual(
      expect.objectContaining({ role: 'LEAD', basis: 'POLICY', organization: { name: '旗住房和城乡建设局' } }),
    );
    expect(t.accountableLeaders.map((p: { name: string }) => p.name)).toContain('周立明');
  });

  it('新增城镇就业5000人: owned by the human-resources bureau via PORTFOLIO, accountable leader 李贵', async () => {
    const [t] = (await allTargets('{year: 2024, text: "新增城镇就业"}')).filter((x) => x.text.includes('5000'));
    expect(t).toBeDefined();
    const lead = t.owners.find((o: { role: string }) => o.role === 'LEAD');
    expect(lead).toMatchObject({ basis: 'PORTFOLIO', organization: { name: '旗人力资源和社会保障局' } });
    expect(t.accountableLeaders.map((p: { name: string }) => p.name)).toEqual(['李贵']);
  });

  it('a department lists its 2024 targets with the role and basis it holds them by', async () => {
    const r: any = await g.gql(
      '{ organization(name: "人社局") { name targets(year: 2024, role: LEAD) { text owners { role basis organization { name } } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.organization.targets.length).toBeGreaterThan(0);
    for (const t of r.data.organization.targets) {
      expect(t.owners).toContainEqual(
        expect.objectContaining({ role: 'LEAD', organization: { name: r.data.organization.name } }),
      );
    }
  });
});
