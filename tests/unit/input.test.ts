import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src/input.js';
import { buildGraphBatchFromFile } from '../../src/pipeline.js';
import { AppError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-input-'));
const file = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };
const fixture = readFileSync('tests/fixtures/gazette/qingshan-mini.txt', 'utf8');

function badInput(run: () => unknown, message: RegExp) {
  let err: unknown;
  try { run(); } catch (e) { err = e; }
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('BAD_INPUT_FILE');
  expect((err as Error).message).toMatch(message);
}

describe('readSourceFile', () => {
  it('reads UTF-8, strips the BOM and normalises CRLF', () => {
    const p = file('bom.txt', `\ufeff${fixture.replace(/\n/g, '\r\n')}`);
    const r = readSourceFile(p);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(fixture);
  });

  it('refuses a missing file', () => badInput(() => readSourceFile(join(dir, 'nope.txt')), /no such file/));
  it('refuses an empty file', () => badInput(() => readSourceFile(file('empty.txt', '')), /empty/));
  it('refuses a whitespace-only file', () => badInput(() => readSourceFile(file('blank.txt', ' \n\r\n\t \u3000\n')), /empty/));
  it('refuses a binary file', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    badInput(() => readSourceFile(file('image.png', bytes)), /binary/);
  });
  it('refuses bytes that are neither UTF-8 nor GBK text', () => {
    const bytes = Buffer.alloc(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 37) % 0x7f);
    badInput(() => readSourceFile(file('latin.txt', bytes)), /not valid UTF-8|non-text|binary/);
  });

  it('decodes a GBK/GB18030 gazette into the same text', () => {
    const p = file('gbk.txt', iconv.encode(fixture, 'gbk'));
    const r = readSourceFile(p);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(fixture);
    // and the whole pipeline reads it like the UTF-8 original
    const a = buildGraphBatchFromFile(p);
    const b = buildGraphBatchFromFile(file('utf8.txt', fixture));
    expect(a.nodes.filter((n) => n.label === 'Document').map((n) => n.props.id)).toEqual(b.nodes.filter((n) => n.label === 'Document').map((n) => n.props.id));
  });

  it('refuses a text with no recognisable document through the file entry point', () => {
    badInput(() => buildGraphBatchFromFile(file('prose.txt', '这是一段普通的文字，没有标题。\n第二段文字也没有文号。\n')), /no recognisable document/);
  });
});
