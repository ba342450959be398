import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../errors.js';
import { buildBatches, removeSources } from '../ingest.js';
import { createStore, loadQuery, migrate, type Store } from '../store/index.js';

interface ListedGazette {
  id: string;
  title: string;
  issue: string | null;
  publishedOn: string | null;
  jurisdiction: string;
  sourceFile: string;
  documents: Array<{
    id: string;
    title: string;
    docNumber: string | null;
    kind: string;
    issuedOn: string | null;
    jurisdiction: string | null;
    gazetteCount: number;
    targets: number;
    tasks: number;
  }>;
}

/** What a user names on `remove`: a file they loaded, a gazette id, or a document id. */
async function gazettesToRemove(store: Store, what: string): Promise<string[]> {
  if (existsSync(what)) return (await buildBatches([what])).map((b) => b.gazetteId);
  if (what.startsWith('gaz_')) {
    const [row] = await store.read<{ found: string[] }>(loadQuery('sources/gazette-exists'), { ids: [what] });
    if (!row?.found.length)
      throw new AppError('NOT_FOUND', `no loaded gazette has the id ${what} (see \`report-graph list\`)`);
    return [what];
  }
  if (what.startsWith('doc_')) {
    const rows = await store.read<{
      gazetteId: string;
      title: string;
      issue: string | null;
      others: number;
      otherTitles: string[];
    }>(loadQuery('sources/document-gazettes'), { documentId: what });
    if (!rows.length)
      throw new AppError('NOT_FOUND', `no loaded gazette prints the document ${what} (see \`report-graph list\`)`);
    // a document printed with others is removed with its gazette, never cut out of it
    const shared = rows.filter((r) => r.others > 0);
    if (shared.length) {
      const g = shared[0];
      throw new AppError(
        'BAD_USER_INPUT',
        `${what} is printed in ${g.title}${g.issue ? ` ${g.issue}` : ''} (${g.gazetteId}) with ${g.others} other document(s), e.g. ${g.otherTitles.join('、')}: remove that gazette instead`,
      );
    }
    return rows.map((r) => r.gazetteId);
  }
  throw new AppError('BAD_USER_INPUT', `${what}: not a file, a gazette id (gaz_…) or a document id (doc_…)`);
}

export function registerSources(program: Command): void {
  program
    .command('list')
    .description('list the loaded gazettes and documents, with dates and what each states')
    .option('--json', 'print the list as JSON')
    .action(async (o: { json?: boolean }) => {
      const store = createStore();
      try {
        await migrate(store);
        const rows = await store.read<ListedGazette>(loadQuery('sources/list'));
        if (o.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
          return;
        }
        if (!rows.length) {
          process.stdout.write('nothing is loaded: run `report-graph ingest [files…]`\n');
          return;
        }
        for (const g of rows) {
          process.stdout.write(
            `${g.jurisdiction}  ${g.title}${g.issue ? ` ${g.issue}` : ''}  ${g.publishedOn ?? '(no date)'}  ${g.id}  ${g.sourceFile}\n`,
          );
          for (const d of g.documents) {
            const counts = [
              d.targets ? `${d.targets} targets` : '',
              d.tasks ? `${d.tasks} tasks` : '',
              d.gazetteCount > 1 ? `in ${d.gazetteCount} sources` : '',
            ]
              .filter(Boolean)
              .join(', ');
            process.stdout.write(
              `  ${d.issuedOn ?? '          '}  ${d.kind.padEnd(16)} ${d.title}${d.docNumber ? ` ${d.docNumber}` : ''}  ${d.id}${counts ? `  (${counts})` : ''}\n`,
            );
          }
        }
      } finally {
        await store.close();
      }
    });

  program
    .command('remove')
    .description(
      'remove what only a source states (a loaded file, a gazette id or a document id) and recompute what was derived from it',
    )
    .argument('<source...>', 'a file that was loaded, a gazette id (gaz_…) or a document printed on its own (doc_…)')
    .option('--json', 'print the summary as JSON')
    .action(async (sources: string[], o: { json?: boolean }) => {
      const store = createStore();
      try {
        await migrate(store);
        const ids = [...new Set((await Promise.all(sources.map((s) => gazettesToRemove(store, s)))).flat())];
        const summary = await removeSources(ids, { store });
        if (o.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        const derived = summary.derived
          .map((d) => `${d.jurisdiction}: ${d.derived} derived facts (was ${d.removed})`)
          .join('; ');
        process.stderr.write(`removed ${ids.length} gazette(s)${derived ? `; recomputed ${derived}` : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
