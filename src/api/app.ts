/**
 * The GraphQL app: schema, per-request loaders, limits and error masking. Built here, started by
 * the CLI (`serve`) or called in-process (`app.fetch`, `runQuery`).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { type Plugin, type YogaServerInstance, createYoga } from 'graphql-yoga';
import { config } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import { type Store, mapDriverError } from '../store/index.js';
import type { ApiContext, AskFn } from './context.js';
import { createLoaders } from './loaders.js';
import { buildSchema } from './schema.js';

export interface AppDeps {
  store: Store;
  ask?: AskFn;
  /** defaults to NODE_ENV=production: GraphiQL, introspection and field suggestions off */
  production?: boolean;
}

/** Limits on by default; each has a test that proves the rejection. */
export const LIMITS = {
  /** deep enough for target → owners → organization → supervisors → targets → evidence → document → title */
  maxDepth: 10,
  /** a handful of aliases is normal; a hundred is batching attacks */
  maxAliases: 15,
  /** armor's cost model (objects 2, scalars 1, ×1.5 a level) */
  maxCost: 5_000,
  /** GraphiQL's introspection query is ~500 tokens */
  maxTokens: 2_000,
  maxDirectives: 20,
} as const;

export type App = YogaServerInstance<Record<string, unknown>, ApiContext>;

const rejected = (_ctx: unknown, error: GraphQLError) => {
  // armor's errors carry no code; clients branch on extensions.code
  (error.extensions as Record<string, unknown>).code = 'QUERY_REJECTED';
};

function toAppError(error: unknown): AppError | undefined {
  let e: unknown = error;
  for (let i = 0; i < 5 && e; i++) {
    const mapped = mapDriverError(e);
    if (isAppError(mapped)) return mapped;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function maskError(error: unknown, message: string): Error {
  if (process.env.DEBUG_MASK) console.error(error);
  const app = toAppError(error);
  const gql = error instanceof GraphQLError ? error : undefined;
  if (app) {
    const safe = app.code === 'DATABASE_UNAVAILABLE' ? 'the graph database is not reachable; try again shortly' : app.message;
    return new GraphQLError(safe, { nodes: gql?.nodes, path: gql?.path, extensions: { code: app.code } });
  }
  // errors GraphQL itself raised (syntax, validation, coercion) say nothing secret
  if (gql && !gql.originalError) return gql;
  return new GraphQLError(message, { nodes: gql?.nodes, path: gql?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

function readiness(store: Store): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      const ok = await store.ping();
      endResponse(new fetchAPI.Response(JSON.stringify({ ready: ok }), { status: ok ? 200 : 503, headers: { 'content-type': 'application/json' } }));
    },
  };
}

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export function createApp(deps: AppDeps): App {
  const production = deps.production ?? config().NODE_ENV === 'production';
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, onReject: [rejected], ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases, onReject: [rejected] },
    costLimit: { maxCost: LIMITS.maxCost, onReject: [rejected], ignoreIntrospection: true },
    maxTokens: { n: LIMITS.maxTokens, onReject: [rejected] },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: [rejected] },
    blockFieldSuggestion: { enabled: production },
  });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    logging: false,
    maskedErrors: { maskError },
    plugins: [armor, readiness(deps.store), ...(production ? [noIntrospection] : [])],
    context: () => ({ store: deps.store, loaders: createLoaders(deps.store), ask: deps.ask }),
  });
}
