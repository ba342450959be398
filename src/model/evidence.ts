import type { Evidence } from './batch.js';

type Place = Pick<Evidence, 'documentId' | 'start' | 'end'>;

/** Evidence with one entry per place (document + offsets); the first of each is kept, order kept. */
export function dedupeEvidence<E extends Place>(list: E[]): E[] {
  // most facts have one entry: nothing to drop (a county's derivation dedupes every fact each load)
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.documentId}|${e.start}|${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const sourceOrder = (a: Place, b: Place) =>
  a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end;

/**
 * Evidence in source order (document, start, end): how a fact's evidence is kept whatever order it
 * was gathered in. A list already in that order (most are) is returned as it is, not copied.
 */
export function sortEvidence<E extends Place>(list: E[]): E[] {
  for (let i = 1; i < list.length; i++) if (sourceOrder(list[i - 1], list[i]) > 0) return [...list].sort(sourceOrder);
  return list;
}
