/**
 * Per-request DataLoaders: every field that follows a relationship batches its parents' ids into
 * one query, so a request costs the same number of round trips for 5 items as for 500.
 */
import DataLoader from 'dataloader';
import type { NodeLabel, RelType } from '../model/index.js';
import { type Row, type Store, loadQuery, withIdentifiers } from '../store/index.js';

export interface Related {
  node: Row;
  rel: Row;
}

export type NamedRelated =
  'person-targets' | 'person-supervisions' | 'target-leaders' | 'document-tasks' | 'document-targets';

export interface Loaders {
  node(label: NodeLabel): DataLoader<string, Row | null>;
  /** (parent:from)-[:type]->(node:to) */
  out(from: NodeLabel, type: RelType, to: NodeLabel): DataLoader<string, Related[]>;
  /** (node:from)-[:type]->(parent:to) */
  in(from: NodeLabel, type: RelType, to: NodeLabel): DataLoader<string, Related[]>;
  /** a named query keyed by parent id returning {key, node, rel} rows */
  named(name: NamedRelated): DataLoader<string, Related[]>;
  /** a named query over `$ids` (and these further parameters) returning rows with a `key`: each id's rows */
  rows(name: string, params?: Record<string, unknown>): DataLoader<string, Row[]>;
  /** a document's text, which node('Document') leaves out */
  documentText(): DataLoader<string, string | null>;
}

function groupByKey(rows: Array<{ key: string } & Related>, ids: readonly string[]): Related[][] {
  const by = new Map<string, Related[]>();
  for (const r of rows) {
    const list = by.get(r.key) ?? [];
    list.push({ node: r.node, rel: r.rel });
    by.set(r.key, list);
  }
  return ids.map((id) => by.get(id) ?? []);
}

export function createLoaders(store: Store): Loaders {
  const memo = new Map<string, DataLoader<string, any>>();
  const cached = <V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> => {
    let l = memo.get(key);
    if (!l) memo.set(key, (l = make()));
    return l;
  };
  const relatedLoader = (cypher: string) =>
    new DataLoader<string, Related[]>(async (ids) => groupByKey(await store.read(cypher, { ids: [...ids] }), ids));

  const loaders: Loaders = {
    node: (label) =>
      cached(
        `node:${label}`,
        () =>
          new DataLoader<string, Row | null>(async (ids) => {
            // a document's text is tens of kB that most requests do not want: documentText() reads it
            const cypher =
              label === 'Document'
                ? loadQuery('documents-by-id')
                : withIdentifiers(loadQuery('nodes-by-id'), { LABEL: label });
            const rows = await store.read<{ key: string; node: Row }>(cypher, { ids: [...ids] });
            const by = new Map(rows.map((r) => [r.key, r.node]));
            return ids.map((id) => by.get(id) ?? null);
          }),
      ),
    out: (from, type, to) =>
      cached(`out:${from}:${type}:${to}`, () =>
        relatedLoader(withIdentifiers(loadQuery('related-out'), { FROM: from, TYPE: type, TO: to })),
      ),
    in: (from, type, to) =>
      cached(`in:${from}:${type}:${to}`, () =>
        relatedLoader(withIdentifiers(loadQuery('related-in'), { FROM: from, TYPE: type, TO: to })),
      ),
    named: (name) => cached(`named:${name}`, () => relatedLoader(loadQuery(name))),
    rows: (name, params = {}) =>
      cached(
        `rows:${name}:${JSON.stringify(params)}`,
        () =>
          new DataLoader<string, Row[]>(async (ids) => {
            const by = new Map<string, Row[]>();
            for (const r of await store.read<Row>(loadQuery(name), { ...params, ids: [...ids] })) {
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
