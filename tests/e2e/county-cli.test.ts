/**
 * The county's year as a user loads it from the command line: a directory of gazettes in one
 * call, `list` of what is loaded, `remove` of one source (and what was derived from it), and an
 * ingest whose second file is bad loading nothing at all.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store, derivedChecksum, graphChecksum, wipe } from '../../src/store/index.js';
import { cli } from '../helpers/cli.js';
import { openStore } from '../helpers/graph.js';

const COUNTY = resolve(import.meta.dirname, '../fixtures/county');
const J = '伊金霍洛旗';
let store: Store;
let dir: string;

beforeAll(async () => {
  store = await openStore();
  await wipe(store);
  dir = mkdtempSync(join(tmpdir(), 'county-year-'));
  for (const n of ['a-plans', 'b-division', 'c-report'])
    copyFileSync(join(COUNTY, `yijinhuoluo-2024-${n}.txt`), join(dir, `${n}.txt`));
});
afterAll(async () => {
  await wipe(store);
  await store.close();
});

interface Listed {
  id: string;
  sourceFile: string;
  documents: Array<{ id: string; kind: string; title: string }>;
}

describe('a county year from the command line', () => {
  it('ingests a directory in one call, lists it, removes a source and loads it back', async () => {
    const ingest = cli(['ingest', dir, '--json']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const summary = JSON.parse(ingest.stdout) as { derived: Array<{ jurisdiction: string; derived: number }> };
    expect(summary.derived.map((d) => d.jurisdiction)).toEqual([J]);
    expect(summary.derived[0].derived).toBeGreaterThan(100);
    const full = await derivedChecksum(store, J);

    const list = cli(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const gazettes = JSON.parse(list.stdout) as Listed[];
    expect(gazettes.map((g) => g.sourceFile).sort()).toEqual(['a-plans.txt', 'b-division.txt', 'c-report.txt']);
    const human = cli(['list']);
    expect(human.stdout).toContain('政府工作报告');
    expect(human.stdout).toContain('DIVISION_OF_WORK');

    // a document printed with others cannot be cut out of its gazette: the message says what to do
    const division = gazettes.find((g) => g.sourceFile === 'b-division.txt')!;
    const notice = division.documents.find((d) => d.kind === 'DIVISION_OF_WORK')!;
    const refused = cli(['remove', notice.id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/remove that gazette instead/);

    const removed = cli(['remove', join(dir, 'b-division.txt')]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stderr).toMatch(/removed 1 gazette/);
    const [{ portfolio }] = await store.read<{ portfolio: number }>(
      "MATCH ()-[r:RESPONSIBLE_FOR {derivedFor: $j, basis: 'PORTFOLIO'}]->() RETURN count(r) AS portfolio",
      { j: J },
    );
    expect(portfolio).toBe(0);
    expect((JSON.parse(cli(['list', '--json']).stdout) as Listed[]).map((g) => g.sourceFile).sort()).toEqual([
      'a-plans.txt',
      'c-report.txt',
    ]);

    expect(cli(['ingest', join(dir, 'b-division.txt')]).code).toBe(0);
    expect(await derivedChecksum(store, J)).toEqual(full);
    expect(cli(['remove', 'gaz_0000000000']).stderr).toMatch(/NOT_FOUND/);
  }, 600_000);

  it('an ingest whose second file is bad writes nothing, and says which file', async () => {
    const before = await graphChecksum(store);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = cli(['ingest', join(COUNTY, 'yijinhuoluo-2024-d-division-adjusted.txt'), empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('BAD_INPUT_FILE');
    expect(r.stderr).toContain('empty.txt');
    expect(await graphChecksum(store)).toBe(before);
    expect(cli(['ingest', join(dir, 'nothing-here', '*.txt')]).stderr).toMatch(/no file matches/);
  }, 300_000);
});
