import type { Command } from 'commander';
import { askWithStore, createApp, runQuery } from '../api/index.js';
import { AppError } from '../errors.js';
import { createStore } from '../store/index.js';

function parseVariables(json: string | undefined): Record<string, unknown> | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch {
    /* reported below */
  }
  throw new AppError('BAD_USER_INPUT', '--variables must be a JSON object, e.g. \'{"name":"住建局"}\'');
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a GraphQL operation in-process and print the JSON result')
    .argument('<graphql>', "the operation, e.g. '{ documents { title docNumber } }'")
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
}
