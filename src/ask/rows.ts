/**
 * Reading the columns of a named query's rows without casts: each helper checks the value it is
 * given and falls back to the empty case, so a missing or mistyped column reads as "none", not as
 * a crash three calls later. (Row schemas per named query would type them at the source.)
 */
export type RowMap = Record<string, unknown>;

export const isRow = (v: unknown): v is RowMap => typeof v === 'object' && v !== null && !Array.isArray(v);

/** a list column (null or a non-list reads as empty) */
export const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** a list-of-maps column */
export const rowsOf = (v: unknown): RowMap[] => listOf(v).filter(isRow);

/** a list-of-strings column (other values dropped) */
export const stringsOf = (v: unknown): string[] => listOf(v).filter((x): x is string => typeof x === 'string');

/** a number column, or null */
export const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A slot a family cannot run without: its classifier sets it, so a missing one is a bug, said as one. */
export function need<T>(v: T | null | undefined, slot: string): T {
  if (v == null) throw new Error(`ask: the intent has no ${slot}, which its family needs`);
  return v;
}
