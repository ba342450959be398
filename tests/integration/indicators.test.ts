/**
 * Indicators and outcomes on the real Neo4j: the seed and the six corpus reports loaded, the
 * comparison query returns each report's GDP target with its jurisdiction, 驻马店's 2024 targets
 * carry the outcome its 2025 report states, and the questions of issue 10 are answered from them.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, resetAskCache } from '../../src/ask/index.js';
import { buildGraphBatchFromFile } from '../../src/pipeline.js';
import { type TestGraph, SEED_FILE, testGraph } from '../helpers/graph.js';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url).pathname;
let g: TestGraph;

beforeAll(async () => {
  const files = [
    SEED_FILE,
    ...readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => CORPUS + f),
  ];
  g = await testGraph(files.map((f) => buildGraphBatchFromFile(f)));
  resetAskCache();
});
afterAll(() => g?.close());

describe('indicators through GraphQL', () => {
  it('lists the indicators loaded targets measure', async () => {
    const r = await g.gql('{ indicators { code name } }');
    expect(r.errors).toBeUndefined();
    const codes = r.data.indicators.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['GDP', 'CHARGING_PILES', 'HIGH_STANDARD_FARMLAND', 'RETAIL_SALES']));
  });

  it("compares every report's GDP growth target with its jurisdiction", async () => {
    const r = await g.gql(
      '{ indicator(code: "GDP") { code name targets(status: PLANNED) { jurisdiction year value modifier measure metric } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.indicator.name).toBe('地区生产总值');
    const growth = r.data.indicator.targets.filter((t: any) => t.measure === 'GROWTH');
    const byPlace = new Map(growth.map((t: any) => [`${t.jurisdiction}|${t.year}`, t]));
    for (const [place, year, value] of [
      ['全国', 2024, 5],
      ['内蒙古自治区', 2026, 5],
      ['博野县', 2024, 6],
      ['保定市徐水区', 2024, 6.5],
      ['驻马店市', 2024, 6.5],
      ['驻马店市', 2025, 6.5],
      ['伊金霍洛旗', 2024, 7],
    ] as const) {
      expect((byPlace.get(`${place}|${year}`) as any)?.value, `${place} ${year}`).toBe(value);
    }
  });

  it('finds an indicator by name too, and targets by indicator and outcome', async () => {
    const byName = await g.gql('{ indicator(code: "社消零") { code } }');
    expect(byName.data.indicator.code).toBe('RETAIL_SALES');
    const r = await g.gql(
      '{ targets(filter: {indicator: "GDP", outcome: NOT_MET}) { nodes { jurisdiction year value modifier indicator { code } outcome { status preliminary explanation achieved { value year status } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const zmd = r.data.targets.nodes.find((t: any) => t.jurisdiction === '驻马店市' && t.year === 2024);
    expect(zmd.outcome).toMatchObject({
      status: 'NOT_MET',
      preliminary: false,
      explanation: '目标增长6.5%左右，实际增长6.1%，未完成',
      achieved: { value: 6.1, year: 2024, status: 'ACHIEVED' },
    });
    expect(r.data.targets.nodes.every((t: any) => t.indicator.code === 'GDP' && t.outcome.status === 'NOT_MET')).toBe(
      true,
    );
  });

  it("gives 驻马店's 2024 主要预期目标 the outcomes its 2025 report states", async () => {
    const r = await g.gql(
      '{ targets(filter: {jurisdiction: "驻马店市", year: 2024, status: PLANNED, outcome: MET}, first: 100) { nodes { metric outcome { status } } } }',
    );
    expect(r.errors).toBeUndefined();
    const metrics = r.data.targets.nodes.map((t: any) => t.metric);
    expect(metrics).toEqual(expect.arrayContaining(['规模以上工业增加值', '固定资产投资', '城镇新增就业']));
    const unknown = await g.gql(
      '{ targets(filter: {jurisdiction: "驻马店市", year: 2024, outcome: UNKNOWN}, first: 100) { nodes { metric outcome { status } } } }',
    );
    const u = unknown.data.targets.nodes.find((t: any) => t.metric === '城镇调查失业率');
    expect(u).toBeDefined();
    expect(u.outcome).toBeNull();
  });

  it("keeps the seed's labelled pairs under one code with both figures", async () => {
    const r = await g.gql(
      '{ indicator(code: "CHARGING_PILES") { targets { jurisdiction year status value metric } } }',
    );
    const seed = r.data.indicator.targets.filter((t: any) => t.jurisdiction === '伊金霍洛旗');
    expect(seed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2023, status: 'ACHIEVED', value: 985 }),
        expect.objectContaining({ year: 2024, status: 'PLANNED', value: 700 }),
      ]),
    );
  });
});

describe('questions about indicators and outcomes', () => {
  const run = (q: string) => ask(q, { run: (c, p) => g.store.read(c, p) });

  it('去年的目标完成了吗 (驻马店, after its 2025 report)', async () => {
    const a = await run('驻马店去年的目标完成了吗');
    expect(a.mode).toBe('RULE');
    expect(a.family).toBe('TARGET_OUTCOMES');
    expect(a.answer).toContain('未完成');
    expect(a.answer).toContain('6.1%');
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('2024年哪些目标没完成', async () => {
    const a = await run('驻马店2024年哪些目标没完成');
    expect(a.family).toBe('TARGET_OUTCOMES');
    expect(a.answer).toContain('地区生产总值');
    expect(a.answer).toContain('社会消费品零售总额');
    expect(a.answer).not.toContain('规模以上工业增加值');
  });

  it('GDP增长目标各县对比', async () => {
    const a = await run('GDP增长目标各县对比');
    expect(a.family).toBe('INDICATOR_COMPARE');
    for (const place of ['博野县', '保定市徐水区', '伊金霍洛旗', '驻马店市']) expect(a.answer).toContain(place);
  });

  it('今年充电桩计划比去年多多少 (the seed: 700 planned for 2024, 985 built in 2023)', async () => {
    const a = await run('伊金霍洛旗今年充电桩计划比去年多多少');
    expect(a.family).toBe('INDICATOR_COMPARE');
    expect(a.answer).toContain('700');
    expect(a.answer).toContain('985');
  });

  it.each([
    ['加氢站', '8', '7'],
    ['家庭适老化改造', '500', '462'],
    ['科技型中小企业', '25', '69'],
  ])('伊金霍洛旗今年%s计划比去年多多少', async (topic, planned, achieved) => {
    const a = await run(`伊金霍洛旗今年${topic}计划比去年多多少`);
    expect(a.family).toBe('INDICATOR_COMPARE');
    expect(a.answer).toContain(planned);
    expect(a.answer).toContain(achieved);
  });
});
