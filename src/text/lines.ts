/** Lines of a text with their offsets, so what a line-based scan finds can be quoted. */

/** A line of a text with its offsets (end excludes the newline). */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/** The lines of text[from, to], as text.split('\n') gives them but with offsets. */
export function linesOf(text: string, from = 0, to = text.length): Line[] {
  return [...iterLines(text, from, to)];
}

/** Lines lazily, for scans that stop early (a roster under its heading). */
export function* iterLines(text: string, from = 0, to = text.length): Generator<Line> {
  let s = from;
  while (s <= to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    yield { text: text.slice(s, e), start: s, end: e };
    s = e + 1;
  }
}
