/**
 * The stages run input → gazette → extract → resolve → infer → store, and an import may only point
 * back along that flow: a stage uses what earlier stages made, never a later stage's code. Text
 * helpers (src/text), the graph model and the small shared modules sit under every stage and import
 * no stage. Read from the import lines of src/**\/*.ts, so a new arrow the wrong way fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Imported by any stage; they import only each other. */
const SHARED = ['text', 'model', 'kinds', 'errors', 'config', 'logger', 'paths'];

/**
 * The layers in flow order; a module may import its own layer, an earlier one, or a shared one.
 * After the pure stages: the pipeline that runs them, the store, the database server the store's
 * tools start, the ingest that runs pipeline and store, then the question layer, the API and the CLI.
 */
const FLOW = [
  'input',
  'gazette',
  'extract',
  'resolve',
  'infer',
  'pipeline',
  'store',
  'neo4j',
  'ingest',
  'ask',
  'api',
  'cli',
];

/** src/extract/actors.ts → extract; src/pipeline.ts → pipeline; src/input.ts → input. */
function layerOf(file: string): string {
  return relative(SRC, file)
    .split(/[\\/]/)[0]
    .replace(/\.m?[jt]s$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The relative module paths a file imports or re-exports, static or dynamic. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]);
  return specifiers.filter((s) => s.startsWith('.'));
}

function allowed(from: string, to: string): boolean {
  if (SHARED.includes(to)) return true;
  if (SHARED.includes(from)) return false;
  return FLOW.indexOf(to) <= FLOW.indexOf(from);
}

describe('import direction', () => {
  const files = sourceFiles(SRC);

  it('knows the layer of every source file', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((l) => !SHARED.includes(l) && !FLOW.includes(l));
    expect(unknown).toEqual([]);
  });

  it('has no import from a later stage, and none from a shared module into a stage', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(SRC + '/')) continue; // the seed lexicons are data, not a stage
        const to = layerOf(target);
        if (!allowed(from, to)) wrong.push(`${relative(SRC, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads the import lines it checks', () => {
    // the check above is only as good as the parse: gazette imports the text layer, pipeline every stage
    const imports = (f: string) => importsOf(join(SRC, f)).map((s) => layerOf(resolve(SRC, dirname(f), s)));
    expect(imports('gazette/sections.ts')).toContain('text');
    expect(imports('pipeline.ts')).toEqual(expect.arrayContaining(['gazette', 'extract', 'resolve']));
    expect(allowed('gazette', 'extract')).toBe(false);
    expect(allowed('extract', 'resolve')).toBe(false);
    expect(allowed('text', 'extract')).toBe(false);
    expect(allowed('infer', 'extract')).toBe(true);
  });
});
