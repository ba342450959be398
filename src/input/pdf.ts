/**
 * PDF text items → gazette text in reading order. Lines are rebuilt from item positions in content
 * order (the order the producer wrote them, which is reading order for one- and two-column pages);
 * running headers and footers and page numbers are dropped; a line broken only because it reached
 * the right margin is joined back, as the paragraph was written. Pages are separated by form feeds,
 * so page numbers stay derivable from the text itself (the form feed is what pdftotext writes too).
 */
import type { PdfPage } from './raw.mjs';

export const PAGE_BREAK = '\n\f\n';

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/**
 * Radicals and compatibility ideographs that a font's Unicode map gives for a glyph it shares with
 * an ordinary character (Chromium's and many producers' CJK subsets): 人⺠政府 is 人民政府, ⽅ is 方.
 * Kangxi radicals and compatibility ideographs have an NFKC form; the simplified radicals of the
 * supplement block do not, so they are listed.
 */
const LOOKALIKE = /[\u2e80-\u2fdf\uf900-\ufaff]/g;
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺟': '母',
  '⺠': '民',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⺓': '幺',
  '⻊': '足',
  '⻍': '辶',
  '⻌': '辶',
  '⻁': '虎',
};
const unifyIdeographs = (s: string) =>
  s.replace(LOOKALIKE, (c) => {
    if (RADICAL_SUPPLEMENT[c]) return RADICAL_SUPPLEMENT[c];
    const n = c.normalize('NFKC');
    return n.length === 1 ? n : c;
  });

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function linesOfPage(page: PdfPage): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfLine | null = null;
  for (const it of page.items) {
    const size = it.size > 0 ? it.size : 10;
    if (!it.str) continue;
    // same baseline (within half a character) and not jumping back left: the same line
    const same = cur && Math.abs(it.y - cur.y) <= 0.5 * Math.max(size, cur.size) && it.x >= cur.x1 - size;
    if (!same || !cur) {
      if (cur) lines.push(cur);
      cur = { text: '', x0: it.x, x1: it.x, y: it.y, size };
    }
    const line = cur;
    const gap = it.x - line.x1;
    if (/^\s+$/.test(it.str)) {
      // pdfjs writes the spacing it sees as a space item: a wide one is a column gap (a tab in the
      // source), a thin one beside an ideograph is CJK/Latin autospacing, not a space
      const next = page.items[page.items.indexOf(it) + 1]?.str ?? '';
      if (it.w >= 1.0 * size) {
        line.text = line.text.replace(/ +$/, '') + '\t';
        line.x1 = Math.max(line.x1, it.x + it.w);
        continue;
      }
      // (autospacing sits between an ideograph and a Latin letter or digit; between two ideographs a space is real)
      const before = line.text.slice(-1);
      const after = next.slice(0, 1);
      const autospace =
        (WIDE.test(before) && /[A-Za-z0-9]/.test(after)) || (/[A-Za-z0-9%]/.test(before) && WIDE.test(after));
      if (it.w < 0.35 * size && autospace) {
        line.x1 = Math.max(line.x1, it.x + it.w);
        continue;
      }
    }
    // a visible gap between two pieces: a column gap or a space in the source
    if (line.text && !/\s$/.test(line.text) && !/^\s/.test(it.str)) {
      if (gap > 1.0 * size) line.text += '\t';
      else if (gap > 0.6 * size) line.text += ' ';
    }
    line.text += it.str;
    line.x1 = Math.max(line.x1, it.x + it.w);
    if (!/^\s*$/.test(it.str)) line.size = Math.max(line.size, size);
  }
  if (cur) lines.push(cur);
  return lines.map((l) => ({ ...l, text: unifyIdeographs(l.text).replace(/\s+$/, '') })).filter((l) => l.text.trim());
}

