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
  /** which snapshot (or transaction) ran it, a number of this store: tests check that one request uses one */
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
  /**
   * Plans a read statement as a snapshot sends it, without running it (EXPLAIN): its columns are
   * learnt and its bracketed form planned, so its first request pays for neither. False when it
   * cannot be planned (a template, a statement that needs its parameters' types).
   */
  warm(cypher: string): Promise<boolean>;
  /** observe every statement sent (tests count round trips with it); returns an unsubscribe */
  onQuery(listener: (e: QueryEvent) => void): () => void;
  close(): Promise<void>;
}

export interface Snapshot extends Store {
  /**
   * Ends the snapshot; later reads fail. `changed`: a write committed while its reads ran, so they
   * may mix two versions of the graph — the caller runs the work again. `abort` (a timeout): the
   * answer is not used.
   *
   * How: a version node (queries/store/version*.cypher) that every write bumps with its first
   * statement, so the bump is seen exactly when the write is. Each read reads it just before and
   * just after its own reads, inside the same statement (bracketedSnapshot), and the snapshot
   * changed when its reads saw more than one version. Neo4j reads are read-committed even inside
   * one transaction, so a transaction around the reads added nothing but messages: it was dropped
   * for auto-commit statements (one message a read, where BEGIN, two version reads and COMMIT took
   * four more). Bookmarks were not enough (a read transaction's bookmark can lag what its reads
   * see). A first announce-then-write protocol (against reading a commit half-applied, never
   * observed: 0 of 6,000 probe reads under writes every 20 ms) was dropped: a writer killed
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

/** A driver record as a row of plain values. */
function plainRow<T>(r: { toObject(): object }): T {
  // the caller names the columns its query returns (T; src/api/rows.ts types the API's); nothing checks them at run time
  return toPlain(r.toObject()) as T;
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

let socketsTuned = false;
/**
 * Two things about how neo4j-driver writes to its socket, neither of which it has an option for:
 * - it leaves Nagle's algorithm on, so a statement over ~1.5 kB goes out in two writes and the
 *   second waits for the server's delayed ACK: 40 ms a query (measured: 48 ms against 4 ms for a
 *   2 kB statement). Client sockets of this process connect with TCP_NODELAY, as Node's own
 *   http.Agent does by default;
 * - it hands the socket each 1,400 bytes of a message as a write of its own, so with Nagle off a
 *   gazette's load (a few MB of parameters) was thousands of system calls and segments: 1.5 s of
 *   the CPU of a county-year's 12 loads. A socket is corked at its first write of a tick and
 *   uncorked on the next: what a tick writes goes out as one writev (the pattern Node's docs give
 *   for cork). The wrapper goes on after Socket's own connect, which puts the prototype's write
 *   back on a socket that has its own (an earlier version wrapped before it and corked nothing).
 */
function tuneSockets(): void {
  if (socketsTuned) return;
  socketsTuned = true;
  const connect = Socket.prototype.connect;
  // connect has six overloads and write three; the wrappers pass whichever arguments they got
  // through unchanged, which TypeScript can only be told with these casts
  Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    // one of the casts (see above): connect's overloads as one signature taking what it is given
    const socket = (connect as (...a: unknown[]) => Socket).apply(this, args);
    // after connect, which puts Socket.prototype.write back on a socket that has its own
    const write = this.write;
    let corked = false;
    this.write = function (this: Socket, ...w: unknown[]) {
      if (!corked) {
        corked = true;
        this.cork();
        process.nextTick(() => {
          corked = false;
          this.uncork();
        });
      }
      // one of the casts (see above): write's overloads as one signature taking what it is given
      return (write as (...a: unknown[]) => boolean).apply(this, w);
    } as typeof Socket.prototype.write; // the wrapper typed as write (see above)
    return socket;
  } as typeof Socket.prototype.connect; // the wrapper typed as connect (see above)
}

export function createDriver(conn: Neo4jConnection): Driver {
  tuneSockets();
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: true,
    // fail fast during an outage (the driver reconnects on its own once the server is back)
    maxTransactionRetryTime: 2_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'report-graph',
  });
}

