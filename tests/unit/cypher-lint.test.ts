/**
 * Every named query (queries/**\/*.cypher, migrations included) parsed and checked with Neo4j's
 * own Cypher grammar and semantic analysis (@neo4j-cypher/language-support, the parser the ask
 * guard uses): a syntax error fails here with file, line and column, no database needed.
 * `__NAME__` slots (src/store/queries.ts) are filled with a real label or type first, through
 * withIdentifiers itself, so an unknown slot fails too; the load statements whose slots hold a
 * branch per label are checked as the loader sends them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { loadStatements } from '../../src/store/loader.js';
import { migrationStatements, withIdentifiers } from '../../src/store/queries.js';

const ROOT = 'queries';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? cypherFiles(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : [],
    )
    .sort();
}

/** One example value per slot: a label for LABEL (nodes-by-id), end labels for FROM and TO and a type for TYPE (write-derived). */
const SLOT_EXAMPLES = { LABEL: 'Target', FROM: 'Organization', TO: 'Target', TYPE: 'RESPONSIBLE_FOR' };

/** Errors (severity 1) of a query, as `file:line:column message`; parameters are supplied at run time, so "not defined" is not one. */
function errors(text: string, where: string): string[] {
  return lintCypherQuery(text, {})
    .diagnostics.filter((d) => d.severity === 1 && !/^Parameter \$\S+ is not defined/.test(String(d.message)))
    .map((d) => `${where}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe('queries/**/*.cypher', () => {
  const files = cypherFiles(ROOT);

  it('finds the named queries and the migrations', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.startsWith(join(ROOT, 'migrations')))).toBe(true);
  });

  it('every file parses and passes semantic analysis', () => {
    const merges = loadStatements();
    const sent: Record<string, string> = {
      [join(ROOT, 'load/merge-nodes.cypher')]: merges.nodes,
      [join(ROOT, 'load/merge-relationships.cypher')]: merges.relationships,
      [join(ROOT, 'load/node-element-ids.cypher')]: merges.endIds,
    };
    const problems = files.flatMap((f) =>
      errors(sent[f] ?? withIdentifiers(readFileSync(f, 'utf8'), SLOT_EXAMPLES), relative('.', f)),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);

  it('every migration statement, as the store splits and runs them, parses alone', () => {
    const problems = migrationStatements().flatMap((s, i) =>
      errors(s, `migration statement ${i + 1} (${s.slice(0, 60)}…)`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  }, 60_000);

  it('a broken query is reported with its line and column', () => {
    expect(errors('MATCH (t:Target)\nWHERE t.year = $year\nRETRUN t', 'x.cypher')[0]).toMatch(/^x\.cypher:3:1 /);
    expect(errors('MATCH (t:Target) RETURN u', 'y.cypher')[0]).toMatch(/^y\.cypher:1:25 Variable `u` not defined/);
  });
});
