/**
 * The derived layer of a jurisdiction inside a load's transaction: read the jurisdiction's stated
 * facts (the stored facts of every gazette that states any of them, merged as the store merges
 * them; or, for a graph loaded before facts were stored, the graph itself), run the pure derivation
 * (infer/county.ts), and replace what of the layer changed. Because it reads everything loaded for the
 * county, not what one file said, owners and links come out the same whichever files the county's
 * documents arrived in, and in whatever order.
 */
import { createHash } from 'node:crypto';
import {
  GraphBatchSchema,
  labelOfId,
  relationshipKey,
  type DerivedLayer,
  type GraphBatch,
  type NodeLabel,
  deepFreeze,
  withDefaults,
} from '../model/index.js';
import { deriveCounty, jurisdictionSlice, mergeStated, SLICE_LABELS, SLICE_UNUSED_TYPES } from '../infer/index.js';
import { evidenceColumns, evidenceFromLists } from './evidence.js';
import { must } from '../errors.js';
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

/** Neo4j drops null properties anyway; leaving them out keeps SET += from erasing shared state. */
export function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * What the derivation will read of a gazette, as one JSON document for each jurisdiction it states
 * facts of (load/write-facts): the gazette's part of that jurisdiction's slice (infer/county.ts
 * jurisdictionSlice: its documents and their parts, its units and people, the relationships out of
 * them), a section as its place in the document only (all the derivation reads of one), properties
 * as the store keeps them (no nulls, so a later gazette's null never erases a value). A load then
 * reads its county's parts of the gazettes, not every node and relationship of the county (that
 * read had grown to 1.4 s a load by a county's twelfth gazette, most of it the driver decoding some
 * 10 MB of small values), and a city document every county cites brings the city only its stub.
 * The last entry, jurisdiction '' and no document, marks the gazette's facts as stored. Each
 * document carries the hash of its JSON, which names it in the parsed-facts cache below.
 */
export function factsByJurisdiction(
  batch: GraphBatch,
): Array<{ jurisdiction: string; json: string | null; hash: string | null }> {
  const jurisdictions = new Set<string>();
  for (const n of batch.nodes)
    if ((n.label === 'Document' || n.label === 'Organization' || n.label === 'Person') && n.props.jurisdiction)
      jurisdictions.add(n.props.jurisdiction);
  const ids = new Set(batch.nodes.map((n) => n.props.id));
  const parts = [...jurisdictions].sort().map((jurisdiction) => {
    const slice = jurisdictionSlice(batch, jurisdiction);
    const nodes = slice.nodes.map((n) =>
      n.label === 'Section'
        ? { label: n.label, props: withoutNulls({ ...n.props, text: '' }), evidence: [] }
        : { label: n.label, props: withoutNulls(n.props), evidence: n.evidence },
    );
    // a relationship the loader cannot join (an end the gazette does not state) is not in the graph
    const relationships = slice.relationships
      .filter((r) => ids.has(r.to))
      .map((r) => ({ ...r, props: withoutNulls(r.props) }));
    const json = JSON.stringify({ gazetteId: batch.gazetteId, nodes, relationships });
    return { jurisdiction, json, hash: createHash('sha1').update(json).digest('base64') };
  });
  return [...parts, { jurisdiction: '', json: null, hash: null }];
}

/**
 * Stored-facts documents already parsed in this process, by the hash of their JSON. Without it a
 * county's twelfth load read its eleven earlier gazettes' documents back (some 10 MB of JSON:
 * 0.3–0.4 s of transfer, decoding and parsing) to change one. Named by content, an entry is right
 * in any database and after a rolled-back load; frozen, so nothing the derivation does to a batch
 * reaches a later load; at most FACTS_CACHE_CHARS of JSON (a parsed seed-sized gazette, 0.9 M
 * characters, is 1.7 MB of heap), the least recently used going first.
 */
const FACTS_CACHE_CHARS = 32_000_000;
const parsedFacts = new Map<string, { batch: GraphBatch; chars: number }>();
let cachedChars = 0;

/** Empties the cache (tests: a derivation from documents read back from the database). */
export function forgetParsedFacts(): void {
  parsedFacts.clear();
  cachedChars = 0;
}

/** The parsed document of a stored part (written by this process, or read back by it). */
export function rememberFacts(hash: string, json: string): GraphBatch {
  const held = parsedFacts.get(hash);
  if (held) {
    parsedFacts.delete(hash);
    parsedFacts.set(hash, held);
    return held.batch;
  }
  // written by factsByJurisdiction from a batch the loader had parsed (a cast, not a parse:
  // parsing the county again cost 0.3 s a load)
  const batch = deepFreeze(JSON.parse(json) as GraphBatch);
  parsedFacts.set(hash, { batch, chars: json.length });
  cachedChars += json.length;
  for (const [h, e] of parsedFacts) {
    if (cachedChars <= FACTS_CACHE_CHARS || h === hash) break;
    parsedFacts.delete(h);
    cachedChars -= e.chars;
  }
  return batch;
}

interface SourcesRow {
  unstored: number;
  dates: FactsRow['dates'];
  /** json is null for a document whose hash the caller said it holds */
  facts: Array<{ hash: string | null; json: string | null }>;
}

/**
 * A jurisdiction's stated facts from its parts of the gazettes, merged as the store merges them
 * (infer/county.ts mergeStated) and sliced as the graph read slices them; null when a gazette
 * loaded before facts were stored has none (the caller reads the graph instead).
 */
