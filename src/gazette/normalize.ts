/**
 * Normalising PDF-extracted gazette text while remembering where every kept character came from.
 * The clean text is what extractors read; the offset map lets evidence quote the original verbatim.
 */
import { linesOf } from '../text/lines.js';

export interface CleanText {
  clean: string;
  /** clean offset → original offset; length clean.length + 1 */
  map: Int32Array;
}

/** Characters that end a paragraph: a line ending in one of these was not broken by a page. */
const TERMINAL = new Set([...'。！？；;：:!?…．.）)〕］]】》」』”’']);
/** A line that starts a new heading or list item never continues the previous line. */
export const HEADING_START =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2})*[.．、\s]|第[一二三四五六七八九十百\d]+[章节条]|—|[一二三四五六七八九十]{1,2}[是要][^求点]|附件|[①-⑳])/;
const PROSE = /[，。、；,;]/;
const SENTENCE_END = /[。；！？]/;
const PAGE_NUMBER = /^(?:[-—–·•]\s*\d{1,3}\s*[-—–·•]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?)$/;
const STANDALONE_META =
  /^(?:[\u4e00-\u9fa5]{1,10}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d+\s*号|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/;
const TABLE_RULE = /^[\s|:：\-—–]+$/;

const isBlank = (c: string) => /\s/.test(c) || c === '\u3000';

const foldCache = new Map<string, string>();
/** NFKC of one character when that is one character (（→( ，→,), else the character. */
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  // ASCII and CJK ideographs are already in normal form
  if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) return ch;
  let f = foldCache.get(ch);
  if (f === undefined) {
    const n = ch.normalize('NFKC');
    f = n.length === 1 ? n : ch;
    foldCache.set(ch, f);
  }
  return f;
}

/** Squeeze key: no whitespace, full-width forms folded, so titles split by PDF spacing compare equal. */
export function keyOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = ch.charCodeAt(0);
    if (c >= 0x4e00 && c <= 0x9fff) {
      out += ch;
      continue;
    }
    if (ch === '*' || isBlank(ch)) continue;
    out += fold(ch);
  }
  return out;
}

/**
 * The gazette's running page header: the most frequent short line naming a periodical, printed at
 * least twice. Work reports and single documents have none.
 */
/** A page header often carries the issue or page: 某某公报 2024年第3期 · 12 — keep the name. */
const PAGE_SUFFIX =
  /[\s\u3000]*(?:\d{4}\s*年\s*第[\d\-—－\s]+期(?:[（(]总第\s*\d+\s*期[）)])?)?[\s\u3000·•\-—–]*(?:第?\s*\d{1,3}\s*页?)?[\s\u3000·•\-—–]*$/;
const headerCore = (line: string) => line.replace(PAGE_SUFFIX, '');

export function detectRunningHeader(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => headerCore(l.trim()))
    .filter(Boolean);
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.length >= 4 && l.length <= 30 && !/[，。、：:；,]/.test(l) && !/^\d/.test(l))
      counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  // only a periodical's name (…公报, …政报, …月刊) repeats as a page header
  for (const [l, n] of counts) {
    if (n >= 2 && /(公报|政报|月刊|周刊|通讯|简报)$/.test(l) && (!best || n > bestN || (n === bestN && l < best))) {
      best = l;
      bestN = n;
    }
  }
  return best;
}

interface Line {
  text: string;
  map: number[];
  nl: number;
}

