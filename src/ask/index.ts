/**
 * ask: a Chinese (or plain English) question → an Answer with the query that ran, its rows and
 * the source sentences. Offline first: entities recognised from the graph, a family, a named
 * query from queries/ask. Then full-text passages (SEARCH), then an honest NONE. An
 * OpenAI-compatible model is the fallback for the long tail, behind a read-only guard.
 */
import type OpenAI from 'openai';
import { config } from '../config.js';
import { AppError } from '../errors.js';
import { dedupeEvidence } from '../model/index.js';
import { evidenceFromLists } from '../store/evidence.js';
import { loadQuery } from '../store/queries.js';
import { classify, topicPieces, type Intent } from './intent.js';
import { answerIndicatorQuestion, classifyIndicatorQuestion, jurisdictionIn } from './indicators.js';
import { buildLexicon, findMentions, type Lexicon, type LexiconRow } from './lexicon.js';
import { figuresInRows, llmQuery, llmSentence } from './llm.js';
import { moduleFor, runModule } from './families/index.js';
import { understand, understoodText } from './linking.js';
import { rowsAboutTown, scopeDecline, townAsked, townDecline } from './place.js';
import { intentFromTool } from './tools.js';

/** Answer.family of a question declined for its place, the nation or as an opinion or forecast. */
export const OUT_OF_SCOPE = 'OUT_OF_SCOPE';
import { normalizeKey } from './normalize.js';
import { listOf, need, numOrNull, rowsOf, stringsOf } from './rows.js';
import type { Answer, Evidence } from '../model/index.js';

export { llmFromConfig } from './llm.js';

export interface AskDeps {
  /** READ transaction with a timeout, provided by the store */
  run: (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
  llm?: OpenAI | null;
  model?: string;
}

export type { Answer, AnswerMode, Evidence } from '../model/index.js';

// ---------------------------------------------------------------------------------------------
// named queries: queries/ask/<name>.cypher

const query = (name: string): string => loadQuery(`ask/${name}`);

// ---------------------------------------------------------------------------------------------
// per-run cache: the lexicon and the full-text indexes, loaded by one query each

interface Cached {
  lexicon: Lexicon;
  indexes: string[];
}
/**
 * The lexicon is shared by every caller whose graph has the same fingerprint (node and
 * relationship counts from the count store, gazette ids and checksums): callers may build a new
 * `run` per request, and a load or wipe changes the fingerprint, so the next question sees it.
 */
const CACHE_TTL_MS = 10 * 60_000;
const MAX_CACHED_GRAPHS = 8;
const cache = new Map<string, { at: number; value: Promise<Cached> }>();

/** Forget cached lexicons (the fingerprint already notices loads; this is for tests and tools). */
export function resetAskCache(): void {
  cache.clear();
}

const PASSAGE_RANK: Record<string, number> = { Section: 0, Task: 1, Target: 2, Project: 3 };

async function buildCache(run: AskDeps['run']): Promise<Cached> {
  const [rows, idx] = await Promise.all([
    run(query('lexicon'), {}),
    run(query('fulltext-indexes'), {}).catch(() => [] satisfies Record<string, unknown>[]),
  ]);
  // passages read best from sections, then tasks and targets; organisation names are not passages
  const rank = (labels: unknown) => {
    const l = Array.isArray(labels) ? String(labels[0]) : '';
    return PASSAGE_RANK[l] ?? 9;
  };
  const indexes = idx
    .filter((r) => rank(r.labelsOrTypes) < 9)
    .sort((a, b) => rank(a.labelsOrTypes) - rank(b.labelsOrTypes))
    .map((r) => String(r.name));
  // the lexicon query's columns are LexiconRow's (queries/ask/lexicon.cypher); no row schema checks them yet
  return { lexicon: buildLexicon(rows as unknown as LexiconRow[]), indexes };
}

async function fingerprintOf(run: AskDeps['run']): Promise<string> {
  const [fp] = await run(query('fingerprint'), {});
  return JSON.stringify(fp ?? null);
}

function cachedFor(key: string, run: AskDeps['run']): Promise<Cached> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.value;
  const value = buildCache(run);
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  const oldest = cache.keys().next();
  if (cache.size > MAX_CACHED_GRAPHS && !oldest.done) cache.delete(oldest.value);
  return value;
}

/** The most recently built lexicon: answers are computed with it while the fingerprint is checked. */
let lastKey: string | null = null;

// ---------------------------------------------------------------------------------------------
// evidence

/** Every evidence list anywhere in a value (rows from model-written queries nest them freely). */
function collectEvidence(v: unknown, out: Evidence[], depth = 0): void {
  if (depth > 4 || v == null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectEvidence(x, out, depth + 1);
    return;
  }
  if ('evidenceQuotes' in v) out.push(...evidenceFromLists(v));
  for (const x of Object.values(v)) if (x && typeof x === 'object') collectEvidence(x, out, depth + 1);
}

const MAX_CITATIONS = 20;
const dedupe = (evs: Evidence[]): Evidence[] => dedupeEvidence(evs).slice(0, MAX_CITATIONS);

const EVIDENCE_KEYS = new Set(['ev', 'tev', 'evs', 'hev']);
/** Rows as the client sees them: without the raw evidence lists (they are in citations). */
function cleanRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (!EVIDENCE_KEYS.has(k) && !k.startsWith('evidence')) out[k] = v;
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// composing answers (only from rows: a figure the rows do not hold is never written)

const list = (xs: unknown[], sep = '、') => [...new Set(xs.filter((x) => x != null && x !== '').map(String))].join(sep);
const yearText = (y: number | null | undefined) => (y == null ? '' : `${y}年`);
const MODIFIER: Record<string, [string, string]> = {
  ABOUT: ['', '左右'],
  AT_LEAST: ['', '以上'],
  AT_MOST: ['', '以内'],
  EXACT: ['', ''],
  RANGE: ['', ''],
};
const ROLE_ZH: Record<string, string> = { LEAD: '牵头', SUPPORT: '配合' };
const ACTION_ZH: Record<string, string> = {
  APPOINT: '任',
  REMOVE: '免去',
  NOMINATE: '提名为',
  NOMINATE_REMOVE: '提名免去',
};
const GROUP_ROLE_ZH: Record<string, string> = {
  LEADER: '组长',
  HEAD: '组长',
  DEPUTY_LEADER: '副组长',
  DEPUTY: '副组长',
  MEMBER: '成员',
  COMMANDER: '总指挥',
  DEPUTY_COMMANDER: '副总指挥',
  OFFICE_DIRECTOR: '办公室主任',
};

function figure(r: Record<string, unknown>): string {
  if (r.value == null) return '';
  const [pre, post] = MODIFIER[String(r.modifier ?? 'EXACT')] ?? ['', ''];
  const range = r.valueMax != null && r.valueMax !== r.value ? `${r.value}—${r.valueMax}` : String(r.value);
  return `${pre}${range}${r.unit ?? ''}${post}`;
}

function targetLine(r: Record<string, unknown>): string {
  const fig = figure(r);
  const status = r.status === 'ACHIEVED' ? '完成' : '目标';
  const head = `${yearText(numOrNull(r.year))}${r.metric ?? ''}${status}${fig ? `：${fig}` : ''}`;
  return r.text ? `${head}（原文：“${r.text}”）` : head;
}

