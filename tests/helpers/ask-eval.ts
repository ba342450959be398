/**
 * Scoring a labelled question against an Answer: shared by `npm run eval:ask` and the seed test.
 * Right = the expected mode (and, for RULE, family), every `expect` string in the answer, no
 * `forbid` string in it. Strings are compared in the engine's normal form (full-width, traditional).
 */
import type { Answer } from '../../src/ask/index.js';
import { normalizeText } from '../../src/ask/normalize.js';

export interface Labelled {
  q: string;
  family: string;
  mode?: 'RULE' | 'SEARCH' | 'NONE';
  expect?: string[];
  forbid?: string[];
  /** who would word it so (leader, analyst, policy, typo, trad, en, mixed): reported per voice */
  who?: string;
  /** the loaded sources cannot answer it: the answer must decline */
  unanswerable?: boolean;
}

export interface QuestionSet {
  sources: string[];
  questions: Labelled[];
}

/** null when right, else why not */
export function judge(l: Labelled, a: Answer): string | null {
  const mode = l.mode ?? 'RULE';
  if (a.mode !== mode) return `mode ${a.mode}, expected ${mode}`;
  if (mode === 'RULE' && a.family !== l.family) return `family ${a.family}, expected ${l.family}`;
  const text = normalizeText(a.answer);
  for (const e of l.expect ?? []) if (!text.includes(normalizeText(e))) return `missing “${e}”`;
  for (const f of l.forbid ?? []) if (text.includes(normalizeText(f))) return `contains forbidden “${f}”`;
  return null;
}

/** A figure in an answer: a number that is not only a year (2024年) — what an unanswerable question must not get. */
export function hasFigure(answer: string): boolean {
  return /\d/.test(answer.replace(/(19|20)\d{2}年?|〔\d{4}〕|\[\d{4}\]/g, ''));
}
