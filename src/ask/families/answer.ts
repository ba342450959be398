/**
 * What the family modules share to compose an answer — only from rows: a figure the rows do not
 * hold is never written. Words for the graph's enum values, a target's line, citations, and the
 * honest 'not recorded' sentence.
 */
import { dedupeEvidence, type Evidence } from '../../model/index.js';
import { evidenceFromLists } from '../../store/evidence.js';
import { loadQuery } from '../../store/queries.js';
import type { Intent } from '../intent.js';
import { numOrNull } from '../rows.js';
import type { Computed, Run } from './types.js';

export const list = (xs: unknown[], sep = '、') =>
  [...new Set(xs.filter((x) => x != null && x !== '').map(String))].join(sep);
export const yearText = (y: number | null | undefined) => (y == null ? '' : `${y}年`);

/** The years some target rows hold, in order, as 2023年、2024年 (未标年份 when none is stated). */
export function yearsHeld(rows: Record<string, unknown>[]): string {
  const years = [...new Set(rows.map((r) => numOrNull(r.year)).filter((y) => y != null))].sort();
  return years.map((y) => yearText(y)).join('、') || '未标年份';
}

const MODIFIER: Record<string, [string, string]> = {
  ABOUT: ['', '左右'],
  AT_LEAST: ['', '以上'],
  AT_MOST: ['', '以内'],
  EXACT: ['', ''],
  RANGE: ['', ''],
};
export const ROLE_ZH: Record<string, string> = { LEAD: '牵头', SUPPORT: '配合' };
export const ACTION_ZH: Record<string, string> = {
  APPOINT: '任',
  REMOVE: '免去',
  NOMINATE: '提名为',
  NOMINATE_REMOVE: '提名免去',
};
export const BASIS_ZH: Record<string, string> = {
  STATED: '文件明确',
  POLICY: '依据政策文件',
  PORTFOLIO: '依据领导分工',
  MODEL: '模型推断（有原文支持）',
};

export function figure(r: Record<string, unknown>): string {
  if (r.value == null) return '';
  const [pre, post] = MODIFIER[String(r.modifier ?? 'EXACT')] ?? ['', ''];
  const range = r.valueMax != null && r.valueMax !== r.value ? `${r.value}—${r.valueMax}` : String(r.value);
  return `${pre}${range}${r.unit ?? ''}${post}`;
}

export function targetLine(r: Record<string, unknown>): string {
  const fig = figure(r);
  const status = r.status === 'ACHIEVED' ? '完成' : '目标';
  const head = `${yearText(numOrNull(r.year))}${r.metric ?? ''}${status}${fig ? `：${fig}` : ''}`;
  return r.text ? `${head}（原文：“${r.text}”）` : head;
}

export const MAX_CITATIONS = 20;
export const dedupe = (evs: Evidence[]): Evidence[] => dedupeEvidence(evs).slice(0, MAX_CITATIONS);

const EVIDENCE_KEYS = new Set(['ev', 'tev', 'evs', 'hev']);
/** Rows as the client sees them: without the raw evidence lists (they are in citations). */
export function cleanRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (!EVIDENCE_KEYS.has(k) && !k.startsWith('evidence')) out[k] = v;
    return out;
  });
}

/** The evidence in the named columns of the rows (a column may hold one list or a list of them). */
export function cite(rows: Record<string, unknown>[], ...keys: string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const r of rows)
    for (const k of keys) {
      const v = r[k];
      if (Array.isArray(v)) for (const x of v) out.push(...evidenceFromLists(x));
      else out.push(...evidenceFromLists(v));
    }
  return dedupe(out);
}

export interface Ran {
  text: string;
  rows: Record<string, unknown>[];
}

/** Run the named query queries/ask/<name>.cypher. */
export async function exec(run: Run, name: string, params: Record<string, unknown>): Promise<Ran> {
  const text = loadQuery(`ask/${name}`);
  return { text, rows: await run(text, params) };
}

/** The answer of a named query's rows. */
export const done = (q: Ran, answer: string, citations: Evidence[]): Computed => ({
  answer,
  rows: cleanRows(q.rows),
  citations,
  query: q.text,
});

/** A topic and shorter readings of it: generic trailing words dropped, then its halves. */
export function candidateTerms(term: string): string[] {
  const out = [term];
  const trimmed = term.replace(/(工作|任务|项目|行动|工程|建设|问题|事项|事宜)+$/, '');
  if (trimmed.length >= 2) out.push(trimmed);
  if (trimmed.length >= 6)
    out.push(trimmed.slice(0, Math.ceil(trimmed.length / 2)), trimmed.slice(Math.floor(trimmed.length / 2)));
  return [...new Set(out)];
}

/**
 * 图谱中没有记录… for an intent whose unit, person or group was recognised (null when none was).
 * No digits in it (a NONE answer must never look like a figure): a year is said as 所问年份.
 */
export function notRecorded(
  intent: Intent,
  what: (who: string, year: string) => string,
  query: string,
): { answer: string; query: string } | null {
  const who = intent.org?.name ?? intent.person?.name ?? intent.group?.name;
  if (!who) return null;
  const y = intent.year != null ? '所问年份' : '';
  return {
    answer: `图谱中没有记录${what(who, y)}（已识别：${who}）。已加载的公报没有写明这一点，因此不作推断。`,
    query,
  };
}