/** A page number alone: 12 · - 12 - · — 12 — · 第12页 · 12/38 · 第 3 页 共 38 页 · Page 3 */
const PAGE_NUMBER =
  /^(?:[-—–·•]?\s*\d{1,4}\s*[-—–·•]?|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d+(?:\s*of\s*\d+)?)$/i;
/** what stays of a header or footer line from page to page: its words, not its numbers */
const runningKey = (s: string) => s.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Running headers and footers: among the two lines at the top and at the bottom of each page (by
 * position: some producers write the header last), those whose text (numbers aside) recurs on at
 * least 30% of the pages (and on two), and page numbers standing alone there. Body lines repeat
 * too (a heading), so only the edges of a page are looked at.
 */
function dropRunning(pages: PdfLine[][]): PdfLine[][] {
  const byHeight = (ls: PdfLine[]) => [...ls].sort((a, b) => b.y - a.y);
  const edges = (ls: PdfLine[]) => {
    const h = byHeight(ls);
    return [...h.slice(0, 2), ...h.slice(-2)];
  };
  const counts = new Map<string, number>();
  for (const ls of pages)
    for (const k of new Set(edges(ls).map((l) => runningKey(l.text)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(pages.length * 0.3));
  const running = (l: PdfLine) =>
    PAGE_NUMBER.test(l.text.trim()) || (pages.length >= 2 && (counts.get(runningKey(l.text)) ?? 0) >= need);
  return pages.map((ls) => {
    const h = byHeight(ls);
    const drop = new Set<PdfLine>();
    for (let i = 0; i < Math.min(2, h.length) && running(h[i]); i++) drop.add(h[i]);
    for (let i = h.length - 1; i >= Math.max(0, h.length - 2) && !drop.has(h[i]) && running(h[i]); i--) drop.add(h[i]);
    return ls.filter((l) => !drop.has(l));
  });
}

const TERMINAL_END = /[。！？；：:!?]$/;
const BULLET = /^[-•·*▪●○■□◆]\s*/;
/**
 * A heading that starts a new paragraph even after a full line: 一、 (一) 第一章. Not 1. (a wrapped
 * 1.5% looks the same), not 一是 or —— (both run inside work-report prose).
 */
const NEW_PARAGRAPH =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]+[章节条])/;

/**
 * Whether line b continues line a on the page: a reaches the right margin and b starts at the left
 * margin on the next line (a soft wrap), or both are centred lines of one wrapped title.
 */
function continues(a: PdfLine, b: PdfLine, left: number, right: number): boolean {
  const size = Math.max(a.size, b.size);
  const dy = a.y - b.y;
  if (dy <= 0 || dy > 2.2 * size || Math.abs(a.size - b.size) > 0.15 * size) return false;
  if (NEW_PARAGRAPH.test(b.text.trim()) || BULLET.test(b.text.trim())) return false;
  if (a.x1 >= right - slack(b) && b.x0 <= left + 0.5 * size) return true;
  const mid = (left + right) / 2;
  const centred = (l: PdfLine) => Math.abs((l.x0 + l.x1) / 2 - mid) < size && l.x0 > left + 2 * size;
  return centred(a) && centred(b) && a.x1 - a.x0 > 0.6 * (right - left) && !TERMINAL_END.test(a.text);
}

interface Margins {
  left: number;
  right: number;
}

/**
 * How far short of the right margin a wrapped line may end: two characters, plus the width of a
 * Latin or digit run the next line starts with ("127.7亿元", "[2023]76号" are not broken inside).
 */
function slack(next: PdfLine): number {
  const run = /^[\x21-\x7e]+/.exec(next.text.trimStart())?.[0].length ?? 0;
  return (2 + 0.6 * run) * next.size;
}

/**
 * The margins of the column a line sits in: over the lines that share some of its width (on a
 * two-column page, its own column; a full-width title spans both). The right margin is where most
 * of them end (a dotted TOC leader or a wide table row overshoots).
 */
