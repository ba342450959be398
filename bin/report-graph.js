#!/usr/bin/env node
// Runs the compiled CLI (dist/, `npm run build`) in this process: no child process stands between
// the user (or Docker, as PID 1) and the server's signal handlers.
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// As PID 1 (Docker) a process without handlers ignores SIGTERM and SIGINT: exit as the default
// action would. `serve` replaces these with its graceful shutdown.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(128 + constants.signals[signal]));

// Started by npm (`npm start`, `npx report-graph`), a shell sits between npm and us, and a SIGTERM
// to npm ends that shell but never reaches us. So when npm's shell goes away, act as if signalled.
if (process.env.npm_command) {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.emit('SIGTERM', 'SIGTERM');
  }, 500).unref();
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'src', 'cli', 'main.js');

if (existsSync(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  // a development checkout that was never built: compile the sources in-process with tsx
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('report-graph: not built: run `npm run build` (dist/ is missing)\n');
    process.exit(1);
  }
  process.stderr.write('report-graph: dist/ is missing, running the TypeScript sources (`npm run build` to compile)\n');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
