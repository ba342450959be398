import type { Command } from 'commander';
import { askWithStore, createApp, runQuery } from '../api/index.js';
import { ask, llmFromConfig } from '../ask/index.js';
import { AppError } from '../errors.js';
import { createStore } from '../store/index.js';
import { buildGraphBatch, nameMerges } from '../pipeline.js';
import { readSourceFile } from '../input.js';
import { graphBatchJsonSchema } from '../model/json-schema.js';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';

function parseVariables(json: string | undefined): Record<string, unknown> | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch { /* reported below */ }
  throw new AppError('BAD_USER_INPUT', '--variables must be a JSON object, e.g. \'{"name":"住建局"}\'');
}

export function registerQuery(program: Command): void {
  program.command('query')
    .description('run a GraphQL operation in-process and print the JSON result')
    .argument('<graphql>', 'the operation, e.g. \'{ documents { title docNumber } }\'')
    .option('--variables <json>', 'variables as a JSON object')
    .action(async (query: string, o: { variables?: string }) => {
      const store = createStore();
      try {
        const result = await runQuery(createApp({ store, ask: askWithStore }), query, parseVariables(o.variables));
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        if (result.errors?.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  program.command('ask')
    .description('answer a question in Chinese (or plain English) from the graph; offline unless an LLM is configured')
    .argument('<question>', 'e.g. "人社局今年负责哪些目标？"')
    .option('--json', 'print the whole Answer as JSON')
    .option('--llm', 'ask the configured model first (OPENAI_API_KEY / OPENAI_BASE_URL)')
    .action(async (question: string, o: { json?: boolean; llm?: boolean }) => {
      const store = createStore();
      try {
        const answer = await ask(question, { run: (c, p) => store.read(c, p), llm: llmFromConfig() }, { mode: o.llm ? 'LLM' : 'AUTO' });
        if (o.json) {
          process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${answer.answer}\n`);
        for (const c of answer.citations.slice(0, 5)) process.stdout.write(`  「${c.quote.replace(/\s+/g, ' ').slice(0, 120)}」 (${c.documentId} ${c.start}-${c.end})\n`);
        process.stdout.write(`[${answer.mode}, confidence ${answer.confidence.toFixed(2)}]${answer.error ? ` ${answer.error.code}: ${answer.error.message}` : ''}\n`);
      } finally {
        await store.close();
      }
    });

  program.command('schema')
    .description('print the GraphBatch contract as JSON Schema (schema/graph-batch.schema.json is this output)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(graphBatchJsonSchema(), null, 2)}\n`);
    });

  program.command('extract')
    .description('run the pure pipeline on a file (no database): a count per kind, the GraphBatch, and the name merges')
    .argument('<file>', 'a gazette or report text file (UTF-8 or GB18030)')
    .option('--out <path>', 'write the GraphBatch as JSON to this file')
    .option('--json', 'print the GraphBatch as JSON on stdout instead of the counts')
    .option('--merges', 'list every organisation-name merge with its reason')
    .action((file: string, o: { out?: string; json?: boolean; merges?: boolean }) => {
      const { text } = readSourceFile(file);
      const source = { text, sourceFile: basename(file) };
      const batch = buildGraphBatch(source);
      if (o.out) writeFileSync(o.out, `${JSON.stringify(batch, null, 1)}\n`);
      if (o.json) {
        process.stdout.write(`${JSON.stringify(batch)}\n`);
      } else {
        const count = (keys: string[]) =>
          Object.entries(keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {})).sort().map(([k, v]) => `${k} ${v}`).join(', ');
        process.stdout.write(`nodes: ${count(batch.nodes.map((n) => n.label))}\nrelationships: ${count(batch.relationships.map((r) => r.type))}\n`);
        if (o.out) process.stdout.write(`GraphBatch written to ${o.out}\n`);
      }
      if (o.merges) {
        for (const m of nameMerges(source)) process.stderr.write(`merge: ${m.mention} → ${m.canonical} (${m.reason})\n`);
      }
    });
}
