/**
 * The derived layer of a jurisdiction inside a load's transaction: read the jurisdiction's stated
 * facts back from the graph, run the pure derivation (infer/county.ts), and replace the layer
 * whole. Because it reads what the graph holds, not what one file said, owners and links come
 * out the same whichever files the county's documents arrived in, and in whatever order.
 */
import {
  GraphBatchSchema,
  labelOfId,
  relationshipKey,
  type DerivedLayer,
  type GraphBatch,
  type NodeLabel,
} from '../model/index.js';
import { deriveCounty, SLICE_LABELS, SLICE_UNUSED_TYPES } from '../infer/index.js';
import { evidenceColumns, evidenceFromLists } from './evidence.js';
import { loadQuery, withIdentifiers } from './queries.js';
import type { TxRunner } from './store.js';

export interface DerivationSummary {
  jurisdiction: string;
  /** stated facts read: nodes and relationships */
  nodes: number;
  statedRelationships: number;
  /** derived relationships written (removed: the previous layer's size) */
  derived: number;
  removed: number;
  ms: number;
}

export interface DeriveOptions {
  /** test seam: runs after the previous layer is removed and before the new one is written */
  beforeWrite?: (tx: TxRunner, layer: DerivedLayer) => Promise<void> | void;
}

/** Properties only the store adds (ownership and evidence columns), never part of a fact's props. */
const STORE_KEYS = /^(?:gazetteIds|propsFrom|key|derivedFor|evidence[A-Z]\w*)$/;

const factProps = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !STORE_KEYS.test(k)));

interface FactsRow {
  dates: Array<{ id: string; publishedOn: string | null }>;
  nodes: Array<{ label: string; props: Record<string, unknown> }>;
  relationships: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>;
}

/** A jurisdiction's stated facts as a GraphBatch (what `jurisdictionSlice` gives without a database). */
export async function readJurisdictionFacts(
  tx: TxRunner,
  jurisdiction: string,
): Promise<{ facts: GraphBatch; publishedOn: Map<string, string> }> {
  const [row] = await tx.run<FactsRow>(loadQuery('derive/jurisdiction-facts'), {
    jurisdiction,
    unusedTypes: SLICE_UNUSED_TYPES,
  });
  const labels = new Set<string>(SLICE_LABELS);
  // the parse checked every node; GraphBatch is the exact type of what the schema's loosely typed node union accepts (model/batch.ts)
  const facts = GraphBatchSchema.parse({
    gazetteId: `county:${jurisdiction}`,
    nodes: (row?.nodes ?? [])
      .filter((n) => labels.has(n.label))
      .map((n) => ({ label: n.label, props: factProps(n.props), evidence: evidenceFromLists(n.props) })),
    relationships: (row?.relationships ?? []).map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      props: factProps(r.props),
      evidence: evidenceFromLists(r.props),
    })),
  }) as GraphBatch;
  const publishedOn = new Map<string, string>();
  for (const d of row?.dates ?? []) if (d.publishedOn) publishedOn.set(d.id, d.publishedOn);
  return { facts, publishedOn };
}

/** The key a derived relationship is stored under: never the key of a stated one. */
export const derivedKey = (r: Parameters<typeof relationshipKey>[0]): string => `${relationshipKey(r)}|derived`;

/** Recomputes one jurisdiction's derived layer from the facts the transaction sees. */
export async function deriveJurisdiction(
  tx: TxRunner,
  jurisdiction: string,
  options: DeriveOptions = {},
): Promise<DerivationSummary> {
  const started = performance.now();
  const { facts, publishedOn } = await readJurisdictionFacts(tx, jurisdiction);
  const layer = deriveCounty(jurisdiction, facts, { publishedOn });
  const [{ removed }] = await tx.run<{ removed: number }>(loadQuery('derive/remove-derived'), { jurisdiction });
  await options.beforeWrite?.(tx, layer);

  const groups = new Map<string, { slots: Record<string, NodeLabel | string>; rows: unknown[] }>();
  for (const r of layer.relationships) {
    const from = labelOfId(r.from);
    const to = labelOfId(r.to);
    if (!from || !to) continue;
    const g = `${r.type}|${from}|${to}`;
    const entry = groups.get(g) ?? { slots: { TYPE: r.type, FROM: from, TO: to }, rows: [] };
    entry.rows.push({
      from: r.from,
      to: r.to,
      props: { ...r.props, key: derivedKey(r) },
      evidence: evidenceColumns(r.evidence),
    });
    groups.set(g, entry);
  }
  let derived = 0;
  for (const { slots, rows } of [...groups.values()]) {
    const [r] = await tx.run<{ merged: number }>(withIdentifiers(loadQuery('derive/write-derived'), slots), {
      rows,
      jurisdiction,
    });
    derived += r?.merged ?? 0;
  }
  return {
    jurisdiction,
    nodes: facts.nodes.length,
    statedRelationships: facts.relationships.length,
    derived,
    removed,
    ms: Math.round(performance.now() - started),
  };
}

/** The jurisdictions a loaded gazette's documents belong to (read before it is replaced or removed). */
export async function jurisdictionsHeld(tx: TxRunner, gazetteId: string): Promise<string[]> {
  const [row] = await tx.run<{ jurisdictions: string[] }>(loadQuery('derive/gazette-jurisdictions'), { gazetteId });
  return row?.jurisdictions ?? [];
}
