/**
 * Every command of `report-graph`: how it is used and its summary for the top-level help, and the
 * register function of the module that defines it in full (options, arguments, action); a module
 * may define several. Apart from src/cli/main.ts, which runs on import, so that a test can hold
 * each summary against the command it stands for (tests/unit/cli-help.test.ts).
 */
import type { Command } from 'commander';

export type Register = (program: Command) => void;

export const COMMANDS: Record<string, { usage: string; summary: string; load: () => Promise<Register> }> = {
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
    usage: '<source...>',
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

/** A command as the top-level help shows it: its name, usage and summary, without loading it. */
export function addSummary(program: Command, name: string): Command {
  const c = COMMANDS[name];
  return program.command(`${name}${c.usage ? ` ${c.usage}` : ''}`).description(c.summary);
}
