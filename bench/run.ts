/**
 * `npm run bench [-- --gazettes 100 --duration 10 --connections 10]`
 * (a) ingest time: the seed, then 1, 10 and 100 synthetic gazettes (the seed re-issued under other
 *     jurisdictions and dates: 100 counties), loaded one gazette per transaction with its county's
 *     derivation (owners, links, conflicts, accountable leaders), to see how cost grows;
 * (b) latency under concurrent load, measured by autocannon in a separate process, for three
 *     typical operations through GraphQL and, side by side, the same Cypher statements sent
 *     straight through the driver (the floor), at 1 and at 100 gazettes loaded.
 * WIPES the configured database. Writes bench/results.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createApp, runQuery } from '../src/api/index.js';
import type { GraphBatch } from '../src/model/index.js';
import { buildGraphBatch } from '../src/pipeline.js';
import { type Store, createStore, graphCounts, ingestFiles, loadGazette, migrate, wipe } from '../src/store/index.js';
import { reissue } from './synthetic.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = join(ROOT, 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const GAZETTES = arg('gazettes', 100);
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 10);

const OPERATIONS: Record<string, string> = {
  'department 2024 targets + owners + evidence': `{ organization(name: "住建局") { name targets(year: 2024) {
      text value unit evidence { quote start end } owners { role basis organization { name } evidence { quote } } } } }`,
  "leader's departments and their targets": `{ person(name: "周立明") { name supervises { name targets(year: 2024) { text evidence { quote } } } } }`,
  'full-text search': `{ search(text: "老旧小区改造", first: 10) { score kind evidence { quote start end document { title } } } }`,
};

const log = (s: string) => process.stderr.write(`${s}\n`);
const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, Math.round(performance.now() - t)];
};

/** The statements one GraphQL request sends, captured in-process, to replay through the driver. */
async function capture(store: Store, query: string) {
  const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const off = store.onQuery((e) => statements.push({ cypher: e.cypher, params: e.params }));
  const r = await runQuery(createApp({ store, production: true }), query);
  off();
  if (r.errors) throw new Error(`bench operation failed: ${JSON.stringify(r.errors)}`);
  return { statements, bytes: JSON.stringify(r).length };
}

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/server.ts')], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error' } });
  return new Promise((resolvePort, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      const m = /^READY (\d+)/.exec(line);
      if (m) resolvePort({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

interface Latency { p50: number; p99: number; rps: number; errors: number }

function autocannon(url: string, body: string, seconds: number): Promise<Latency> {
  const bin = join(ROOT, 'node_modules/autocannon/autocannon.js');
  const child = spawn(process.execPath, [bin, '-j', '-c', String(CONNECTIONS), '-d', String(seconds), '-m', 'POST', '-H', 'content-type=application/json', '-b', body, url], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((done, fail) => {
    child.on('exit', () => {
      try {
        const r = JSON.parse(out);
        done({ p50: r.latency.p50, p99: r.latency.p99, rps: Math.round(r.requests.average), errors: r.errors + r.non2xx + r.timeouts });
      } catch (e) {
        fail(e);
      }
    });
  });
}

interface LatencyRow { gazettes: number; op: string; statements: number; gql: Latency; floor: Latency }

async function latencies(store: Store, gazettes: number): Promise<LatencyRow[]> {
  const { child, port } = await startServer();
  const rows: LatencyRow[] = [];
  try {
    for (const [op, query] of Object.entries(OPERATIONS)) {
      const { statements } = await capture(store, query);
      const gqlBody = JSON.stringify({ query });
      const floorBody = JSON.stringify({ statements });
      // warm both paths (plan caches, JIT) before measuring
      await autocannon(`http://127.0.0.1:${port}/graphql`, gqlBody, 2);
      await autocannon(`http://127.0.0.1:${port}/floor`, floorBody, 2);
      const gql = await autocannon(`http://127.0.0.1:${port}/graphql`, gqlBody, DURATION);
      const floor = await autocannon(`http://127.0.0.1:${port}/floor`, floorBody, DURATION);
      rows.push({ gazettes, op, statements: statements.length, gql, floor });
      log(`  ${gazettes} gazette(s) · ${op}: GraphQL p50 ${gql.p50} ms p99 ${gql.p99} ms | driver p50 ${floor.p50} ms p99 ${floor.p99} ms (${statements.length} statements)`);
    }
  } finally {
    child.kill('SIGTERM');
  }
  return rows;
}

async function main() {
  const store = createStore({ timeoutMs: 600_000 });
  await migrate(store);
  await wipe(store);

  log('ingest: seed (pipeline + load, empty database)');
  const [seed, seedMs] = await time(() => ingestFiles([SEED], { store }));
  log(`  ${seedMs} ms: ${seed.documents} documents, ${seed.nodes} nodes, ${seed.relationships} relationships`);
  await wipe(store);

  log(`building ${GAZETTES} synthetic gazettes (pure pipeline)`);
  const text = readFileSync(SEED, 'utf8');
  const [batches, buildMs] = await time(async () => Array.from({ length: GAZETTES }, (_, i) => buildGraphBatch(reissue(text, i))) as GraphBatch[]);
  log(`  ${buildMs} ms (${Math.round(buildMs / GAZETTES)} ms a gazette)`);

  const stages = [1, 10, 100].filter((n) => n <= GAZETTES);
  const ingestRows: Array<{ upTo: number; loaded: number; ms: number; perGazette: number; deriveMs: number; nodes: number; relationships: number }> = [];
  const latencyRows: LatencyRow[] = [];
  let loaded = 0;
  for (const upTo of stages) {
    let deriveMs = 0;
    const [, ms] = await time(async () => {
      for (; loaded < upTo; loaded++) {
        const r = await loadGazette(store, batches[loaded], { timeoutMs: 600_000 });
        deriveMs += r.derived.reduce((n, d) => n + d.ms, 0);
      }
    });
    const counts = await graphCounts(store);
    const previous = ingestRows.at(-1)?.upTo ?? 0;
    ingestRows.push({ upTo, loaded: upTo - previous, ms, perGazette: Math.round(ms / (upTo - previous)), deriveMs: Math.round(deriveMs / (upTo - previous)), nodes: counts.nodes, relationships: counts.relationships });
    log(`load gazettes ${previous + 1}..${upTo}: ${ms} ms (${Math.round(ms / (upTo - previous))} ms a gazette); graph: ${counts.nodes} nodes, ${counts.relationships} relationships`);
    if (upTo === stages[0] || upTo === stages.at(-1)) latencyRows.push(...(await latencies(store, upTo)));
  }
  // re-loading an unchanged gazette with everything loaded: the cost of the replace step at scale
  const [reload, reloadMs] = await time(() => loadGazette(store, batches[0], { timeoutMs: 600_000 }));
  await store.close();

  const md = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString()} · Neo4j from config · ${CONNECTIONS} concurrent connections, ${DURATION} s a measurement (after 2 s warm-up).`,
    `Machine load average at the end (1/5/15 min): ${loadavg().map((x) => x.toFixed(1)).join(' / ')} — numbers on a shared, busy machine are noisy; compare ratios rather than absolutes.`,
    '',
    '## Ingest',
    '',
    `Seed (${seed.documents} documents, ${seed.nodes} nodes, ${seed.relationships} relationships), pipeline + load into an empty database: **${seedMs} ms**, of which the county derivation ${seed.derived.reduce((n, d) => n + d.ms, 0)} ms (${seed.derived.reduce((n, d) => n + d.derived, 0)} derived relationships).`,
    `Pure pipeline for ${GAZETTES} synthetic gazettes: ${buildMs} ms (${Math.round(buildMs / GAZETTES)} ms a gazette, not included below).`,
    '',
    'Each synthetic gazette is its own county: its load re-derives that county only.',
    '',
    '| gazettes (counties) loaded | loaded in this step | ms | ms a gazette | of which derivation, ms a gazette | nodes | relationships |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...ingestRows.map((r) => `| ${r.upTo} | ${r.loaded} | ${r.ms} | ${r.perGazette} | ${r.deriveMs} | ${r.nodes} | ${r.relationships} |`),
    '',
    `Per-gazette load time at ${ingestRows.at(-1)?.upTo} counties ÷ at the first: ${ingestRows.length > 1 ? (ingestRows.at(-1)!.perGazette / Math.max(1, ingestRows[0].perGazette)).toFixed(2) : '—'}× (goal ≤ 1.3×).`,
    `Re-loading one unchanged gazette with ${loaded} loaded: ${reloadMs} ms, of which re-deriving its county ${reload.derived.reduce((n, d) => n + d.ms, 0)} ms.`,
    '',
    '## Latency (ms)',
    '',
    '| gazettes | operation | statements | GraphQL p50 | GraphQL p99 | driver p50 | driver p99 | p50 ratio | GraphQL req/s | driver req/s |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...latencyRows.map((r) => `| ${r.gazettes} | ${r.op} | ${r.statements} | ${r.gql.p50} | ${r.gql.p99} | ${r.floor.p50} | ${r.floor.p99} | ${(r.gql.p50 / Math.max(r.floor.p50, 0.001)).toFixed(2)} | ${r.gql.rps} | ${r.floor.rps} |`),
    '',
    'Scaling (GraphQL p50 at the largest size ÷ at 1 gazette):',
    '',
    ...Object.keys(OPERATIONS).map((op) => {
      const at = latencyRows.filter((r) => r.op === op);
      return `- ${op}: ${(at.at(-1)!.gql.p50 / Math.max(at[0].gql.p50, 0.001)).toFixed(2)}×`;
    }),
    '',
    `Errors during load: ${latencyRows.reduce((n, r) => n + r.gql.errors + r.floor.errors, 0)}.`,
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/results.md'), md);
  process.stdout.write(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
