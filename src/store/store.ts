/**
 * The one place that talks to Neo4j sessions. Every call sets its access mode (READ/WRITE), the
 * database and a transaction timeout, and every driver error is mapped here, so the rest of the
 * code sees plain objects and AppErrors only.
 */
import { Socket } from 'node:net';
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session, type Transaction } from 'neo4j-driver';
import { config } from '../config.js';
import { AppError } from '../errors.js';
import { type Neo4jConnection, resolveConnection } from './connection.js';
import { loadQuery } from './queries.js';

export type Params = Record<string, unknown>;
/**
 * A row of a named query, column → plain value. `any` on purpose: callers across src/api and src/ask
 * index rows by the columns their query returns, and no row schemas exist yet (issue 11, typed edges).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: until named queries have row schemas
export type Row = Record<string, any>;

/** Runs statements inside one write transaction. */
export interface TxRunner {
  run<T = Row>(cypher: string, params?: Params): Promise<T[]>;
}

export interface QueryEvent {
  mode: 'READ' | 'WRITE';
  cypher: string;
  params: Params;
  /** which transaction ran it (a number per transaction of this store): tests check that one request uses one */
  tx: number;
}

export interface Store {
  readonly database: string;
  /** one READ transaction running one statement */
  read<T = Row>(cypher: string, params?: Params): Promise<T[]>;
  /** one WRITE transaction running one statement */
  write<T = Row>(cypher: string, params?: Params): Promise<T[]>;
  /**
   * A read-only Store whose reads all run in one transaction, opened on the first read and ended
   * by `release()`, which says whether a write committed meanwhile (see Snapshot): one GraphQL
   * request sees one version of the graph, even during a re-ingest. `exclusive`: the transaction
   * holds the graph version's lock, so no write commits while it reads (and `changed` is false);
   * for the last try of a request that kept meeting writes.
   */
  snapshot(options?: { timeoutMs?: number; exclusive?: boolean }): Snapshot;
  /** one schema statement (constraint, index) in a transaction of its own: a schema change is not a graph version */
  schema(cypher: string): Promise<void>;
  /** one WRITE transaction for all the work; it commits only if `work` resolves */
  writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** true when the database answers a trivial query */
  ping(): Promise<boolean>;
  /** observe every statement sent (tests count round trips with it); returns an unsubscribe */
  onQuery(listener: (e: QueryEvent) => void): () => void;
  close(): Promise<void>;
}

export interface Snapshot extends Store {
  /**
   * Ends the transaction; later reads fail. `changed`: a write committed while it was open, so its
   * reads may mix two versions of the graph (Neo4j reads are read-committed even inside one
   * transaction) — the caller runs the work again. `abort` (a timeout) skips that check.
   *
   * How: a version node (queries/store/version*.cypher) read as the first and the last statement;
   * every write bumps it with its first statement, in its own transaction, so the bump is seen
   * exactly when the write is. Bookmarks were not enough (a read transaction's bookmark can lag what
   * its reads see). A first announce-then-write protocol (against reading a commit half-applied,
   * never observed: 0 of 6,000 probe reads under writes every 20 ms) was dropped: a writer killed
   * mid-load left its announcement live for minutes and every read paid for it.
   */
  release(options?: { abort?: boolean }): Promise<{ changed: boolean }>;
}

export interface StoreOptions {
  connection?: Neo4jConnection;
  timeoutMs?: number;
}

