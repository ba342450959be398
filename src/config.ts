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
/** `.describe()` on every non-trivial variable says what is expected; the error message quotes it */
const port = (what: string) => z.coerce.number().int().min(0).max(65535).describe(`${what}: a whole number 0–65535`);
const positiveInt = (what: string) => z.coerce.number().int().positive().describe(`${what}: a whole number above 0`);
const flag = z
  .preprocess(emptyToUndefined, z.enum(['0', '1']).default('0'))
  .transform((v) => v === '1')
  .describe('0 or 1');

const EnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe('development, production or test'),
  /** unset: `info` while serving (a line per request), `warn` for one-shot commands */
  LOG_LEVEL: z
    .preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional())
    .describe('fatal, error, warn, info, debug, trace or silent'),
  /** an existing Neo4j (Aura: neo4j+s://…). Unset → docker compose, else a local server we manage */
  NEO4J_URI: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/)
        .optional(),
    )
    .describe('a Neo4j URI such as neo4j+s://xxxx.databases.neo4j.io or bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  /** unset with a managed server → the generated password kept in the cache directory */
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Bolt port of the managed local server; 7687 is Neo4j's own default */
  NEO4J_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(7687)
    .describe('the Bolt port of the local Neo4j: a whole number 1–65535'),
  /** Neo4j Community 5.26 LTS runs on Java 17; newer majors need Java 21 */
  NEO4J_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .default('5.26.30')
    .describe('a Neo4j version such as 5.26.30'),
  /** outside the clone, so a fresh clone and CI reuse one download */
  REPORT_GRAPH_CACHE: z.string().default(join(homedir(), '.cache', 'report-graph')),
  /** sized for a 2-core / 24 GiB machine shared with Node and the tests */
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('1g')
    .describe('a JVM size such as 512m or 1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('512m')
    .describe('a JVM size such as 512m or 1g'),
  /** server-side cap on every transaction; reads also pass it from the driver */
  NEO4J_TX_TIMEOUT_MS: positiveInt('milliseconds').default(30_000),
  /** seconds `db start` waits for Bolt before giving up (first start creates the store) */
  NEO4J_START_TIMEOUT_S: positiveInt('seconds').default(120),
  JAVA_HOME: optionalString,
  /** 0 = any free port (tests) */
  PORT: port('the GraphQL port').default(4000),
  HOST: z.string().min(1).default('127.0.0.1').describe('an address to listen on, such as 127.0.0.1 or 0.0.0.0'),
  /** when set, every request but /health and /ready needs `Authorization: Bearer <token>` */
  API_TOKEN: z
    .preprocess(emptyToUndefined, z.string().min(16).optional())
    .describe('a secret of at least 16 characters'),
  /** 1 = serve on a non-loopback HOST without API_TOKEN (an open graph on purpose) */
  ALLOW_OPEN: flag,
  /** browser origins allowed to read the API, comma-separated; unset = same origin only (no CORS) */
  CORS_ORIGINS: z
    .preprocess(emptyToUndefined, z.string().optional())
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
    )
    .refine(
      (list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)),
      'origins like https://console.example.org, comma-separated, no path',
    )
    .describe('origins like https://console.example.org, comma-separated, no path'),
  /** LLM mode is on only when one of these is set */
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z
    .preprocess(emptyToUndefined, z.string().url().optional())
    .describe('a URL such as http://127.0.0.1:11434/v1'),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: positiveInt('milliseconds').default(30_000),
});

/** Variables whose value must never be echoed in an error message or a log line. */
export const SECRET_VARIABLES = ['NEO4J_PASSWORD', 'API_TOKEN', 'OPENAI_API_KEY'] as const;

export type Config = Readonly<z.infer<typeof EnvSchema>> & {
  readonly managedNeo4j: boolean;
  readonly neo4jHome: string;
  readonly llmEnabled: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0]);
      const shown = SECRET_VARIABLES.some((v) => v === key) ? '(hidden)' : JSON.stringify(env[key]);
      const shape: Record<string, z.ZodTypeAny | undefined> = EnvSchema.shape;
      const expected = shape[key]?.description ?? i.message;
      return `${key}=${shown}: expected ${expected}`;
    });
    throw new AppError('CONFIG', `invalid configuration:\n  ${lines.join('\n  ')}`, {
      variables: parsed.error.issues.map((i) => String(i.path[0])),
    });
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
