import { useGraphQlJit } from '@envelop/graphql-jit';
/**
 * The GraphQL app: schema, per-request loaders and read transaction, limits, access, headers, logs
 * and error masking. Built here, started by the CLI (`serve`) or called in-process (`app.fetch`,
 * `runQuery`).
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { DocumentNode, ExecutionResult, FieldNode, GraphQLError, ValidationContext } from 'graphql';
import { type Plugin, type YogaServerInstance, createGraphQLError, createYoga } from 'graphql-yoga';
import { config } from '../config.js';
import { logger, requestContext } from '../logger.js';
import { AppError, isAppError } from '../errors.js';
import { type Snapshot, type Store, mapDriverError } from '../store/index.js';
import type { ApiContext, AskFn } from './context.js';
import { LIMITS, type Limits, costOf, overlongArgument } from './limits.js';
import { createLoaders } from './loaders.js';
import { buildSchema } from './schema.js';
import { consolePlugin, renderGraphiQL } from './console.js';

export interface AppDeps {
  store: Store;
  ask?: AskFn;
  /** defaults to NODE_ENV=production: GraphiQL, introspection and field suggestions off */
  production?: boolean;
  /** defaults to API_TOKEN: when set, POST /graphql needs `Authorization: Bearer <token>` */
  apiToken?: string;
  /** defaults to CORS_ORIGINS: browser origins allowed to read the API; none = same origin only */
  corsOrigins?: readonly string[];
  /** defaults to LIMITS (tests lower one at a time) */
  limits?: Partial<Limits>;
}

export type App = YogaServerInstance<Record<string, unknown>, ApiContext>;

/** Our wording for armor's rejections, so they can be told apart from other syntax errors. */
const REJECTED = 'Query rejected:';
const REJECTION = new RegExp(REJECTED);

/** errors may come from another copy of graphql (CJS vs ESM): recognise them by shape, not class */
const isGraphQLError = (e: unknown): e is GraphQLError =>
  !!e &&
  typeof e === 'object' &&
  (('name' in e && e.name === 'GraphQLError') || ('locations' in e && 'extensions' in e && 'path' in e));

/** What an error-like value wraps: GraphQL's `originalError`, else a `cause` (errors come in every shape). */
const originalOf = (e: unknown): unknown =>
  typeof e === 'object' && e !== null && 'originalError' in e ? e.originalError : undefined;
const causeOf = (e: unknown): unknown => (typeof e === 'object' && e !== null && 'cause' in e ? e.cause : undefined);

function toAppError(error: unknown): AppError | undefined {
  let e: unknown = error;
  for (let i = 0; i < 5 && e; i++) {
    const mapped = mapDriverError(e);
    if (isAppError(mapped)) return mapped;
    e = originalOf(e) ?? causeOf(e);
  }
  return undefined;
}

