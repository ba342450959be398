/**
 * The question families added as modules, in order of precedence, and the everyday-wording rules
 * that read a question into one of the existing families before the cue lists of intent.ts run
 * (他出差时谁替他 → AB_PARTNER, 比上年多了几个 → PLAN_VS_ACTUAL, 聂利军当了什么官 → PERSON_APPOINTMENTS).
 * Each rule is a named cue of src/ask/cues.ts with examples that must and must not match.
 */
import { cue } from '../cues.js';
import { topicPieces, type Intent } from '../intent.js';
import type { Lexicon, Mention } from '../lexicon.js';
import { documentInfo } from './document-info.js';
import { postHolder } from './post-holder.js';
import { provision } from './provision.js';
import type { Computed, FamilyModule, Run } from './types.js';

/** Ordered: the first family whose classify answers wins. */
export const FAMILY_MODULES: FamilyModule[] = [documentInfo, postHolder, provision];

const score = (ms: Array<Mention | undefined>) =>
  Math.min(1, ...ms.filter((m): m is Mention => !!m).map((m) => m.score));
const firstOf = (mentions: Mention[], type: string) =>
  mentions.filter((m) => m.entity.type === type).sort((a, b) => b.score - a.score || a.start - b.start)[0];

/** Everyday wordings of existing families (only with the entity the family needs). */
function everyday(q: string, mentions: Mention[], lex: Lexicon): Intent | null {
  const person = firstOf(mentions, 'PERSON');
  const org = firstOf(mentions, 'ORG');
  const metrics = [...new Set(mentions.filter((m) => m.entity.type === 'METRIC').map((m) => m.entity))];
  const base: { year: number | null; matchScore: number } = { year: null, matchScore: 1 };
  if (person && !org && cue('standIn', q))
    return { ...base, family: 'AB_PARTNER', person: person.entity, matchScore: score([person]) };
  if (metrics.length && cue('compareYears', q)) {
    return {
      ...base,
      family: 'PLAN_VS_ACTUAL',
      metrics,
      status: null,
      matchScore: score(mentions.filter((m) => m.entity.type === 'METRIC')),
    };
  }
  if (cue('implementsLink', q) && !person) {
    // the topic without its figure and question words (口袋公园5处这个目标 → 口袋公园)
    const named = mentions.filter(
      (m) => m.entity.type === 'DOC' || m.entity.type === 'ORG' || m.entity.type === 'PERSON',
    );
    const docs = [...new Set(mentions.filter((m) => m.entity.type === 'DOC').map((m) => m.entity))];
    const pieces = topicPieces(q, named)
      .flatMap((p) => p.split(/\d+(?:\.\d+)?[个项座家亩户人套所处名条公里万亿元%]*/))
      .map((p) => p.replace(/这个|这项|目标|指标|方案|报告|里的?|中的?$/g, ''))
      .filter((p) => p.length >= 2);
    const term = pieces.sort((a, b) => b.length - a.length)[0] ?? null;
    if (term || docs.length)
      return {
        ...base,
        family: 'IMPLEMENTS',
        doc: docs[0],
        docs,
        term,
        matchScore: docs.length ? score(mentions.filter((m) => m.entity.type === 'DOC')) : 0.85,
      };
  }
  if (person && !org && mentions.every((m) => m.entity.type === 'PERSON') && cue('personRole', q)) {
    // what the person does (分工, 协助) first; posts and appointments when that is all there is
    return {
      ...base,
      family: 'PORTFOLIO',
      person: person.entity,
      matchScore: score([person]),
      fallback: { ...base, family: 'PERSON_APPOINTMENTS', person: person.entity, matchScore: score([person]) },
    };
  }
  void lex;
  return null;
}

/** The family modules and everyday rules, before intent.ts's classify. */
export function preClassify(q: string, mentions: Mention[], lex: Lexicon): Intent | null {
  for (const f of FAMILY_MODULES) {
    const intent = f.classify(q, mentions, lex);
    if (intent) return intent;
  }
  return everyday(q, mentions, lex);
}

export function moduleFor(family: string): FamilyModule | undefined {
  return FAMILY_MODULES.find((f) => f.family === family);
}

export async function runModule(intent: Intent, run: Run, lex: Lexicon): Promise<Computed | null> {
  const f = moduleFor(intent.family);
  return f ? f.run(intent, run, lex) : null;
}
