/**
 * Acceptance on real documents: every corpus report's 主要预期目标 sentence yields its GDP growth
 * target with the value and modifier written in that sentence, and the seed gazette (through the
 * gazette stage) yields the targets the issue names, with evidence that quotes the source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { parseGazette, evidenceOf } from '../../src/gazette/index.js';
import type { ParsedDocument } from '../../src/gazette/types.js';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const SEED = new URL('../../seed/gazettes/yijinhuoluo-gazette-2024-01.txt', import.meta.url);

// what each report's own 主要预期目标 sentence says about GDP growth (read from the files)
const GDP: Array<[file: string, year: number, value: number, modifier: string]> = [
  ['national_2024_gov_work_report.txt', 2024, 5, 'ABOUT'], // 国内生产总值增长5%左右
  ['inner_mongolia_province_2026_gov_work_report.txt', 2026, 5, 'ABOUT'], // 地区生产总值增长5%左右
  ['boye_county_hebei_2024_gov_work_report.txt', 2024, 6, 'AT_LEAST'], // 地区生产总值增速6%以上
  ['xushui_district_hebei_2024_gov_work_report.txt', 2024, 6.5, 'EXACT'], // 地区生产总值增长6.5%
  ['zhumadian_city_2024_gov_work_report.txt', 2024, 6.5, 'ABOUT'], // 经济增长6.5%左右
  ['zhumadian_city_2025_gov_work_report.txt', 2025, 6.5, 'ABOUT'], // 地区生产总值增长6.5%左右
];

/** A work report as the gazette stage would hand it over when it finds no sections. */
function rawReport(text: string): ParsedDocument {
  return {
    id: 'doc_corpus',
    props: {
      id: 'doc_corpus',
      title: '政府工作报告',
      docNumber: null,
      kind: 'WORK_REPORT',
      category: null,
      issuer: null,
      issuedOn: null,
      jurisdiction: null,
      reportYear: null,
      text,
      gazetteStart: null,
      gazetteEnd: null,
    },
    clean: text,
    toOriginal: new Int32Array(text.length + 1).map((_, i) => i),
    sections: [],
  };
}

describe('corpus reports', () => {
  it.each(GDP)('%s: GDP growth target of 主要预期目标', (file, year, value, modifier) => {
    const text = readFileSync(new URL(file, CORPUS), 'utf8');
    const goals = /主要预期目标[是为]?[：:]/.exec(text);
    expect(goals).not.toBeNull();
    const sentenceEnd = text.indexOf('。', goals!.index);
    const inSentence = extractTargets(rawReport(text)).filter(
      (t) => t.span.start > goals!.index && t.span.start < sentenceEnd,
    );
    const gdp = inSentence.filter((t) => t.props.metric === '地区生产总值' && t.props.measure === 'GROWTH');
    expect(gdp.map((t) => t.props)).toMatchObject([{ value, modifier, unit: '%', year, status: 'PLANNED' }]);
    // every goal of the sentence is a target: nothing in it is left behind
    expect(inSentence.length).toBeGreaterThanOrEqual(4);
  });

  it.each(GDP.map((g) => g[0]))('%s: every target has a quote, a metric and a year', (file) => {
    const text = readFileSync(new URL(file, CORPUS), 'utf8');
    const ts = extractTargets(rawReport(text));
    expect(ts.length).toBeGreaterThan(20);
    for (const t of ts) {
      expect(t.span.end).toBeGreaterThan(t.span.start);
      expect(t.props.metric.length).toBeGreaterThan(0);
      expect(t.props.year).not.toBeNull();
      expect(t.props.text.length).toBeGreaterThan(0);
    }
  });
});

