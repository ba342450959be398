/**
 * `report-graph db start | stop | status`: which Neo4j we use and, when none is configured,
 * a local Neo4j Community server we run ourselves.
 *
 * Order: NEO4J_URI → a Docker engine (docker compose up -d neo4j) → a local server whose jars
 * come once from Maven Central (org.neo4j.app:neo4j-server + org.neo4j:neo4j, started as
 * org.neo4j.server.CommunityEntryPoint — the class the distribution's own launcher runs).
 * The distribution tarball (org.neo4j.assembly:neo4j-community-standalone:tar.gz:unix) is not
 * served by Maven Central, so it is not tried.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.js';
import { AppError, messageOf } from '../errors.js';
import { instanceDir, passwordFile, resolveConnection, type Neo4jConnection } from '../store/connection.js';
import { PACKAGE_ROOT } from '../paths.js';

const repoRoot = PACKAGE_ROOT;
const say = (msg: string) => process.stderr.write(`${msg}\n`);

export interface ServerStatus {
  state: 'running' | 'stopped';
  source: 'NEO4J_URI' | 'docker' | 'local';
  uri: string;
  version: string | null;
  pid: number | null;
}

const libDir = (cfg: Config) => join(cfg.neo4jHome, 'lib');
const pidFile = (cfg: Config) => join(instanceDir(cfg), 'neo4j.pid');
const logDir = (cfg: Config) => join(instanceDir(cfg), 'logs');

function javaBin(cfg: Config): string {
  return cfg.JAVA_HOME ? join(cfg.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Neo4j 5.26 runs on Java 17 or 21. */
function checkJava(cfg: Config): void {
  const r = spawnSync(javaBin(cfg), ['-version'], { encoding: 'utf8' });
  const out = `${r.stderr ?? ''}${r.stdout ?? ''}`;
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? NaN);
  if (r.error || Number.isNaN(major)) {
    throw new AppError(
      'NEO4J_SETUP',
      'Java not found: Neo4j Community 5.26 needs Java 17 or 21 (install it, or set JAVA_HOME). ' +
        'Alternatives: set NEO4J_URI to an existing Neo4j (e.g. neo4j+s://…databases.neo4j.io), or run a Docker engine (docker compose up -d neo4j).',
    );
  }
  if (major !== 17 && major !== 21) {
    throw new AppError(
      'NEO4J_SETUP',
      `Java ${major} found at ${javaBin(cfg)}; Neo4j Community 5.26 needs Java 17 or 21 (set JAVA_HOME to one), or set NEO4J_URI.`,
    );
  }
}

