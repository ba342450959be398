/**
 * The family registry (src/ask/families/index.ts) agrees with everything else that names
 * families: the labelled question sets (the Family type and the model's tools are checked by
 * the compiler), and the modules' own cue rules, whose examples are checked like those of
 * seed/lexicon/ask-cues.json. No database.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/ask/families/index.js';
import { normalizeKey } from '../../src/ask/normalize.js';
import type { QuestionSet } from '../helpers/ask-eval.js';

const names = Object.keys(FAMILIES);
const sets = readdirSync('tests/fixtures')
  .filter((f) => /^questions.*\.json$/.test(f))
  .map((f) => [f, JSON.parse(readFileSync(`tests/fixtures/${f}`, 'utf8')) as QuestionSet] as const);
/** families asked in another test's questions, not a question set's (tests/integration/indicators.test.ts) */
const ASKED_ELSEWHERE = ['TARGET_OUTCOMES', 'INDICATOR_COMPARE'];

describe('the family registry', () => {
  it('names every family a question set expects, and every family is asked by one', () => {
    const expected = new Set(
      sets.flatMap(([, s]) => s.questions.filter((q) => (q.mode ?? 'RULE') === 'RULE').map((q) => q.family)),
    );
    expect([...expected].filter((f) => !names.includes(f))).toEqual([]);
    expect(names.filter((f) => !expected.has(f) && !ASKED_ELSEWHERE.includes(f))).toEqual([]);
  });

  it("keeps each module's own cue rules to their examples", () => {
    const rules = [...new Set(Object.values(FAMILIES))].flatMap((f) => f.cues ?? []);
    for (const r of rules) {
      for (const m of r.match) expect([r.name, m, r.pattern.test(normalizeKey(m))]).toEqual([r.name, m, true]);
      for (const m of r.noMatch) expect([r.name, m, r.pattern.test(normalizeKey(m))]).toEqual([r.name, m, false]);
    }
  });
});
