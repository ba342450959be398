/**
 * Named cue rules: how people word a kind of question, as data (seed/lexicon/ask-cues.json).
 * Each rule carries example questions that must match and ones that must not
 * (tests/unit/rules.test.ts checks every example), so a rule is widened or narrowed against its own examples, never against one
 * question of an evaluation set. Patterns run on the question key (normalizeKey: simplified,
 * lower-case, no spaces or punctuation) after the synonym table has rewritten colloquial words.
 */
import cueData from '../../seed/lexicon/ask-cues.json' with { type: 'json' };
import { normalizeKey } from './normalize.js';

export interface CueRule {
  name: string;
  /** what the rule recognises, in words */
  means: string;
  pattern: RegExp;
  match: string[];
  noMatch: string[];
}

/** Rule names the code asks for: each must be in the data file (checked at import). */
const NAMES = [
  'standIn',
  'postHolder',
  'documentInfo',
  'opinion',
  'opinionEn',
  'compareYears',
  'implementsLink',
  'personRole',
  'provisionAmount',
  'rankPlaces',
] as const;

type CueData = { means: string; pattern: string; match: string[]; noMatch: string[] };

function load(): Record<(typeof NAMES)[number], CueRule> {
  const data: Record<string, CueData | string> = cueData;
  // every name of NAMES becomes an entry (a missing one throws), which Object.fromEntries cannot say: the cast below
  return Object.fromEntries(
    NAMES.map((name) => {
      const r = data[name];
      if (!r || typeof r === 'string') throw new Error(`seed/lexicon/ask-cues.json has no rule ${name}`);
      return [name, { name, means: r.means, pattern: new RegExp(r.pattern), match: r.match, noMatch: r.noMatch }];
    }),
  ) as Record<(typeof NAMES)[number], CueRule>;
}

/** The rules, from the reviewed data file seed/lexicon/ask-cues.json. */
export const CUES = load();

export type CueName = keyof typeof CUES;

/** Does the question (any form: it is normalised here) match the named cue? */
export function cue(name: CueName, q: string): boolean {
  return CUES[name].pattern.test(q);
}

/** Every example of every rule, checked by the unit test: [rule, example, should match]. */
export function cueExamples(): Array<[string, string, boolean]> {
  const out: Array<[string, string, boolean]> = [];
  for (const r of Object.values(CUES)) {
    const form = (m: string) => (r.name.endsWith('En') ? m.toLowerCase() : normalizeKey(m));
    for (const m of r.match) out.push([r.name, form(m), true]);
    for (const m of r.noMatch) out.push([r.name, form(m), false]);
  }
  return out;
}
