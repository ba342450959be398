/**
 * The family registry (src/ask/families/index.ts) agrees with everything else that names
 * families: the labelled question sets (the Family type and the model's tools are checked by
 * the compiler). The modules' own cue rules are run with the other rule tables by
 * tests/unit/rules.test.ts. No database.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/ask/families/index.js';
import { classify } from '../../src/ask/intent.js';
import { buildLexicon } from '../../src/ask/lexicon.js';
import { understand } from '../../src/ask/linking.js';
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

  // each module's own cue rules to their examples: tests/unit/rules.test.ts
});

describe('SUPERVISION_ITEMS (the family added as one module and its questions)', () => {
  const lex = buildLexicon([
    { type: 'JURISDICTION', id: '青山县', name: '青山县', aliases: [], extra: null },
    { type: 'ORG', id: 'o1', name: '县住房和城乡建设局', aliases: ['住建局'], extra: 'DEPARTMENT' },
    {
      type: 'DOC',
      id: 'd1',
      name: '青山县人民政府办公室关于2024年第一季度重点工作督查情况的通报',
      aliases: ['青政办发〔2024〕21号'],
      extra: 'SUPERVISION',
    },
  ]);
  const read = (q: string) => {
    const u = understand(q, lex);
    return classify(u.q, u.mentions, lex);
  };

  it('reads what a supervision found, with the units and the notice named', () => {
    expect(read('督查通报发现了哪些问题')).toMatchObject({ family: 'SUPERVISION_ITEMS', orgs: [], docs: [] });
    expect(read('督查中住建局被通报了什么问题')?.orgs?.map((o) => o.id)).toEqual(['o1']);
    expect(read('青政办发〔2024〕21号通报了哪些问题')?.docs?.map((d) => d.id)).toEqual(['d1']);
  });

  it("leaves the notice's own facts to DOCUMENT_INFO, tried first", () => {
    expect(read('督查情况的通报是什么时候印发的')?.family).toBe('DOCUMENT_INFO');
  });
});
