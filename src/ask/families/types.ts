/**
 * A question family as one module: how its answer is computed (its named query under
 * queries/ask/, the answer sentence, rows and citations), its 'not recorded' sentence, and —
 * for the families written as modules from the start — how a question is read into it (its cue,
 * a named rule with examples, and its slots). src/ask/families/index.ts lists them: the list is
 * the Family type.
 */
import type { Evidence } from '../../model/index.js';
import type { CueRule } from '../cues.js';
import type { Intent } from '../intent.js';
import type { Entity, Lexicon, Mention } from '../lexicon.js';

export type Run = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export interface Computed {
  answer: string;
  rows: Record<string, unknown>[];
  citations: Evidence[];
  query: string;
}

/** A slot of a model tool. */
export interface Slot {
  type: 'string' | 'integer';
  description: string;
  enum?: string[];
  /** the entity kind a string slot names (linked to the graph like an offline question's names) */
  entity?: Entity['type'];
}

/** The family as a tool the model may call (src/ask/tools.ts). */
export interface ToolSpec {
  name: string;
  description: string;
  slots: Record<string, Slot>;
  required: string[];
  /** The family's own slots from the call's arguments, once its names are linked; null rejects the call. */
  fill?: (intent: Intent, args: Record<string, unknown>, lex: Lexicon) => Intent | null;
}

export interface FamilyModule {
  /**
   * null when the question is not of this family. Absent for the families the classification
   * chain of src/ask/intent.ts (or src/ask/indicators.ts) reads: the order of its tests is their
   * precedence, kept there so that no question changes family.
   */
  classify?: (q: string, mentions: Mention[], lex: Lexicon) => Intent | null;
  /** null when the graph holds nothing for the intent */
  run: (intent: Intent, run: Run, lex: Lexicon) => Promise<Computed | null>;
  /** the honest sentence when the entity is known and the fact is not recorded (no digits), and the query that ran; absent: passages are searched */
  noRecord?: (intent: Intent) => { answer: string; query: string } | null;
  /**
   * The reading tried when run finds nothing (a leader without a portfolio has posts).
   * reclassify reads the question with the classification chain of intent.ts.
   */
  nextReading?: (intent: Intent, reclassify: () => Intent | null) => Intent | null;
  /** The family as a model tool (one per module: a module of several families offers it under the first). */
  tool?: ToolSpec;
  /** The cue rules the module's classify uses, when they are its own (their examples are checked like the data file's). */
  cues?: CueRule[];
  /**
   * Places in its questions describe the condition asked about (国家级奖项, 全国性常设文艺奖项,
   * 中国作家协会, 市级刊物), not another place's figures: the nation is not a scope, and a place
   * is one only when not read as a level (鄂尔多斯市级).
   */
  placesDescribe?: boolean;
  /** Its answers state figures: a place or the nation they are asked of must be loaded, and a town's only from rows about the town (src/ask/place.ts). */
  statesFigures?: boolean;
  /** The unit asked about may itself be the town (乌兰木伦镇的目标): a town named is not checked against the rows. */
  unitIsScope?: boolean;
  /** With several jurisdictions loaded, its figures are those of the one named, else of the graph's home. */
  scopedToJurisdiction?: boolean;
  /** The most its RULE answer may be trusted, read from the answer sentence (owners known only from the division of work). */
  maxConfidence?: (answer: string) => number;
}

/** 2024-02-04 → 2024年2月4日 */
export function dateZh(iso: unknown): string {
  const m = String(iso ?? '').match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** Slots several tools share. */
export const UNIT_SLOT: Slot = {
  type: 'string',
  description: 'the unit (organisation) as the question names it, e.g. 住建局',
  entity: 'ORG',
};
export const PERSON_SLOT: Slot = {
  type: 'string',
  description: 'the leader or person as the question names them',
  entity: 'PERSON',
};
export const YEAR_SLOT: Slot = {
  type: 'integer',
  description: 'the year asked about, if any (今年 = the year of the latest work report)',
};
