/**
 * Questions about indicators and outcomes, answered from the indicator each target measures and
 * the derived ACHIEVED_AS outcome (see src/extract/indicators.ts, src/infer/outcomes.ts):
 *   TARGET_OUTCOMES    去年的目标完成了吗 · 2024年哪些目标没完成 · 去年GDP目标完成了吗
 *   INDICATOR_COMPARE  GDP增长目标各县对比 (across places) · 今年充电桩计划比去年多多少 (across years)
 * Tried before the general classifier; cue words describe how people ask, never one report.
 */
import { INDICATORS, unitOf } from '../extract/indicators.js';
import { evidenceFromLists } from '../store/evidence.js';
import { loadQuery } from '../store/queries.js';
import type { Intent } from './intent.js';
import type { Lexicon } from './lexicon.js';
import { normalizeKey } from './normalize.js';

const CUE = {
  /** asks whether targets were met */
  outcome:
    /完成了吗|完成没有|完成了没有|完成没|没完成|未完成|没有完成|达标了吗|达标没有|实现了吗|实现没有|没有实现|未实现|完成得怎么样|完成情况如何/,
  notMet: /没完成|未完成|没有完成|没有实现|未实现|没达标|未达标/,
  target: /目标|指标|任务/,
  /** compares places: 各县对比, 哪个县最高 */
  places: /各县|各地|各区|各旗|各市|各省|各县区|各县市|哪个县|哪些县|哪个地方|县之间|各个(?:县|地方)/,
  /** compares this year's plan with last year's: 比去年多多少 */
  years:
    /(?:比|较)(?:去年|上年|上一年)[^，。？?]{0,6}(?:多多少|少多少|多了多少|少了多少|增加多少|减少多少|差多少|多几|少几)|(?:多多少|少多少|增加了多少)[^，。？?]{0,4}(?:比|较)(?:去年|上年)/,
  growth: /增长|增速|增幅/,
  planned: /目标|计划|预期|力争/,
};

const key = (s: string) => normalizeKey(s);
/** Names and aliases of the indicators, longest first (so 城镇调查失业率 wins over 失业率). */
const NAMES = INDICATORS.flatMap((i) => [i.name, ...i.aliases].map((n) => ({ key: key(n), code: i.code })))
  .filter((n) => n.key.length >= 2)
  .sort((a, b) => b.key.length - a.key.length);

/** The indicators a question names (GDP, 充电桩, 高标准农田). */
export function indicatorsIn(q: string): string[] {
  let rest = key(q);
  const out: string[] = [];
  for (const n of NAMES) {
    const at = rest.indexOf(n.key);
    if (at < 0) continue;
    if (!out.includes(n.code)) out.push(n.code);
    rest = rest.slice(0, at) + '|'.repeat(n.key.length) + rest.slice(at + n.key.length);
  }
  return out;
}

/** The jurisdiction a question names, written whole or without its level (驻马店 for 驻马店市). */
export function jurisdictionIn(q: string, lex: Lexicon): string | null {
  const k = key(q);
  const forms = lex.jurisdictions
    .flatMap((j) =>
      [j, j.replace(/(?:市|县|旗|区|自治区|省)$/, '')].filter((f) => f.length >= 2).map((f) => ({ f: key(f), j })),
    )
    .sort((a, b) => b.f.length - a.f.length);
  return forms.find((x) => k.includes(x.f))?.j ?? null;
}

function relativeYear(q: string): number | null {
  if (/今年|本年|当年/.test(q)) return 0;
  if (/前年/.test(q)) return -2;
  if (/去年|上年|上一年/.test(q)) return -1;
  return null;
}
const explicitYear = (q: string) => {
  const m = q.match(/((?:19|20)\d{2})年?/);
  return m ? Number(m[1]) : null;
};

