/**
 * The `report-graph` command. Each command's module is imported only when that command runs, so
 * `--help`, `--version` and `db status` do not load GraphQL, the pipeline or the question layer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { isAppError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';

type Register = (program: Command) => void;

/**
 * Every command: how it is used and its summary for the top-level help, and the register function
 * of the module that defines it in full (options, arguments, action). A module may define several.
 */
const COMMANDS: Record<string, { usage: string; summary: string; load: () => Promise<Register> }> = {
  db: {
    usage: 'start|stop|status',
    summary:
      'start, stop or inspect the Neo4j server (NEO4J_URI, else Docker, else a local Neo4j fetched from Maven Central)',
    load: async () => (await import('./db.js')).registerDb,
  },
  ingest: {
    usage: '[files|dirs|globs...]',
    summary:
      'load gazettes and documents into Neo4j, all in one transaction, and re-derive their counties; loading unchanged files again changes nothing',
    load: async () => (await import('./ingest.js')).registerIngest,
  },
  list: {
    usage: '',
    summary: 'list the loaded gazettes and documents',
    load: async () => (await import('./sources.js')).registerSources,
  },
  remove: {
    usage: '<file|gazette id|document id...>',
    summary: 'remove what only that source states and recompute what was derived from it',
    load: async () => (await import('./sources.js')).registerSources,
  },
  serve: {
    usage: '',
    summary: 'serve GraphQL (and /ready) on HOST:PORT',
    load: async () => (await import('./serve.js')).registerServe,
  },
  start: {
    usage: '',
    summary: 'the main job: start Neo4j if none is configured, load the bundled gazettes, serve GraphQL',
    load: async () => (await import('./serve.js')).registerServe,
  },
  query: {
    usage: '<graphql>',
    summary: 'run a GraphQL operation in-process and print the JSON result',
    load: async () => (await import('./query.js')).registerQuery,
  },
  ask: {
    usage: '<question>',
    summary: 'answer a question in Chinese (or plain English) from the graph; offline unless an LLM is configured',
    load: async () => (await import('./ask.js')).registerAsk,
  },
  extract: {
    usage: '<files...>',
    summary:
      "run the pure pipeline on files (no database): a count per kind, the GraphBatch with their counties' derived facts, and the name merges",
    load: async () => (await import('./extract.js')).registerExtract,
  },
  schema: {
    usage: '',
    summary: 'print the GraphBatch contract as JSON Schema',
    load: async () => (await import('./extract.js')).registerExtract,
  },
};

/** Exit codes: 1 a command failed, 2 the configuration (environment) is wrong. */
function fail(e: unknown): never {
  if (isAppError(e)) {
    process.stderr.write(`report-graph: ${e.code}: ${e.message}\n`);
    process.exit(e.code === 'CONFIG' ? 2 : 1);
  }
  const stack = e && typeof e === 'object' && 'stack' in e && typeof e.stack === 'string' ? e.stack : undefined;
  process.stderr.write(`report-graph: unexpected error: ${stack ?? String(e)}\n`);
  process.exit(1);
}

export async function main(argv: string[]): Promise<void> {
  // bad configuration is reported before anything else runs, --help included
  loadConfig();
  const version = z
    .object({ version: z.string() })
    .parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'))).version;
  const program = new Command('report-graph')
    .description('Gazettes (政府公报) and 政府工作报告 → a Neo4j knowledge graph, GraphQL and questions in Chinese')
    .version(version, '-V, --version')
    .showHelpAfterError();
  const name = argv.slice(2).find((a) => !a.startsWith('-'));
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command) {
    (await command.load())(program);
  } else {
    // help, --version or an unknown command: summaries only
    for (const [n, c] of Object.entries(COMMANDS))
      program.command(`${n}${c.usage ? ` ${c.usage}` : ''}`).description(c.summary);
  }
  await program.parseAsync(argv);
}

main(process.argv).catch(fail);