describe('seed gazette through the gazette stage', () => {
  const g = parseGazette(readFileSync(SEED, 'utf8'), 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt');
  const all = g.documents.flatMap((d) => extractTargets(d).map((t) => ({ d, t, quote: evidenceOf(d, t.span).quote })));
  const find = (pred: (x: (typeof all)[number]) => boolean) =>
    all.filter(pred).map((x) => ({ ...x.t.props, quote: x.quote }));

  it('finds the targets the issue names, exactly', () => {
    expect(find((x) => /地区生产总值增长7%左右/.test(x.quote))).toMatchObject([
      { value: 7, unit: '%', modifier: 'ABOUT', measure: 'GROWTH', status: 'PLANNED', year: 2024 },
    ]);
    expect(find((x) => /新建充电桩\s*700\s*个/.test(x.quote))).toMatchObject([
      { value: 700, unit: '个', measure: 'COUNT', status: 'PLANNED', year: 2024 },
    ]);
    expect(find((x) => /城镇登记失业率控制在4%以内/.test(x.quote))).toMatchObject([
      { value: 4, modifier: 'AT_MOST', year: 2024 },
    ]);
    expect(find((x) => x.t.props.value === 1221)).toMatchObject([
      { unit: '亿元', status: 'ACHIEVED', year: 2023, metric: '地区生产总值' },
    ]);
    expect(find((x) => x.t.props.value === 3.5 && x.t.props.metric === '地区生产总值')).toMatchObject([
      { unit: '%', measure: 'GROWTH', status: 'ACHIEVED', year: 2023 },
    ]);
    expect(find((x) => /绿地率达到42%/.test(x.quote))).toMatchObject([
      { value: 42, year: 2025, measure: 'LEVEL', status: 'PLANNED' },
    ]);
  });

  it('takes figures only from the plan and the work report', () => {
    const kinds = new Set(all.map((x) => x.d.props.kind));
    expect([...kinds].sort()).toEqual(['PLAN', 'WORK_REPORT']);
  });

  it('no phone number, 文号, date, page, section number or ordinal becomes a target', () => {
    for (const x of all) {
      expect(x.quote).not.toMatch(/\d{7,}/); // phones, postcodes
      expect(x.quote).not.toMatch(/[〔\[]\d{4}[〕\]]\s*\d+\s*号/); // 文号
      expect(x.quote).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(x.quote).not.toMatch(/第[一二三四五六七八九十\d]+(?:届|位|名|章|条)?$/);
      if (x.t.props.value !== null) expect(x.t.props.unit).not.toBeNull();
    }
  });

  // the bar: a hand-labelled list of all targets of the plan and the work report
  it('recall and precision against the full labelled list are at least 95%', () => {
    const labelled: { targets: Array<Record<string, unknown>> } = JSON.parse(
      readFileSync(new URL('../fixtures/targets/seed-full.json', import.meta.url), 'utf8'),
    );
    const key = (t: Record<string, unknown>) =>
      [
        t.doc,
        t.value === null ? null : Math.round((t.value as number) * 1e4) / 1e4,
        t.valueMax,
        t.unit,
        t.modifier,
        t.year,
        t.status,
      ].join('|');
    const want = labelled.targets.map(key);
    const got = all.map((x) => key({ ...x.t.props, doc: x.d.props.kind }));
    const pool = [...got];
    let tp = 0;
    const missed: string[] = [];
    for (const [i, w] of want.entries()) {
      const j = pool.indexOf(w);
      if (j >= 0) {
        tp++;
        pool.splice(j, 1);
      } else missed.push(`${w} «${labelled.targets[i].quote}»`);
    }
    const precision = tp / got.length;
    const recall = tp / want.length;
    console.log(
      `seed plan + work report: labelled ${want.length}, extracted ${got.length}, correct ${tp}; ` +
        `precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%\n  missed: ${missed.join('; ')}\n  spurious: ${pool.join('; ')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('every evidence quote is the original text at its offsets', () => {
    for (const x of all) {
      const ev = evidenceOf(x.d, x.t.span);
      expect(ev.quote.length).toBeGreaterThan(0);
      expect(x.d.props.text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });
});