/** An intent of one of the two families, or null to leave the question to the general classifier. */
export function classifyIndicatorQuestion(q: string, lex: Lexicon): Intent | null {
  const codes = indicatorsIn(q);
  const base = {
    year: explicitYear(q),
    matchScore: 0.9,
    indicators: codes,
    jurisdiction: jurisdictionIn(q, lex),
    yearOffset: relativeYear(q),
  };
  if (CUE.outcome.test(q) && (CUE.target.test(q) || codes.length)) {
    return { ...base, family: 'TARGET_OUTCOMES', outcome: CUE.notMet.test(q) ? 'NOT_MET' : null };
  }
  if (codes.length && CUE.places.test(q)) {
    return {
      ...base,
      family: 'INDICATOR_COMPARE',
      compare: 'PLACES',
      measure: CUE.growth.test(q) ? 'GROWTH' : null,
      status: CUE.planned.test(q) ? 'PLANNED' : null,
    };
  }
  if (codes.length && CUE.years.test(q))
    return { ...base, family: 'INDICATOR_COMPARE', compare: 'YEARS', measure: null, status: null };
  return null;
}

// ---------------------------------------------------------------------------------------------

type Row = Record<string, unknown>;
/** A text column of a row (null when it is not text). */
const textOf = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export interface IndicatorAnswer {
  answer: string;
  rows: Row[];
  citations: ReturnType<typeof evidenceFromLists>;
  query: string;
}
type Run = (cypher: string, params: Record<string, unknown>) => Promise<Row[]>;

const MODIFIER: Record<string, string> = { ABOUT: '左右', AT_LEAST: '以上', AT_MOST: '以内' };
const num = (v: number) => String(Math.round(v * 1000) / 1000);
function figure(r: Row): string {
  if (r.value == null) return String(r.text ?? '');
  const verb = r.measure === 'GROWTH' ? '增长' : r.measure === 'CHANGE' ? '下降' : '';
  const range = r.modifier === 'RANGE' && r.valueMax != null ? `${r.value}—${r.valueMax}` : String(r.value);
  return `${verb}${range}${r.unit ?? ''}${MODIFIER[String(r.modifier)] ?? ''}`;
}
const cite = (rows: Row[], ...keys: string[]) =>
  rows.flatMap((r) => keys.flatMap((k) => (r[k] ? evidenceFromLists(r[k]) : [])));

async function referenceYear(run: Run, jurisdiction: string | null): Promise<number | null> {
  const [r] = await run(loadQuery('ask/report-year'), { jurisdiction });
  return typeof r?.year === 'number' ? r.year : null;
}

