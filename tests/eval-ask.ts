/**
 * npm run eval:ask [-- --questions tests/fixtures/questions.json] [--fresh] [--no-load] [--verbose]
 *
 * --fresh wipes the configured database first (use it on a scratch database only).
 *
 * Loads the fixture's source gazette(s) through the real pipeline and store (idempotent: the
 * same gazette replaces itself), asks every labelled question offline, and prints accuracy per
 * family and latency. A question is right when the mode (and, for RULE, the family) is the
 * expected one, every `expect` string is in the answer and no `forbid` string is.
 * Latency: a first pass warms Neo4j's plan cache; p50/p95 are from the second pass.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ask, resetAskCache, type Answer } from '../src/ask/index.js';
import { createStore, loadGazette, migrate, wipe } from '../src/store/index.js';
import { hasFigure, judge, type Labelled, type QuestionSet } from './helpers/ask-eval.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = opt('--questions') ?? 'tests/fixtures/questions.json';
const verbose = args.includes('--verbose');
const fixture = JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;

const store = createStore();
try {
  if (!args.includes('--no-load')) {
    await migrate(store);
    if (args.includes('--fresh')) await wipe(store);
    // the pipeline module is another engineer's; imported lazily so this file type-checks alone
    const pipeline = (await import('../src/pipeline.js' as string)) as {
      buildGraphBatch: (i: { text: string; sourceFile: string }) => unknown;
    };
    for (const source of fixture.sources) {
      const batch = pipeline.buildGraphBatch({ text: readFileSync(source, 'utf8'), sourceFile: basename(source) });
      await loadGazette(store, batch as Parameters<typeof loadGazette>[1]);
    }
  }
  resetAskCache();
  const run = (cypher: string, params: Record<string, unknown>) => store.read(cypher, params);

  const results: Array<{ l: Labelled; ok: boolean; why: string | null; ms: number; a: Answer }> = [];
  let cold: number[] = [];
  for (const pass of [1, 2]) {
    if (pass === 2) {
      cold = results.map((r) => r.ms).sort((a, b) => a - b);
      results.length = 0;
    }
    for (const l of fixture.questions) {
      const t0 = performance.now();
      // a fresh runner per question, as the API builds one per request
      const a = await ask(l.q, { run: (c, p) => run(c, p), llm: null });
      const ms = performance.now() - t0;
      const why = judge(l, a);
      results.push({ l, ok: why === null, why, ms, a });
    }
  }

  const byFamily = new Map<string, { n: number; ok: number }>();
  for (const r of results) {
    const f = byFamily.get(r.l.family) ?? { n: 0, ok: 0 };
    f.n++;
    if (r.ok) f.ok++;
    byFamily.set(r.l.family, f);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`\nask evaluation: ${file} (${results.length} questions)\n`);
  console.log('family'.padEnd(22), 'n'.padStart(4), 'ok'.padStart(4), 'accuracy'.padStart(9));
  for (const [f, s] of [...byFamily].sort())
    console.log(f.padEnd(22), String(s.n).padStart(4), String(s.ok).padStart(4), pct(s.ok / s.n).padStart(9));
  const ok = results.filter((r) => r.ok).length;
  console.log(
    'TOTAL'.padEnd(22),
    String(results.length).padStart(4),
    String(ok).padStart(4),
    pct(ok / results.length).padStart(9),
  );
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
  const qc = (p: number) => cold[Math.min(cold.length - 1, Math.floor(p * cold.length))].toFixed(1);
  console.log(`\nlatency (warm pass, ms): p50 ${q(0.5)}  p95 ${q(0.95)}  max ${ms[ms.length - 1].toFixed(1)}`);
  console.log(
    `latency (cold pass: first sight of each query plan, ms): p50 ${qc(0.5)}  p95 ${qc(0.95)}  max ${cold[cold.length - 1].toFixed(1)}`,
  );
  const modes = new Map<string, number>();
  for (const r of results) modes.set(r.a.mode, (modes.get(r.a.mode) ?? 0) + 1);
  console.log(`modes: ${[...modes].map(([m, n]) => `${m} ${n}`).join(', ')}`);
  // AUTO mode with a model configured calls it only when the rules give no answer and the question was not declined
  const toModel = results.filter((r) => r.a.mode !== 'RULE' && r.a.family !== 'OUT_OF_SCOPE').length;
  console.log(
    `offline vs model (AUTO with a model configured): ${results.length - toModel} answered or declined offline, ${toModel} would go to the model`,
  );
  // unanswerable questions (labelled `unanswerable`) that got a figure: a wrong answer with a number in it
  const un = results.filter((r) => r.l.unanswerable);
  if (un.length) {
    const withNumber = un.filter((r) => !r.ok && hasFigure(r.a.answer));
    console.log(
      `unanswerable: ${un.length}, declined right ${un.filter((r) => r.ok).length}, got a number ${withNumber.length}${withNumber.length ? ` (${withNumber.map((r) => r.l.q).join(' | ')})` : ''}`,
    );
  }
  const byWho = new Map<string, { n: number; ok: number }>();
  for (const r of results)
    if (r.l.who) {
      const w = byWho.get(r.l.who) ?? { n: 0, ok: 0 };
      w.n++;
      if (r.ok) w.ok++;
      byWho.set(r.l.who, w);
    }
  if (byWho.size)
    console.log(
      `by voice: ${[...byWho]
        .sort()
        .map(([w, s]) => `${w} ${s.ok}/${s.n}`)
        .join(', ')}`,
    );
  // reliability: how often an answer at a given confidence is right (NONE answers say 0 and are right when declining is right)
  console.log('\ncalibration (confidence bucket → share right):');
  for (const [lo, hi] of [
    [0, 0.01],
    [0.01, 0.5],
    [0.5, 0.7],
    [0.7, 0.8],
    [0.8, 0.9],
    [0.9, 1.01],
  ] as const) {
    const inB = results.filter((r) => r.a.confidence >= lo && r.a.confidence < hi);
    if (inB.length)
      console.log(
        `  [${lo.toFixed(2)}, ${Math.min(1, hi).toFixed(2)}${hi > 1 ? ']' : ')'}  n ${String(inB.length).padStart(3)}  right ${pct(inB.filter((r) => r.ok).length / inB.length)}`,
      );
  }
  const wrong = results.filter((r) => !r.ok);
  if (wrong.length) {
    console.log(`\nwrong (${wrong.length}):`);
    for (const r of wrong)
      console.log(
        `  [${r.l.family}] ${r.l.q}\n     ${r.why}; got ${r.a.mode}/${r.a.family}: ${r.a.answer.slice(0, 160).replace(/\n/g, ' ')}`,
      );
  }
  if (verbose)
    for (const r of results.filter((x) => x.ok))
      console.log(`  ok [${r.l.family}] ${r.l.q} → ${r.a.answer.slice(0, 120).replace(/\n/g, ' ')}`);
} finally {
  await store.close();
}
