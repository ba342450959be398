import type { Evidence } from './batch.js';

/** Evidence with one entry per place (document + offsets); the first of each is kept, order kept. */
export function dedupeEvidence<E extends Pick<Evidence, 'documentId' | 'start' | 'end'>>(list: E[]): E[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.documentId}|${e.start}|${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Evidence in source order (document, start, end): how a fact's evidence is kept whatever order it was gathered in. */
export function sortEvidence<E extends Pick<Evidence, 'documentId' | 'start' | 'end'>>(list: E[]): E[] {
  return [...list].sort((a, b) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end,
  );
}
