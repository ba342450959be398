/** Sentences of gazette prose: where they end, the sentences of a text, the sentence around a span. */
import type { Span } from './spans.js';

/** The characters that end a sentence, full-width and ASCII: 。！？； !?; */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set([...'。！？；!?;']);

/** The spans of `text` between the characters of `ends` (which belong to neither), empty ones left out. */
export function sentenceSpans(text: string, ends: ReadonlySet<string> = SENTENCE_ENDS): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (ends.has(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The sentence of `text` around [start, end): widened on both sides to a sentence end (kept at the
 * end), but by at most `reach` characters each way, so a text without punctuation is not quoted whole.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach: number,
  ends: ReadonlySet<string> = SENTENCE_ENDS,
): Span {
  let s = start;
  while (s > 0 && start - s < reach && !ends.has(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < reach && !ends.has(text[e - 1])) e++;
  return { start: s, end: e };
}
