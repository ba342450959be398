/**
 * Files → graph: every file is read and run through the pure pipeline first, so an unreadable or
 * empty file fails the call before anything is written; then all of them are loaded, and the
 * county derivation run, in ONE transaction. The CLI wraps this (progress bar, summary line).
 */
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { AppError } from './errors.js';
import { readSourceFile } from './input.js';
import type { GraphBatch } from './model/index.js';
import { buildGraphBatch } from './pipeline.js';
import {
  type DerivationSummary,
  type LoadOptions,
  type LoadSummary,
  loadGazettes,
  migrate,
  removeGazettes,
  type RemoveSummary,
  type Store,
  createStore,
} from './store/index.js';

export interface IngestProgress {
  file: string;
  /** 0-based index of the file being worked on */
  index: number;
  total: number;
  /** extract: reading and running the pipeline; load: the one write transaction (index = total); done: committed */
  phase: 'extract' | 'load' | 'done';
}

export interface IngestSummary {
  documents: number;
  nodes: number;
  relationships: number;
  droppedRelationships: number;
  ms: number;
  gazettes: LoadSummary[];
  /** the jurisdictions whose derived layer (owners, links, conflicts) was recomputed */
  derived: DerivationSummary[];
}

export interface IngestOptions extends Pick<LoadOptions, 'beforeWrite' | 'afterNodes'> {
  onProgress?: (p: IngestProgress) => void;
  /** an open store to use (closed by the caller); else one is opened and closed here */
  store?: Store;
  /** builds the batch for a file; defaults to the pipeline's buildGraphBatch */
  build?: (input: { text: string; sourceFile: string }) => GraphBatch | Promise<GraphBatch>;
}

/** What a directory's files must end with to be read as documents (a file named on its own is read whatever its name). */
const DOCUMENT_FILES = /\.(?:txt|text|pdf|docx|html?|xhtml)$/i;

/**
 * Paths as a user gives them: files, directories (their document files, not hidden, sorted) and
 * globs (quoted, so the shell left them alone). A path that names nothing is an error.
 */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const found = globSync(input, { absolute: true, onlyFiles: true }).sort();
      if (!found.length) throw new AppError('BAD_INPUT_FILE', `${input}: no file matches`, { sourceFile: input });
      out.push(...found);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      throw new AppError('BAD_INPUT_FILE', `${input}: no such file or directory`, { sourceFile: input });
    }
    if (!isDir) {
      out.push(resolve(input));
      continue;
    }
    const found = globSync('**/*', { cwd: input, absolute: true, onlyFiles: true })
      .filter((f) => !basename(f).startsWith('.') && DOCUMENT_FILES.test(f))
      .sort();
    if (!found.length)
      throw new AppError(
        'BAD_INPUT_FILE',
        `${input}: the directory holds no document files (.txt, .pdf, .docx, .html)`,
        { sourceFile: input },
      );
    out.push(...found);
  }
  return [...new Set(out)];
}

/** Reads and extracts every file; the first that cannot be read fails the whole call (nothing written yet). */
export async function buildBatches(
  paths: string[],
  options: Pick<IngestOptions, 'build' | 'onProgress'> = {},
): Promise<GraphBatch[]> {
  const build = options.build ?? buildGraphBatch;
  const batches: GraphBatch[] = [];
  for (const [index, path] of paths.entries()) {
    options.onProgress?.({ file: path, index, total: paths.length, phase: 'extract' });
    const { text } = readSourceFile(path);
    batches.push(await build({ text, sourceFile: basename(path) }));
  }
  // two files that are one gazette (the same issue twice) would replace each other inside the call
  const seen = new Map<string, string>();
  for (const [i, b] of batches.entries()) {
    const prev = seen.get(b.gazetteId);
    if (prev)
      throw new AppError('BAD_INPUT_FILE', `${paths[i]} is the same gazette as ${prev}: give one of them`, {
        sourceFile: paths[i],
      });
    seen.set(b.gazetteId, paths[i]);
  }
  return batches;
}

async function withStore<T>(options: { store?: Store }, work: (store: Store) => Promise<T>): Promise<T> {
  const store = options.store ?? createStore();
  try {
    await migrate(store);
    return await work(store);
  } finally {
    if (!options.store) await store.close();
  }
}

export async function ingestFiles(paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batches = await buildBatches(paths, options);
  return withStore(options, async (store) => {
    options.onProgress?.({ file: '', index: paths.length, total: paths.length, phase: 'load' });
    const loaded = await loadGazettes(store, batches, options);
    options.onProgress?.({ file: '', index: paths.length, total: paths.length, phase: 'done' });
    return {
      documents: batches.reduce(
        (n, b) => n + b.nodes.filter((x) => x.label === 'Document' && x.props.kind !== 'CITED').length,
        0,
      ),
      nodes: loaded.gazettes.reduce((n, g) => n + g.nodes, 0),
      relationships: loaded.gazettes.reduce((n, g) => n + g.relationships, 0),
      droppedRelationships: loaded.gazettes.reduce((n, g) => n + g.droppedRelationships, 0),
      ms: Math.round(performance.now() - started),
      gazettes: loaded.gazettes,
      derived: loaded.derived,
    };
  });
}

/** Removes loaded gazettes (by id) and recomputes what was derived from them. */
export async function removeSources(gazetteIds: string[], options: { store?: Store } = {}): Promise<RemoveSummary> {
  return withStore(options, (store) => removeGazettes(store, gazetteIds));
}
