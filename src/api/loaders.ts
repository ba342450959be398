/**
 * Per-request DataLoaders: every field that follows a relationship batches its parents' ids into
 * one query, so a request costs the same number of round trips for 5 items as for 500.
 */
import DataLoader from 'dataloader';
import type { NodeLabel, RelType } from '../model/index.js';
import { type Store, loadQuery, withIdentifiers } from '../store/index.js';
import { rowOf } from './resolvers/fields.js';
import type { KeyedRows, NamedRelated, NamedRelatedRows, NodeRows, Related, RelRow } from './rows.js';

/**
 * The properties a related loader reads of the node and of the relationship (null: all of them):
 * those its field's selection reads, so a row holds no more than the response needs.
 */
export interface Projection {
  node: string[] | null;
  rel: string[] | null;
}
const ALL: Projection = { node: null, rel: null };

export interface Loaders {
  node<L extends NodeLabel>(label: L): DataLoader<string, NodeRows[L] | null>;
  /** (parent:from)-[:type]->(node:to) */
  out<T extends RelType, To extends NodeLabel>(
    from: NodeLabel,
    type: T,
    to: To,
    props?: Projection,
  ): DataLoader<string, Array<Related<NodeRows[To], RelRow<T>>>>;
  /** (node:from)-[:type]->(parent:to) */
  in<From extends NodeLabel, T extends RelType>(
    from: From,
    type: T,
    to: NodeLabel,
    props?: Projection,
  ): DataLoader<string, Array<Related<NodeRows[From], RelRow<T>>>>;
  /** a named query keyed by parent id returning {key, node, rel} rows */
  named<N extends NamedRelated>(
    name: N,
  ): DataLoader<string, Array<Related<NamedRelatedRows[N]['node'], NamedRelatedRows[N]['rel']>>>;
  /** a named query over `$ids` (and these further parameters) returning rows with a `key`: each id's rows */
  rows<N extends keyof KeyedRows>(name: N, params?: Record<string, unknown>): DataLoader<string, Array<KeyedRows[N]>>;
  /** a document's text, which node('Document') leaves out */
  documentText(): DataLoader<string, string | null>;
}

/** related-out/-in rows: the node and relationship whole, or (projected) their values in the projection's order */
type RelatedRow<N extends object, R extends object> = {
  key: string;
  node: N | null;
  rel: R | null;
  nodeValues?: unknown[];
  relValues?: unknown[];
};

function groupByKey<N extends object, R extends object>(
  rows: RelatedRow<N, R>[],
  ids: readonly string[],
  props: Projection,
): Related<N, R>[][] {
  const by = new Map<string, Related<N, R>[]>();
  for (const r of rows) {
    const list = by.get(r.key) ?? [];
    list.push({
      node: rowOf(props.node, r.nodeValues ?? null, r.node),
      rel: rowOf(props.rel, r.relValues ?? null, r.rel),
    });
    by.set(r.key, list);
  }
  return ids.map((id) => by.get(id) ?? []);
}

export function createLoaders(store: Store): Loaders {
  const memo = new Map<string, DataLoader<string, unknown>>();
  const cached = <V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> => {
    // safe: a key names one loader (its kind, labels, type or query and parameters), made by `make` of that V
    let l = memo.get(key) as DataLoader<string, V> | undefined;
    if (!l) memo.set(key, (l = make()));
    return l;
  };
  const relatedLoader = <N extends object, R extends object>(cypher: string, props: Projection = ALL) =>
    new DataLoader<string, Related<N, R>[]>(async (ids) =>
      groupByKey(
        await store.read<RelatedRow<N, R>>(cypher, { ids: [...ids], nodeProps: props.node, relProps: props.rel }),
        ids,
        props,
      ),
    );

  const loaders: Loaders = {
    node: (label) =>
      cached(
        `node:${label}`,
        () =>
          new DataLoader<string, NodeRows[typeof label] | null>(async (ids) => {
            // a document's text is tens of kB that most requests do not want: documentText() reads it
            const cypher =
              label === 'Document'
                ? loadQuery('documents-by-id')
                : withIdentifiers(loadQuery('nodes-by-id'), { LABEL: label });
            const rows = await store.read<{ key: string; node: NodeRows[typeof label] }>(cypher, { ids: [...ids] });
            const by = new Map(rows.map((r) => [r.key, r.node]));
            return ids.map((id) => by.get(id) ?? null);
          }),
      ),
    // the projection is part of the key: a loader primed with some properties never answers a field that needs others
    out: (from, type, to, props = ALL) =>
      cached(`out:${from}:${type}:${to}:${JSON.stringify(props)}`, () =>
        relatedLoader(withIdentifiers(loadQuery('related-out'), { FROM: from, TYPE: type, TO: to }), props),
      ),
    in: (from, type, to, props = ALL) =>
      cached(`in:${from}:${type}:${to}:${JSON.stringify(props)}`, () =>
        relatedLoader(withIdentifiers(loadQuery('related-in'), { FROM: from, TYPE: type, TO: to }), props),
      ),
    named: <N extends NamedRelated>(name: N) =>
      cached(`named:${name}`, () =>
        relatedLoader<NamedRelatedRows[N]['node'], NamedRelatedRows[N]['rel']>(loadQuery(name)),
      ),
    rows: (name, params = {}) =>
      cached(
        `rows:${name}:${JSON.stringify(params)}`,
        () =>
          new DataLoader<string, Array<KeyedRows[typeof name]>>(async (ids) => {
            const by = new Map<string, Array<KeyedRows[typeof name]>>();
            const rows = await store.read<KeyedRows[typeof name] & { key: string }>(loadQuery(name), {
              ...params,
              ids: [...ids],
            });
            for (const r of rows) {
              const list = by.get(r.key) ?? [];
              list.push(r);
              by.set(r.key, list);
            }
            return ids.map((id) => by.get(id) ?? []);
          }),
      ),
    documentText: () =>
      cached(
        'document-text',
        () =>
          new DataLoader<string, string | null>(async (ids) => {
            const by = new Map(
              (
                await store.read<{ key: string; text: string | null }>(loadQuery('document-text'), { ids: [...ids] })
              ).map((r) => [r.key, r.text]),
            );
            return ids.map((id) => by.get(id) ?? null);
          }),
      ),
  };
  return loaders;
}