function maskError(error: unknown, message: string): Error {
  const app = toAppError(error);
  const gql = isGraphQLError(error) ? error : undefined;
  if (app) {
    const safe =
      app.code === 'DATABASE_UNAVAILABLE' ? 'the graph database is not reachable; try again shortly' : app.message;
    // an outage is 503, so load balancers and clients can tell it from an answer
    const http = app.code === 'DATABASE_UNAVAILABLE' ? { http: { status: 503 } } : {};
    return createGraphQLError(safe, { nodes: gql?.nodes, path: gql?.path, extensions: { code: app.code, ...http } });
  }
  // errors GraphQL itself raised (syntax, validation, coercion, limits) say nothing secret
  if (gql && (!gql.originalError || isGraphQLError(gql.originalError))) return gql;
  // the message may hold what must not leak (a password in a connection string): type and stack frames only
  const original = originalOf(error);
  const cause = original instanceof Error ? original : error instanceof Error ? error : new Error('(not an Error)');
  logger.error(
    {
      type: cause.name,
      code: 'code' in cause ? cause.code : undefined,
      path: gql?.path,
      frames: cause.stack
        ?.split('\n')
        .slice(1, 6)
        .map((l) => l.trim()),
    },
    'masked an unexpected error',
  );
  return createGraphQLError(message, {
    nodes: gql?.nodes,
    path: gql?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
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
          ? createGraphQLError(e.message.replace(/^Syntax Error: /, ''), {
              extensions: { ...e.extensions, code: 'QUERY_REJECTED' },
            })
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
      endResponse(
        new fetchAPI.Response(JSON.stringify({ ready: ok }), {
          status: ok ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}

/** Production: no __schema/__type (checked on the AST alone, independent of graphql's realm). */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule((context: ValidationContext) => ({
      Field(node: FieldNode) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          context.reportError(
            createGraphQLError('introspection is disabled', { nodes: [node], extensions: { code: 'QUERY_REJECTED' } }),
          );
        }
      },
    }));
  },
};

const graphqlError = (message: string, code: string) => createGraphQLError(message, { extensions: { code } });

type RequestInfo = { id: string; start: number; operation?: string; codes?: string[] };

/**
 * One line per request (id, operation, status, error codes, ms) and an `x-request-id` on every
 * response. A caller's own request id is kept when it looks like one.
 */
function requestLog(info: WeakMap<Request, RequestInfo>): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      info.set(request, {
        id: given && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID(),
        start: performance.now(),
      });
    },
    onParams({ request, params }) {
      const i = info.get(request);
      if (i)
        i.operation =
          params.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(params.query ?? '')?.[1] ?? undefined;
    },
    onResultProcess({ request, result }) {
      const i = info.get(request);
      const errors = !Array.isArray(result) && result && 'errors' in result ? result.errors : undefined;
      if (i && errors?.length) i.codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
    },
    onResponse({ request, response }) {
      const i = info.get(request);
      if (!i) return;
      response.headers.set('x-request-id', i.id);
      const path = new URL(request.url).pathname;
      const line = {
        reqId: i.id,
        method: request.method,
        path,
        status: response.status,
        ms: Math.round(performance.now() - i.start),
        operation: i.operation,
        errors: i.codes,
      };
      // health probes every few seconds would drown the rest
      if (path === '/health' || path === '/ready') logger.debug(line, 'request');
      else logger.info(line, 'request');
    },
  };
}

/** Headers that keep a browser from sniffing, framing or leaking the API (helmet's defaults, in short). */
const securityHeaders: Plugin = {
  onResponse({ response }) {
    response.headers.set('x-content-type-options', 'nosniff');
    response.headers.set('content-security-policy', "frame-ancestors 'none'");
    response.headers.set('x-frame-options', 'DENY');
    response.headers.set('referrer-policy', 'no-referrer');
    response.headers.set('cross-origin-resource-policy', 'same-origin');
  },
};

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * POST /graphql only, and so: GET (which a cross-site <img> or <script> can send) never runs an
 * operation; with a token, every operation needs it. /health, /ready and static pages stay open.
 */
function access(endpoint: string, token: string | undefined): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      const json = (status: number, message: string, code: string, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { 'content-type': 'application/json', ...headers },
          }),
        );
      if (request.method === 'GET' && (url.searchParams.has('query') || url.searchParams.has('extensions'))) {
        return json(405, 'GraphQL operations are sent with POST', 'BAD_REQUEST', { allow: 'POST' });
      }
      if (request.method !== 'POST' || !token) return;
      const given = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
      if (!given || !sameSecret(given, token)) {
        return json(401, 'this API needs a token: send Authorization: Bearer <API_TOKEN>', 'UNAUTHENTICATED', {
          'www-authenticate': 'Bearer',
        });
      }
    },
  };
}

