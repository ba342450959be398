/**
 * The CLI as a user runs it, on the test database: a separate process, real exit codes, real
 * output. What needs no database is in cli-offline.test.ts (the parallel group).
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('report-graph CLI', () => {
  it('reports the database as running while the tests run', () => {
    const r = cli(['db', 'status', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ state: 'running' });
  });

  it('ask exits 1 when nothing is found (NONE), so scripts can tell, and still prints the answer', () => {
    const r = cli(['ask', '比特币价格是多少', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ mode: 'NONE' });
    const place = cli(['ask', '北京市今年地区生产总值增长目标是多少']);
    expect(place.code).toBe(1);
    expect(place.stdout).toMatch(/北京市/);
  });

  it('rejects bad GraphQL with a coded error and a non-zero exit', () => {
    const r = cli(['query', '{ targets(first: 1000) { totalCount } }']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const bad = cli(['query', '{ documents { title }', '--variables', '[1]']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/BAD_USER_INPUT/);
  });
});