function transformLine(orig: string, start: number, header: string | null): Line {
  // offsets count UTF-16 units, so the map is per code unit
  let text = orig;
  let map: number[] = new Array(orig.length);
  for (let i = 0; i < orig.length; i++) map[i] = start + i;
  const cut = (from: number, to: number) => {
    text = text.slice(0, from) + text.slice(to);
    map.splice(from, to - from);
  };
  // inline running headers (a page header printed in the middle of a sentence)
  if (header) {
    let at = text.indexOf(header);
    while (at >= 0) {
      const before = text[at - 1];
      const after = text[at + header.length];
      if (before === '《' || after === '》') {
        at = text.indexOf(header, at + header.length);
        continue;
      }
      let from = at;
      let to = at + header.length;
      while (from > 0 && isBlank(text[from - 1])) from--;
      while (to < text.length && isBlank(text[to])) to++;
      cut(from, to);
      at = text.indexOf(header, from);
    }
  }
  // a form feed inside a line is a page break in the middle of a sentence (PDF input): read through it
  for (let at = text.indexOf('\f'); at >= 0; at = text.indexOf('\f', at)) cut(at, at + 1);
  // trim
  let a = 0;
  while (a < text.length && isBlank(text[a])) a++;
  cut(0, a);
  let b = text.length;
  while (b > 0 && isBlank(text[b - 1])) b--;
  cut(b, text.length);
  // list bullets from the PDF conversion: "- item"
  const bullet = /^[-•*·]\s+/.exec(text);
  if (bullet && text.length > bullet[0].length) cut(0, bullet[0].length);
  // markdown-ish table rows "| a | b |" → "a\tb"
  if (text.startsWith('|') && text.endsWith('|') && text.length > 2) {
    if (TABLE_RULE.test(text)) return { text: '', map: [], nl: -1 };
    const cells: Array<{ s: number; e: number }> = [];
    let i = 1;
    while (i < text.length) {
      const j = text.indexOf('|', i);
      if (j < 0) break;
      let s = i;
      let e = j;
      while (s < e && isBlank(text[s])) s++;
      while (e > s && isBlank(text[e - 1])) e--;
      if (e > s) cells.push({ s, e });
      i = j + 1;
    }
    let t = '';
    const m: number[] = [];
    cells.forEach((c, k) => {
      if (k > 0) {
        t += '\t';
        m.push(map[c.s] - 1 >= 0 ? map[c.s] - 1 : map[c.s]);
      }
      t += text.slice(c.s, c.e);
      m.push(...map.slice(c.s, c.e));
    });
    text = t;
    map = m;
  }
  if (TABLE_RULE.test(text) && text.includes('|')) return { text: '', map: [], nl: -1 };
  return { text, map, nl: -1 };
}

function shouldJoin(prev: string, next: string): boolean {
  if (prev.includes('\t') || next.includes('\t')) return false;
  const last = prev[prev.length - 1];
  if (TERMINAL.has(last)) return false;
  if (HEADING_START.test(next)) return false;
  if (HEADING_START.test(prev) && !SENTENCE_END.test(prev)) return false;
  if (!PROSE.test(prev)) return false;
  // a short line with only a list comma is a title (重要文学期刊、艺术类刊物名单), not a broken sentence
  if (prev.length < 30 && !SENTENCE_END.test(prev) && !/[，,、]$/.test(prev)) return false;
  // a 文号 or a date on its own line is never the tail of a sentence
  if (STANDALONE_META.test(next)) return false;
  return true;
}

/**
 * Clean a whole gazette: drop running headers and page numbers, trim, flatten table rows,
 * join lines broken by page or line wraps; paragraphs end up separated by a single '\n'.
 */
export function normalize(original: string, header: string | null): CleanText {
  const lines: Line[] = [];
  for (const { text: raw, start } of linesOf(original)) {
    const t = raw.trim();
    if (!t || (header && headerCore(t) === header) || PAGE_NUMBER.test(t)) continue;
    const line = transformLine(raw, start, header);
    line.nl = start + raw.length; // the newline after this line (or end of text)
    if (line.text) lines.push(line);
  }
  let clean = '';
  const map: number[] = [];
  lines.forEach((l, i) => {
    if (i > 0) {
      const prev = lines[i - 1];
      if (!shouldJoin(prev.text, l.text)) {
        clean += '\n';
        map.push(Math.min(prev.nl, original.length - 1));
      }
    }
    clean += l.text;
    map.push(...l.map);
  });
  const out = new Int32Array(clean.length + 1);
  out.set(map);
  out[clean.length] = original.length;
  return { clean, map: out };
}
