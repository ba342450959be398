/**
 * A managed Neo4j's first start, as another local user would see it: the generated password never
 * on a command line (ps), the instance directory 700 and its secret files 600. A fresh instance on
 * its own port (the cached jars, a throw-away instance directory).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../../src/config.js';
import { cli } from '../helpers/cli.js';

const PORT = '4750';
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEO4J_URI: '',
  NEO4J_PASSWORD: '',
  NEO4J_PORT: PORT,
  NEO4J_HEAP: '256m',
  NEO4J_PAGECACHE: '64m',
};
const home = join(config().REPORT_GRAPH_CACHE, `instance-${PORT}`);

/** every process's command line, as `ps` shows them to any local user */
function commandLines(): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      out.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      /* gone */
    }
  }
  return out;
}

describe.skipIf(!config().managedNeo4j)('a managed Neo4j instance', () => {
  afterAll(() => {
    cli(['db', 'stop'], env);
    rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('keeps the generated password off every command line and its files to the owner', async () => {
    rmSync(home, { recursive: true, force: true });
    const child = spawn(process.execPath, ['bin/report-graph.js', 'db', 'start'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const seen = new Set<string>();
    const poll = setInterval(() => {
      for (const c of commandLines()) if (c.includes('AdminTool') || c.includes('CommunityEntryPoint')) seen.add(c);
    }, 20);
    const code = await new Promise<number | null>((r) => child.once('close', r));
    clearInterval(poll);
    expect(code, stderr).toBe(0);

    const password = readFileSync(join(home, 'password'), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect([...seen].some((c) => c.includes('AdminTool'))).toBe(true); // the poll did see the admin tool run
    for (const c of [...seen, ...commandLines()]) expect(c.includes(password)).toBe(false);
    expect(stderr.includes(password)).toBe(false);

    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(home)).toBe(0o700);
    expect(mode(join(home, 'password'))).toBe(0o600);
    expect(existsSync(join(home, 'data', 'dbms', 'auth.ini'))).toBe(true);
    expect(mode(join(home, 'data', 'dbms', 'auth.ini'))).toBe(0o600);
    expect(existsSync(join(home, 'run', 'initial-password.args'))).toBe(false);
  }, 180_000);
});
