import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../errors.js';
import { type Params, type Store, loadQuery } from '../store/index.js';
import type { QueryName, QueryRows } from './rows.js';

/** The nodes of the related rows a loader returns, without their relationships. */
export const nodes = async <N>(p: Promise<Array<{ node: N }>>): Promise<N[]> => (await p).map((r) => r.node);

/** One named read query (queries/<name>.cypher) and its rows, typed by rows.ts QueryRows. */
export const readQuery = <N extends QueryName>(store: Store, name: N, params?: Params): Promise<QueryRows[N][]> =>
  store.read<QueryRows[N]>(loadQuery(name), params);

/**
 * The node a non-null field refers to (a target's document): when the graph lacks it (a dangling
 * id), the error graphql-js itself raises for a null in a non-null field (a plain Error, masked
 * like it), so the response is what it was when the resolver returned the null.
 */
export async function required<T>(value: Promise<T | null>, info: GraphQLResolveInfo): Promise<T> {
  const v = await value;
  if (v == null)
    throw new Error(`Cannot return null for non-nullable field ${info.parentType.name}.${info.fieldName}.`);
  return v;
}

export const MAX_PAGE = 100;

export function pageArgs(
  first: number | null | undefined,
  after: string | null | undefined,
): { offset: number; limit: number } {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) {
    throw new AppError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE} (got ${first})`, {
      argument: 'first',
      max: MAX_PAGE,
    });
  }
  let offset = 0;
  if (after) {
    const decoded = Buffer.from(after, 'base64').toString('utf8');
    const m = /^o:(\d{1,9})$/.exec(decoded);
    if (!m) throw new AppError('BAD_USER_INPUT', 'after is not a cursor this API issued', { argument: 'after' });
    offset = Number(m[1]) + 1;
  }
  return { offset, limit };
}

const cursorAt = (offset: number) => Buffer.from(`o:${offset}`).toString('base64');

/** A Relay connection over one page fetched with `offset/limit` and the total count. */
export function connection<T>(items: T[], total: number, offset: number) {
  const edges = items.map((node, i) => ({ cursor: cursorAt(offset + i), node }));
  return {
    edges,
    nodes: items,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Lucene query text from user input: every operator character escaped, so input is data. */
export function luceneTerms(text: string): string {
  const escaped = text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
  return escaped.trim();
}