async function readStoredFacts(
  tx: TxRunner,
  jurisdiction: string,
): Promise<{ facts: GraphBatch; publishedOn: Map<string, string> } | null> {
  // what the cache holds now: a load running beside this one may evict entries before the answer comes
  const known = new Map([...parsedFacts].map(([hash, e]) => [hash, e.batch]));
  const [row] = await tx.run<SourcesRow>(loadQuery('derive/jurisdiction-sources'), {
    jurisdiction,
    known: [...known.keys()],
  });
  if (!row || row.unstored > 0) return null;
  const docs = row.facts.map(({ hash, json }) => {
    if (json === null) return must(known, hash ?? '');
    // a part stored before parts carried a hash is parsed each time
    return hash ? rememberFacts(hash, json) : (JSON.parse(json) as GraphBatch);
  });
  // merged first, then the defaults the stored form left out (nulls) put back, so that a null
  // never overrides another gazette's value
  const merged = mergeStated(docs);
  const facts = jurisdictionSlice({ ...merged, nodes: merged.nodes.map(withDefaults) }, jurisdiction);
  return { facts, publishedOn: datesOf(row.dates) };
}

const datesOf = (dates: FactsRow['dates']) => {
  const publishedOn = new Map<string, string>();
  for (const d of dates) if (d.publishedOn) publishedOn.set(d.id, d.publishedOn);
  return publishedOn;
};

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
  return { facts, publishedOn: datesOf(row?.dates ?? []) };
}

/** The key a derived relationship is stored under: never the key of a stated one. */
export const derivedKey = (r: Parameters<typeof relationshipKey>[0]): string => `${relationshipKey(r)}|derived`;

interface DerivedRow {
  from: string;
  to: string;
  props: Record<string, unknown> & { key: string; hash: string };
  evidence: ReturnType<typeof evidenceColumns>;
}

/**
 * The keys of derived relationships to leave as they are: held once with the hash the new layer
 * gives them, and stated once by it (a key held or stated twice is written again, as all was before).
 */
export function unchangedKeys(
  next: Array<{ key: string; hash: string }>,
  held: Array<{ key: string; hash: string | null }>,
): Set<string> {
  const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const heldTimes = count(held.map((h) => h.key));
  const nextTimes = count(next.map((n) => n.key));
  const heldHash = new Map(held.map((h) => [h.key, h.hash]));
  return new Set(
    next
      .filter((n) => heldTimes.get(n.key) === 1 && nextTimes.get(n.key) === 1 && heldHash.get(n.key) === n.hash)
      .map((n) => n.key),
  );
}

/** Recomputes one jurisdiction's derived layer from the facts the transaction sees. */
export async function deriveJurisdiction(
  tx: TxRunner,
  jurisdiction: string,
  options: DeriveOptions = {},
): Promise<DerivationSummary> {
  const started = performance.now();
  const { facts, publishedOn } =
    (await readStoredFacts(tx, jurisdiction)) ?? (await readJurisdictionFacts(tx, jurisdiction));
  const layer = deriveCounty(jurisdiction, facts, { publishedOn });

  // each derived relationship as written, with the hash of everything it says: one the graph holds
  // with the same key and hash stays as it is (a county-year's twelfth gazette changes a few of its
  // thousands), and the rest is removed and written again
  const rows: Array<{ group: string; slots: Record<string, NodeLabel | string>; row: DerivedRow }> = [];
  for (const r of layer.relationships) {
    const from = labelOfId(r.from);
    const to = labelOfId(r.to);
    if (!from || !to) continue;
    const key = derivedKey(r);
    const evidence = evidenceColumns(r.evidence);
    const hash = createHash('sha1')
      .update(JSON.stringify([r.type, r.from, r.to, r.props, evidence]))
      .digest('base64');
    rows.push({
      group: `${r.type}|${from}|${to}`,
      slots: { TYPE: r.type, FROM: from, TO: to },
      row: { from: r.from, to: r.to, props: { ...r.props, key, hash }, evidence },
    });
  }
  const keep = unchangedKeys(
    rows.map((r) => r.row.props),
    await tx.run<{ key: string; hash: string | null }>(loadQuery('derive/derived-hashes'), { jurisdiction }),
  );
  const [{ removed }] = await tx.run<{ removed: number }>(loadQuery('derive/remove-derived'), {
    jurisdiction,
    keep: [...keep],
  });
  await options.beforeWrite?.(tx, layer);

  const groups = new Map<string, { slots: Record<string, NodeLabel | string>; rows: DerivedRow[] }>();
  for (const { group, slots, row } of rows) {
    if (keep.has(row.props.key)) continue;
    const entry = groups.get(group) ?? { slots, rows: [] };
    entry.rows.push(row);
    groups.set(group, entry);
  }
  let derived = keep.size;
  for (const { slots, rows: written } of [...groups.values()]) {
    const [r] = await tx.run<{ merged: number }>(withIdentifiers(loadQuery('derive/write-derived'), slots), {
      rows: written,
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

/** Whether a gazette is loaded, and the jurisdictions its documents belong to (read before it is replaced or removed). */
export async function gazetteHeld(
  tx: TxRunner,
  gazetteId: string,
): Promise<{ loaded: boolean; jurisdictions: string[] }> {
  const [row] = await tx.run<{ loaded: boolean; jurisdictions: string[] }>(loadQuery('derive/gazette-jurisdictions'), {
    gazetteId,
  });
  return { loaded: row?.loaded ?? false, jurisdictions: row?.jurisdictions ?? [] };
}