/** CORS for the listed origins only, never with credentials; other origins get no CORS headers. */
function corsFor(origins: readonly string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false as const;
    return {
      origin: [origin],
      credentials: false,
      methods: ['POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    };
  };
}

/**
 * A request body over the limit is 413, as yoga's maxRequestBodySize answers it. Yoga's own check
 * also pipes every body through a counting stream, which a body with a valid Content-Length does
 * not need (Node's HTTP parser reads no further than it): that stream, its pipeline and the
 * AbortController it aborts took 0.15–0.2 ms of CPU a request, a tenth of the department
 * operation's (issue 15). So a declared length is checked as yoga checks it, and only a body without
 * one (chunked) is counted on its way in.
 */
function bodyLimit(limit: number): Plugin {
  const tooLarge = () =>
    createGraphQLError('Request body too large', {
      extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
    });
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        // one non-negative integer, nothing else (comma-joined values are a smuggling attempt)
        if (!/^\d+$/.test(declared))
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => {
        if (!req.body) return requestParser(req);
        let read = 0;
        // a native body takes a native TransformStream, a ponyfilled one the ponyfill (yoga issue 4583)
        const Transform = req.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
        const counted = req.body.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > limit) controller.error(tooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        return requestParser(
          new fetchAPI.Request(req.url, {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
            body: counted,
            // @ts-expect-error: a streamed body needs duplex, which lib.dom's RequestInit does not declare yet
            duplex: 'half',
          }),
        );
      });
    },
  };
}

/** The cost model of limits.ts as a validation rule: the operation is rejected before it runs. */
function costLimit(limits: Limits): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        Document: {
          enter(doc: DocumentNode) {
            const cost = costOf(context.getSchema(), doc, limits);
            if (cost > limits.maxCost) {
              context.reportError(
                createGraphQLError(
                  `${REJECTED} estimated cost ${cost > 1e9 ? '> 10^9' : cost} over ${limits.maxCost} (lists multiply: ask for fewer or less nested items)`,
                ),
              );
            }
          },
        },
      }));
    },
  };
}

/**
 * A result's JSON text, made once: kept on the result as the `stringify` hook yoga sends it with
 * (the hook graphql-jit sets), so a 32 KB answer is not stringified again after its size is
 * checked (0.05 ms a request). Only for a result yoga sends as it is (no errors, no http
 * extensions to strip), and only for that very object, so the text is the one yoga would make.
 */
function stringifyOnce(result: ExecutionResult & { stringify?: (r: unknown) => string }): string {
  const own = result.stringify ?? ((r: unknown) => JSON.stringify(r));
  const text = own(result);
  if (!result.errors?.length && !result.extensions?.http) result.stringify = (r) => (r === result ? text : own(r));
  return text;
}

/**
 * Runs of one operation when the graph changed under it (a load committed mid-request). Loads are
 * rare, so a retry is too: the first runs read optimistically, and the last holds the graph's
 * version lock (writers wait for it, for one request's time), so every response is consistent
 * however often the graph changes. The request's deadline still bounds the whole.
 */
const MAX_RUNS = 3;

/**
 * Around every execution: string arguments checked against their limit first; then the operation
 * runs on one read transaction, bounded in time, and its result in size. When a write committed
 * while it ran, its reads may mix two versions of the graph, so it runs again on a fresh snapshot
 * (the last try an exclusive one).
 */