/** Fetch the server jars once into the cache (outside the clone), atomically. */
function ensureJars(cfg: Config): void {
  const lib = libDir(cfg);
  if (existsSync(join(lib, '.complete'))) return;
  say(`Fetching Neo4j Community ${cfg.NEO4J_VERSION} from Maven Central into ${lib} (once; about 130 MB)…`);
  const tmp = `${lib}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  const started = Date.now();
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      join(repoRoot, 'neo4j', 'pom.xml'),
      'dependency:copy-dependencies',
      `-Dneo4j.version=${cfg.NEO4J_VERSION}`,
      `-DoutputDirectory=${tmp}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (r.error)
    throw new AppError(
      'NEO4J_SETUP',
      `Maven (mvn) is needed to fetch Neo4j from Maven Central: ${r.error.message}. Or set NEO4J_URI.`,
    );
  if (r.status !== 0 || !existsSync(tmp)) {
    const tail = `${r.stdout}${r.stderr}`.split('\n').filter(Boolean).slice(-15).join('\n');
    throw new AppError(
      'NEO4J_SETUP',
      `could not fetch Neo4j ${cfg.NEO4J_VERSION} from Maven Central (is it reachable?):\n${tail}`,
    );
  }
  writeFileSync(join(tmp, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(dirname(lib), { recursive: true });
  renameSync(tmp, lib);
  say(`Fetched ${readdirSync(lib).length - 1} jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * The instance directory holds the password, the password hash (data/dbms/auth.ini) and the data:
 * only its owner may enter it (700), and files with secrets are 600. Applied on every start, so
 * instances created before this rule are tightened too.
 */
function ownerOnly(cfg: Config): void {
  const home = instanceDir(cfg);
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chmodSync(home, 0o700);
  for (const f of [passwordFile(cfg), join(home, 'data', 'dbms', 'auth.ini')]) if (existsSync(f)) chmodSync(f, 0o600);
}

function writeServerConfig(cfg: Config): string {
  const home = instanceDir(cfg);
  const conf = join(home, 'conf');
  ownerOnly(cfg);
  for (const d of [conf, join(home, 'data'), logDir(cfg), join(home, 'run'), join(home, 'import')])
    mkdirSync(d, { recursive: true, mode: 0o700 });
  const txTimeoutS = Math.ceil(cfg.NEO4J_TX_TIMEOUT_MS / 1000);
  writeFileSync(
    join(conf, 'neo4j.conf'),
    [
      '# written by report-graph db start; edits are overwritten',
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${cfg.NEO4J_PORT}`,
      'server.bolt.tls_level=DISABLED',
      // only Bolt is used; no HTTP port to collide with other servers
      'server.http.enabled=false',
      'server.https.enabled=false',
      `server.memory.heap.initial_size=${cfg.NEO4J_HEAP}`,
      `server.memory.heap.max_size=${cfg.NEO4J_HEAP}`,
      `server.memory.pagecache.size=${cfg.NEO4J_PAGECACHE}`,
      `db.transaction.timeout=${txTimeoutS}s`,
      // the graph is rebuilt from its sources and Community has no incremental backup to replay the
      // logs into: the default (2 days of logs) filled 6.6–15 GB of data/transactions under the
      // tests and the bench, re-loading the same gazettes again and again
      'db.tx_log.rotation.retention_policy=256M size',
      'dbms.security.allow_csv_import_from_file_urls=false',
      `server.directories.import=${join(home, 'import')}`,
      `server.directories.data=${join(home, 'data')}`,
      `server.directories.logs=${logDir(cfg)}`,
      `server.directories.run=${join(home, 'run')}`,
      'dbms.usage_report.enabled=false',
      '',
    ].join('\n'),
  );
  return conf;
}

function readPid(cfg: Config): number | null {
  try {
    const pid = Number(readFileSync(pidFile(cfg), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Our pid file names a live Neo4j process (not a recycled pid). */
function ourServerPid(cfg: Config): number | null {
  const pid = readPid(cfg);
  if (!pid || !alive(pid)) return null;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmd.includes('CommunityEntryPoint')) return null;
  } catch {
    // no /proc (macOS): trust the pid file
  }
  return pid;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      res(true);
    });
    s.once('error', () => res(false));
  });
}

async function boltVersion(conn: Neo4jConnection): Promise<string> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  try {
    const info = await driver.getServerInfo({ database: conn.database });
    return info.agent ?? 'neo4j';
  } finally {
    await driver.close();
  }
}

function logTail(cfg: Config, lines = 25): string {
  const parts: string[] = [];
  for (const f of ['neo4j.log', 'console.log']) {
    const p = join(logDir(cfg), f);
    if (existsSync(p)) parts.push(`--- ${p}\n${readFileSync(p, 'utf8').split('\n').slice(-lines).join('\n')}`);
  }
  return parts.join('\n');
}

/**
 * One compose project per Bolt port: its own container and its own data volume, so the test
 * (7688) and bench (7689) servers never share the main data's volume (7687).
 */
const compose = (cfg: Config, ...args: string[]) => ['compose', '-p', `report-graph-${cfg.NEO4J_PORT}`, ...args];

function dockerEngineAnswers(): boolean {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 5000 });
  return r.status === 0 && Boolean(r.stdout.trim());
}

