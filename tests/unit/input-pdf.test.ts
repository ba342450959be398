/**
 * The PDF layout stage on hand-made text items (what pdfjs returns), so each rule is seen on its own:
 * running headers wherever the producer writes them, page numbers, soft wraps, autospacing, and the
 * glyph names some font subsets give (人⺠, ⻓, ⼯, 戶).
 */
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/input/pdf.js';
import type { PdfItem, PdfPage } from '../../src/input/raw.mjs';

const SIZE = 10;
/** one item per string, laid left to right from x on baseline y; a string of spaces is a space item */
function line(y: number, x: number, ...parts: string[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const str of parts) {
    const w = /^\s+$/.test(str)
      ? str.length * 2
      : [...str].reduce((n, c) => n + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * SIZE, 0);
    out.push({ str, x, y, w, size: SIZE, eol: false });
    x += w;
  }
  return out;
}
const page = (...items: PdfItem[][]): PdfPage => ({ width: 595, height: 842, items: items.flat() });
/** a body line that fills the column from x=50 to x=450 (40 ideographs) */
const full = (y: number, text: string) => line(y, 50, text.padEnd(40, '字'));

describe('pdfText', () => {
  it('drops a running header and footer even when written after the body, and keeps the body', () => {
    const pages = ['甲', '乙', '丙'].map((n, i) =>
      page(
        full(700, `${n}页写满的一行`),
        line(685, 70, `${n}页的正文。`), // a new paragraph, indented
        line(800, 200, '某某县人民政府公报'), // the header, written last
        line(30, 280, `— ${i + 1} —`),
      ),
    );
    const r = pdfText(pages);
    const body = (n: string) => `${`${n}页写满的一行`.padEnd(40, '字')}\n${n}页的正文。`;
    expect(r.text).toBe(`${body('甲')}\n\f\n${body('乙')}\n\f\n${body('丙')}`);
    expect(r.pageStarts).toEqual([0, r.text.indexOf('乙'), r.text.indexOf('丙')]);
  });

  it('joins a line wrapped at the right margin, not a new paragraph or a heading', () => {
    const r = pdfText([
      page(
        full(700, '全年完成'),
        line(685, 50, '地区生产总值增长6%。'),
        line(670, 70, '新的段落缩进两字。'),
        full(655, '上一段写满了一行'),
        line(640, 50, '二、下一个标题'),
      ),
    ]);
    expect(r.text.split('\n')).toEqual([
      `${'全年完成'.padEnd(40, '字')}地区生产总值增长6%。`,
      '新的段落缩进两字。',
      '上一段写满了一行'.padEnd(40, '字'),
      '二、下一个标题',
    ]);
  });

  it('joins a sentence running on to the next page with a bare form feed', () => {
    const r = pdfText([page(full(100, '这句话在页末')), page(line(700, 50, '接着写完。'))]);
    expect(r.text).toBe(`${'这句话在页末'.padEnd(40, '字')}\f接着写完。`);
    expect(r.pageStarts[1]).toBe(r.text.indexOf('接'));
  });

  it('drops autospacing between ideographs and digits but keeps a space between two names', () => {
    const items = [
      line(700, 50, '2024', ' ', '年第', ' ', '1', ' ', '期'),
      line(680, 50, '代旗长', ' ', '乔小军'),
      full(600, '一行'),
    ];
    items[1][1].w = 4; // a real space, wider than autospacing
    const r = pdfText([page(...items)]);
    expect(r.text.split('\n').slice(0, 2)).toEqual(['2024年第1期', '代旗长 乔小军']);
  });

  it('reads radicals and traditional twins that font subsets name as the ordinary simplified characters', () => {
    const r = pdfText([page(line(700, 50, '伊金霍洛旗人⺠政府⼯作报告，完成改造462戶，国家发展为民服务。'))]);
    expect(r.text).toBe('伊金霍洛旗人民政府工作报告，完成改造462户，国家发展为民服务。');
  });
});