/** The columns each read statement returns, learnt from its first run; null: it cannot be wrapped. */
const columnsOf = new Map<string, string[] | null>();
const versionText = (v: unknown) => String(v ?? 'none');
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The statement inside one that reads the graph's version before and after it. Each subquery
 * imports what the one before returned, so they run in this order; the statement's rows come back
 * collected in their order (an aggregate always has a row: an empty answer still brings versions).
 */
function bracketed(cypher: string, columns: string[]): string {
  return [
    "CALL () { OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.n AS __before }",
    `CALL (__before) { CALL () {\n${cypher}\n} RETURN collect([${columns.join(', ')}]) AS __rows }`,
    "CALL (__rows) { OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.n AS __after }",
    'RETURN __before, __rows, __after',
  ].join('\n');
}

/**
 * One read statement and the graph versions seen just before and just after its reads, as one
 * auto-commit statement once its columns are known; its first run (and a statement that cannot be a
 * subquery) takes three statements in a row on the session instead: the same brackets.
 */
async function readBracketed(
  s: Session,
  cypher: string,
  params: Params,
  timeoutMs: number,
): Promise<{ rows: Row[]; before: string; after: string }> {
  const txConfig = { timeout: timeoutMs };
  // first sight of a statement: its columns from an EXPLAIN (planned, not run), so even its first
  // run is the bracketed form a later request reuses the plan of
  if (!columnsOf.has(cypher)) await learnColumns(s, cypher, timeoutMs);
  const columns = columnsOf.get(cypher);
  if (columns) {
    try {
      const [r] = (await s.run(bracketed(cypher, columns), params, txConfig)).records;
      // bracketed() returns the statement's rows as one list of value lists, in `columns` order
      const rows = (r.get('__rows') as unknown[][]).map((values) =>
        Object.fromEntries(columns.map((c, i) => [c, toPlain(values[i])])),
      );
      return { rows, before: versionText(r.get('__before')), after: versionText(r.get('__after')) };
    } catch (e) {
      // a statement Cypher refuses as a subquery: run it as it is below (its own error, if it has one)
      if (!(e instanceof Neo4jError && e.code.startsWith('Neo.ClientError.Statement.'))) throw e;
    }
  }
  const version = async () => versionText((await s.run(loadQuery('store/version'), {}, txConfig)).records[0]?.get('n'));
  const before = await version();
  const { records } = await s.run(cypher, params, txConfig);
  const after = await version();
  // it ran as it is, so it cannot be a subquery: the next request does not try again
  if (columns) columnsOf.set(cypher, null);
  return { rows: records.map((r) => plainRow<Row>(r)), before, after };
}

/**
 * Learns a read statement's columns by an EXPLAIN (parsed and planned, not run) and whether its
 * bracketed form plans too (null: it cannot be a subquery, or a column is not a plain name).
 * Unknown afterwards only when the EXPLAIN itself failed (the statement's run will say why).
 */