/** Driver errors that mean "the database is not there right now" rather than "your query is wrong". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

export function mapDriverError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if (e instanceof Neo4jError) {
    if (
      UNAVAILABLE.has(e.code) ||
      e.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
      e.code === 'Neo.ClientError.Database.DatabaseNotFound'
    ) {
      return new AppError(
        'DATABASE_UNAVAILABLE',
        'the graph database is not reachable',
        { cause: e.code },
        { cause: e },
      );
    }
    if (
      e.code.includes('TransactionTimedOut') ||
      e.code.includes('Transaction.TransactionTimedOutClientConfiguration')
    ) {
      return new AppError(
        'DATABASE_UNAVAILABLE',
        'the graph database did not answer in time',
        { cause: e.code },
        { cause: e },
      );
    }
  }
  // connection-level failures (refused, reset) surface as plain errors from the socket layer
  if (
    e instanceof Error &&
    /ECONNREFUSED|ECONNRESET|EPIPE|connect|socket/i.test(e.message) &&
    !(e instanceof Neo4jError)
  ) {
    return new AppError('DATABASE_UNAVAILABLE', 'the graph database is not reachable', {}, { cause: e });
  }
  return e;
}

/** Driver values → plain JSON-ish values: nodes and relationships become their properties. */
function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'object') {
    if (neo4j.isInt(v)) return v.toNumber();
    // a node or a relationship: its properties
    if ('properties' in v && v.properties && 'elementId' in v && v.elementId !== undefined)
      return toPlain(v.properties);
    if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v)) return String(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
    return out;
  }
  return v;
}

/**
 * JS numbers → Cypher values: whole numbers are sent as Integer (so LIMIT, slices and stored
 * offsets/years are integers, not 7.0); a list keeps one numeric type, as Neo4j requires.
 */
export function toCypherParams(v: Params): Params;
export function toCypherParams(v: unknown): unknown;
export function toCypherParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) {
    if (v.length && v.every((x) => typeof x === 'number'))
      return v.every((x) => Number.isSafeInteger(x)) ? v.map((x) => neo4j.int(x)) : v;
    return v.map(toCypherParams);
  }
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toCypherParams(x)]));
  }
  return v;
}

let nagleOff = false;
/**
 * neo4j-driver leaves Nagle's algorithm on, so a statement over ~1.5 kB goes out in two writes and
 * the second waits for the server's delayed ACK: 40 ms a query (measured: 48 ms against 4 ms for a
 * 2 kB statement). The driver has no option for it, so client sockets of this process connect with
 * TCP_NODELAY — what Node's own http.Agent does by default.
 */
function disableNagle(): void {
  if (nagleOff) return;
  nagleOff = true;
  const connect = Socket.prototype.connect;
  // connect has six overloads; the wrapper passes whichever arguments it got through unchanged,
  // which TypeScript can only be told with these two casts
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    // one of the two casts (see above): connect's overloads as one signature taking what it is given
    return (connect as (...a: unknown[]) => Socket).apply(this, args);
  } as typeof Socket.prototype.connect;
}

export function createDriver(conn: Neo4jConnection): Driver {
  disableNagle();
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: true,
    // fail fast during an outage (the driver reconnects on its own once the server is back)
    maxTransactionRetryTime: 2_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'report-graph',
  });
}

