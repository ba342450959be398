/**
 * Configuration: the environment parsed once with zod, frozen. No other module reads process.env.
 * Every default lives here with the reason for it.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** an existing Neo4j (Aura: neo4j+s://…). Unset → docker compose, else a local server we manage */
  NEO4J_URI: optionalString,
  NEO4J_USER: z.string().default('neo4j'),
  /** unset with a managed server → the generated password kept in the cache directory */
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Bolt port of the managed local server; 7687 is Neo4j's own default */
  NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Neo4j Community 5.26 LTS runs on Java 17; newer majors need Java 21 */
  NEO4J_VERSION: z.string().default('5.26.30'),
  /** outside the clone, so a fresh clone and CI reuse one download */
  REPORT_GRAPH_CACHE: z.string().default(join(homedir(), '.cache', 'report-graph')),
  /** sized for a 2-core / 24 GiB machine shared with Node and the tests */
  NEO4J_HEAP: z.string().default('1g'),
  NEO4J_PAGECACHE: z.string().default('512m'),
  /** server-side cap on every transaction; reads also pass it from the driver */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** seconds `db start` waits for Bolt before giving up (first start creates the store) */
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().positive().default(120),
  JAVA_HOME: optionalString,
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** LLM mode is on only when one of these is set */
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
});

export type Config = Readonly<z.infer<typeof EnvSchema>> & {
  readonly managedNeo4j: boolean;
  readonly neo4jHome: string;
  readonly llmEnabled: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('CONFIG', `invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  return Object.freeze({
    ...c,
    managedNeo4j: !c.NEO4J_URI,
    neo4jHome: join(c.REPORT_GRAPH_CACHE, `neo4j-${c.NEO4J_VERSION}`),
    llmEnabled: Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL),
  });
}

let cached: Config | undefined;
/** The process-wide configuration, parsed on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
