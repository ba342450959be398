/** Small helpers shared by the inference rules: evidence sentences, dictionary matching, order, rounding. */
import type { Evidence } from '../model/index.js';
import { sentenceAround } from '../text/sentences.js';
import { trimSpan } from '../text/spans.js';

/** How far a quote may widen past its span on either side when the text has no sentence end. */
const MAX_REACH = 240;
/** Whitespace and layout marks (**, ——, list dashes) a quote does not start with. */
const LAYOUT_LEAD = /[\s*—\-–•·]/;

/** Evidence for the sentence holding `ev`, quoting the document's original text verbatim. */
export function sentenceEvidence(docText: string, ev: Evidence): Evidence {
  if (!docText || ev.end > docText.length || docText.slice(ev.start, ev.end) !== ev.quote) return ev;
  const around = sentenceAround(docText, ev.start, ev.end, MAX_REACH);
  const span = trimSpan(docText, around.start, around.end, LAYOUT_LEAD);
  if (span.end <= span.start) return ev;
  return { ...ev, start: span.start, end: span.end, quote: docText.slice(span.start, span.end) };
}

export interface DictHit<T> {
  word: string;
  at: number;
  values: T[];
}

/**
 * Forward maximum matching: at each position take the longest dictionary word, then skip it,
 * so 新能源产值 is one word and the 能源 inside it does not also count.
 */
export class Dictionary<T> {
  private readonly words = new Map<string, T[]>();
  private maxLen = 0;

  add(word: string, value: T | null): void {
    if (!word) return;
    const list = this.words.get(word) ?? [];
    if (value !== null && !list.includes(value)) list.push(value);
    this.words.set(word, list);
    this.maxLen = Math.max(this.maxLen, word.length);
  }

  match(text: string): DictHit<T>[] {
    const hits: DictHit<T>[] = [];
    let i = 0;
    while (i < text.length) {
      let found: string | null = null;
      let values: T[] = [];
      for (let len = Math.min(this.maxLen, text.length - i); len >= 1; len--) {
        const w = text.slice(i, i + len);
        const v = this.words.get(w);
        if (v) {
          found = w;
          values = v;
          break;
        }
      }
      if (found) {
        if (values.length) hits.push({ word: found, at: i, values });
        i += found.length;
      } else i++;
    }
    return hits;
  }
}

/** Scores and confidences kept to three decimals, so the graph holds no binary noise. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Stable, locale-free string order. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The figure of a target (digits, or a Chinese numeral before a classifier) and where its unit ends. */
export function figureSpan(text: string, from: number): { start: number; end: number } | null {
  const re =
    /(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=[个座处家项所条户人名万亿]))\s*(?:%|％|[个座处家项所条户人名次套台吨亩度元公里千瓦平方米立方]|万|亿)*/g;
  re.lastIndex = from;
  const m = re.exec(text) ?? ((re.lastIndex = 0), re.exec(text));
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * How strongly a word speaks for the counted thing: in 新建矿区移民安置房2280套 and
 * 等21个乡村振兴产业扶持项目 the noun next to the figure (after its classifier, else before it).
 */
export function nearness(figure: { start: number; end: number }, at: number, length: number): number {
  const after = at >= figure.end;
  const d = after ? at - figure.end : Math.max(0, figure.start - (at + length));
  return (after ? 1.1 : 1) / (1 + d / 6);
}
