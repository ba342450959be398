import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSourceFile, readSourceBytes } from '../../src/input.js';
import { buildGraphBatchFromFile } from '../../src/pipeline.js';
import { AppError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-input-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const fixture = readFileSync('tests/fixtures/gazette/qingshan-mini.txt', 'utf8');

function badInput(run: () => unknown, message: RegExp) {
  let err: unknown;
  try {
    run();
  } catch (e) {
    err = e;
  }
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
  it('refuses a whitespace-only file', () =>
    badInput(() => readSourceFile(file('blank.txt', ' \n\r\n\t \u3000\n')), /empty/));
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
    expect(a.nodes.filter((n) => n.label === 'Document').map((n) => n.props.id)).toEqual(
      b.nodes.filter((n) => n.label === 'Document').map((n) => n.props.id),
    );
  });

  it('refuses a text with no recognisable document through the file entry point', () => {
    badInput(
      () => buildGraphBatchFromFile(file('prose.txt', '这是一段普通的文字，没有标题。\n第二段文字也没有文号。\n')),
      /no recognisable document/,
    );
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
    const html =
      '<!DOCTYPE html><html><head><title>x</title></head><body><nav><a>首页</a><a>政务公开</a></nav>' +
      '<div class="breadcrumb">当前位置：首页 &gt; 通知公告</div><h1>关于做好春季防火工作的通知</h1>' +
      '<div id="content"><p>各镇人民政府：</p><p>现将有关事项通知如下，请认真贯彻落实。</p><p>全年完成造林\n 面积3万亩。</p></div>' +
      '<div class="footer">版权所有：某某县人民政府</div><script>var a = "脚本里的中文";</script></body></html>';
    const r = readSourceFile(file('notice.txt', html));
    expect(r.format).toBe('html');
    // the page heading outside the content block comes first; chrome and scripts are gone;
    // a line break between two ideographs is not a space (as a browser renders it)
    expect(r.text).toBe(
      '关于做好春季防火工作的通知\n各镇人民政府：\n现将有关事项通知如下，请认真贯彻落实。\n全年完成造林面积3万亩。',
    );
  });

  it('html: a government information-disclosure page reads as its notice and plan, figures spaced with &nbsp; included', () => {
    const html =
      '<html><head><title>关于印发方案的通知_青山县人民政府</title></head><body><ul class="menu"><li>首页</li><li>信息公开</li></ul>' +
      '<table class="xxgk-info"><tr><td>索引号：</td><td>11150000MB1234567X/2025-00012</td><td>发文机关：</td><td>青山县人民政府办公室</td></tr></table>' +
      '<div class="article"><h1>青山县人民政府办公室关于印发青山县2025年农村人居环境整治工作方案的通知</h1><div id="UCAP-CONTENT">' +
      '<p>青政办发〔2025〕8号</p><p>各镇人民政府，县直各有关部门：</p><p>经县人民政府同意，现将《青山县2025年农村人居环境整治工作方案》印发给你们，请认真贯彻执行。</p>' +
      '<p>青山县人民政府办公室<br>2025年3月2日</p><p><strong>青山县2025年农村人居环境整治工作方案</strong></p><p>一、工作目标</p>' +
      '<p>到2025年底，全县农村卫生厕所普及率达到85%以上，新建污水处理设施&nbsp;12&nbsp;处。</p></div></div><div class="footer">网站标识码：1500000001</div></body></html>';
    const r = readSourceFile(file('gov.html', html));
    expect(r.text.split('\n').slice(0, 2)).toEqual([
      '青山县人民政府办公室关于印发青山县2025年农村人居环境整治工作方案的通知',
      '青政办发〔2025〕8号',
    ]);
    expect(r.text).not.toMatch(/索引号|网站标识码|信息公开/);
    const b = buildGraphBatchFromFile(file('gov2.html', html));
    const docs = b.nodes
      .filter((n) => n.label === 'Document')
      .map((n) => `${n.props.kind} ${n.props.docNumber ?? ''}`)
      .sort();
    expect(docs).toEqual(['NOTICE 青政办发〔2025〕8号', 'PLAN ']);
    const targets = b.nodes
      .filter((n) => n.label === 'Target')
      .map((n) => `${n.props.value}${n.props.unit}`)
      .sort();
    expect(targets).toEqual(['12处', '85%']);
  });

  it('html: a data table becomes | a | b | rows (the form the gazette stage reads tables in)', () => {
    const html =
      '<html><body><div class="TRS_Editor"><p>附件：联系方式</p><p>各单位联系方式如下表所列，请及时联系。</p><table><tr><th>序号</th><th>部门名称</th></tr><tr><td>1</td><td>旗公安局</td></tr></table></div></body></html>';
    expect(readSourceBytes(Buffer.from(html), 'x.html').text).toBe(
      '附件：联系方式\n各单位联系方式如下表所列，请及时联系。\n| 序号 | 部门名称 |\n| 1 | 旗公安局 |',
    );
  });

  it('refuses other office files with a message saying what to do', () => {
    badInput(
      () =>
        readSourceFile(
          file(
            'book.xlsx',
            Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml'), Buffer.alloc(64)]),
          ),
        ),
      /ZIP archive that is not a Word \.docx/,
    );
    badInput(
      () =>
        readSourceFile(
          file(
            'old.doc',
            Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
          ),
        ),
      /legacy Word \.doc/,
    );
    badInput(() => readSourceFile(file('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj garbage'))), /cannot read the PDF/);
    badInput(() => readSourceFile('tests/fixtures/formats/scanned-notice.pdf'), /scanned PDF with no text layer/);
  });
});
