/**
 * A question family as one module: its cue (a named rule in src/ask/cues.ts, with examples),
 * the slots it reads from the question, its named query, the answer sentence, and the
 * 'not recorded' sentence. src/ask/families/index.ts lists them in order of precedence.
 */
import type { Evidence } from '../index.js';
import type { Intent } from '../intent.js';
import type { Lexicon, Mention } from '../lexicon.js';

export type Run = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export interface Computed {
  answer: string;
  rows: Record<string, unknown>[];
  citations: Evidence[];
  query: string;
}

export interface FamilyModule {
  family: Intent['family'];
  /** null when the question is not of this family */
  classify: (q: string, mentions: Mention[], lex: Lexicon) => Intent | null;
  run: (intent: Intent, run: Run, lex: Lexicon) => Promise<Computed | null>;
  /**
   * Places in its questions describe the condition asked about (国家级奖项, 全国性常设文艺奖项,
   * 中国作家协会, 市级刊物), not another place's figures: the nation is not a scope, and a place
   * is one only when not read as a level (鄂尔多斯市级).
   */
  placesDescribe?: boolean;
  /** the honest sentence when the entity is known and the fact is not recorded (no digits), and the query that ran */
  noRecord: (intent: Intent) => { answer: string; query: string } | null;
}

/** 2024-02-04 → 2024年2月4日 */
export function dateZh(iso: unknown): string {
  const m = String(iso ?? '').match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}
