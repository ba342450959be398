/**
 * Loads gazettes' GraphBatches in ONE write transaction: for each, its previous facts are removed
 * (nodes and relationships carry `gazetteIds`, evidence carries the gazette of each entry), then
 * nodes are merged, then relationships with both ends matched, then the facts the county derivation
 * reads are stored with the gazette, one document per jurisdiction; last, the derived layer of every
 * jurisdiction they touch is recomputed from all its gazettes' facts (store/county.ts).
 * An error at any point rolls everything back, so the database holds the previous complete state.
 */
import {
  type Evidence,
  type GraphBatch,
  dedupeEvidence,
  checkedBatch,
  labelOfId,
  type NodeLabel,
  NodeLabels,
  relationshipKey,
  RelTypes,
} from '../model/index.js';
import { config } from '../config.js';
import { evidenceColumns } from './evidence.js';
import { loadQuery, withBranches } from './queries.js';
import { jurisdictionsOf, prepareTerms } from '../infer/index.js';
import {
  type DerivationSummary,
  type DeriveOptions,
  deriveJurisdiction,
  factsByJurisdiction,
  gazetteHeld,
  rememberFacts,
  withoutNulls,
} from './county.js';
import type { Store, TxRunner } from './store.js';

export interface LoadSummary {
  gazetteId: string;
  nodes: number;
  relationships: number;
  /** relationships whose ends were not in the graph (a pipeline bug worth seeing) */
  droppedRelationships: number;
}

export interface LoadOptions extends DeriveOptions {
  /** test seam: runs inside the transaction after the nodes step */
  afterNodes?: (tx: TxRunner) => Promise<void> | void;
  timeoutMs?: number;
}

export interface LoadResult {
  gazettes: LoadSummary[];
  /** one entry per jurisdiction whose derived layer was recomputed */
  derived: DerivationSummary[];
}

/** rows per UNWIND: large enough that a county gazette goes in one statement */
const CHUNK = 5_000;

/** A stated fact's evidence columns also say which gazette stated each entry. */
const statedEvidence = (gazetteId: string, evidence: Evidence[]) => ({
  gazetteIds: evidence.map(() => gazetteId),
  ...evidenceColumns(evidence),
});

/** The load's statements whose text has a branch per label or type (queries/load/*.cypher), built once. */
let statements: { nodes: string; relationships: string; endIds: string } | null = null;
export function loadStatements(): { nodes: string; relationships: string; endIds: string } {
  // the label test feeds the seek (UNWIND of one id or none): written as WITH … WHERE, the planner
  // ran the locking id seek of every label for every row and filtered after it
  const seekByLabel = (l: string) =>
    `UNWIND CASE WHEN row.label = '${l}' THEN [row.id] END AS id MATCH (x:${l} {id: id}) RETURN x`;
  statements ??= {
    nodes: withBranches(loadQuery('load/merge-nodes'), {
      MERGE_BY_LABEL: {
        values: NodeLabels,
        branch: (l) => `WITH row WHERE row.label = '${l}' MERGE (x:${l} {id: row.id}) RETURN x`,
      },
    }),
    relationships: withBranches(loadQuery('load/merge-relationships'), {
      MERGE_BY_TYPE: {
        values: RelTypes,
        branch: (t) => `WITH row, a, b WHERE row.type = '${t}' MERGE (a)-[x:${t} {key: row.props.key}]->(b) RETURN x`,
      },
    }),
    endIds: withBranches(loadQuery('load/node-element-ids'), {
      MATCH_BY_LABEL: { values: NodeLabels, branch: seekByLabel },
    }),
  };
  return statements;
}

/**
 * One statement over the rows, CHUNK rows at a time; the first row of each run. The statement's text
 * never depends on the gazette (loadStatements()), so Neo4j plans it once per server. (One
 * statement of a gazette's own mix of labels and types changed text with each gazette and cost
 * seconds of planning a gazette.)
 */
async function inChunks<T>(tx: TxRunner, cypher: string, rows: unknown[], gazetteId: string): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const [r] = await tx.run<T>(cypher, { gazetteId, rows: rows.slice(i, i + CHUNK) });
    if (r) out.push(r);
  }
  return out;
}

