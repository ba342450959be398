/**
 * Loads one gazette's GraphBatch in ONE write transaction: first that gazette's previous facts are
 * removed (nodes and relationships carry `gazetteIds`, evidence carries the gazette of each entry),
 * then nodes are merged by label, then relationships by type with both ends matched. An error at
 * any point rolls everything back, so the database holds the previous complete state.
 */
import { type Evidence, type GraphBatch, GraphBatchSchema, type NodeLabel, NodeLabels, relationshipKey } from '../model/index.js';
import { loadQuery, withIdentifiers } from './queries.js';
import type { Store, TxRunner } from './store.js';

export interface LoadSummary {
  gazetteId: string;
  nodes: number;
  relationships: number;
  /** relationships whose ends were not in the graph (a pipeline bug worth seeing) */
  droppedRelationships: number;
}

export interface LoadOptions {
  /** test seam: runs inside the transaction after the nodes step */
  afterNodes?: (tx: TxRunner) => Promise<void> | void;
  timeoutMs?: number;
}

const CHUNK = 2_000;

/** Evidence as parallel lists: Neo4j properties cannot hold maps. */
function evidenceColumns(gazetteId: string, evidence: Evidence[]) {
  return {
    gazetteIds: evidence.map(() => gazetteId),
    documentIds: evidence.map((e) => e.documentId),
    starts: evidence.map((e) => e.start),
    ends: evidence.map((e) => e.end),
    quotes: evidence.map((e) => e.quote),
    // a list of lists is not a property type; each path is kept as a JSON array string
    sectionPaths: evidence.map((e) => JSON.stringify(e.sectionPath ?? [])),
  };
}

function dedupeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of list) seen.set(`${e.documentId}|${e.start}|${e.end}`, e);
  return [...seen.values()];
}

/** Neo4j drops null properties anyway; leaving them out keeps SET += from erasing shared state. */
function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** Id prefixes from makeId(label, …): the label of an end that is not in this batch. */
const labelByPrefix = new Map(NodeLabels.map((l) => [`${l.slice(0, 3).toLowerCase()}_`, l]));

async function runChunks(tx: TxRunner, cypher: string, rows: unknown[], gazetteId: string): Promise<number> {
  let total = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const [r] = await tx.run<{ merged: number }>(cypher, { rows: rows.slice(i, i + CHUNK), gazetteId });
    total += r?.merged ?? 0;
  }
  return total;
}

export async function loadGazette(store: Store, input: GraphBatch, options: LoadOptions = {}): Promise<LoadSummary> {
  const batch = GraphBatchSchema.parse(input) as GraphBatch;
  const g = batch.gazetteId;

  // the same node or relationship stated twice in one batch is one fact with both evidences
  const nodes = new Map<string, { label: NodeLabel; props: Record<string, unknown>; evidence: Evidence[] }>();
  for (const n of batch.nodes) {
    const prev = nodes.get(n.props.id);
    nodes.set(n.props.id, { label: n.label, props: { ...prev?.props, ...n.props }, evidence: [...(prev?.evidence ?? []), ...n.evidence] });
  }
  const rels = new Map<string, { type: string; from: string; to: string; props: Record<string, unknown>; evidence: Evidence[] }>();
  for (const r of batch.relationships) {
    const key = relationshipKey(r);
    const prev = rels.get(key);
    rels.set(key, { type: r.type, from: r.from, to: r.to, props: { ...prev?.props, ...r.props }, evidence: [...(prev?.evidence ?? []), ...r.evidence] });
  }

  const nodesByLabel = new Map<NodeLabel, unknown[]>();
  for (const [id, n] of [...nodes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rows = nodesByLabel.get(n.label) ?? [];
    rows.push({ id, props: withoutNulls(n.props), evidence: evidenceColumns(g, dedupeEvidence(n.evidence)) });
    nodesByLabel.set(n.label, rows);
  }
  const labelOf = (id: string): NodeLabel | undefined => nodes.get(id)?.label ?? labelByPrefix.get(id.slice(0, 4));
  const relGroups = new Map<string, { slots: Record<string, string>; rows: unknown[] }>();
  let unknownEnds = 0;
  for (const [key, r] of [...rels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const from = labelOf(r.from);
    const to = labelOf(r.to);
    if (!from || !to) {
      unknownEnds++;
      continue;
    }
    const group = `${r.type}|${from}|${to}`;
    const entry = relGroups.get(group) ?? { slots: { TYPE: r.type, FROM: from, TO: to }, rows: [] };
    entry.rows.push({ from: r.from, to: r.to, key, props: withoutNulls(r.props), evidence: evidenceColumns(g, dedupeEvidence(r.evidence)) });
    relGroups.set(group, entry);
  }

  return store.writeTransaction(async (tx) => {
    const params = { gazetteId: g };
    await tx.run(loadQuery('load/remove-owned-relationships'), params);
    await tx.run(loadQuery('load/strip-shared-relationships'), params);
    await tx.run(loadQuery('load/remove-owned-nodes'), params);
    await tx.run(loadQuery('load/strip-shared-nodes'), params);

    let nodeCount = 0;
    for (const label of NodeLabels) {
      const rows = nodesByLabel.get(label);
      if (rows) nodeCount += await runChunks(tx, withIdentifiers(loadQuery('load/merge-nodes'), { LABEL: label }), rows, g);
    }
    await options.afterNodes?.(tx);

    let relCount = 0;
    let wanted = 0;
    for (const { slots, rows } of relGroups.values()) {
      wanted += rows.length;
      relCount += await runChunks(tx, withIdentifiers(loadQuery('load/merge-relationships'), slots), rows, g);
    }
    return { gazetteId: g, nodes: nodeCount, relationships: relCount, droppedRelationships: wanted - relCount + unknownEnds };
  }, { timeoutMs: options.timeoutMs });
}
