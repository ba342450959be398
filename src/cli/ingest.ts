import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { AppError } from '../errors.js';
import { logger } from '../logger.js';
import { expandInputs, ingestFiles, type IngestSummary } from '../ingest.js';
import { PACKAGE_ROOT } from '../paths.js';

const SEED_DIR = join(PACKAGE_ROOT, 'seed', 'gazettes');

/** The bundled gazettes, in a stable order. */
export function seedFiles(): string[] {
  const files = readdirSync(SEED_DIR)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(SEED_DIR, f));
  if (!files.length) throw new AppError('BAD_INPUT_FILE', `no gazettes in ${SEED_DIR}`);
  return files;
}

/** Loads files with a progress bar on a terminal (silent otherwise) and prints the summary to stderr. */
export async function ingestWithProgress(files: string[]): Promise<IngestSummary> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {phase} {file}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  // one step a file read and extracted, one for the transaction that loads them all
  bar?.start(files.length + 1, 0, { phase: '', file: '' });
  const summary = await ingestFiles(files, {
    onProgress: (p) =>
      bar?.update(p.phase === 'done' ? p.total + 1 : p.index, { phase: p.phase, file: p.file.split('/').pop() }),
  }).finally(() => bar?.stop());
  logger.info(
    {
      files: files.map((f) => basename(f)),
      documents: summary.documents,
      nodes: summary.nodes,
      relationships: summary.relationships,
      dropped: summary.droppedRelationships,
      gazettes: summary.gazettes.map((g) => g.gazetteId),
      ms: summary.ms,
    },
    'ingest',
  );
  const derived = summary.derived.map((d) => `${d.jurisdiction} ${d.derived}`).join(', ');
  process.stderr.write(
    `ingested ${files.length} file(s): ${summary.documents} documents, ${summary.nodes} nodes, ${summary.relationships} relationships in ${summary.ms} ms; derived facts (owners, links, conflicts) per jurisdiction: ${derived || 'none'}\n`,
  );
  return summary;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'load gazettes and single documents into Neo4j: every file is read and checked first, then all are loaded in one transaction (all or nothing) and the derived facts of their counties recomputed; loading unchanged files again changes nothing',
    )
    .argument('[files...]', 'files, directories or quoted globs (default: the bundled seed/gazettes/)', [])
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (files: string[], o: { json?: boolean }) => {
      const summary = await ingestWithProgress(files.length ? expandInputs(files) : seedFiles());
      if (o.json)
        process.stdout.write(
          `${JSON.stringify({ documents: summary.documents, nodes: summary.nodes, relationships: summary.relationships, ms: summary.ms, derived: summary.derived })}\n`,
        );
    });
}
