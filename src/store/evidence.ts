/**
 * Reading back the evidence of a node or relationship: the loader stores it as parallel lists
 * (evidenceDocumentIds, evidenceStarts, evidenceEnds, evidenceQuotes, evidenceSectionPaths),
 * because Neo4j properties cannot hold maps.
 */
import type { Evidence } from '../model/index.js';

/** A section path as stored (a JSON array string); a plain `a > b` path from model-written rows. */
function parsePath(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'string' || !v) return [];
  if (v.startsWith('[')) {
    try {
      const parsed = JSON.parse(v);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // fall through: a plain joined path
    }
  }
  return v.split(/\s*[>›]\s*/).filter(Boolean);
}

/** Evidence as the parallel lists it is stored in (the inverse of evidenceFromLists). */
export function evidenceColumns(evidence: Evidence[]) {
  return {
    documentIds: evidence.map((e) => e.documentId),
    starts: evidence.map((e) => e.start),
    ends: evidence.map((e) => e.end),
    quotes: evidence.map((e) => e.quote),
    // a list of lists is not a property type; each path is kept as a JSON array string
    sectionPaths: evidence.map((e) => JSON.stringify(e.sectionPath ?? [])),
    // a list property cannot hold null: 0 is "no page" (plain text has none)
    pages: evidence.map((e) => e.page ?? 0),
  };
}

/** Any object read as string-keyed values of unknown type (what a driver row's map is). */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Evidence from a map carrying the parallel lists; incomplete entries are skipped. */
export function evidenceFromLists(ev: unknown): Evidence[] {
  if (!isRecord(ev)) return [];
  const e = ev;
  const quotes = Array.isArray(e.evidenceQuotes) ? e.evidenceQuotes : [];
  const docs = Array.isArray(e.evidenceDocumentIds) ? e.evidenceDocumentIds : [];
  const starts = Array.isArray(e.evidenceStarts) ? e.evidenceStarts : [];
  const ends = Array.isArray(e.evidenceEnds) ? e.evidenceEnds : [];
  const paths = Array.isArray(e.evidenceSectionPaths) ? e.evidenceSectionPaths : [];
  const pages = Array.isArray(e.evidencePages) ? e.evidencePages : [];
  const out: Evidence[] = [];
  // a document printed in two gazettes states the same span twice: one entry
  const seen = new Set<string>();
  for (let i = 0; i < quotes.length; i++) {
    const quote: unknown = quotes[i];
    if (typeof quote !== 'string' || docs[i] == null || starts[i] == null || ends[i] == null) continue;
    const key = `${docs[i]}|${starts[i]}|${ends[i]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const page = Number(pages[i] ?? 0);
    out.push({
      documentId: String(docs[i]),
      start: Number(starts[i]),
      end: Number(ends[i]),
      quote,
      sectionPath: parsePath(paths[i]),
      ...(page > 0 ? { page } : {}),
    });
  }
  return out;
}
