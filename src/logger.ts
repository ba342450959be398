import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import { config } from './config.js';

/** The request a line is written for (set around a GraphQL execution): its id joins the line. */
export const requestContext = new AsyncLocalStorage<{ reqId?: string }>();

/**
 * Structured logs (JSON lines) on stderr, so stdout stays clean for command output (JSON, answers).
 * Unset LOG_LEVEL means warnings only: `serve` raises it to info (see serve.ts). Values under keys
 * that name a secret are replaced wherever they appear in a log object.
 */
export const logger = pino(
  {
    level: config().LOG_LEVEL ?? 'warn',
    base: undefined,
    mixin: () => requestContext.getStore() ?? {},
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'apiKey',
        '*.apiKey',
        'authorization',
        '*.authorization',
        '*.headers.authorization',
        'NEO4J_PASSWORD',
        'API_TOKEN',
        'OPENAI_API_KEY',
      ],
      censor: '(hidden)',
    },
  },
  pino.destination(2),
);