async function waitForBolt(conn: Neo4jConnection, timeoutS: number, stillAlive: () => boolean): Promise<string> {
  const deadline = Date.now() + timeoutS * 1000;
  let last: unknown;
  while (Date.now() < deadline) {
    if (!stillAlive()) throw new AppError('NEO4J_SETUP', 'the Neo4j process exited during start-up');
    try {
      return await boltVersion(conn);
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  throw new AppError('NEO4J_SETUP', `Neo4j did not answer on ${conn.uri} within ${timeoutS} s: ${messageOf(last)}`);
}

export async function startServer(cfg: Config): Promise<ServerStatus> {
  if (cfg.NEO4J_URI) {
    const conn = resolveConnection(cfg);
    try {
      const version = await boltVersion(conn);
      say(`Using the Neo4j at ${conn.uri} (NEO4J_URI): ${version}`);
      return { state: 'running', source: 'NEO4J_URI', uri: conn.uri, version, pid: null };
    } catch (e) {
      throw new AppError('DATABASE_UNAVAILABLE', `NEO4J_URI=${conn.uri} does not answer: ${messageOf(e)}`);
    }
  }
  if (dockerEngineAnswers()) {
    return startDocker(cfg);
  }
  return startLocal(cfg);
}

async function startDocker(cfg: Config): Promise<ServerStatus> {
  say(`A Docker engine answers: docker compose -p report-graph-${cfg.NEO4J_PORT} up -d neo4j`);
  const pw = ensurePassword(cfg);
  const r = spawnSync('docker', compose(cfg, 'up', '-d', '--wait', 'neo4j'), {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NEO4J_PASSWORD: pw, NEO4J_PORT: String(cfg.NEO4J_PORT) },
  });
  if (r.status !== 0) throw new AppError('NEO4J_SETUP', 'docker compose up -d neo4j failed (see above)');
  const conn = resolveConnection(cfg);
  const version = await waitForBolt(conn, cfg.NEO4J_START_TIMEOUT_S, () => true);
  return { state: 'running', source: 'docker', uri: conn.uri, version, pid: null };
}

/** A generated password, kept outside git in the instance directory. */
function ensurePassword(cfg: Config): string {
  if (cfg.NEO4J_PASSWORD) return cfg.NEO4J_PASSWORD;
  const file = passwordFile(cfg);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // hex: a password starting with '-' would be read as an option by neo4j-admin
  const pw = randomBytes(20).toString('hex');
  writeFileSync(file, `${pw}\n`, { mode: 0o600 });
  return pw;
}

async function startLocal(cfg: Config): Promise<ServerStatus> {
  const running = ourServerPid(cfg);
  const home = instanceDir(cfg);
  if (running) {
    const conn = resolveConnection(cfg);
    const version = await waitForBolt(conn, cfg.NEO4J_START_TIMEOUT_S, () => alive(running));
    say(`Neo4j already running (pid ${running}) on ${conn.uri}`);
    return { state: 'running', source: 'local', uri: conn.uri, version, pid: running };
  }
  if (await portInUse(cfg.NEO4J_PORT)) {
    throw new AppError(
      'NEO4J_SETUP',
      `port ${cfg.NEO4J_PORT} is in use by another process: stop it, or set NEO4J_PORT to a free port, or point NEO4J_URI at that server`,
    );
  }
  checkJava(cfg);
  ensureJars(cfg);
  const conf = writeServerConfig(cfg);
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };
  const classpath = `${libDir(cfg)}/*`;
  const firstStart = !existsSync(join(home, 'data', 'databases'));
  const password = ensurePassword(cfg);
  if (firstStart) {
    // must happen before the first start: it writes data/dbms/auth.ini
    // not on the command line, where every local user sees it (ps): neo4j-admin (picocli) reads
    // `@file` as arguments from that file, written 600 and removed right after
    const argFile = join(home, 'run', 'initial-password.args');
    writeFileSync(argFile, `${password}\n`, { mode: 0o600 });
    let r;
    try {
      r = spawnSync(
        javaBin(cfg),
        ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${argFile}`],
        { env, encoding: 'utf8' },
      );
    } finally {
      rmSync(argFile, { force: true });
    }
    if (r.status !== 0)
      throw new AppError(
        'NEO4J_SETUP',
        `setting the initial password failed:\n${(r.stdout + r.stderr).replaceAll(password, '(password)')}`,
      );
    ownerOnly(cfg);
  }
  const out = openSync(join(logDir(cfg), 'console.log'), 'a');
  const child = spawn(
    javaBin(cfg),
    [
      `-Xms${cfg.NEO4J_HEAP}`,
      `-Xmx${cfg.NEO4J_HEAP}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // a crash report goes with the logs, not into whatever directory db start was run from
      `-XX:ErrorFile=${join(logDir(cfg), 'hs_err_pid%p.log')}`,
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${conf}`,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  const pid = child.pid;
  if (!pid) throw new AppError('NEO4J_SETUP', 'could not start java');
  writeFileSync(pidFile(cfg), `${pid}\n`);
  say(
    `Starting Neo4j Community ${cfg.NEO4J_VERSION} (pid ${pid}) on bolt://127.0.0.1:${cfg.NEO4J_PORT}; logs in ${logDir(cfg)}`,
  );
  const conn = resolveConnection(cfg);
  try {
    const version = await waitForBolt(conn, cfg.NEO4J_START_TIMEOUT_S, () => alive(pid));
    say(`Neo4j is up: ${version} at ${conn.uri}`);
    return { state: 'running', source: 'local', uri: conn.uri, version, pid };
  } catch (e) {
    await stopPid(cfg, pid);
    throw new AppError('NEO4J_SETUP', `${messageOf(e)}\n${logTail(cfg)}`);
  }
}

async function stopPid(cfg: Config, pid: number): Promise<void> {
  try {
    process.kill(-pid, 'SIGTERM'); // the whole process group we started
  } catch {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (alive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  rmSync(pidFile(cfg), { force: true });
}

export async function stopServer(cfg: Config): Promise<ServerStatus> {
  if (cfg.NEO4J_URI) {
    say(`NEO4J_URI is set (${cfg.NEO4J_URI}): that server is not ours to stop.`);
    return statusServer(cfg);
  }
  const pid = ourServerPid(cfg);
  if (!pid) {
    rmSync(pidFile(cfg), { force: true });
    if (dockerEngineAnswers()) {
      spawnSync('docker', compose(cfg, 'stop', 'neo4j'), { cwd: repoRoot, stdio: 'inherit' });
    } else {
      say('Neo4j is not running (no server of ours).');
    }
    return statusServer(cfg);
  }
  say(`Stopping Neo4j (pid ${pid})…`);
  await stopPid(cfg, pid);
  say('Neo4j stopped.');
  return statusServer(cfg);
}

export async function statusServer(cfg: Config): Promise<ServerStatus> {
  const source: ServerStatus['source'] = cfg.NEO4J_URI ? 'NEO4J_URI' : 'local';
  const pid = cfg.NEO4J_URI ? null : ourServerPid(cfg);
  let conn: Neo4jConnection | null = null;
  try {
    conn = resolveConnection(cfg);
  } catch {
    // never started: no password yet
  }
  const uri = conn?.uri ?? `bolt://127.0.0.1:${cfg.NEO4J_PORT}`;
  if (!conn || (source === 'local' && !pid && !(await portInUse(cfg.NEO4J_PORT)))) {
    return { state: 'stopped', source, uri, version: null, pid: null };
  }
  try {
    const version = await boltVersion(conn);
    return { state: 'running', source, uri, version, pid };
  } catch {
    return { state: 'stopped', source, uri, version: null, pid };
  }
}
