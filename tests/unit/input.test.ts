import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSourceFile, readSourceBytes } from '../../src/input.js';
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

  it('decodes UTF-16 with a byte-order mark (little and big endian), refused before as "binary"', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture, 'utf16le')]);
    const r = readSourceFile(file('utf16le.txt', le));
    expect(r).toMatchObject({ encoding: 'utf-16le', format: 'text', text: fixture });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(fixture, 'utf-16be')]);
    expect(readSourceFile(file('utf16be.txt', be))).toMatchObject({ encoding: 'utf-16be', text: fixture });
  });

  it('tells the format by content: a PDF or a web page saved as .txt is read as one', () => {
    const pdf = readFileSync('tests/fixtures/formats/seed-gazette.pdf');
    expect(readSourceFile(file('gazette.txt', pdf)).format).toBe('pdf');
    const html = '<!DOCTYPE html><html><head><title>x</title></head><body><nav><a>首页</a><a>政务公开</a></nav>'
      + '<div class="breadcrumb">当前位置：首页 &gt; 通知公告</div><h1>关于做好春季防火工作的通知</h1>'
      + '<div id="content"><p>各镇人民政府：</p><p>现将有关事项通知如下，请认真贯彻落实。</p><p>全年完成造林\n 面积3万亩。</p></div>'
      + '<div class="footer">版权所有：某某县人民政府</div><script>var a = "脚本里的中文";</script></body></html>';
    const r = readSourceFile(file('notice.txt', html));
    expect(r.format).toBe('html');
    // the page heading outside the content block comes first; chrome and scripts are gone;
    // a line break between two ideographs is not a space (as a browser renders it)
    expect(r.text).toBe('关于做好春季防火工作的通知\n各镇人民政府：\n现将有关事项通知如下，请认真贯彻落实。\n全年完成造林面积3万亩。');
  });

  it('html: a data table becomes | a | b | rows (the form the gazette stage reads tables in)', () => {
    const html = '<html><body><div class="TRS_Editor"><p>附件：联系方式</p><p>各单位联系方式如下表所列，请及时联系。</p><table><tr><th>序号</th><th>部门名称</th></tr><tr><td>1</td><td>旗公安局</td></tr></table></div></body></html>';
    expect(readSourceBytes(Buffer.from(html), 'x.html').text).toBe('附件：联系方式\n各单位联系方式如下表所列，请及时联系。\n| 序号 | 部门名称 |\n| 1 | 旗公安局 |');
  });

  it('refuses other office files with a message saying what to do', () => {
    badInput(() => readSourceFile(file('book.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml'), Buffer.alloc(64)]))), /ZIP archive that is not a Word \.docx/);
    badInput(() => readSourceFile(file('old.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]))), /legacy Word \.doc/);
    badInput(() => readSourceFile(file('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj garbage'))), /cannot read the PDF/);
    badInput(() => readSourceFile('tests/fixtures/formats/scanned-notice.pdf'), /scanned PDF with no text layer/);
  });
});
