/**
 * Named Cypher: one parameterised query a file under queries/, loaded by name and cached.
 * A few loader queries need a label or relationship type, which Cypher cannot take as a
 * parameter; those carry `__NAME__` slots filled only from the model's fixed label/type lists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NodeLabels, RelTypes } from '../model/index.js';
import { PACKAGE_ROOT } from '../paths.js';

const QUERIES_DIR = join(PACKAGE_ROOT, 'queries');

const cache = new Map<string, string>();

/** The text of queries/<name>.cypher (name may contain a sub-folder: `load/merge-nodes`). */
export function loadQuery(name: string): string {
  if (!/^[a-z0-9][a-z0-9/_-]*$/.test(name) || name.includes('..')) throw new Error(`bad query name: ${name}`);
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n');
    cache.set(name, text);
  }
  return text;
}

const allowed = new Set<string>([...NodeLabels, ...RelTypes]);

/** Fill `__SLOT__` identifiers with labels or relationship types from the model's closed lists. */
export function withIdentifiers(text: string, slots: Record<string, string>): string {
  return text.replace(/__([A-Z]+)__/g, (_, slot: string) => {
    const value = slots[slot];
    if (value === undefined || !allowed.has(value))
      throw new Error(`identifier ${slot}=${value} is not a model label or type`);
    return value;
  });
}

/**
 * Fill `__SLOT__` with one `UNION ALL` branch per label or relationship type of the model's closed
 * lists, each made by `branch` (never from input): one statement text for every label or type, so
 * Neo4j parses and plans it once, whatever mix of them a gazette holds.
 */
export function withBranches(
  text: string,
  slots: Record<string, { values: readonly string[]; branch: (value: string) => string }>,
): string {
  return text.replace(/__([A-Z_]+)__/g, (_, slot: string) => {
    const fill = slots[slot];
    if (!fill) throw new Error(`no branches for ${slot}`);
    for (const v of fill.values) if (!allowed.has(v)) throw new Error(`${v} is not a model label or type`);
    return fill.values.map(fill.branch).join('\n  UNION ALL\n  ');
  });
}

/** Statements of the migration files, in file order. */
export function migrationStatements(): string[] {
  const dir = join(QUERIES_DIR, 'migrations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
}
