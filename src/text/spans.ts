/** Offsets into a text, and the whitespace tidying every stage does to what it quotes. */

/** [start, end) in a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * [start, end) shrunk past leading characters matching `lead` and trailing ones matching `trail`
 * (whitespace by default), so a quote starts and ends on words; empty when nothing is left.
 * The patterns test one character at a time: pass character classes without the g flag.
 */
export function trimSpan(text: string, start: number, end: number, lead = /\s/, trail = /\s/): Span {
  while (start < end && lead.test(text[start])) start++;
  while (end > start && trail.test(text[end - 1])) end--;
  return { start, end };
}

/** Text with layout whitespace removed: PDF line breaks split words, typesetting pads names (刘 萌 → 刘萌). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