interface Computed {
  answer: string;
  rows: Record<string, unknown>[];
  citations: Evidence[];
  query: string;
}

type Run = AskDeps['run'];

async function runFamily(intent: Intent, run: Run, lex: Lexicon): Promise<Computed | null> {
  const referenceYear = lex.referenceYear;
  const exec = async (name: string, params: Record<string, unknown>) => ({
    text: query(name),
    rows: await run(query(name), params),
  });
  const cite = (rows: Record<string, unknown>[], ...keys: string[]) => {
    const out: Evidence[] = [];
    for (const r of rows)
      for (const k of keys) {
        const v = r[k];
        if (Array.isArray(v)) for (const x of v) out.push(...evidenceFromLists(x));
        else out.push(...evidenceFromLists(v));
      }
    return dedupe(out);
  };
  const done = (
    q: { text: string; rows: Record<string, unknown>[] },
    answer: string,
    citations: Evidence[],
  ): Computed => ({ answer, rows: cleanRows(q.rows), citations, query: q.text });

  // families written as modules (src/ask/families/) answer for themselves
  if (moduleFor(intent.family)) return runModule(intent, run, lex);
  switch (intent.family) {
    case 'POST_HOLDER':
    case 'DOCUMENT_INFO':
    case 'PROVISION':
      return null;
    case 'TARGET_OUTCOMES':
    case 'INDICATOR_COMPARE': {
      const r = await answerIndicatorQuestion(intent, run);
      return r ? { ...r, rows: cleanRows(r.rows), citations: dedupe(r.citations) } : null;
    }
    case 'SUPERVISOR_OF': {
      const orgs = intent.orgs?.length ? intent.orgs : [need(intent.org, 'org')];
      const rows: Record<string, unknown>[] = [];
      const parts: string[] = [];
      let text = '';
      for (const org of orgs) {
        const q = await exec('supervisors-of-org', { orgId: org.id });
        text = q.text;
        if (!q.rows.length) {
          if (orgs.length > 1) parts.push(`${org.name}：图谱中没有分管领导的记录`);
          continue;
        }
        rows.push(...q.rows);
        const via = q.rows.filter((r) => r.organization !== org.name).map((r) => r.organization);
        const people = q.rows.map((r) => {
          const titles = list(listOf(r.titles));
          return `${r.person}${titles ? `（${titles}）` : ''}${r.scope ? `〔${r.scope}〕` : ''}`;
        });
        const viaText = via.length ? `（通过所属的${list(via)}）` : '';
        parts.push(`${org.name}的分管领导${viaText}：${list(people)}`);
      }
      if (!rows.length) return null;
      return done({ text, rows }, `${parts.join('；')}。`, cite(rows, 'ev'));
    }
    case 'SUPERVISED_BY': {
      // 周立明和李贵分别分管哪些单位: one part per person named
      const people =
        !intent.org && intent.persons && intent.persons.length > 1 ? intent.persons : [need(intent.person, 'person')];
      const rows: Record<string, unknown>[] = [];
      const parts: string[] = [];
      let text = '';
      for (const p of people) {
        const q = await exec('orgs-supervised-by', { personId: p.id });
        text = q.text;
        if (!q.rows.length) {
          if (people.length > 1) parts.push(`${p.name}：图谱中没有分管单位的记录`);
          continue;
        }
        rows.push(...q.rows);
        const names = q.rows.map((r) => `${r.organization}${r.scope ? `（${r.scope}）` : ''}`);
        let verdict = '';
        if (intent.org) {
          // a yes/no question: say which, from the same rows
          const o = intent.org;
          const yes = q.rows.some((r) => r.organization === o.name);
          const others = yes ? [] : (await exec('supervisors-of-org', { orgId: o.id })).rows.map((r) => r.person);
          verdict = yes
            ? `是，${p.name}分管${o.name}。`
            : `否，图谱中${p.name}不分管${o.name}${others.length ? `（${o.name}的分管领导是${list(others)}）` : ''}。`;
        }
        parts.push(`${verdict}${p.name}分管${new Set(names).size}个单位：${list(names)}`);
      }
      if (!rows.length) return null;
      return done({ text, rows }, `${parts.join('；\n')}。`, cite(rows, 'ev'));
    }
    case 'LIAISES': {
      if (intent.person) {
        const q = await exec('liaisons-of-person', { personId: intent.person.id });
        if (!q.rows.length) return null;
        return done(
          q,
          `${intent.person.name}联系的单位（${new Set(q.rows.map((r) => r.organization)).size}个）：${list(q.rows.map((r) => r.organization))}。`,
          cite(q.rows, 'ev'),
        );
      }
      const q = await exec('liaison-for-org', { orgId: need(intent.org, 'org').id });
      if (!q.rows.length) return null;
      return done(
        q,
        `负责联系${need(intent.org, 'org').name}的领导：${list(q.rows.map((r) => r.person))}。`,
        cite(q.rows, 'ev'),
      );
    }
    case 'AB_PARTNER': {
      const p = need(intent.person, 'person');
      const q = await exec('backups-of-person', { personId: p.id });
      if (!q.rows.length) return null;
      return done(q, `与${p.name}互为AB角的领导：${list(q.rows.map((r) => r.person))}。`, cite(q.rows, 'ev'));
    }
    case 'ASSISTS': {
      const p = need(intent.person, 'person');
      const q = await exec('assists', { personId: p.id });
      if (!q.rows.length) return null;
      const helpers = q.rows.filter((r) => r.direction === 'ASSISTS_ASKED').map((r) => r.person);
      const helped = q.rows.filter((r) => r.direction === 'ASKED_ASSISTS').map((r) => r.person);
      const parts = [
        helpers.length ? `协助${p.name}工作的是：${list(helpers)}` : '',
        helped.length ? `${p.name}协助${list(helped)}工作` : '',
      ].filter(Boolean);
      return done(q, `${parts.join('；')}。`, cite(q.rows, 'ev'));
    }
    case 'PORTFOLIO': {
      const p = need(intent.person, 'person');
      const q = await exec('portfolio', { personId: p.id });
      const r = q.rows[0];
      const areas = stringsOf(r?.portfolio);
      const titles = list(listOf(r?.titles));
      // 协助: whom the person assists and who assists them belong to what they do
      const a = await exec('assists', { personId: p.id });
      const helps = a.rows.filter((x) => x.direction === 'ASKED_ASSISTS').map((x) => x.person);
      const helpedBy = a.rows.filter((x) => x.direction === 'ASSISTS_ASKED').map((x) => x.person);
      // titles alone are a person's posts: PERSON_APPOINTMENTS says those, with the appointments
      if (!r || (!areas.length && !helps.length && !helpedBy.length)) return null;
      const assistText = [
        helps.length ? `协助${list(helps)}工作` : '',
        helpedBy.length ? `由${list(helpedBy)}协助工作` : '',
      ]
        .filter(Boolean)
        .join('，');
      const text = `${p.name}${titles ? `（${titles}）` : ''}${areas.length ? `负责${list(areas)}等方面工作` : ''}${assistText ? `${areas.length ? '；' : ''}${assistText}` : ''}。`;
      return done(
        { text: q.text, rows: [...q.rows, ...a.rows] },
        text,
        [...cite(q.rows, 'ev', 'hev'), ...cite(a.rows, 'ev')].slice(0, MAX_CITATIONS),
      );
    }
    case 'AREA_LEADER': {
      const a = need(intent.area, 'area');
      const q = await exec('area-leaders', { area: a.name });
      if (!q.rows.length) return null;
      const people = q.rows.map((r) => `${r.person}${list(listOf(r.titles)) ? `（${list(listOf(r.titles))}）` : ''}`);
      return done(q, `负责${a.name}方面工作的领导：${people.join('、')}。`, cite(q.rows, 'ev'));
    }
    case 'TARGET_FIGURE':
    case 'ACHIEVED_FIGURE':
    case 'PLAN_VS_ACTUAL': {
      const metrics = [...new Set(need(intent.metrics, 'metrics').map((m) => m.name))];
      const status = intent.family === 'PLAN_VS_ACTUAL' ? null : (intent.status ?? null);
      const year = intent.family === 'PLAN_VS_ACTUAL' ? null : intent.year;
      const jurisdiction = intent.jurisdiction ?? null;
      const q = await exec('target-figures', { metrics, year, status, jurisdiction });
      const note = '';
      if (!q.rows.length && intent.family !== 'PLAN_VS_ACTUAL') {
        // say what the graph does hold for the metric instead of guessing the asked one
        const other = await exec('target-figures', { metrics, year: null, status: null, jurisdiction });
        if (!other.rows.length) return null;
        // the other years are named, their figures are not: a figure of another year is not the answer
        const held = [
          ...new Set(
            other.rows.map((r) => `${yearText(numOrNull(r.year))}${r.status === 'ACHIEVED' ? '完成数' : '目标'}`),
          ),
        ];
        // rows and citations are the records that exist (what the sentence says is there)
        return done(
          other,
          `没有找到${yearText(year)}${metrics.join('、')}的${status === 'ACHIEVED' ? '完成数' : '目标'}。图谱中该指标只有${held.join('、')}的记录（可以按这些年份提问），不用其他年份的数字代替。`,
          cite(other.rows, 'ev'),
        );
      }
      if (!q.rows.length) return null;
      if (intent.family === 'PLAN_VS_ACTUAL') {
        const planned = q.rows.filter((r) => r.status === 'PLANNED').map(targetLine);
        const achieved = q.rows.filter((r) => r.status === 'ACHIEVED').map(targetLine);
        const text = `${metrics.join('、')}——计划：${planned.length ? planned.join('；') : '图谱中没有计划目标'}。实际完成：${achieved.length ? achieved.join('；') : '图谱中没有完成数'}。`;
        return done(q, text, cite(q.rows, 'ev'));
      }
      return done(q, `${note}${q.rows.map(targetLine).join('；')}。`, cite(q.rows, 'ev'));
    }
    case 'TARGETS_OF_ORG':
    case 'TARGETS_OF_LEADER': {
      const isOrg = intent.family === 'TARGETS_OF_ORG';
      const who = isOrg ? need(intent.org, 'org') : need(intent.person, 'person');
      const name = isOrg ? 'targets-of-org' : 'targets-of-leader';
      const params = isOrg
        ? { orgId: who.id, year: intent.year, status: null }
        : { personId: who.id, year: intent.year, status: null };
      const q = await exec(name, params);
      const note = '';
      if (!q.rows.length && intent.year != null) {
        // nothing for the asked year: name the years the graph holds, not their figures (a figure of
        // another year is not the answer, and a question about an unloaded year gets no number)
        const other = await exec(name, { ...params, year: null });
        if (other.rows.length) {
          const years = [
            ...new Set(
              other.rows
                .map((r) => r.year)
                .map(numOrNull)
                .filter((y) => y != null),
            ),
          ]
            .sort()
            .map((y) => yearText(y));
          return done(
            other,
            `没有找到${who.name}${isOrg ? '' : '分管单位'}${yearText(intent.year)}负责的目标。图谱中${isOrg ? '它' : '这些单位'}负责的目标只有${years.join('、') || '未标年份'}的（可以按这些年份提问）。`,
            cite(other.rows, 'ev', 'tev'),
          );
        }
      }
      if (!q.rows.length) return null;
      const byTarget = new Map<string, Record<string, unknown>>();
      for (const r of q.rows) if (!byTarget.has(String(r.targetId))) byTarget.set(String(r.targetId), r);
      const lines = [...byTarget.values()].slice(0, 30).map((r, i) => {
        const role = ROLE_ZH[String(r.role)] ?? String(r.role ?? '');
        const unit = isOrg ? (r.organization !== who.name ? `，${r.organization}` : '') : `，${r.organization}`;
        return `${i + 1}. ${note ? yearText(numOrNull(r.year)) : ''}${r.metric ?? ''}${figure(r) ? ` ${figure(r)}` : ''}（${role}${unit}${r.basis ? `，${BASIS_ZH[String(r.basis)] ?? r.basis}` : ''}）`;
      });
      const shownYear = note ? '' : yearText(intent.year);
      const intro = `${note}${isOrg ? `${who.name}${shownYear}负责的目标` : `${who.name}分管单位${shownYear}负责的目标`}`;
      return done(
        q,
        `${intro}共${byTarget.size}项：${lines.join('；')}${byTarget.size > 30 ? '……' : ''}。`,
        cite(q.rows, 'ev', 'tev'),
      );
    }
    case 'DOCUMENT_TARGETS': {
      const docIds = (intent.docs?.length ? intent.docs : [need(intent.doc, 'doc')]).map((x) => x.id);
      const q = await exec('document-targets', { docIds, year: intent.year, status: intent.status ?? null });
      const note = '';
      if (!q.rows.length && intent.year != null) {
        const other = await exec('document-targets', { docIds, year: null, status: intent.status ?? null });
        if (other.rows.length) {
          const years = [
            ...new Set(
              other.rows
                .map((r) => r.year)
                .map(numOrNull)
                .filter((y) => y != null),
            ),
          ]
            .sort()
            .map((y) => yearText(y));
          return done(
            other,
            `${String(other.rows[0].document)}没有${yearText(intent.year)}的目标。它提出的目标只有${years.join('、') || '未标年份'}的（可以按这些年份提问）。`,
            cite(other.rows, 'ev'),
          );
        }
      }
      if (!q.rows.length) return null;
      const lines = q.rows.slice(0, 40).map((r, i) => `${i + 1}. ${targetLine(r)}`);
      const what = intent.status === 'ACHIEVED' ? '完成情况' : intent.status === 'PLANNED' ? '目标' : '目标和完成情况';
      return done(
        q,
        `${note}${note ? '' : `${list(q.rows.map((r) => r.document))}${yearText(intent.year)}`}提出的${what}共${q.rows.length}项：${lines.join('；')}${q.rows.length > 40 ? '……' : ''}。`,
        cite(q.rows, 'ev'),
      );
    }
    case 'TASK_RESPONSIBLE': {
      // the whole topic first, then shorter readings of it (清洁取暖工作 → 清洁取暖)
      const terms = candidateTerms(need(intent.term, 'term'));
      for (const term of terms) {
        const q = await exec('tasks-responsible', { term });
        let withUnits = q.rows.filter((r) => listOf(r.lead).length || listOf(r.support).length);
        if (!withUnits.length) continue;
        // a topic found only in a task's body, not its title, is said so: the task is about something else
        const titled = withUnits.some((r) => String(r.title ?? '').includes(term));
        // tasks named after the topic answer it; others that merely mention it are noise then
        if (titled) withUnits = withUnits.filter((r) => String(r.title ?? '').includes(term));
        const preface = titled ? '' : `没有标题含“${term}”的任务；正文提到“${term}”的任务：`;
        const lines = withUnits.map((r) => {
          const lead = list(listOf(r.lead));
          const support = list(listOf(r.support));
          return `“${r.title}”${r.document ? `（${r.document}）` : ''}：${lead ? `牵头单位：${lead}` : '未写明牵头单位'}${support ? `；配合单位：${support}` : ''}`;
        });
        return done({ ...q, rows: withUnits }, `${preface}${lines.join('。')}。`, cite(withUnits, 'evs', 'tev'));
      }
      return null;
    }
    case 'GROUP_INFO': {
      const g = need(intent.group, 'group');
      const q = await exec('group-info', { groupId: g.id });
      const r = q.rows[0];
      if (!r) return null;
      const members = rowsOf(r.members);
      const office = rowsOf(r.office);
      if (!members.length && !office.length) return null;
      const byRole = new Map<string, string[]>();
      for (const m of members) {
        const role = GROUP_ROLE_ZH[String(m.role)] ?? String(m.role ?? '成员');
        byRole.set(role, [...(byRole.get(role) ?? []), `${m.name}${m.title ? `（${m.title}）` : ''}`]);
      }
      // long member lists are cut: the question is usually about the leaders or the office
      const parts = [...byRole].map(
        ([role, names]) =>
          `${role}：${names.slice(0, 12).join('、')}${names.length > 12 ? `等${names.length}人/单位` : ''}`,
      );
      const officePart = office.length ? `办公室设在${list(office.map((o) => o.name))}` : '';
      if (officePart) {
        if (intent.asksOffice) parts.unshift(officePart);
        else parts.push(officePart);
      }
      const evs = [...members.map((m) => m.ev), ...office.map((o) => o.ev), r.ev];
      return done(q, `${g.name}——${parts.join('；')}。`, dedupe(evs.flatMap(evidenceFromLists)));
    }
    case 'PERSON_APPOINTMENTS': {
      const p = need(intent.person, 'person');
      const q = await exec('person-appointments', { personId: p.id });
      const appts = q.rows.filter((r) => r.action != null);
      const holds = rowsOf(q.rows[0]?.holds);
      if (!appts.length && !holds.length) return null;
      const lines = appts.map(
        (r) =>
          `${ACTION_ZH[String(r.action)] ?? r.action}${r.organization ?? ''}${r.position ?? ''}${r.docNumber ? `（${r.docNumber}${r.date ? `，${r.date}` : ''}）` : ''}`,
      );
      const held = holds.length
        ? `职务：${list(holds.map((h) => (String(h.title ?? '').startsWith(String(h.organization ?? '')) ? h.title : `${h.organization ?? ''}${h.title ?? ''}`)))}`
        : '';
      return done(q, `${p.name}：${[lines.join('；'), held].filter(Boolean).join('。')}。`, cite(appts, 'ev'));
    }
    case 'NOTICE_APPOINTMENTS': {
      const d = need(intent.doc, 'doc');
      const q = await exec('notice-appointments', { docId: d.id, docNumber: d.docNumber ?? null });
      if (!q.rows.length) return null;
      const lines = q.rows.map(
        (r) => `${r.person} ${ACTION_ZH[String(r.action)] ?? r.action}${r.organization ?? ''}${r.position ?? ''}`,
      );
      return done(
        q,
        `${d.name}${d.docNumber ? `（${d.docNumber}）` : ''}涉及${new Set(q.rows.map((r) => r.person)).size}人：${lines.join('；')}。`,
        cite(q.rows, 'ev'),
      );
    }
    case 'CONTACTS': {
      const q = await exec('contacts', { orgId: intent.org?.id ?? null });
      if (!q.rows.length) return null;
      const lines = q.rows.map(
        (r) => `${r.organization ?? '（未注明单位）'}：${r.phone}${r.purpose ? `（${r.purpose}）` : ''}`,
      );
      return done(q, `联系电话：${lines.join('；')}。`, cite(q.rows, 'ev'));
    }
    case 'TARGET_OWNER': {
      const metrics = [...new Set((intent.metrics ?? []).map((m) => m.name))];
      const terms = (intent.terms ?? []).filter((t) => t.length >= 2);
      if (!metrics.length && !terms.length) return null;
      // a topic in another word order (沙棘种植改造 for 种植改造沙棘) is found by its character pairs, scored by their share
      const queryTerms = [...new Set([...terms, ...terms.filter((t) => t.length >= 4).flatMap(pairsOf)])];
      let c = await exec('target-candidates', { metrics, terms: queryTerms, year: intent.year });
      if (!c.rows.length && intent.year != null)
        c = await exec('target-candidates', { metrics, terms: queryTerms, year: null });
      const ids = pickTargets(c.rows, intent, referenceYear).map((r) => r.targetId);
      if (!ids.length) return null;
      const q = await exec('target-owners', { ids });
      const policyRows = (await exec('target-policy', { ids })).rows;
      const personName = new Map(lex.entities.filter((e) => e.type === 'PERSON').map((e) => [e.id, e.name]));
      // one entry per target, in the order chosen, with its owners and policy links
      const chosen = ids
        .map((id) => {
          const mine = q.rows.filter((r) => r.targetId === id);
          if (!mine.length) return null;
          const all = mine
            .filter((r) => r.organization != null)
            .map((r): Record<string, unknown> => ({
              ...r,
              leaders: listOf(r.leaderIds)
                .map((x) => personName.get(String(x)))
                .filter(Boolean),
            }));
          const owners = all.filter(plausibleOwner);
          const weak = all.filter((o) => !plausibleOwner(o)).map((o) => String(o.organization));
          const row: Record<string, unknown> = {
            ...mine[0],
            owners,
            weak,
            policy: policyRows.filter((p) => p.targetId === id),
          };
          return row;
        })
        .filter((r): r is Record<string, unknown> => r !== null);
      if (!chosen.length) return null;
      const parts = chosen.map(ownerText);
      if (intent.org) {
        // 某目标的牵头单位是民政局吗: a verdict from the same rows, then the owners
        const o = intent.org;
        const all = chosen.flatMap((r) => rowsOf(r.owners));
        const hit = all.find((x) => x.organization === o.name);
        parts.unshift(
          hit
            ? `是，${o.name}是${ROLE_ZH[String(hit.role)] ?? '责任'}单位（${BASIS_ZH[String(hit.basis)] ?? hit.basis}）。`
            : `否，图谱中${o.name}不是这项目标的责任单位。`,
        );
      }
      const evs = chosen.flatMap((r) => [
        ...evidenceFromLists(r.tev),
        ...rowsOf(r.owners).flatMap((o) => evidenceFromLists(o.ev)),
        ...rowsOf(r.policy).flatMap((p) => evidenceFromLists(p.ev)),
      ]);
      const pick = (r: Record<string, unknown>, keys: string[]) =>
        Object.fromEntries(keys.map((k) => [k, r[k] ?? null]));
      const shown = chosen.map((r) => ({
        ...pick(r, [
          'targetId',
          'text',
          'metric',
          'value',
          'valueMax',
          'unit',
          'modifier',
          'year',
          'status',
          'document',
          'task',
        ]),
        owners: rowsOf(r.owners).map((o) =>
          pick(o, ['organization', 'role', 'basis', 'confidence', 'via', 'terms', 'leaders', 'supervisors']),
        ),
        policy: rowsOf(r.policy).map((p) => pick(p, ['task', 'document', 'score', 'lead'])),
      }));
      return done({ ...q, rows: shown }, parts.join('\n'), dedupe(evs));
    }
    case 'UNASSIGNED_TARGETS': {
      let year = intent.year;
      let q = await exec('unassigned-targets', { year, status: intent.status ?? 'PLANNED' });
      if (!q.rows.length && year != null) {
        year = null;
        q = await exec('unassigned-targets', { year, status: intent.status ?? 'PLANNED' });
      }
      if (!q.rows.length) return null;
      const lines = q.rows
        .slice(0, 40)
        .map((r, i) => `${i + 1}. ${targetLine(r)}${r.document ? `（${r.document}）` : ''}`);
      const note = year !== intent.year ? `${yearText(intent.year)}的目标都有责任单位；其他年份中，` : '';
      const intro = `${note}${yearText(year)}还没有明确责任单位的${intent.status === 'ACHIEVED' ? '完成指标' : '目标'}共${q.rows.length}项（文件未写明，也无法依据政策文件或领导分工确定）`;
      return done(q, `${intro}：${lines.join('；')}${q.rows.length > 40 ? '……' : ''}。`, cite(q.rows, 'ev'));
    }
    case 'IMPLEMENTS': {
      const terms = intent.term ? candidateTerms(intent.term) : [null];
      for (const term of terms) {
        const docIds = intent.docs?.length ? intent.docs.map((d) => d.id) : null;
        const q = await exec('implements', { term, docIds });
        if (!q.rows.length) continue;
        const lines = q.rows
          .slice(0, 10)
          .map(
            (r) =>
              `报告承诺“${r.commitment}”→ 政策任务“${r.policyTask}”${r.policyDocument ? `（${r.policyDocument}）` : ''}${r.score != null ? `，相似度${Number(r.score).toFixed(2)}` : ''}`,
          );
        return done(q, `${lines.join('；')}。`, cite(q.rows, 'ev'));
      }
      return null;
    }
  }
}