function marginsOf(line: PdfLine | undefined, lines: PdfLine[]): Margins {
  if (!line) return { left: 0, right: 0 };
  const col = lines.filter((l) => l.x0 < line.x1 && l.x1 > line.x0);
  const ends = col.map((l) => l.x1).sort((a, b) => a - b);
  return { left: Math.min(...col.map((l) => l.x0)), right: ends[Math.floor(ends.length * 0.8)] };
}

/** latin words were wrapped at a space; ideographs were not */
const glue = (prev: string, next: string) => (/[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(next) ? ' ' : '');

function joinWraps(lines: PdfLine[]): string[] {
  if (!lines.length) return [];
  const out: string[] = [lines[0].text];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    const m = marginsOf(a, lines);
    // a paragraph running on from the foot of one column to the top of the next
    const nextColumn = b.y > a.y + a.size && runsOn(a, m, b, marginsOf(b, lines));
    if (continues(a, b, m.left, m.right) || nextColumn) {
      const next = lines[i].text.replace(/^\s+/, '');
      out[out.length - 1] += glue(out[out.length - 1], next) + next;
    } else {
      out.push(lines[i].text);
    }
  }
  return out;
}

/** A paragraph running on to the next page: the last line is full, the next page's first is not indented. */
function runsOn(a: PdfLine | undefined, ma: Margins, b: PdfLine | undefined, mb: Margins): boolean {
  if (!a || !b) return false;
  const size = Math.max(a.size, b.size);
  const t = b.text.trim();
  return (
    a.x1 >= ma.right - slack(b) &&
    b.x0 <= mb.left + 0.5 * size &&
    !NEW_PARAGRAPH.test(t) &&
    !BULLET.test(t) &&
    Math.abs(a.size - b.size) <= 0.15 * size
  );
}

/**
 * Traditional forms a CJK font subset may name for the glyph of a simplified character (Chromium
 * writes 完成改造462戶 for 户). Mapped back only in a text written in simplified characters.
 */
const TRADITIONAL_TWIN: Record<string, string> = { 戶: '户' };
const TWIN_RE = new RegExp(`[${Object.keys(TRADITIONAL_TWIN).join('')}]`, 'g');
function simplifiedTwins(text: string): string {
  const simplified = text.match(/[国发这们为会经务从对]/g)?.length ?? 0;
  const traditional = text.match(/[國發這們為會經務從對]/g)?.length ?? 0;
  return simplified > 3 * traditional ? text.replace(TWIN_RE, (c) => TRADITIONAL_TWIN[c]) : text;
}

export interface PdfText {
  text: string;
  /** offset in text where each page starts (index 0 = page 1) */
  pageStarts: number[];
  /** visible characters per page, to tell a scan from a text PDF */
  visible: number[];
}

/**
 * Pages are separated by "\n\f\n"; a sentence running on to the next page by a bare "\f" inside it
 * (the gazette stage reads through it, and the quote keeps it, verbatim).
 */
export function pdfText(pages: PdfPage[]): PdfText {
  const kept = dropRunning(pages.map(linesOfPage));
  const pageStarts: number[] = [];
  const visible: number[] = [];
  let text = '';
  kept.forEach((ls, i) => {
    if (i > 0) {
      const prev = kept[i - 1];
      const on = runsOn(prev[prev.length - 1], marginsOf(prev[prev.length - 1], prev), ls[0], marginsOf(ls[0], ls));
      text += on ? `${glue(text, ls[0].text.trimStart())}\f` : PAGE_BREAK;
    }
    pageStarts.push(text.length);
    const lines = joinWraps(ls);
    if (lines.length && text.endsWith('\f')) lines[0] = lines[0].trimStart();
    const body = lines.join('\n');
    visible.push(body.replace(/\s/g, '').length);
    text += body;
  });
  // one character for one: page offsets stay
  return { text: simplifiedTwins(text), pageStarts, visible };
}
