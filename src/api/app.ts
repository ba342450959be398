/**
 * The GraphQL app: schema, per-request loaders, limits and error masking. Built here, started by
 * the CLI (`serve`) or called in-process (`app.fetch`, `runQuery`).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { FieldNode, GraphQLError, ValidationContext } from 'graphql';
import { type Plugin, type YogaServerInstance, createGraphQLError, createYoga } from 'graphql-yoga';
import { config } from '../config.js';
import { logger } from '../logger.js';
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
const LIMITS = {
  /** deep enough for target → owners → organization → supervisors → targets → evidence → document → title */
  maxDepth: 10,
  /** a handful of aliases is normal; a hundred is batching attacks */
  maxAliases: 15,
  /** armor's cost model (objects 2, scalars 1, ×1.5 a level): a rich dashboard query costs ~8k */
  maxCost: 20_000,
  /** GraphiQL's introspection query is ~500 tokens */
  maxTokens: 2_000,
  maxDirectives: 20,
} as const;

export type App = YogaServerInstance<Record<string, unknown>, ApiContext>;

/** Our wording for armor's rejections, so they can be told apart from other syntax errors. */
const REJECTED = 'Query rejected:';
const REJECTION = new RegExp(REJECTED);

/** errors may come from another copy of graphql (CJS vs ESM): recognise them by shape, not class */
const isGraphQLError = (e: unknown): e is GraphQLError =>
  !!e && typeof e === 'object' && ((e as Error).name === 'GraphQLError' || ('locations' in e && 'extensions' in e && 'path' in e));

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
  const app = toAppError(error);
  const gql = isGraphQLError(error) ? error : undefined;
  if (app) {
    const safe = app.code === 'DATABASE_UNAVAILABLE' ? 'the graph database is not reachable; try again shortly' : app.message;
    return createGraphQLError(safe, { nodes: gql?.nodes, path: gql?.path, extensions: { code: app.code } });
  }
  // errors GraphQL itself raised (syntax, validation, coercion, limits) say nothing secret
  if (gql && (!gql.originalError || isGraphQLError(gql.originalError))) return gql;
  logger.error({ err: error }, 'masked an unexpected error');
  return createGraphQLError(message, { nodes: gql?.nodes, path: gql?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** Limit rejections get the stable code clients branch on. */
const rejectionCodes: Plugin = {
  onResultProcess({ result, setResult }) {
    if (!result || Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
    if (!result.errors.some((e) => REJECTION.test(e.message))) return;
    setResult({
      ...result,
      errors: result.errors.map((e) =>
        REJECTION.test(e.message)
          ? createGraphQLError(e.message.replace(/^Syntax Error: /, ''), { extensions: { ...e.extensions, code: 'QUERY_REJECTED' } })
          : e,
      ),
    });
  },
};

function readiness(store: Store): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      const ok = await store.ping();
      endResponse(new fetchAPI.Response(JSON.stringify({ ready: ok }), { status: ok ? 200 : 503, headers: { 'content-type': 'application/json' } }));
    },
  };
}

/** Production: no __schema/__type (checked on the AST alone, independent of graphql's realm). */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule((context: ValidationContext) => ({
      Field(node: FieldNode) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          context.reportError(createGraphQLError('introspection is disabled', { nodes: [node], extensions: { code: 'QUERY_REJECTED' } }));
        }
      },
    }));
  },
};

export function createApp(deps: AppDeps): App {
  const production = deps.production ?? config().NODE_ENV === 'production';
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: false, errorMessage: `${REJECTED} deeper than ${LIMITS.maxDepth} levels` },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: false, errorMessage: `${REJECTED} more than ${LIMITS.maxAliases} aliases` },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: false, errorMessage: `${REJECTED} estimated cost over ${LIMITS.maxCost}` },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: false, errorMessage: `${REJECTED} longer than ${LIMITS.maxTokens} tokens` },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: false, errorMessage: `${REJECTED} more than ${LIMITS.maxDirectives} directives` },
    blockFieldSuggestion: { enabled: production },
  });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    logging: false,
    maskedErrors: { maskError },
    plugins: [armor, rejectionCodes, readiness(deps.store), ...(production ? [noIntrospection] : [])],
    context: () => ({ store: deps.store, loaders: createLoaders(deps.store), ask: deps.ask }),
  });
}
