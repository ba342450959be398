/**
 * The labelled question sets against graphs built by the real pipeline: the seed gazette, and a
 * corpus work report from another county (the engine unchanged). Accuracy must stay ≥ 90%, every
 * citation must be a verbatim slice of its document, and no answer may carry a figure the
 * graph does not hold.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, type Answer } from '../../src/ask/index.js';
import type { Store } from '../../src/store/index.js';
import { loadOnly, openStore, runner } from '../helpers/ask-db.js';
import { judge, type QuestionSet } from '../helpers/ask-eval.js';
import { batchOf } from '../helpers/graph.js';

let store: Store;
beforeAll(async () => {
  store = await openStore();
});
afterAll(async () => {
  await store?.close();
});

/** the sources of the graph this file loaded last */
let loadedSources = '';

async function evaluate(file: string) {
  const set = JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;
  const batches = set.sources.map((s) => batchOf(s));
  // sets over the same sources share one load (asking only reads); the first set always loads
  if (JSON.stringify(set.sources) !== loadedSources) {
    await loadOnly(store, ...batches);
    loadedSources = JSON.stringify(set.sources);
  }
  const texts = new Map<string, string>();
  for (const b of batches) for (const n of b.nodes) if (n.label === 'Document') texts.set(n.props.id, n.props.text);
  const run = runner(store);
  const results: Array<{ q: string; family: string; why: string | null; a: Answer }> = [];
  for (const l of set.questions) {
    const a = await ask(l.q, { run });
    results.push({ q: l.q, family: l.family, why: judge(l, a), a });
  }
  return { results, texts };
}

describe.each([
  ['tests/fixtures/questions.json'],
  ['tests/fixtures/questions-heldout.json'],
  ['tests/fixtures/questions-heldout2.json'],
  ['tests/fixtures/questions-heldout3.json'],
  ['tests/fixtures/questions-provisions.json'],
  ['tests/fixtures/questions-provisions2.json'],
  ['tests/fixtures/questions-corpus.json'],
  ['tests/fixtures/questions-supervision.json'],
])('labelled questions %s', (file) => {
  let out: Awaited<ReturnType<typeof evaluate>>;
  beforeAll(async () => {
    out = await evaluate(file);
  }, 180_000);

  it('answers at least 90% right', () => {
    const wrong = out.results.filter((r) => r.why);
    const accuracy = 1 - wrong.length / out.results.length;
    expect(accuracy, wrong.map((r) => `${r.q}: ${r.why}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('cites only verbatim slices of the documents', () => {
    for (const r of out.results)
      for (const c of r.a.citations) expect(out.texts.get(c.documentId)?.slice(c.start, c.end), r.q).toBe(c.quote);
  });

  it('RULE answers come with a query, rows and citations; NONE answers carry no figures', () => {
    for (const { a, q } of out.results) {
      if (a.mode === 'RULE') {
        expect(a.query, q).toBeTruthy();
        expect(a.rows.length, q).toBeGreaterThan(0);
        expect(a.citations.length, q).toBeGreaterThan(0);
      }
      if (a.mode === 'NONE') expect(a.answer, q).not.toMatch(/\d/);
    }
  });
});