async function learnColumns(s: Session, cypher: string, timeoutMs: number): Promise<void> {
  const txConfig = { timeout: timeoutMs };
  try {
    const explained = s.run(`EXPLAIN ${cypher}`, {}, txConfig);
    const keys = (await explained.keys()).map(String);
    await explained;
    const wrappable =
      keys.every((k) => IDENTIFIER.test(k)) &&
      (await s.run(`EXPLAIN ${bracketed(cypher, keys)}`, {}, txConfig).then(
        () => true,
        () => false,
      ));
    columnsOf.set(cypher, wrappable ? keys : null);
  } catch {
    // left unknown: the statement runs as it is, with its own error if it has one
  }
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
    return res.records.map((r) => plainRow<T>(r));
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

  const refuse = () => Promise.reject(new AppError('QUERY_REJECTED', 'a snapshot only reads'));
  /** a Store whose reads go to `read` and that refuses everything else, ended by `release` */
  const snapshotOf = (read: Store['read'], release: Snapshot['release']): Snapshot => ({
    ...store,
    read,
    write: refuse,
    writeTransaction: refuse,
    schema: refuse,
    snapshot: () => {
      throw new AppError('QUERY_REJECTED', 'a snapshot has no snapshots');
    },
    release,
    close: async () => undefined,
  });
  const ended = () => new AppError('DATABASE_UNAVAILABLE', 'the request has ended (timed out)');

  /**
   * Each read is one auto-commit statement that also reads the graph's version just before and just
   * after its own reads (bracketed): one message to the server, where a transaction of its own
   * takes three (BEGIN, RUN, COMMIT) and the version reads two more. Reads of one request may run
   * side by side on their own connections. The request saw one version of the graph exactly when
   * every version its reads saw is the same: a write that committed during or between them shows
   * as two.
   */
  const bracketedSnapshot = (timeoutMs: number): Snapshot => {
    const id = ++lastTx;
    const versions = new Set<string>();
    let released = false;
    const read = async <T>(cypher: string, params: Params = {}): Promise<T[]> => {
      if (released) throw ended();
      emit({ mode: 'READ', cypher, params, tx: id });
      const s = session('READ');
      try {
        const { rows, before, after } = await readBracketed(s, cypher, toCypherParams(params), timeoutMs);
        versions.add(before).add(after);
        // the caller names the columns its query returns (T), as for every read
        return rows as T[];
      } catch (e) {
        throw mapDriverError(e);
      } finally {
        await s.close().catch(() => undefined);
      }
    };
    return snapshotOf(read, async () => {
      released = true;
      return { changed: versions.size > 1 };
    });
  };

  /**
   * The last try of a request that kept meeting writes: one transaction holding the graph version's
   * write lock (queries/store/version-lock.cypher), so no write commits while it reads; rolled back.
   */
  const exclusiveSnapshot = (timeoutMs: number): Snapshot => {
    let s: Session | undefined;
    let opening: Promise<Transaction> | undefined;
    let released = false;
    const open = () =>
      (opening ??= (async () => {
        s = session('WRITE');
        const t = s.beginTransaction({ timeout: timeoutMs });
        // not awaited: the transaction runs its statements in order, so the first read goes out behind it
        t.run(loadQuery('store/version-lock')).catch(() => undefined);
        return t;
      })());
    const read = async <T>(cypher: string, params?: Params): Promise<T[]> => {
      if (released) throw ended();
      try {
        return await runIn<T>(await open(), 'READ', cypher, params);
      } catch (e) {
        throw mapDriverError(e);
      }
    };
    return snapshotOf(read, async () => {
      released = true;
      try {
        const tx = await opening?.catch(() => undefined);
        // the lock was taken by a write, which must not stay
        if (tx?.isOpen()) await tx.rollback();
      } catch {
        // a failed transaction has nothing to tell
      } finally {
        await s?.close().catch(() => undefined);
      }
      return { changed: false };
    });
  };

  const store: Store = {
    database: conn.database,
    // one statement is one transaction: run as auto-commit, one message where BEGIN/RUN/COMMIT take three
    read: async <T>(cypher: string, params: Params = {}) => {
      emit({ mode: 'READ', cypher, params, tx: ++lastTx });
      const s = session('READ');
      try {
        const res = await s.run(cypher, toCypherParams(params), { timeout });
        return res.records.map((r) => plainRow<T>(r));
      } catch (e) {
        throw mapDriverError(e);
      } finally {
        await s.close().catch(() => undefined);
      }
    },
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
    async warm(cypher) {
      const s = session('READ');
      try {
        columnsOf.delete(cypher);
        await learnColumns(s, cypher, timeout);
        return columnsOf.has(cypher);
      } finally {
        await s.close().catch(() => undefined);
      }
    },
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot(opts) {
      return opts?.exclusive
        ? exclusiveSnapshot(opts.timeoutMs ?? timeout)
        : bracketedSnapshot(opts?.timeoutMs ?? timeout);
    },
    close: () => driver.close(),
  };
  return store;
}
