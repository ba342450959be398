/**
 * Outcomes: one test per modifier rule, and the 驻马店 2024 targets against what the 2025 report
 * states (tests/fixtures/indicators/zhumadian-outcomes.json, labelled by reading before the code),
 * scored for precision and recall of each status; the seed's pairs through the county graph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODIFIER_RULES, explain, judge, inferOutcomes } from '../../src/infer/outcomes.js';
import { countyGraph } from '../../src/infer/index.js';
import { buildGraphBatchFromFile } from '../../src/pipeline.js';
import type { GraphBatch, GraphNode, NodeProps } from '../../src/model/index.js';

const FIX = new URL('../fixtures/indicators/', import.meta.url);
const CORPUS = new URL('../fixtures/corpus/', import.meta.url);

describe.each(Object.entries(MODIFIER_RULES))('modifier rule %s (%s)', (_name, rule) => {
  it('meets its example and misses its counter-example', () => {
    for (const c of [rule.example, rule.counter]) {
      expect(rule.met(c.actual, { value: c.target[0], valueMax: c.target[1] }, c.higherIsBetter)).toBe(c.met);
    }
  });
});

const base: NodeProps<'Target'> = {
  id: 'tgt_a',
  text: '',
  metric: '地区生产总值',
  value: 6,
  valueMax: null,
  unit: '%',
  modifier: 'ABOUT',
  measure: 'GROWTH',
  year: 2024,
  recurring: false,
  status: 'PLANNED',
  scope: null,
  documentId: 'doc_a',
  taskId: null,
  sectionId: null,
  indicatorCode: 'GDP',
  indicatorName: '地区生产总值',
};
const achieved = (over: Partial<NodeProps<'Target'>>): NodeProps<'Target'> => ({
  ...base,
  id: 'tgt_b',
  status: 'ACHIEVED',
  modifier: 'EXACT',
  documentId: 'doc_b',
  ...over,
});

describe('judging a plan against a result', () => {
  it('explains in Chinese as a reader would say it', () => {
    const a = achieved({ value: 6.2 });
    expect(judge(base, a)).toBe('MET');
    expect(explain(base, a, 'MET', false)).toBe('目标增长6%左右，实际增长6.2%，已完成');
  });
  it('reads a cap in its direction: 失业率 5.5%左右 is met at 5.6%, 物价 3%以内 missed at 3.2%', () => {
    const u = {
      ...base,
      metric: '城镇调查失业率',
      measure: 'LEVEL' as const,
      value: 5.5,
      indicatorCode: 'SURVEYED_UNEMPLOYMENT',
    };
    expect(judge(u, achieved({ ...u, status: 'ACHIEVED', modifier: 'EXACT', value: 5.6 }))).toBe('MET');
    expect(judge(u, achieved({ ...u, status: 'ACHIEVED', modifier: 'EXACT', value: 5.8 }))).toBe('NOT_MET');
    const cpi = { ...base, metric: '居民消费价格涨幅', value: 3, modifier: 'AT_MOST' as const, indicatorCode: 'CPI' };
    expect(judge(cpi, achieved({ ...cpi, status: 'ACHIEVED', modifier: 'EXACT', value: 3.2 }))).toBe('NOT_MET');
  });
  it('reads a decrease of a cap as more is better (能耗下降3%以上, actual 下降3.5%)', () => {
    const e = {
      ...base,
      metric: '单位地区生产总值能耗',
      measure: 'CHANGE' as const,
      value: 3,
      modifier: 'EXACT' as const,
      indicatorCode: 'ENERGY_INTENSITY',
    };
    expect(judge(e, achieved({ ...e, status: 'ACHIEVED', value: 3.5 }))).toBe('MET');
    expect(judge(e, achieved({ ...e, status: 'ACHIEVED', value: 2 }))).toBe('NOT_MET');
  });
  it('converts units (1.25万户 against 10000户) and leaves a bound that cannot decide UNKNOWN', () => {
    const h = {
      ...base,
      metric: '改造老旧小区',
      measure: 'COUNT' as const,
      value: 10000,
      unit: '户',
      modifier: 'EXACT' as const,
      indicatorCode: 'OLD_COMMUNITY_RENOVATION',
    };
    expect(judge(h, achieved({ ...h, status: 'ACHIEVED', value: 1.25, unit: '万户' }))).toBe('MET');
    expect(judge(h, achieved({ ...h, status: 'ACHIEVED', value: 0.9, unit: '万户', modifier: 'AT_LEAST' }))).toBe(
      'UNKNOWN',
    );
  });
  it('gives 力争 no tolerance', () => {
    expect(judge({ ...base, text: '力争增长6%左右' }, achieved({ value: 5.9 }))).toBe('NOT_MET');
    expect(judge(base, achieved({ value: 5.9 }))).toBe('MET');
  });
});

interface Case {
  planned: string;
  achieved: string | null;
  outcome: 'MET' | 'NOT_MET' | 'UNKNOWN';
}
const fixture = JSON.parse(readFileSync(new URL('zhumadian-outcomes.json', FIX), 'utf8')) as {
  planned_file: string;
  achieved_file: string;
  main: Case[];
  other: Case[];
};

describe('驻马店: 2024 targets and the 2025 report', () => {
  const batches = [fixture.planned_file, fixture.achieved_file].map((f) =>
    buildGraphBatchFromFile(new URL(f, CORPUS).pathname),
  );
  const graph = countyGraph(batches);
  const targets = graph.nodes.filter((n): n is Extract<GraphNode, { label: 'Target' }> => n.label === 'Target');
  const planned2024 = targets.filter((t) => t.props.status === 'PLANNED' && t.props.year === 2024);
  const outcomeOf = new Map(graph.relationships.filter((r) => r.type === 'ACHIEVED_AS').map((r) => [r.from, r]));
  const byId = new Map(targets.map((t) => [t.props.id, t]));

  const score = (cases: Case[], label: string) => {
    const rows: string[] = [];
    const confusion: Record<string, Record<string, number>> = {};
    for (const c of cases) {
      const t = planned2024.find((x) =>
        (x.evidence[0]?.quote ?? '').replace(/\s/g, '').startsWith(c.planned.replace(/\s/g, '')),
      );
      expect(t, c.planned).toBeDefined();
      const r = outcomeOf.get(t!.props.id);
      const got = (r?.props.status as string | undefined) ?? 'UNKNOWN';
      confusion[c.outcome] ??= {};
      confusion[c.outcome][got] = (confusion[c.outcome][got] ?? 0) + 1;
      const a = r ? byId.get(r.to) : undefined;
      rows.push(
        `${c.planned} | ${a ? a.evidence[0]?.quote : '—'} | ${got} (reader: ${c.outcome})${r ? ` | ${r.props.explanation}` : ''}`,
      );
    }
    const stats = (['MET', 'NOT_MET', 'UNKNOWN'] as const).map((s) => {
      const tp = confusion[s]?.[s] ?? 0;
      const predicted = Object.values(confusion).reduce((n, row) => n + (row[s] ?? 0), 0);
      const actual = Object.values(confusion[s] ?? {}).reduce((n, v) => n + v, 0);
      return { s, precision: predicted ? tp / predicted : 1, recall: actual ? tp / actual : 1, tp, predicted, actual };
    });
    console.log(
      `${label}:\n  ${rows.join('\n  ')}\n  ${stats.map((x) => `${x.s} precision ${x.tp}/${x.predicted} recall ${x.tp}/${x.actual}`).join(' · ')}`,
    );
    return stats;
  };

  it('gives every 主要预期目标 the outcome a reader reads in the 2025 report', () => {
    const stats = score(fixture.main, '主要预期目标');
    for (const s of stats) {
      expect(s.precision, s.s).toBe(1);
      expect(s.recall, s.s).toBe(1);
    }
  });

  it('scores the other 2024 targets the 2025 report reviews (or leaves out)', () => {
    const stats = score(fixture.other, 'other 2024 targets');
    const met = stats.find((s) => s.s === 'MET')!;
    expect(met.precision).toBeGreaterThanOrEqual(0.9);
    expect(met.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('pairs only within a jurisdiction and only a PLANNED target with an ACHIEVED figure of its year', () => {
    for (const r of outcomeOf.values()) {
      const p = byId.get(r.from)!,
        a = byId.get(r.to)!;
      expect(p.props.status).toBe('PLANNED');
      expect(a.props.status).toBe('ACHIEVED');
      expect(a.props.year).toBe(p.props.year);
      expect(a.props.indicatorCode).toBe(p.props.indicatorCode);
    }
  });

  it('is the same whichever order the two reports come in', () => {
    const again = countyGraph([...batches].reverse()).relationships.filter((r) => r.type === 'ACHIEVED_AS');
    expect(again).toEqual([...outcomeOf.values()].sort((a, b) => (a.from < b.from ? -1 : 1)));
  });

  it('inferOutcomes on one report alone finds nothing for its own plan year', () => {
    const only = inferOutcomes(countyGraph([batches[0]]) as GraphBatch);
    expect(only.filter((r) => planned2024.some((t) => t.props.id === r.from))).toEqual([]);
  });
});
