/**
 * The Cypher guard for model output. Model text is untrusted: it is NFKC-normalised (full-width
 * ＤＥＬＥＴＥ becomes DELETE before anything looks at it), parsed with the official Cypher
 * grammar, and allowed only when it is one statement made of read clauses. The text that runs is
 * the normalised text the guard checked, with a LIMIT forced on it.
 */
import { createRequire } from 'node:module';
import type * as CypherSupport from '@neo4j-cypher/language-support';
import type { SimpleTree } from '@neo4j-cypher/language-support';
import { AppError } from '../errors.js';

let support: typeof CypherSupport | undefined;
/**
 * The official grammar, loaded on first use: it is megabytes of generated parser that only
 * model-written Cypher needs, and importing it cost every process that loads the question layer
 * (a CLI `ask` answered offline) about 0.3 s of start.
 */
function cypherSupport(): typeof CypherSupport {
  // the package's CommonJS build, typed by its own declarations (the same API as its ESM entry)
  support ??= createRequire(import.meta.url)('@neo4j-cypher/language-support') as typeof CypherSupport;
  return support;
}

/** Grammar rules a read query may contain; every other *Clause / *Command rule is refused. */
const ALLOWED_CLAUSES = new Set([
  'matchClause',
  'withClause',
  'returnClause',
  'unwindClause',
  'whereClause',
  'orderBySkipLimitClause',
  'yieldClause',
  'callClause',
]);
/** Procedures a read query may CALL. */
const ALLOWED_PROCEDURES = new Set([
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
]);

export const MAX_ROWS = 50;
/** Bytes of rows (as JSON) an answer may carry: LIMIT bounds rows, not bytes (collect(properties(n)) is one row). */
export const MAX_ANSWER_BYTES = 256 * 1024;
/** Characters of a model reply read at all: a query is a few hundred; anything longer is refused unparsed. */
export const MAX_REPLY_CHARS = 8_000;

export interface GuardedQuery {
  cypher: string;
}

function reject(reason: string, cypher: string): never {
  throw new AppError('QUERY_REJECTED', `generated Cypher rejected: ${reason}`, { cypher });
}

function leaves(t: SimpleTree): string[] {
  return t.children?.length ? t.children.flatMap(leaves) : [t.name];
}

function walk(t: SimpleTree, visit: (t: SimpleTree) => void): void {
  visit(t);
  for (const c of t.children ?? []) walk(c, visit);
}

/** Throws QUERY_REJECTED unless `raw` is a single read-only statement; returns the text to run. */
export function guardCypher(raw: string, maxRows = MAX_ROWS): GuardedQuery {
  // the parser is slow on huge input, and no honest query is this long: refused before parsing
  if (raw.length > MAX_REPLY_CHARS) reject(`the query is longer than ${MAX_REPLY_CHARS} characters`, raw.slice(0, 200));
  let cypher = raw
    .normalize('NFKC')
    .replace(/^\s*```(?:cypher)?\s*|\s*```\s*$/gi, '')
    .trim();
  // one trailing semicolon is harmless; anything after it is a second statement and is refused below
  cypher = cypher.replace(/;\s*$/, '').trim();
  if (!cypher) reject('empty query', raw);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(cypher)) reject('control characters', raw);
  const { parseStatementsStrs, lintCypherQuery, getDebugTree } = cypherSupport();
  const statements = parseStatementsStrs(cypher).filter((s) => s.replace(/;/g, '').trim());
  if (statements.length !== 1) reject(`${statements.length} statements (exactly one is allowed)`, raw);
  if (cypher.includes(';')) {
    // a semicolon may only sit inside a string literal; parseStatementsStrs already split real ones
    const outside = cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '');
    if (outside.includes(';')) reject('multiple statements', raw);
  }
  const errors = lintCypherQuery(cypher, {}).diagnostics.filter(
    (d) => d.severity === 1 && !/Parameter \$\S+ is not defined/.test(String(d.message)),
  );
  if (errors.length) reject(`syntax: ${errors[0].message}`, raw);

  const tree = getDebugTree(cypher);
  walk(tree, (node) => {
    const n = node.name;
    if (!node.children?.length) return;
    // SHOW / TERMINATE … parse as composable command clauses (composableShowCommandClauses): any command is refused
    if (n !== 'statementOrCommand' && n !== 'statementsOrCommands' && /Command/.test(n))
      reject(`${n} is not a read query`, raw);
    if (/Clause$/.test(n) && !ALLOWED_CLAUSES.has(n))
      reject(`${n.replace(/Clause$/, '').toUpperCase()} is not allowed`, raw);
    if (n === 'callClause') {
      const proc = node.children.find((c) => c.name === 'procedureName');
      const name = proc ? leaves(proc).join('').toLowerCase() : '';
      if (!ALLOWED_PROCEDURES.has(name)) reject(`CALL ${name || '?'} is not in the allowlist`, raw);
    }
  });
  // belt and braces: the keywords themselves, as tokens, outside string literals
  const bare = cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''");
  const kw = bare.match(
    /\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|FOREACH|LOAD\s+CSV|USE|DROP|GRANT|REVOKE|TERMINATE|ALTER|RENAME|FINISH|INSERT|SHOW|DENY)\b/i,
  );
  if (kw) reject(`${kw[1].toUpperCase()} is not allowed`, raw);
  if (/\bCALL\s*(\(|\{)/i.test(bare)) reject('CALL subqueries are not allowed', raw);
  // the forced LIMIT can only cap the last part of a UNION, so UNION is refused
  if (/\bUNION\b/i.test(bare)) reject('UNION is not allowed', raw);
  if (/\b(apoc|gds|dbms)\./i.test(bare)) reject('procedures and functions outside the allowlist', raw);

  return { cypher: forceLimit(cypher, maxRows) };
}

/** Cap the rows: lower a literal LIMIT that is too high, or add one. */
export function forceLimit(cypher: string, maxRows: number): string {
  const tail = cypher.match(/\bLIMIT\s+(\S+)\s*$/i);
  if (tail) {
    const n = Number(tail[1]);
    if (Number.isInteger(n) && n >= 0 && n <= maxRows) return cypher;
    return cypher.slice(0, tail.index) + `LIMIT ${maxRows}`;
  }
  return `${cypher}\nLIMIT ${maxRows}`;
}

/**
 * Rows within MAX_ANSWER_BYTES: whole rows are kept while they fit; a first row alone larger than
 * the cap is refused (a query that returns the graph in one row is not an answer).
 */
export function capRows(
  rows: Record<string, unknown>[],
  maxBytes = MAX_ANSWER_BYTES,
): { rows: Record<string, unknown>[]; truncated: boolean } {
  const out: Record<string, unknown>[] = [];
  let bytes = 2;
  for (const r of rows) {
    const b = Buffer.byteLength(JSON.stringify(r) ?? 'null', 'utf8') + 1;
    if (bytes + b > maxBytes) {
      if (!out.length)
        throw new AppError(
          'QUERY_REJECTED',
          `generated Cypher rejected: its result is larger than ${maxBytes} bytes`,
          {},
        );
      return { rows: out, truncated: true };
    }
    bytes += b;
    out.push(r);
  }
  return { rows: out, truncated: false };
}
