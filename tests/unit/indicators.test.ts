/**
 * Indicators (each rule's keep/reject examples: tests/unit/rules.test.ts): the labelled sample (tests/fixtures/indicators/
 * labelled.json, labelled by reading before the code), the six reports' GDP targets, the seed's
 * 2023/2024 same-indicator pairs, and the share of targets with an indicator per file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATORS, unitOf } from '../../src/extract/indicators.js';
import { buildGraphBatchFromFile } from '../../src/pipeline.js';
import type { GraphNode } from '../../src/model/index.js';

const FIX = new URL('../fixtures/indicators/', import.meta.url);
const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const SEED = new URL('../../seed/gazettes/', import.meta.url);
const pathOf = (file: string) => new URL(file, file.startsWith('yijinhuoluo') ? SEED : CORPUS).pathname;

type TargetNode = Extract<GraphNode, { label: 'Target' }>;
const batches = new Map<string, TargetNode[]>();
function targetsOf(file: string): TargetNode[] {
  if (!batches.has(file))
    batches.set(
      file,
      buildGraphBatchFromFile(pathOf(file)).nodes.filter((n): n is TargetNode => n.label === 'Target'),
    );
  return batches.get(file)!;
}
const quoteOf = (t: TargetNode) => t.evidence[0]?.quote ?? '';

describe('indicator lexicon', () => {
  it('has at least 60 indicators with unique codes, names, measures and unit kinds', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.code).toMatch(/^[A-Z0-9_]+$/);
      expect(i.measures.length).toBeGreaterThan(0);
      expect(i.unitKinds.length).toBeGreaterThan(0);
    }
  });
  it('reads units into a kind and a factor', () => {
    expect(unitOf('万户')).toEqual({ kind: 'HOUSEHOLDS', factor: 1e4 });
    expect(unitOf('亿斤')).toEqual({ kind: 'MASS', factor: 0.0005 * 1e8 });
    expect(unitOf('个')).toEqual({ kind: 'COUNT', factor: 1 });
    expect(unitOf('万个')).toEqual({ kind: 'COUNT', factor: 1e4 });
    expect(unitOf('%')?.kind).toBe('PERCENT');
    expect(unitOf('个百分点')?.kind).toBe('POINTS');
    expect(unitOf(null)).toBeNull();
  });
});

// each rule's keep/reject examples: tests/unit/rules.test.ts

interface Labelled {
  file: string;
  status: string;
  year: number | null;
  measure: string;
  metric: string;
  value: number | null;
  unit: string | null;
  quote: string;
  indicator: string | null;
}
const labelled = (JSON.parse(readFileSync(new URL('labelled.json', FIX), 'utf8')) as { targets: Labelled[] }).targets;

function find(l: Labelled): TargetNode | undefined {
  return targetsOf(l.file).find(
    (t) =>
      t.props.status === l.status &&
      t.props.year === l.year &&
      t.props.value === l.value &&
      (t.props.unit ?? null) === l.unit &&
      (quoteOf(t).startsWith(l.quote) || quoteOf(t).replace(/\s/g, '').startsWith(l.quote.replace(/\s/g, ''))),
  );
}

describe('labelled sample', () => {
  it('scores the indicator a reader assigns (precision of the assigned ones, accuracy over all)', () => {
    let assigned = 0,
      right = 0,
      agree = 0,
      labelledSome = 0,
      found = 0;
    const wrong: string[] = [];
    for (const l of labelled) {
      const t = find(l);
      expect(t, `${l.file}: ${l.quote}`).toBeDefined();
      found++;
      const got = t!.props.indicatorCode ?? null;
      if (l.indicator) labelledSome++;
      if (got) {
        assigned++;
        if (got === l.indicator) right++;
      }
      if (got === l.indicator) agree++;
      else wrong.push(`${l.metric}: ${got} (reader: ${l.indicator})`);
    }
    const precision = right / assigned,
      recall = right / labelledSome,
      accuracy = agree / found;
    console.log(
      `indicators on ${found} labelled targets: precision ${(100 * precision).toFixed(1)}% (${right}/${assigned}), recall ${(100 * recall).toFixed(1)}% (${right}/${labelledSome}), accuracy ${(100 * accuracy).toFixed(1)}%\n  ${wrong.join('\n  ')}`,
    );
    expect(found).toBeGreaterThanOrEqual(100);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it("maps the six reports' GDP growth targets to one code", () => {
    const files = [
      'national_2024_gov_work_report.txt',
      'inner_mongolia_province_2026_gov_work_report.txt',
      'boye_county_hebei_2024_gov_work_report.txt',
      'xushui_district_hebei_2024_gov_work_report.txt',
      'zhumadian_city_2024_gov_work_report.txt',
      'zhumadian_city_2025_gov_work_report.txt',
    ];
    for (const f of files) {
      const gdp = targetsOf(f).filter(
        (t) => t.props.status === 'PLANNED' && t.props.measure === 'GROWTH' && t.props.metric === '地区生产总值',
      );
      expect(gdp.length, f).toBeGreaterThan(0);
      expect(new Set(gdp.map((t) => t.props.indicatorCode)), f).toEqual(new Set(['GDP']));
    }
  });

  it("gives the seed's 2023 result and 2024 target of each labelled pair one code", () => {
    const { file, pairs } = JSON.parse(readFileSync(new URL('seed-pairs.json', FIX), 'utf8')) as {
      file: string;
      pairs: Array<{ topic: string; achieved: string; planned: string }>;
    };
    const byQuote = (status: string, year: number, q: string) =>
      targetsOf(file).find((t) => t.props.status === status && t.props.year === year && quoteOf(t).startsWith(q));
    for (const p of pairs) {
      const a = byQuote('ACHIEVED', 2023, p.achieved);
      const b = byQuote('PLANNED', 2024, p.planned);
      expect(a, p.achieved).toBeDefined();
      expect(b, p.planned).toBeDefined();
      expect(a!.props.indicatorCode, p.topic).toBeTruthy();
      expect(b!.props.indicatorCode, p.topic).toBe(a!.props.indicatorCode);
    }
  });

  it('reports the share of targets with an indicator per file', () => {
    const files = [
      'yijinhuoluo-gazette-2024-01.txt',
      'national_2024_gov_work_report.txt',
      'inner_mongolia_province_2026_gov_work_report.txt',
      'boye_county_hebei_2024_gov_work_report.txt',
      'xushui_district_hebei_2024_gov_work_report.txt',
      'zhumadian_city_2024_gov_work_report.txt',
      'zhumadian_city_2025_gov_work_report.txt',
    ];
    const lines = files.map((f) => {
      const ts = targetsOf(f);
      const n = ts.filter((t) => t.props.indicatorCode).length;
      return `${f}: ${n}/${ts.length} (${((100 * n) / ts.length).toFixed(0)}%)`;
    });
    console.log(`targets with an indicator:\n  ${lines.join('\n  ')}`);
    for (const f of files) expect(targetsOf(f).some((t) => t.props.indicatorCode)).toBe(true);
  });
});
