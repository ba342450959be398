import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { AppError } from '../errors.js';
import { ingestFiles, type IngestSummary } from '../store/index.js';
import { PACKAGE_ROOT } from '../paths.js';

const SEED_DIR = join(PACKAGE_ROOT, 'seed', 'gazettes');

/** The bundled gazettes, in a stable order. */
export function seedFiles(): string[] {
  const files = readdirSync(SEED_DIR).filter((f) => !f.startsWith('.')).sort().map((f) => join(SEED_DIR, f));
  if (!files.length) throw new AppError('BAD_INPUT_FILE', `no gazettes in ${SEED_DIR}`);
  return files;
}

/** Loads files with a progress bar on a terminal (silent otherwise) and prints the summary to stderr. */
export async function ingestWithProgress(files: string[]): Promise<IngestSummary> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {phase} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length * 2, 0, { phase: '', file: '' });
  const summary = await ingestFiles(files, {
    onProgress: (p) => bar?.update(p.index * 2 + (p.phase === 'extract' ? 0 : p.phase === 'load' ? 1 : 2), { phase: p.phase, file: p.file.split('/').pop() }),
  }).finally(() => bar?.stop());
  process.stderr.write(`ingested ${files.length} file(s): ${summary.documents} documents, ${summary.nodes} nodes, ${summary.relationships} relationships in ${summary.ms} ms\n`);
  return summary;
}

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('load gazettes into Neo4j, one transaction each; loading an unchanged gazette again changes nothing')
    .argument('[files...]', 'gazette text files (UTF-8 or GB18030)', [])
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (files: string[], o: { json?: boolean }) => {
      const summary = await ingestWithProgress(files.length ? files : seedFiles());
      if (o.json) process.stdout.write(`${JSON.stringify({ documents: summary.documents, nodes: summary.nodes, relationships: summary.relationships, ms: summary.ms })}\n`);
    });
}