/** The rows and a Chinese answer; null when the graph holds nothing for the question. */
export async function answerIndicatorQuestion(intent: Intent, run: Run): Promise<IndicatorAnswer | null> {
  const jurisdiction = intent.jurisdiction ?? null;
  const ref = intent.yearOffset != null || intent.compare === 'YEARS' ? await referenceYear(run, jurisdiction) : null;
  const year = intent.year ?? (intent.yearOffset != null && ref != null ? ref + intent.yearOffset : null);
  const codes = intent.indicators?.length ? intent.indicators : null;
  const where = jurisdiction ?? '';

  if (intent.family === 'TARGET_OUTCOMES') {
    const text = loadQuery('ask/target-outcomes');
    const rows = await run(text, { jurisdiction, year, codes, status: intent.outcome ?? null });
    if (!rows.length) return null;
    const line = (r: Row) =>
      `${jurisdiction ? '' : `${r.jurisdiction}`}${year == null ? `${r.year}年` : ''}${r.indicator ?? r.metric}（${r.explanation}${r.preliminary ? '，为初步预计数' : ''}）`;
    const groups = (['NOT_MET', 'MET', 'UNKNOWN'] as const)
      .map((s) => [s, rows.filter((r) => r.status === s)] as const)
      .filter(([, rs]) => rs.length);
    const label = { NOT_MET: '未完成', MET: '已完成', UNKNOWN: '无法判断' } as const;
    const head = `${where}${year != null ? `${year}年` : ''}${codes ? '该指标' : ''}目标的完成情况（据已载入文件中的实际数）：`;
    const body = groups.map(([s, rs]) => `${label[s]}${rs.length}项：${rs.map(line).join('；')}`).join('。');
    const tail = intent.outcome ? '' : '。其余目标在已载入文件中没有同口径的完成数';
    return {
      answer: `${head}${body}${tail}。`,
      rows: rows.map(strip),
      citations: cite(rows, 'ev', 'aev'),
      query: text,
    };
  }

  const text = loadQuery('ask/indicator-figures');
  const rows = await run(text, {
    codes: codes ?? [],
    jurisdiction,
    measure: intent.measure ?? null,
    status: intent.status ?? null,
    year: intent.compare === 'PLACES' ? year : null,
  });
  if (!rows.length) return null;
  if (intent.compare === 'PLACES') {
    const byPlace = new Map<string, Row[]>();
    for (const r of rows) byPlace.set(String(r.jurisdiction), [...(byPlace.get(String(r.jurisdiction)) ?? []), r]);
    const parts = [...byPlace].map(
      ([place, rs]) =>
        `${place}：${rs.map((r) => `${r.year}年${r.status === 'ACHIEVED' ? '完成' : '目标'}${figure(r)}`).join('，')}`,
    );
    return {
      answer: `${rows[0].indicator}${intent.measure === 'GROWTH' ? '增长' : ''}${intent.status === 'PLANNED' ? '目标' : ''}各地对比——${parts.join('；')}。`,
      rows: rows.map(strip),
      citations: cite(rows, 'ev'),
      query: text,
    };
  }
  // this year's plan against last year's result (or, without one, last year's plan), per place
  const byPlace = new Map<string, Row[]>();
  for (const r of rows) byPlace.set(String(r.jurisdiction), [...(byPlace.get(String(r.jurisdiction)) ?? []), r]);
  const parts: string[] = [];
  const used: Row[] = [];
  for (const [place, rs] of byPlace) {
    const thisYear = ref ?? Math.max(...rs.map((r) => Number(r.year ?? 0)));
    const now = rs.filter((r) => r.year === thisYear && r.status === 'PLANNED');
    const before = rs.filter((r) => r.year === thisYear - 1 && r.status === 'ACHIEVED');
    const prior = before.length ? before : rs.filter((r) => r.year === thisYear - 1 && r.status === 'PLANNED');
    if (!now.length || !prior.length) continue;
    const a = now[0],
      b =
        prior.find((r) => r.measure === a.measure && unitOf(textOf(r.unit))?.kind === unitOf(textOf(a.unit))?.kind) ??
        prior[0];
    const ua = unitOf(textOf(a.unit)),
      ub = unitOf(textOf(b.unit));
    let diff = '';
    if (
      ua &&
      ub &&
      ua.kind === ub.kind &&
      a.measure === b.measure &&
      typeof a.value === 'number' &&
      typeof b.value === 'number'
    ) {
      const d = (a.value * ua.factor - b.value * ub.factor) / ua.factor;
      diff = d === 0 ? '，与去年持平' : `，比去年${d > 0 ? '多' : '少'}${num(Math.abs(d))}${a.unit ?? ''}`;
    }
    parts.push(
      `${place}${thisYear}年计划${a.metric ? `（${a.metric}）` : ''}${figure(a)}；${thisYear - 1}年${b.status === 'ACHIEVED' ? '完成' : '计划'}${b.metric ? `（${b.metric}）` : ''}${figure(b)}${diff}`,
    );
    used.push(a, b);
  }
  if (!parts.length) return null;
  return { answer: `${parts.join('。')}。`, rows: used.map(strip), citations: cite(used, 'ev'), query: text };
}

function strip(r: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(r)) if (k !== 'ev' && k !== 'aev') out[k] = v;
  return out;
}