export function createStore(options: StoreOptions = {}): Store {
  const conn = options.connection ?? resolveConnection(config());
  const timeout = options.timeoutMs ?? config().NEO4J_TX_TIMEOUT_MS;
  const driver = createDriver(conn);
  const listeners = new Set<(e: QueryEvent) => void>();
  const emit = (e: QueryEvent) => listeners.forEach((l) => l(e));
  const txIds = new WeakMap<object, number>();
  let lastTx = 0;

  const runIn = async <T>(
    tx: ManagedTransaction | Transaction,
    mode: QueryEvent['mode'],
    cypher: string,
    params: Params = {},
  ): Promise<T[]> => {
    let id = txIds.get(tx);
    if (id === undefined) txIds.set(tx, (id = ++lastTx));
    emit({ mode, cypher, params, tx: id });
    const res = await tx.run(cypher, toCypherParams(params));
    // the caller names the columns its query returns (T); nothing checks them yet (row schemas: issue 11)
    return res.records.map((r) => toPlain(r.toObject()) as T);
  };

  // Every session shares the driver's bookmark manager: on a cluster or Aura, a read after a load
  // (routed to a reader by its READ access mode) waits until that reader has the load.
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: conn.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: driver.executeQueryBookmarkManager,
    });

  /**
   * Reads run once, never retried: a read that timed out would only time out again (and double the
   * wait), and during an outage the caller should hear so at once. Writes keep the driver's retry
   * of transient errors (deadlocks between concurrent loads).
   */
  async function inSession<T>(
    mode: 'READ' | 'WRITE' | 'SCHEMA',
    work: (tx: ManagedTransaction | Transaction) => Promise<T>,
    timeoutMs = timeout,
  ): Promise<T> {
    const s = session(mode === 'READ' ? 'READ' : 'WRITE');
    try {
      const txConfig = { timeout: timeoutMs };
      // Neo4j refuses a schema change in a transaction that wrote data, so schema skips the version
      if (mode === 'SCHEMA') return await s.executeWrite(work, txConfig);
      if (mode === 'WRITE') {
        return await s.executeWrite(async (tx) => {
          await tx.run(loadQuery('store/version-bump'));
          return work(tx);
        }, txConfig);
      }
      const tx = s.beginTransaction(txConfig);
      try {
        const out = await work(tx);
        await tx.commit();
        return out;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    } catch (e) {
      throw mapDriverError(e);
    } finally {
      await s.close().catch(() => undefined);
    }
  }

  const store: Store = {
    database: conn.database,
    read: (cypher, params) => inSession('READ', (tx) => runIn(tx, 'READ', cypher, params)),
    write: (cypher, params) => inSession('WRITE', (tx) => runIn(tx, 'WRITE', cypher, params)),
    schema: async (cypher) => {
      await inSession('SCHEMA', (tx) => runIn(tx, 'WRITE', cypher));
    },
    writeTransaction: (work, opts) =>
      inSession('WRITE', (tx) => work({ run: (c, p) => runIn(tx, 'WRITE', c, p) }), opts?.timeoutMs),
    async ping() {
      try {
        await inSession('READ', (tx) => tx.run('RETURN 1'), 3_000);
        return true;
      } catch {
        return false;
      }
    },
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot(opts) {
      const exclusive = opts?.exclusive ?? false;
      let s: Session | undefined;
      let tx: Transaction | undefined;
      let opening: Promise<Transaction> | undefined;
      let startVersion: Promise<string | null> | undefined;
      let released = false;
      /** the version this transaction sees now */
      const versionIn = async (t: Transaction, name: 'store/version' | 'store/version-lock') =>
        String((await t.run(loadQuery(name))).records[0]?.get('n') ?? 'none');
      const open = () =>
        (opening ??= (async () => {
          s = session(exclusive ? 'WRITE' : 'READ');
          const t = (tx = s.beginTransaction({ timeout: opts?.timeoutMs ?? timeout }));
          // not awaited: the transaction runs its statements in order, so the first read is sent at
          // once behind it (one round trip less a request) and still reads after it
          startVersion = versionIn(t, exclusive ? 'store/version-lock' : 'store/version');
          startVersion.catch(() => undefined);
          return t;
        })());
      const read = async <T>(cypher: string, params?: Params): Promise<T[]> => {
        if (released) throw new AppError('DATABASE_UNAVAILABLE', 'the request has ended (timed out)');
        try {
          return await runIn<T>(await open(), 'READ', cypher, params);
        } catch (e) {
          throw mapDriverError(e);
        }
      };
      const refuse = () => Promise.reject(new AppError('QUERY_REJECTED', 'a snapshot only reads'));
      return {
        ...store,
        read,
        write: refuse,
        writeTransaction: refuse,
        schema: refuse,
        snapshot: () => {
          throw new AppError('QUERY_REJECTED', 'a snapshot has no snapshots');
        },
        async release(options) {
          released = true;
          let changed = false;
          try {
            await opening?.catch(() => undefined);
            if (tx?.isOpen()) {
              // read-committed: a version read after the last read sees every write its reads could have seen
              const start = await (startVersion ?? Promise.resolve(null)).catch(() => null);
              if (!exclusive && !options?.abort)
                changed = start === null || (await versionIn(tx, 'store/version')) !== start;
              // the exclusive lock was taken by a write, which must not stay
              await (exclusive || options?.abort ? tx.rollback() : tx.commit());
            }
          } catch {
            // a failed transaction has nothing to tell
          } finally {
            await s?.close().catch(() => undefined);
          }
          return { changed };
        },
        close: async () => undefined,
      };
    },
    close: () => driver.close(),
  };
  return store;
}