/** The statements that replace one gazette's stated facts (inside the caller's transaction). */
async function loadStated(
  tx: TxRunner,
  input: GraphBatch,
  options: LoadOptions,
  loaded: boolean,
): Promise<LoadSummary> {
  const batch = checkedBatch(input);
  const g = batch.gazetteId;

  // the same node or relationship stated twice in one batch is one fact with both evidences
  const nodes = new Map<string, { label: NodeLabel; props: Record<string, unknown>; evidence: Evidence[] }>();
  for (const n of batch.nodes) {
    const prev = nodes.get(n.props.id);
    nodes.set(n.props.id, {
      label: n.label,
      props: { ...prev?.props, ...n.props },
      evidence: [...(prev?.evidence ?? []), ...n.evidence],
    });
  }
  const rels = new Map<
    string,
    { type: string; from: string; to: string; props: Record<string, unknown>; evidence: Evidence[] }
  >();
  for (const r of batch.relationships) {
    const key = relationshipKey(r);
    const prev = rels.get(key);
    rels.set(key, {
      type: r.type,
      from: r.from,
      to: r.to,
      props: { ...prev?.props, ...r.props },
      evidence: [...(prev?.evidence ?? []), ...r.evidence],
    });
  }

  const nodeRows = [...nodes]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, n]) => ({
      label: n.label,
      id,
      props: withoutNulls(n.props),
      evidence: statedEvidence(g, dedupeEvidence(n.evidence)),
    }));
  // a gazette not loaded before owns nothing yet (a load is all or nothing): nothing to remove, and
  // the largest statement of a load (2.3 s to plan on a server just started) need not run
  if (loaded)
    await tx.run(loadQuery('load/remove-gazette'), {
      gazetteId: g,
      nodeIds: [...nodes.keys()],
      relKeys: [...rels.keys()],
    });

  const elementIds = new Map<string, string>();
  const addIds = (results: Array<{ ids: Array<[string, string]> }>) => {
    for (const r of results) for (const [id, elementId] of r.ids) elementIds.set(id, elementId);
  };
  const merging = inChunks<{ ids: Array<[string, string]> }>(tx, loadStatements().nodes, nodeRows, g);
  // while Neo4j merges the nodes (its request is on the wire by the next tick), the derivation's
  // segmenter loads its dictionary: 0.2 s of a CLI ingest that would otherwise come after the writes
  setImmediate(prepareTerms);
  addIds(await merging);
  const nodeCount = elementIds.size;
  await options.afterNodes?.(tx);

  // ends the batch names without stating them (never from the pipeline, which writes a stub of each)
  const outside = [...new Set([...rels.values()].flatMap((r) => [r.from, r.to]))].sort().flatMap((id) => {
    const label = elementIds.has(id) ? undefined : labelOfId(id);
    return label ? [{ label, id }] : [];
  });
  if (outside.length) addIds(await inChunks(tx, loadStatements().endIds, outside, g));

  const relRows: unknown[] = [];
  let unknownEnds = 0;
  for (const [key, r] of [...rels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const fromId = elementIds.get(r.from);
    const toId = elementIds.get(r.to);
    if (!fromId || !toId) {
      unknownEnds++;
      continue;
    }
    relRows.push({
      type: r.type,
      fromId,
      toId,
      props: { ...withoutNulls(r.props), key },
      evidence: statedEvidence(g, dedupeEvidence(r.evidence)),
    });
  }
  const relCount = (await inChunks<{ merged: number }>(tx, loadStatements().relationships, relRows, g)).reduce(
    (n, r) => n + r.merged,
    0,
  );
  const parts = factsByJurisdiction(batch);
  await tx.run(loadQuery('load/write-facts'), { gazetteId: g, parts });
  // the derivation that follows reads these parts: parsed here, not sent back by the server
  for (const p of parts) if (p.hash && p.json) rememberFacts(p.hash, p.json);
  return {
    gazetteId: g,
    nodes: nodeCount,
    relationships: relCount,
    droppedRelationships: relRows.length - relCount + unknownEnds,
  };
}

/** Recomputes the derived layer of each jurisdiction, in a fixed order. */
async function deriveAll(
  tx: TxRunner,
  jurisdictions: Iterable<string>,
  options: DeriveOptions,
): Promise<DerivationSummary[]> {
  const out: DerivationSummary[] = [];
  for (const j of [...new Set(jurisdictions)].sort()) out.push(await deriveJurisdiction(tx, j, options));
  return out;
}

/** The per-transaction cap for a load: a gazette is one large write, allowed ten times the per-query cap. */
const loadTimeout = (options: LoadOptions, gazettes: number) =>
  options.timeoutMs ?? config().NEO4J_TX_TIMEOUT_MS * 10 * Math.max(1, gazettes);

/**
 * Loads the batches and re-derives every jurisdiction they touch (those they print now and those
 * their previous versions printed), all in one transaction: all of them or none.
 */
export async function loadGazettes(
  store: Store,
  batches: GraphBatch[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  return store.writeTransaction(
    async (tx) => {
      const affected = new Set<string>();
      const gazettes: LoadSummary[] = [];
      for (const batch of batches) {
        const held = await gazetteHeld(tx, batch.gazetteId);
        for (const j of [...held.jurisdictions, ...jurisdictionsOf(batch)]) affected.add(j);
        gazettes.push(await loadStated(tx, batch, options, held.loaded));
      }
      return { gazettes, derived: await deriveAll(tx, affected, options) };
    },
    { timeoutMs: loadTimeout(options, batches.length) },
  );
}

/** One gazette: `loadGazettes` of one. */
export async function loadGazette(
  store: Store,
  batch: GraphBatch,
  options: LoadOptions = {},
): Promise<LoadSummary & { derived: DerivationSummary[] }> {
  const r = await loadGazettes(store, [batch], options);
  return { ...r.gazettes[0], derived: r.derived };
}

export interface RemoveSummary {
  gazetteIds: string[];
  derived: DerivationSummary[];
}

/**
 * Removes what only these gazettes state (facts other gazettes also state stay, without these
 * gazettes' evidence) and recomputes what was derived from them, in one transaction.
 */
export async function removeGazettes(
  store: Store,
  gazetteIds: string[],
  options: LoadOptions = {},
): Promise<RemoveSummary> {
  return store.writeTransaction(
    async (tx) => {
      const affected = new Set<string>();
      for (const g of gazetteIds) {
        for (const j of (await gazetteHeld(tx, g)).jurisdictions) affected.add(j);
        await tx.run(loadQuery('load/remove-gazette'), { gazetteId: g, nodeIds: [], relKeys: [] });
      }
      return { gazetteIds, derived: await deriveAll(tx, affected, options) };
    },
    { timeoutMs: loadTimeout(options, gazetteIds.length) },
  );
}
