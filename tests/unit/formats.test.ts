/**
 * The same gazette as text, PDF, Word and a web page yields the same planned targets (issue 12).
 * The fixtures in tests/fixtures/formats/ were made once from the seed with LibreOffice and
 * Chromium (see its README); reading them needs no such tool.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource, readSourceFile, type SourceText } from '../../src/input.js';
import { buildGraphBatch } from '../../src/pipeline.js';
import type { GraphBatch } from '../../src/model/index.js';

const SEED = 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt';
const F = 'tests/fixtures/formats/';
const FORMATS = { pdf: `${F}seed-gazette.pdf`, docx: `${F}seed-gazette.docx`, html: `${F}seed-gazette.html` } as const;

const batchOf = (src: SourceText): GraphBatch =>
  buildGraphBatch({ text: src.text, sourceFile: 'yijinhuoluo-gazette-2024-01' });
const figure = (p: Record<string, unknown>) => `${p.value}|${p.valueMax}|${p.unit}|${p.year}|${p.status}`;
function figures(b: GraphBatch, status?: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const n of b.nodes)
    if (n.label === 'Target' && (!status || n.props.status === status))
      m.set(figure(n.props), (m.get(figure(n.props)) ?? 0) + 1);
  return m;
}
/** share of the reference figures (with multiplicity) found again */
function sameShare(ref: Map<string, number>, got: Map<string, number>): { same: number; total: number; extra: number } {
  let same = 0;
  let total = 0;
  let gotTotal = 0;
  for (const [k, v] of ref) {
    total += v;
    same += Math.min(v, got.get(k) ?? 0);
  }
  for (const v of got.values()) gotTotal += v;
  return { same, total, extra: gotTotal - same };
}
function badEvidence(b: GraphBatch): string[] {
  const text = new Map(b.nodes.filter((n) => n.label === 'Document').map((n) => [n.props.id, n.props.text as string]));
  const bad: string[] = [];
  for (const x of [...b.nodes, ...b.relationships])
    for (const e of x.evidence ?? []) if (text.get(e.documentId)?.slice(e.start, e.end) !== e.quote) bad.push(e.quote);
  return bad;
}

describe('one gazette in four formats', () => {
  const txt = batchOf(readSourceFile(SEED));
  const planned = figures(txt, 'PLANNED');

  for (const [format, path] of Object.entries(FORMATS)) {
    it(`${format}: the same planned targets as the text (≥ 98% identical figures), evidence exact`, () => {
      const src = readSourceFile(path);
      expect(src.format).toBe(format);
      const b = batchOf(src);
      const p = sameShare(planned, figures(b, 'PLANNED'));
      expect(p.same / p.total).toBeGreaterThanOrEqual(0.98);
      expect(p.extra / p.total).toBeLessThanOrEqual(0.02);
      const all = sameShare(figures(txt), figures(b));
      expect(all.same / all.total).toBeGreaterThanOrEqual(0.98);
      expect(badEvidence(b)).toEqual([]);
      // the same documents, by id
      const docs = (x: GraphBatch) =>
        x.nodes
          .filter((n) => n.label === 'Document')
          .map((n) => n.props.id)
          .sort();
      expect(docs(b)).toEqual(docs(txt));
    });
  }

  it('pdf: evidence carries the page the quote is printed on; text evidence has none', () => {
    const b = batchOf(readSourceFile(FORMATS.pdf));
    const targets = b.nodes.filter((n) => n.label === 'Target');
    const ev = (quote: string) => targets.flatMap((t) => t.evidence).find((e) => e.quote.includes(quote));
    // pages checked by eye in the PDF: the urban-renewal plan on pages 5-6, the work-report review on page 37
    expect(ev('生活污水收集率达到100%')?.page).toBe(6);
    expect(ev('全旗累计改造老旧小区59个')?.page).toBe(5);
    expect(ev('剩余166个已竣工项目决算审计')?.page).toBe(37);
    expect(
      targets.every((t) => t.evidence.every((e) => Number.isInteger(e.page) && e.page! >= 1 && e.page! <= 38)),
    ).toBe(true);
    expect(txt.nodes.flatMap((n) => n.evidence).some((e) => 'page' in e)).toBe(false);
  });

  it('pdf: running header and page numbers are dropped, page breaks are form feeds', () => {
    const src = readSourceFile(FORMATS.pdf);
    expect(src.pageStarts).toHaveLength(38);
    expect(src.text.split('\f')).toHaveLength(38);
    // the page footer "— 12 —" never reaches the text
    expect(src.text).not.toMatch(/^— \d+ —$/m);
    // the sentence broken by the page break 4 → 5 reads through it
    expect(src.text).toContain('也要注重与完\f整社区');
  });

  it('pdf in two columns: read column by column, the same text and targets as its text twin', () => {
    const pdf = readSourceFile(`${F}report-two-columns.pdf`);
    const txt = readSourceFile(`${F}report-two-columns.txt`);
    const lines = (t: string) =>
      t
        .split('\n')
        .map((l) => l.replace(/\f/g, '').trim())
        .filter(Boolean);
    expect(lines(pdf.text)).toEqual(lines(txt.text));
    const p = sameShare(figures(batchOf(txt)), figures(batchOf(pdf)));
    expect(p).toMatchObject({ same: p.total, extra: 0 });
  });

  it('html: only the article, no navigation, sidebar, share bar or footer', () => {
    const { text } = readSourceFile(FORMATS.html);
    for (const chrome of [
      '走进伊旗',
      '当前位置',
      '上一篇',
      '网站标识码',
      '版权所有',
      '分享到',
      '2023年第12期',
      '浏览次数',
    ])
      expect(text).not.toContain(chrome);
    expect(text.startsWith('伊金霍洛旗人民政府公报\n')).toBe(true);
  });

  it('the asynchronous reader gives the same text', async () => {
    for (const path of Object.values(FORMATS)) expect((await readSource(path)).text).toBe(readSourceFile(path).text);
  });

  it('a scanned PDF (images, no text layer) is refused with a clear message', () => {
    let err: unknown;
    try {
      readSourceFile(`${F}scanned-notice.pdf`);
    } catch (e) {
      err = e;
    }
    expect((err as { code?: string }).code).toBe('BAD_INPUT_FILE');
    expect((err as Error).message).toMatch(/scanned PDF with no text layer.*OCR/);
  });

  it('the format is told by content, not by the file name', () => {
    const bytes = readFileSync(FORMATS.docx);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
