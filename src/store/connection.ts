/**
 * Where the Neo4j server is and how to log in: NEO4J_URI when set, else the managed local
 * server whose generated password lives in the cache directory (never in the clone).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  managed: boolean;
}

/** The directory of one managed server instance (data, logs, conf, pid, password). */
export function instanceDir(cfg: Config): string {
  return join(cfg.REPORT_GRAPH_CACHE, `instance-${cfg.NEO4J_PORT}`);
}

export function passwordFile(cfg: Config): string {
  return join(instanceDir(cfg), 'password');
}

export function resolveConnection(cfg: Config): Neo4jConnection {
  if (cfg.NEO4J_URI) {
    return {
      uri: cfg.NEO4J_URI,
      user: cfg.NEO4J_USER,
      password: cfg.NEO4J_PASSWORD ?? '',
      database: cfg.NEO4J_DATABASE,
      managed: false,
    };
  }
  let password = cfg.NEO4J_PASSWORD;
  if (!password) {
    const file = passwordFile(cfg);
    if (!existsSync(file)) {
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        `no Neo4j configured and the local server has not been set up: run \`npx report-graph db start\` (or set NEO4J_URI)`,
      );
    }
    password = readFileSync(file, 'utf8').trim();
  }
  return {
    uri: `bolt://127.0.0.1:${cfg.NEO4J_PORT}`,
    user: cfg.NEO4J_USER,
    password,
    database: cfg.NEO4J_DATABASE,
    managed: true,
  };
}
