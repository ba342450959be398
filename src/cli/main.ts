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
import { COMMANDS, addSummary } from './commands.js';

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
    for (const n of Object.keys(COMMANDS)) addSummary(program, n);
  }
  await program.parseAsync(argv);
}

main(process.argv).catch(fail);
