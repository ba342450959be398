import { Command } from 'commander';
import { isAppError } from '../errors.js';
import { registerAsk } from './ask.js';
import { registerDb } from './db.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerQuery } from './query.js';
import { registerServe } from './serve.js';

const program = new Command('report-graph')
  .description('Gazettes (政府公报) and 政府工作报告 → a Neo4j knowledge graph, GraphQL and questions in Chinese')
  .showHelpAfterError();
registerDb(program);
registerIngest(program);
registerServe(program);
registerQuery(program);
registerAsk(program);
registerExtract(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  if (isAppError(e)) {
    process.stderr.write(`report-graph: ${e.code}: ${e.message}\n`);
  } else {
    process.stderr.write(`report-graph: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exit(1);
});
