import type { Command } from 'commander';
import { config } from '../config.js';
import { startServer, statusServer, stopServer, type ServerStatus } from '../neo4j/server.js';

function print(s: ServerStatus): void {
  const where = s.source === 'NEO4J_URI' ? 'NEO4J_URI' : s.source === 'docker' ? 'docker compose' : 'local server';
  process.stdout.write(`${s.state}  ${s.uri}  ${s.version ?? ''}  (${where}${s.pid ? `, pid ${s.pid}` : ''})\n`);
}

export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description(
      'start, stop or inspect the Neo4j server (NEO4J_URI, else Docker, else a local Neo4j fetched from Maven Central)',
    );
  db.command('start')
    .description('start Neo4j and wait until Bolt answers (no-op when running)')
    .action(async () => print(await startServer(config())));
  db.command('stop')
    .description('stop the local Neo4j this tool started (by its pid file)')
    .action(async () => print(await stopServer(config())));
  db.command('status')
    .description('running or stopped, version, URI')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const s = await statusServer(config());
      if (o.json) process.stdout.write(`${JSON.stringify(s)}\n`);
      else print(s);
    });
}
