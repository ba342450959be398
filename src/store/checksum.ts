import { createHash } from 'node:crypto';
import { loadQuery } from './queries.js';
import type { Store } from './store.js';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  documents: number;
}

export async function graphCounts(store: Store): Promise<GraphCounts> {
  const [row] = await store.read<GraphCounts>(loadQuery('load/counts'));
  return row;
}

const EVIDENCE = [
  'evidenceGazetteIds',
  'evidenceDocumentIds',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceQuotes',
  'evidenceSectionPaths',
  'evidencePages',
];

/**
 * Content of a property map independent of load order: which gazettes own a fact and in which
 * order their evidence was appended depends on the order gazettes were loaded, not on content.
 */
function canonical(props: Record<string, unknown>): string {
  const p: Record<string, unknown> = { ...props };
  // sets, whose order is the order of loading
  for (const k of ['gazetteIds', 'aliases', 'portfolio']) {
    const v = p[k];
    if (Array.isArray(v)) p[k] = [...v].sort();
  }
  const cols = EVIDENCE.map((k): unknown[] => {
    const v = p[k];
    return Array.isArray(v) ? v : [];
  });
  for (const k of EVIDENCE) delete p[k];
  // derived relationships carry no gazette column: count entries by the longest column
  const rows = Array.from({ length: Math.max(0, ...cols.map((c) => c.length)) }, (_, i) =>
    JSON.stringify(cols.map((c) => c[i] ?? null)),
  );
  const sorted = Object.keys(p)
    .sort()
    .map((k) => [k, p[k]]);
  return JSON.stringify([sorted, rows.sort()]);
}

/** A deterministic hash of every node and relationship with all their properties. */
export async function graphChecksum(store: Store): Promise<string> {
  const nodes = await store.read<{ labels: string[]; props: Record<string, unknown> }>(loadQuery('load/all-nodes'));
  const rels = await store.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    loadQuery('load/all-relationships'),
  );
  const lines = [
    ...nodes.map((n) => `N ${[...n.labels].sort().join(':')} ${canonical(n.props)}`),
    ...rels.map((r) => `R ${r.type} ${r.from} ${r.to} ${canonical(r.props)}`),
  ].sort();
  const h = createHash('sha256');
  for (const l of lines) h.update(l).update('\n');
  return h.digest('hex');
}

/** A hash of the derived layer only (owners, links, conflicts), of one jurisdiction or of all. */
export async function derivedChecksum(
  store: Store,
  jurisdiction: string | null = null,
): Promise<{ checksum: string; relationships: number }> {
  const rels = await store.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    loadQuery('load/derived-relationships'),
    { jurisdiction },
  );
  const lines = rels.map((r) => `R ${r.type} ${r.from} ${r.to} ${canonical(r.props)}`).sort();
  const h = createHash('sha256');
  for (const l of lines) h.update(l).update('\n');
  return { checksum: h.digest('hex'), relationships: rels.length };
}

/** Deletes every node and relationship (schema stays), in slices to keep transactions small. */
export async function wipe(store: Store): Promise<void> {
  for (;;) {
    const [r] = await store.write<{ deleted: number }>(loadQuery('load/wipe'));
    if (!r || r.deleted === 0) return;
  }
}
