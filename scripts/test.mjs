/**
 * `npm test`'s two vitest groups side by side, as two processes: `parallel` (files that never
 * touch the test database) beside `db` (every file that wipes, loads or reads it, one after
 * another). From a test server just started, on a 2-core machine: 313 s one after the other,
 * 260–287 s side by side (bench/results.md, sixth round). One vitest process cannot do it: its
 * projects must share `sequence.groupOrder` to overlap, and then their worker counts must agree,
 * while `db` needs one worker.
 *
 * `db` prints as it goes; `parallel`'s output is held and printed when both are done, so two live
 * reporters never write over each other. Arguments (file filters, vitest flags) go to both; a
 * filter that matches no file of one group is not a failure. Exit: 0 only if both pass.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// the package's bin (not in its exports map): found through its package.json
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const args = process.argv.slice(2);
const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

function run(project, held) {
  const child = spawn(process.execPath, [vitest, 'run', '--project', project, '--passWithNoTests', ...args], {
    stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...color },
  });
  const out = [];
  if (held) {
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
  }
  const done = new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { child, out, done };
}

const parallel = run('parallel', true);
const db = run('db', false);
// Ctrl-C reaches both children from the terminal; a SIGTERM to this script is passed on
for (const sig of ['SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    parallel.child.kill(sig);
    db.child.kill(sig);
  });
process.on('SIGINT', () => {});

const [dbCode, parallelCode] = [await db.done, await parallel.done];
process.stdout.write(`\n── the parallel group (files that never touch the test database) ──\n`);
process.stdout.write(Buffer.concat(parallel.out));
process.stdout.write(
  `\nnpm test: db group ${dbCode === 0 ? 'passed' : `failed (exit ${dbCode})`}, parallel group ${parallelCode === 0 ? 'passed' : `failed (exit ${parallelCode})`}\n`,
);
process.exit(dbCode || parallelCode);
