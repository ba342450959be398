import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { readSourceFile } from '../input.js';
import { graphBatchJsonSchema } from '../model/json-schema.js';
import { countyGraph } from '../infer/index.js';
import { buildGraphBatch, nameMerges } from '../pipeline.js';

/** Commands that need no database: the pure pipeline and its contract. */
export function registerExtract(program: Command): void {
  program
    .command('schema')
    .description('print the GraphBatch contract as JSON Schema (schema/graph-batch.schema.json is this output)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(graphBatchJsonSchema(), null, 2)}\n`);
    });

  program
    .command('extract')
    .description(
      'run the pure pipeline on files (no database): a count per kind, the GraphBatch with the derived facts of their counties, and the name merges',
    )
    .argument(
      '<files...>',
      'gazettes or single documents: PDF, Word .docx, a web page, or text (UTF-8, GB18030, UTF-16 with BOM); several files make one county graph, as if loaded together',
    )
    .option('--out <path>', 'write the GraphBatch as JSON to this file')
    .option('--json', 'print the GraphBatch as JSON on stdout instead of the counts')
    .option('--merges', 'list every organisation-name merge with its reason')
    .action((files: string[], o: { out?: string; json?: boolean; merges?: boolean }) => {
      const sources = files.map((file) => ({ text: readSourceFile(file).text, sourceFile: basename(file) }));
      // what the store holds after loading these files: their stated facts plus their counties' derived layer
      const batch = countyGraph(sources.map(buildGraphBatch));
      if (o.out) writeFileSync(o.out, `${JSON.stringify(batch, null, 1)}\n`);
      if (o.json) {
        process.stdout.write(`${JSON.stringify(batch)}\n`);
      } else {
        const count = (keys: string[]) =>
          Object.entries(keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {}))
            .sort()
            .map(([k, v]) => `${k} ${v}`)
            .join(', ');
        process.stdout.write(
          `nodes: ${count(batch.nodes.map((n) => n.label))}\nrelationships: ${count(batch.relationships.map((r) => r.type))}\n`,
        );
        if (o.out) process.stdout.write(`GraphBatch written to ${o.out}\n`);
      }
      if (o.merges) {
        for (const m of sources.flatMap(nameMerges))
          process.stderr.write(`merge: ${m.mention} → ${m.canonical} (${m.reason})\n`);
      }
    });
}
