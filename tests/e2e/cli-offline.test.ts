/**
 * The CLI as a user runs it, where it needs no database (help, `extract`, refused files): a
 * separate process, real exit codes, real output. In the parallel group; cli.test.ts has the rest.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('report-graph CLI without a database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-cli-'));

  it('prints help that lists every command', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['db', 'ingest', 'extract', 'serve', 'query', 'ask', 'start'])
      expect(r.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'm'));
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    [
      'an empty file',
      () => {
        const p = join(dir, 'empty.txt');
        writeFileSync(p, '  \n');
        return p;
      },
      /empty/,
    ],
    [
      'a binary file',
      () => {
        const p = join(dir, 'bin.txt');
        writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
        return p;
      },
      /binary/,
    ],
    [
      'text with no document',
      () => {
        const p = join(dir, 'x.txt');
        writeFileSync(p, 'hello world\nthis is not a gazette\n');
        return p;
      },
      /no recognisable document/,
    ],
  ])('refuses %s with a clear message, exit 1 and no stack trace', (_name, make, message) => {
    const r = cli(['extract', make()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/BAD_INPUT_FILE/);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
  });

  it('extracts the seed gazette without a database: counts, the batch file and the name merges', () => {
    const out = join(dir, 'graph.json');
    const r = cli(['extract', 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt', '--out', out, '--merges']);
    expect(r.code).toBe(0);
    const batch = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.stdout).toContain(`Target ${batch.nodes.filter((n: { label: string }) => n.label === 'Target').length}`);
    expect(r.stderr).toMatch(/^merge: .+ → .+ \(.+\)$/m);
    expect(r.stdout).toMatch(/Document \d+/);
    expect(r.stdout).toMatch(/Target \d+/);
    expect(r.stdout).toMatch(/SUPERVISES \d+/);
  });
});
