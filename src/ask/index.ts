/**
 * ask: a Chinese (or plain English) question → an Answer with the query that ran, its rows and
 * the source sentences. Offline first: entities recognised from the graph, a family, a named
 * query from queries/ask. Then full-text passages (SEARCH), then an honest NONE. An
 * OpenAI-compatible model is the fallback for the long tail, behind a read-only guard.
 */
import type OpenAI from 'openai';
import { config } from '../config.js';
import { AppError } from '../errors.js';
import { evidenceFromLists } from '../store/evidence.js';
import { loadQuery } from '../store/queries.js';
import { classify, topicPieces, type Intent } from './intent.js';
import { classifyIndicatorQuestion, jurisdictionIn } from './indicators.js';
import { buildLexicon, type Lexicon, type LexiconRow, type Mention } from './lexicon.js';
import { figuresInRows, llmQuery, llmSentence } from './llm.js';
import { cleanRows, dedupe } from './families/answer.js';
import { familyModule } from './families/index.js';
import type { Computed, Run } from './families/types.js';
import { understand, understoodText } from './linking.js';
import { rowsAboutTown, scopeDecline, townAsked, townDecline } from './place.js';
import { intentFromTool } from './tools.js';

/** Answer.family of a question declined for its place, the nation or as an opinion or forecast. */
export const OUT_OF_SCOPE = 'OUT_OF_SCOPE';
import { normalizeKey } from './normalize.js';
import { rowsOf } from './rows.js';
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

// ---------------------------------------------------------------------------------------------
// the families (src/ask/families/): each computes its own answer

async function runFamily(intent: Intent, run: Run, lex: Lexicon): Promise<Computed | null> {
  return familyModule(intent.family).run(intent, run, lex);
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

async function search(q: string, mentions: Mention[], cached: Cached, run: Run): Promise<Computed | null> {
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
    if (familyModule(intent.family).scopedToJurisdiction) intent.jurisdiction ??= scopeOf(q, cached.lexicon);
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

/** The reading to try when an intent finds nothing (the family's nextReading; reclassify reads the question with intent.ts's chain). */
function nextReading(intent: Intent, q: string, mentions: Mention[], lex: Lexicon): Intent | null {
  return familyModule(intent.family).nextReading?.(intent, () => classify(q, mentions, lex)) ?? null;
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
  const max = familyModule(intent.family).maxConfidence?.(result.answer);
  if (max != null) c = Math.min(c, max);
  return Math.round(c * 100) / 100;
}

/** The honest 'not recorded' sentence for a family whose entity was recognised, and the query that ran. */
function noRecord(intent: Intent): { answer: string; query: string } | null {
  return familyModule(intent.family).noRecord?.(intent) ?? null;
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