/** The two-character pairs of a word: 沙棘种植 → 沙棘, 棘种, 种植. */
function pairsOf(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}

/** Share of a word's pairs that occur in a text. */
function pairShare(t: string, text: string): number {
  const ps = pairsOf(t);
  return ps.length ? ps.filter((p) => text.includes(p)).length / ps.length : 0;
}

/**
 * The targets an owner question is about: the metric it names, the figure it quotes, the year
 * it means — the best-scored ones (several only when they tie, e.g. one sentence's two figures).
 */
function pickTargets(
  rows: Record<string, unknown>[],
  intent: Intent,
  referenceYear: number | null,
): Record<string, unknown>[] {
  if (!rows.length) return [];
  const metrics = new Set((intent.metrics ?? []).map((m) => m.name));
  const numbers = intent.numbers ?? [];
  const terms = intent.terms ?? [];
  const wantYear = intent.year ?? referenceYear;
  const scoreOf = (r: Record<string, unknown>) => {
    // compared without spaces and punctuation: “四上”企业 is 四上企业
    const text = normalizeKey(String(r.text ?? ''));
    let s = metrics.has(String(r.metric)) ? 4 : 0;
    for (const t of terms) {
      if (text.includes(t) || String(r.metric ?? '').includes(t)) s += Math.min(4, t.length / 2);
      else if (t.length >= 4 && pairShare(t, text) >= 0.7) s += Math.min(4, t.length / 2) * 0.8;
    }
    if (numbers.length && numbers.some((n) => n === Number(r.value) || n === Number(r.valueMax))) s += 6;
    if (wantYear != null && r.year === wantYear) s += 1;
    // an owner question is about a commitment: planned targets first unless it asks about results
    if (r.status === (intent.status === 'ACHIEVED' ? 'ACHIEVED' : 'PLANNED')) s += 2;
    return s;
  };
  const scored = rows.map((r) => ({ r, s: scoreOf(r) })).sort((a, b) => b.s - a.s);
  const top = scored[0].s;
  if (top < 3) return [];
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const { r, s } of scored) {
    if (s < top) break;
    // one sentence may hold several figures of one metric: it is one commitment to the reader
    const key = `${String(r.text)}|${String(r.metric)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * Rule plausible-portfolio-owner: an owner read from a leader's 分管 list is an owner only when a
 * word it shares with the target occurs in the target's own clause (its text or metric), not
 * merely elsewhere in the sentence or block around it (亩均投资强度 and a fire brigade sharing 消防
 * from a list of infrastructure). Owners stated by a text or a policy task are always kept.
 */
export function plausibleOwner(o: Record<string, unknown>): boolean {
  if (o.basis !== 'PORTFOLIO') return true;
  const terms = listOf(o.terms).map(String).filter(Boolean);
  if (!terms.length) return true;
  const own = `${String(o.text ?? '')}${String(o.metric ?? '')}`;
  return terms.some((t) => own.includes(t));
}

const BASIS_ZH: Record<string, string> = {
  STATED: '文件明确',
  POLICY: '依据政策文件',
  PORTFOLIO: '依据领导分工',
  MODEL: '模型推断（有原文支持）',
};

/** One target's owners, each with its basis in words, and the accountable leaders. */
function ownerText(r: Record<string, unknown>): string {
  const owners = rowsOf(r.owners);
  const policy = rowsOf(r.policy);
  const head = `“${String(r.text ?? r.metric ?? '').replace(/\s+/g, '')}”（${yearText(numOrNull(r.year))}${r.status === 'ACHIEVED' ? '完成' : '目标'}${r.document ? `，出自${r.document}` : ''}）`;
  const weak = stringsOf(r.weak);
  // the weak unit is not named: the answer must not read as if it were an owner
  const weakText = weak.length
    ? '（领导分工中的分管单位与这项目标只在同一段落共有词语、不在目标原文中，关联太弱，不作为责任单位）'
    : '';
  if (!owners.length)
    return `${head}：图谱中没有明确的责任单位——文件未写明，也没有可依据的政策文件任务或领导分工，不作推断${weakText}。`;
  // one line per unit: its strongest responsibility
  const byOrg = new Map<string, Record<string, unknown>>();
  for (const o of owners) if (!byOrg.has(String(o.organization))) byOrg.set(String(o.organization), o);
  const why = (o: Record<string, unknown>) => {
    const basis = String(o.basis ?? '');
    const role = ROLE_ZH[String(o.role)] ?? '负责';
    const conf = o.confidence != null ? `，置信度${Number(o.confidence).toFixed(2)}` : '';
    if (basis === 'POLICY') {
      const p = policy.find((x) => listOf(x.lead)?.includes(o.organization)) ?? policy[0];
      return p
        ? `依据政策文件${p.document ? `《${String(p.document).replace(/^《|》$/g, '')}》` : ''}任务“${p.task}”的${role}单位${conf}`
        : `依据政策文件的${role}单位${conf}`;
    }
    if (basis === 'PORTFOLIO') {
      const leaders = list(listOf(o.leaders).length ? listOf(o.leaders) : listOf(o.supervisors));
      const words = list(listOf(o.terms));
      return `依据领导分工${leaders ? `：${leaders}分管${o.organization}` : ''}${words ? `，与目标共有“${words}”` : ''}${conf}`;
    }
    if (basis === 'STATED')
      return `文件明确：${o.via === 'TASK' && r.task ? `任务“${r.task}”` : '原文'}写明为${role}单位${conf}`;
    return `${BASIS_ZH[basis] ?? basis}${conf}`;
  };
  const lead = [...byOrg.values()].filter((o) => o.role === 'LEAD');
  const support = [...byOrg.values()].filter((o) => o.role !== 'LEAD');
  const parts: string[] = [];
  if (lead.length) parts.push(`牵头：${lead.map((o) => `${o.organization}（${why(o)}）`).join('；')}`);
  else parts.push('没有明确的牵头单位');
  if (support.length) parts.push(`配合：${support.map((o) => `${o.organization}（${why(o)}）`).join('；')}`);
  // accountable leaders: the division of work a PORTFOLIO basis rests on, else who supervises the lead unit
  const leaders = new Set<string>();
  for (const o of lead)
    for (const p of listOf(o.basis === 'PORTFOLIO' && listOf(o.leaders).length ? o.leaders : o.supervisors))
      leaders.add(String(p));
  if (leaders.size) parts.push(`负责领导（分管牵头单位）：${[...leaders].join('、')}`);
  return `${head}——${parts.join('。')}。`;
}

/** A topic and shorter readings of it: generic trailing words dropped, then its halves. */
function candidateTerms(term: string): string[] {
  const out = [term];
  const trimmed = term.replace(/(工作|任务|项目|行动|工程|建设|问题|事项|事宜)+$/, '');
  if (trimmed.length >= 2) out.push(trimmed);
  if (trimmed.length >= 6)
    out.push(trimmed.slice(0, Math.ceil(trimmed.length / 2)), trimmed.slice(Math.floor(trimmed.length / 2)));
  return [...new Set(out)];
}

// ---------------------------------------------------------------------------------------------
// SEARCH: passages, said to be passages

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** 暖城五心营商环境品牌 → 暖城五心 营商环境 品牌 (size 4): no single character left over. */
function chunks(term: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i += size) out.push(term.slice(i, i + size));
  if (out.length > 1 && out[out.length - 1].length < 2) out[out.length - 2] += out.pop();
  return out;
}

function snippet(text: string, terms: string[], width = 80, pairs: string[] = []): string {
  // the window holding most of the topic's character pairs: the part of a long passage the question is about
  if (pairs.length >= 3 && text.length > width) {
    let best = -1;
    let bestAt = 0;
    for (let s = 0; s < text.length - width / 2; s += 5) {
      const w = normalizeKey(text.slice(s, s + width));
      const n = pairs.filter((p) => w.includes(p)).length;
      if (n > best) {
        best = n;
        bestAt = s;
      }
    }
    if (best > 0) return text.slice(bestAt, bestAt + width);
  }
  let at = -1;
  for (const t of terms) if (at < 0) at = text.indexOf(t);
  const start = Math.max(0, (at < 0 ? 0 : at) - 20);
  return text.slice(start, start + width);
}

/** Words that only shape a question (多少钱, 一共, 能): not searched for. */
const QUESTION_ONLY =
  /多少钱|多少|几个|几项|一共|总共|一年|每年|能否|能不能|可以|能|怎么样|怎样|如何|有什么|什么|哪些/g;
/**
 * Rule search-pair-share: the last, loosest search asks for any character pair of the topic; a
 * passage it finds is shown only when it holds at least this share of the topic's pairs (a
 * passage sharing 价格 with 比特币价格, or 一部/电影 with 推荐一部好看的电影, is not about the question).
 */
const MIN_PAIR_SHARE = 0.6;

async function search(
  q: string,
  mentions: ReturnType<typeof findMentions>,
  cached: Cached,
  run: Run,
): Promise<Computed | null> {
  const pieces = topicPieces(q, mentions)
    .flatMap((p) => p.replace(QUESTION_ONLY, '|').split('|'))
    .filter((p) => p.length >= 2);
  const names = [...new Set(mentions.map((m) => m.entity.name))];
  const terms = [...new Set([...pieces, ...names].filter((t) => t.length >= 2))];
  if (!terms.length) return null;
  const rows: Record<string, unknown>[] = [];
  let text = '';
  if (cached.indexes.length) {
    text = query('search');
    const clean = (t: string) => t.replace(LUCENE_SPECIAL, ' ').trim();
    const all = (parts: string[]) => parts.map((p) => `+"${clean(p)}"`).join(' ');
    // strictest first. The cjk analyzer makes a phrase a run of bigrams, so 比特币价格 does not
    // match a text that only says 价格; pieces of two or four characters bridge punctuation
    // inside the source (暖城·五心) without matching on one stray bigram.
    const attempts = [
      all(terms),
      all(terms.flatMap((t) => chunks(t, 4))),
      all(terms.flatMap((t) => chunks(t, 2))),
      pieces.length ? all(pieces.flatMap((t) => chunks(t, 2))) : '',
      // last: any one specific (three characters or more) topic phrase
      terms
        .filter((t) => t.length >= 3)
        .map((t) => `"${clean(t)}"`)
        .join(' OR '),
    ].filter((a, i, xs) => a && xs.indexOf(a) === i);
    for (const luceneQuery of attempts) {
      const found = await Promise.all(
        // an index that refuses the query (still populating, dropped) is skipped
        cached.indexes.map((index) =>
          run(text, { index, query: luceneQuery, limit: 5 }).catch(() => [] satisfies Record<string, unknown>[]),
        ),
      );
      rows.push(...found.flat());
      if (rows.length) break;
    }
    if (!rows.length && pieces.length) {
      // loosest: any pair of the topic, kept only where most of the topic's pairs occur
      const pairs = [
        ...new Set(pieces.flatMap((t) => [...Array(Math.max(0, t.length - 1)).keys()].map((i) => t.slice(i, i + 2)))),
      ];
      if (pairs.length >= 3) {
        const found = await Promise.all(
          cached.indexes.map((index) =>
            run(text, { index, query: pairs.map((p) => `"${clean(p)}"`).join(' OR '), limit: 10 }).catch(
              () => [] satisfies Record<string, unknown>[],
            ),
          ),
        );
        for (const r of found.flat()) {
          const body = normalizeKey(String(r.text ?? ''));
          if (pairs.filter((p) => body.includes(p)).length / pairs.length >= MIN_PAIR_SHARE) rows.push(r);
        }
      }
    }
  } else {
    text = query('search-contains');
    rows.push(...(await run(text, { terms: [terms[0]], limit: 5 })));
  }
  if (!rows.length) return null;
  rows.sort((a, b) => Number(b.score) - Number(a.score));
  const top = rows.slice(0, 5);
  const texts = top.map((r) => String(r.text ?? ''));
  // centre each passage on the most specific word found: the one fewest passages contain
  const bits = terms.flatMap((t) => [t, ...chunks(t, 2)]);
  const specific = bits
    .filter((b) => texts.some((x) => x.includes(b)))
    .sort(
      (a, b) =>
        texts.filter((x) => x.includes(a)).length - texts.filter((x) => x.includes(b)).length || b.length - a.length,
    );
  const topicPairs = [
    ...new Set(pieces.flatMap((t) => [...Array(Math.max(0, t.length - 1)).keys()].map((i) => t.slice(i, i + 2)))),
  ];
  const citations: Evidence[] = [];
  const passages = top.map((r) => {
    const evs = evidenceFromLists(r.ev);
    if (evs.length) citations.push(evs[0]);
    return {
      label: r.label,
      id: r.id,
      documentId: r.documentId ?? evs[0]?.documentId ?? null,
      score: r.score,
      passage: snippet(String(r.text ?? evs[0]?.quote ?? ''), specific, 80, topicPairs),
    };
  });
  const lines = passages.map((p, i) => `${i + 1}. ${p.passage}…`);
  return {
    answer: `以下是与“${terms.join(' ')}”相关的原文段落（仅供查阅，不是计算出的结论）：\n${lines.join('\n')}`,
    rows: passages,
    citations: dedupe(citations),
    query: text,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Speculate with the last lexicon while the fingerprint query runs (saves a round trip per
 * question); if the graph changed, the answer is recomputed with a fresh lexicon.
 */
async function offline(question: string, deps: AskDeps): Promise<Answer> {
  const guessKey = lastKey && cache.has(lastKey) ? lastKey : null;
  const fingerprint = fingerprintOf(deps.run);
  if (guessKey) {
    const [key, guess] = await Promise.all([
      fingerprint,
      cachedFor(guessKey, deps.run)
        .then((c) => offlineWith(question, c, deps))
        .catch(() => null),
    ]);
    if (key === guessKey && guess) return guess;
    lastKey = key;
    return offlineWith(question, await cachedFor(key, deps.run), deps);
  }
  const key = await fingerprint;
  lastKey = key;
  return offlineWith(question, await cachedFor(key, deps.run), deps);
}

/**
 * With several jurisdictions loaded, a figure is asked of one: the loaded jurisdiction the question
 * names (驻马店市今年GDP目标, with or without its level word), else the graph's home; with one
 * loaded, no filter. Comparing places is the indicator family's (各县…对比), which has its own scope.
 */
function scopeOf(q: string, lex: Lexicon): string | null {
  if (lex.loadedJurisdictions.length < 2) return null;
  return jurisdictionIn(q, lex) ?? lex.home;
}
const FIGURE_FAMILIES_SCOPED = new Set<Intent['family']>(['TARGET_FIGURE', 'ACHIEVED_FIGURE', 'PLAN_VS_ACTUAL']);

async function offlineWith(question: string, cached: Cached, deps: AskDeps): Promise<Answer> {
  // plain English and pinyin names become the Chinese words the matcher knows; synonyms and
  // near-miss names are read into the graph's words, and the answer says so (src/ask/linking.ts)
  const { q, mentions, links } = understand(question, cached.lexicon);
  const intent = classifyIndicatorQuestion(q, cached.lexicon) ?? classify(q, mentions, cached.lexicon);
  // places that are not loaded, the nation, opinions and forecasts: declined, no figures (src/ask/place.ts)
  const declined = scopeDecline(question, q, mentions, cached.lexicon, intent);
  if (declined) {
    return {
      question,
      answer: declined.answer,
      mode: 'NONE',
      query: null,
      rows: [],
      citations: [],
      confidence: 0,
      family: OUT_OF_SCOPE,
    };
  }
  if (intent) {
    if (FIGURE_FAMILIES_SCOPED.has(intent.family)) intent.jurisdiction ??= scopeOf(q, cached.lexicon);
    let used = intent;
    let result = await runFamily(intent, deps.run, cached.lexicon);
    if (!result && intent.fallback) {
      used = intent.fallback;
      result = await runFamily(used, deps.run, cached.lexicon);
    }
    // nothing found: the next reading of the question (a leader without a portfolio has posts;
    // an outcome or indicator question the families of intent.ts may still answer)
    if (!result) {
      const next = nextReading(intent, q, mentions, cached.lexicon);
      if (next) {
        const r = await runFamily(next, deps.run, cached.lexicon);
        if (r) {
          used = next;
          result = r;
        }
      }
    }
    // a town asked for a figure: only rows about the town answer it, never the whole county's
    const town = townAsked(mentions, used, q, cached.lexicon);
    if (result && town && !rowsAboutTown(town, result.rows)) {
      const d = townDecline(town, cached.lexicon);
      return {
        question,
        answer: d.answer,
        mode: 'NONE',
        query: result.query,
        rows: [],
        citations: [],
        confidence: 0,
        family: OUT_OF_SCOPE,
      };
    }
    if (result) {
      const understood = understoodText(links, mentions, result.answer);
      return {
        question,
        answer: understood ? `${result.answer}${understood}` : result.answer,
        mode: 'RULE',
        query: result.query,
        rows: result.rows,
        citations: result.citations,
        confidence: confidenceOf(used, result, intent !== used),
        family: used.family,
      };
    }
    // the question named a unit or a person the graph knows and asked for a kind of fact it has no
    // record of: say exactly that, rather than passages about something else
    const missing = noRecord(intent);
    if (missing) {
      return {
        question,
        answer: missing.answer,
        mode: 'NONE',
        query: query(missing.query),
        rows: [],
        citations: [],
        confidence: 0,
        family: intent.family,
      };
    }
  }
  const found = await search(q, mentions, cached, deps.run);
  if (found) {
    const prefix = intent ? '图谱中没有找到这个问题的结构化答案。' : '没有可以直接计算的结构化答案。';
    return {
      question,
      answer: prefix + found.answer,
      mode: 'SEARCH',
      query: found.query,
      rows: found.rows,
      citations: found.citations,
      confidence: 0.3,
      family: intent?.family ?? null,
    };
  }
  return {
    question,
    answer: '没有在已加载的公报中找到与这个问题相关的信息，无法给出答案。',
    mode: 'NONE',
    query: null,
    rows: [],
    citations: [],
    confidence: 0,
    family: intent?.family ?? null,
  };
}

/** The reading to try when an intent finds nothing: PORTFOLIO → the person's posts; a family of indicators.ts → intent.ts's. */
function nextReading(
  intent: Intent,
  q: string,
  mentions: ReturnType<typeof findMentions>,
  lex: Lexicon,
): Intent | null {
  if (intent.family === 'PORTFOLIO' && intent.person)
    return { ...intent, family: 'PERSON_APPOINTMENTS', fallback: undefined };
  if (intent.family === 'TARGET_OUTCOMES' || intent.family === 'INDICATOR_COMPARE') {
    const alt = classify(q, mentions, lex);
    return alt && alt.family !== intent.family ? alt : null;
  }
  return null;
}

/**
 * Confidence of a RULE answer, from what it rests on (measured on the labelled sets: the
 * reliability table in the closing note of issue 13): the weakest link the question made, an
 * answer that only says what the graph lacks (没有找到…), a fallback family, owners known only
 * from the division of work.
 */
function confidenceOf(intent: Intent, result: Computed, viaFallback: boolean): number {
  let c = 0.55 + 0.4 * intent.matchScore;
  if (/^没有找到|^否，|没有标题含|没有\d{4}年的目标。/.test(result.answer)) c = Math.min(c, 0.45);
  if (viaFallback) c *= 0.9;
  if (intent.family === 'TARGET_OWNER' && !/文件明确|依据政策文件/.test(result.answer)) c = Math.min(c, 0.75);
  return Math.round(c * 100) / 100;
}

/** The honest 'not recorded' sentence for a family whose entity was recognised, and the query that ran. */
function noRecord(intent: Intent): { answer: string; query: string } | null {
  if (intent.family === 'UNASSIGNED_TARGETS') {
    return {
      answer: '图谱中没有未明确责任单位的目标：每项目标都有文件写明、依据政策文件或依据领导分工的责任单位。',
      query: 'unassigned-targets',
    };
  }
  const mod = moduleFor(intent.family);
  if (mod) return mod.noRecord(intent);
  const who = intent.org?.name ?? intent.person?.name ?? intent.group?.name;
  if (!who) return null;
  // no digits in a NONE answer (it must never look like a figure): the year is said as 所问年份
  const y = intent.year != null ? '所问年份' : '';
  const say = (what: string, q: string) => ({
    answer: `图谱中没有记录${what}（已识别：${who}）。已加载的公报没有写明这一点，因此不作推断。`,
    query: q,
  });
  switch (intent.family) {
    case 'CONTACTS':
      return say(`${who}的联系电话`, 'contacts');
    case 'SUPERVISOR_OF':
      return say(`${who}的分管领导`, 'supervisors-of-org');
    case 'SUPERVISED_BY':
      return say(`${who}分管的单位`, 'orgs-supervised-by');
    case 'AB_PARTNER':
      return say(`${who}的AB角`, 'backups-of-person');
    case 'ASSISTS':
      return say(`与${who}有关的协助关系`, 'assists');
    case 'LIAISES':
      return say(
        intent.person ? `${who}联系的单位` : `负责联系${who}的领导`,
        intent.person ? 'liaisons-of-person' : 'liaison-for-org',
      );
    case 'PORTFOLIO':
      return say(`${who}的分工`, 'portfolio');
    case 'PERSON_APPOINTMENTS':
      return say(`${who}的任免或职务`, 'person-appointments');
    case 'GROUP_INFO':
      return say(`${who}的组成人员或办公室`, 'group-info');
    case 'TARGETS_OF_ORG':
      return say(`${who}${y}负责的目标`, 'targets-of-org');
    case 'TARGETS_OF_LEADER':
      return say(`${who}分管单位${y}负责的目标`, 'targets-of-leader');
    default:
      return null;
  }
}

/** A value of a model query's row as words: scalars as they are, lists joined, objects skipped. */
function valueText(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).slice(0, 8).join('、');
  return '';
}

/**
 * The answer to a model-written query, composed from its rows only (so every figure in it is in
 * the rows): each row's values in order, the count said, evidence cited.
 */
function llmAnswer(question: string, cypher: string, rows: Record<string, unknown>[], truncated = false): Answer {
  const evs: Evidence[] = [];
  collectEvidence(rows, evs);
  const clean = cleanRows(rows);
  const lines = clean
    .slice(0, 10)
    .map((r, i) => `${i + 1}. ${Object.values(r).map(valueText).filter(Boolean).join('，')}`);
  const more = clean.length > 10 ? `（另有${clean.length - 10}条未列出）` : '';
  const cut = truncated ? '（结果过大，只保留了前面的部分）' : '';
  return {
    question,
    answer: `图谱中查到${clean.length}条相关记录${cut}：\n${lines.join('\n')}${more}`,
    mode: 'LLM',
    query: cypher,
    rows: clean,
    citations: dedupe(evs),
    confidence: 0.5,
    family: null,
  };
}

/**
 * Answer a question. RULE first (unless the caller asks for LLM), then the model when one is
 * configured, then SEARCH, then NONE. Nothing here writes: queries are named read queries or
 * model output that passed the guard, and deps.run is a READ transaction.
 */
export async function ask(question: string, deps: AskDeps, opts: { mode?: 'AUTO' | 'LLM' } = {}): Promise<Answer> {
  const text = String(question ?? '').trim();
  if (!text) throw new AppError('BAD_USER_INPUT', 'the question is empty');
  if (text.length > 500) throw new AppError('BAD_USER_INPUT', 'the question is longer than 500 characters');
  const wantLlm = opts.mode === 'LLM';
  const model = deps.model ?? config().OPENAI_MODEL;

  const tryLlm = async (): Promise<Answer | { error: { code: string; message: string } }> => {
    if (!deps.llm)
      return {
        error: {
          code: 'LLM_UNAVAILABLE',
          message: 'no language model is configured (set OPENAI_API_KEY or OPENAI_BASE_URL)',
        },
      };
    try {
      const res = await llmQuery(text, deps.llm, model, deps.run);
      if (res.kind === 'CYPHER') {
        const composed = llmAnswer(text, res.cypher, res.rows, res.truncated);
        if (!composed.rows.length || !deps.llm) return composed;
        // the model words the answer; a sentence with a figure the rows do not hold is not used
        const rows = rowsOf(composed.rows);
        const sentence = await llmSentence(text, rows, deps.llm, model);
        return sentence && figuresInRows(sentence, rows)
          ? { ...composed, answer: `${sentence}\n${composed.answer}` }
          : composed;
      }
      // a vetted family chosen by the model: its names are linked like an offline question's
      const cached = await cachedFor(await fingerprintOf(deps.run), deps.run);
      const intent = intentFromTool(res.tool, res.args, cached.lexicon);
      if (!intent)
        return {
          error: { code: 'QUERY_REJECTED', message: `the model's ${res.tool} call names nothing the graph knows` },
        };
      const r = await runFamily(intent, deps.run, cached.lexicon);
      if (!r) return { error: { code: 'NOT_FOUND', message: `${res.tool}: the graph records nothing for it` } };
      return {
        question: text,
        answer: r.answer,
        mode: 'LLM',
        query: r.query,
        rows: r.rows,
        citations: r.citations,
        confidence: Math.round((0.5 + 0.35 * intent.matchScore) * 100) / 100,
        family: intent.family,
      };
    } catch (e) {
      const code = e instanceof AppError ? e.code : 'LLM_UNAVAILABLE';
      return { error: { code, message: e instanceof Error ? e.message : String(e) } };
    }
  };

  if (wantLlm) {
    const viaLlm = await tryLlm();
    if ('mode' in viaLlm && viaLlm.rows.length) return viaLlm;
    const fallback = await offline(text, deps);
    return 'error' in viaLlm && !('mode' in viaLlm) ? { ...fallback, error: viaLlm.error } : fallback;
  }
  const offlineAnswer = await offline(text, deps);
  // a question declined for its place or as an opinion is not passed to the model either
  if (offlineAnswer.mode === 'RULE' || offlineAnswer.family === OUT_OF_SCOPE || !deps.llm) return offlineAnswer;
  const viaLlm = await tryLlm();
  if ('mode' in viaLlm && viaLlm.rows.length) return viaLlm;
  return 'error' in viaLlm && !('mode' in viaLlm) ? { ...offlineAnswer, error: viaLlm.error } : offlineAnswer;
}