function bounded(
  limits: Limits,
  readsFor: (store: Store, exclusive?: boolean) => Pick<ApiContext, 'store' | 'loaders'>,
  store: Store,
  info: WeakMap<Request, RequestInfo>,
): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution, executeFn, setExecuteFn }) {
      const long = overlongArgument(args.document, args.variableValues ?? undefined, limits);
      if (long) {
        const [name, length, max] = long;
        setResultAndStopExecution({
          errors: [
            graphqlError(
              `argument ${name} is ${length} characters long; at most ${max} are accepted`,
              'BAD_USER_INPUT',
            ),
          ],
        });
        return;
      }
      setExecuteFn(async (a) => {
        const deadline = Date.now() + limits.requestTimeoutMs;
        let run = a;
        for (let n = 1; ; n++) {
          // safe: graphql types the context `unknown`; ours is yoga's (with its request) spread with readsFor's
          // (a snapshot and its loaders), by createApp's context factory and by the retry below
          const ctx = run.contextValue as ApiContext & { store: Snapshot; request?: Request };
          const snapshot = ctx.store;
          let timer: NodeJS.Timeout | undefined;
          let timedOut = false;
          const timeout = new Promise<ExecutionResult>((res) => {
            timer = setTimeout(
              () => {
                timedOut = true;
                res({
                  data: null,
                  errors: [graphqlError(`the request took longer than ${limits.requestTimeoutMs} ms`, 'TIMEOUT')],
                });
              },
              Math.max(0, deadline - Date.now()),
            );
          });
          let result: ExecutionResult;
          try {
            // every log line written while it runs (ask, masked errors) carries the request id
            const reqId = ctx.request ? info.get(ctx.request)?.id : undefined;
            const execution = requestContext.run({ reqId }, () => executeFn(run));
            result = await Promise.race([execution, timeout]);
          } finally {
            clearTimeout(timer);
          }
          // ends the read transaction: a timed-out operation's remaining reads fail at once
          const { changed } = await snapshot.release({ abort: timedOut });
          if (changed && !timedOut && Date.now() < deadline) {
            run = { ...run, contextValue: { ...ctx, ...readsFor(store, n + 1 >= MAX_RUNS) } };
            continue;
          }
          if (result && !(Symbol.asyncIterator in result)) {
            const bytes = Buffer.byteLength(stringifyOnce(result));
            if (bytes > limits.maxResponseBytes) {
              return {
                data: null,
                errors: [
                  graphqlError(
                    `the response would be ${bytes} bytes, over the limit of ${limits.maxResponseBytes}: ask for fewer items or fields`,
                    'RESPONSE_TOO_LARGE',
                  ),
                ],
              };
            }
          }
          return result;
        }
      });
    },
  };
}

export function createApp(deps: AppDeps): App {
  const cfg = config();
  const production = deps.production ?? cfg.NODE_ENV === 'production';
  const limits: Limits = { ...LIMITS, ...deps.limits };
  const endpoint = '/graphql';
  const requests = new WeakMap<Request, RequestInfo>();
  // one snapshot of the graph per run of a request, and loaders that read through it
  const readsFor = (store: Store, exclusive = false) => {
    const snapshot = store.snapshot({ timeoutMs: limits.requestTimeoutMs, exclusive });
    return { store: snapshot, loaders: createLoaders(snapshot) };
  };
  const armor = EnvelopArmorPlugin({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      exposeLimits: false,
      errorMessage: `${REJECTED} deeper than ${limits.maxDepth} levels`,
    },
    maxAliases: {
      n: limits.maxAliases,
      exposeLimits: false,
      errorMessage: `${REJECTED} more than ${limits.maxAliases} aliases`,
    },
    // replaced by costLimit: armor's cost does not multiply by list sizes
    costLimit: { enabled: false },
    maxTokens: {
      n: limits.maxTokens,
      exposeLimits: false,
      errorMessage: `${REJECTED} longer than ${limits.maxTokens} tokens`,
    },
    maxDirectives: {
      n: limits.maxDirectives,
      exposeLimits: false,
      errorMessage: `${REJECTED} more than ${limits.maxDirectives} directives`,
    },
    blockFieldSuggestion: { enabled: production },
  });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: endpoint,
    graphiql: !production,
    renderGraphiQL,
    landingPage: false,
    logging: false,
    maskedErrors: { maskError },
    cors: corsFor(deps.corsOrigins ?? cfg.CORS_ORIGINS),
    // bodyLimit below instead (see there)
    maxRequestBodySize: false,
    batching: false,
    plugins: [
      requestLog(requests),
      securityHeaders,
      access(endpoint, deps.apiToken ?? cfg.API_TOKEN),
      readiness(deps.store),
      consolePlugin(),
      armor,
      bodyLimit(limits.maxBodyBytes),
      costLimit(limits),
      rejectionCodes,
      useGraphQlJit(),
      bounded(limits, readsFor, deps.store, requests),
      ...(production ? [noIntrospection] : []),
    ],
    context: () => ({ ...readsFor(deps.store), ask: deps.ask }),
  });
}
