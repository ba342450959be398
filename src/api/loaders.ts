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

export type NamedRelated = 'person-targets' | 'person-supervisions' | 'target-leaders' | 'document-tasks' | 'document-targets';

export interface Loaders {
  node(label: NodeLabel): DataLoader<string, Row | null>;
  /** (parent:from)-[:type]->(node:to) */
  out(from: NodeLabel, type: RelType, to: NodeLabel): DataLoader<string, Related[]>;
  /** (node:from)-[:type]->(parent:to) */
  in(from: NodeLabel, type: RelType, to: NodeLabel): DataLoader<string, Related[]>;
  /** a named query keyed by parent id returning {key, node, rel} rows */
  named(name: NamedRelated): DataLoader<string, Related[]>;
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
      cached(`node:${label}`, () =>
        new DataLoader<string, Row | null>(async (ids) => {
          const rows = await store.read<{ key: string; node: Row }>(withIdentifiers(loadQuery('nodes-by-id'), { LABEL: label }), { ids: [...ids] });
          const by = new Map(rows.map((r) => [r.key, r.node]));
          return ids.map((id) => by.get(id) ?? null);
        }),
      ),
    out: (from, type, to) => cached(`out:${from}:${type}:${to}`, () => relatedLoader(withIdentifiers(loadQuery('related-out'), { FROM: from, TYPE: type, TO: to }))),
    in: (from, type, to) => cached(`in:${from}:${type}:${to}`, () => relatedLoader(withIdentifiers(loadQuery('related-in'), { FROM: from, TYPE: type, TO: to }))),
    named: (name) => cached(`named:${name}`, () => relatedLoader(loadQuery(name))),
  };
  return loaders;
}
