/**
 * Gazette files → graph: read, run the pure pipeline, load each gazette in its own transaction.
 * The CLI wraps this (progress bar, summary line).
 */
import { basename } from 'node:path';
import { readSourceFile } from '../input.js';
import type { GraphBatch } from '../model/index.js';
import { buildGraphBatch } from '../pipeline.js';
import { type LoadSummary, loadGazette } from './loader.js';
import { migrate } from './migrate.js';
import { type Store, createStore } from './store.js';

export interface IngestProgress {
  file: string;
  /** 0-based index of the file being worked on */
  index: number;
  total: number;
  phase: 'extract' | 'load' | 'done';
}

export interface IngestSummary {
  documents: number;
  nodes: number;
  relationships: number;
  droppedRelationships: number;
  ms: number;
  gazettes: LoadSummary[];
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /** an open store to use (closed by the caller); else one is opened and closed here */
  store?: Store;
  /** builds the batch for a file; defaults to the pipeline's buildGraphBatch */
  build?: (input: { text: string; sourceFile: string }) => GraphBatch | Promise<GraphBatch>;
}


export async function ingestFiles(paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const store = options.store ?? createStore();
  const build = options.build ?? buildGraphBatch;
  const summary: IngestSummary = { documents: 0, nodes: 0, relationships: 0, droppedRelationships: 0, ms: 0, gazettes: [] };
  try {
    await migrate(store);
    for (const [index, path] of paths.entries()) {
      const progress = (phase: IngestProgress['phase']) => options.onProgress?.({ file: path, index, total: paths.length, phase });
      progress('extract');
      const { text } = readSourceFile(path);
      const batch = await build({ text, sourceFile: basename(path) });
      progress('load');
      const loaded = await loadGazette(store, batch);
      summary.documents += batch.nodes.filter((n) => n.label === 'Document' && n.props.kind !== 'CITED').length;
      summary.nodes += loaded.nodes;
      summary.relationships += loaded.relationships;
      summary.droppedRelationships += loaded.droppedRelationships;
      summary.gazettes.push(loaded);
      progress('done');
    }
  } finally {
    if (!options.store) await store.close();
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
