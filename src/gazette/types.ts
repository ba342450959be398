/**
 * What the gazette stage hands to the extractors. Extractors work on `clean` text (page headers
 * dropped, broken lines joined) and report spans in clean coordinates; `evidenceOf` maps a span
 * back to the original text so every quote is verbatim source.
 */
import type { Evidence, NodeProps } from '../model/index.js';
import type { Span } from '../text/spans.js';

/** [start, end) in a document's clean text */
export type { Span } from '../text/spans.js';

export interface SectionNode extends Span {
  id: string;
  heading: string;
  /** the numbering as written: 一、 (二) 3. （1） 3.1.2 第一章 ——  一是 … */
  number: string | null;
  level: number;
  ordinal: number;
  /** headings from the document root down to this section (inclusive) */
  path: string[];
  parentId: string | null;
  /** WORK_REPORT only: the review of last year or the plan for this year */
  part: 'REVIEW' | 'PLAN' | null;
  /** clean offset where the body (after the heading) starts */
  bodyStart: number;
}

export interface ParsedDocument {
  id: string;
  props: NodeProps<'Document'>;
  /** cleaned text used by extractors */
  clean: string;
  /** clean offset → offset in props.text (original). Length clean.length + 1. */
  toOriginal: Int32Array;
  sections: SectionNode[];
  /** id of the notice that 印发 this document (a plan printed after its notice), if any */
  promulgatedBy?: string | null;
  /** clean span of the title, for evidence */
  titleSpan?: Span;
  /** paginated input (PDF): the page props.text starts on, and offsets in props.text of its page breaks (form feeds) */
  pages?: { first: number; breaks: number[] };
}

export interface ParsedGazette {
  props: NodeProps<'Gazette'>;
  documents: ParsedDocument[];
}

/** The innermost section containing a clean offset, or null. */
export function sectionAt(doc: ParsedDocument, offset: number): SectionNode | null {
  let best: SectionNode | null = null;
  for (const s of doc.sections) {
    if (s.start <= offset && offset < s.end && (!best || s.level >= best.level)) best = s;
  }
  return best;
}

/** Evidence for a clean span: offsets and quote in the original document text. */
export function evidenceOf(doc: ParsedDocument, span: Span): Evidence {
  const start = doc.toOriginal[span.start];
  // end is exclusive: map the last character, then step past it
  const end = span.end > span.start ? doc.toOriginal[span.end - 1] + 1 : start;
  const section = sectionAt(doc, span.start);
  const ev: Evidence = {
    documentId: doc.id,
    start,
    end,
    quote: doc.props.text.slice(start, end),
    sectionPath: section ? section.path : [],
  };
  // the page the quote starts on, when the source had pages (text without form feeds has none)
  if (doc.pages) ev.page = doc.pages.first + doc.pages.breaks.filter((b) => b < start).length;
  return ev;
}

/** Pages of a slice [from, to) of a gazette text whose pages are separated by form feeds; none without. */
export function pagesOf(text: string, from: number, to: number): { first: number; breaks: number[] } | undefined {
  if (!text.includes('\f')) return undefined;
  let first = 1;
  for (let i = text.indexOf('\f'); i >= 0 && i < from; i = text.indexOf('\f', i + 1)) first++;
  const breaks: number[] = [];
  for (let i = text.indexOf('\f', from); i >= 0 && i < to; i = text.indexOf('\f', i + 1)) breaks.push(i - from);
  return { first, breaks };
}
