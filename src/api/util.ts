import { AppError } from '../errors.js';
import type { Row } from '../store/index.js';

/** The nodes of the related rows a loader returns, without their relationships. */
export const nodes = async (p: Promise<Array<{ node: Row }>>): Promise<Row[]> => (await p).map((r) => r.node);

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
