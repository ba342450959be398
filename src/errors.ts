/** Typed errors with stable codes. Everything that is not an AppError is masked at the edges. */
export const ErrorCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_REJECTED',
  'LLM_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'BAD_INPUT_FILE',
  'NEO4J_SETUP',
  'CONFIG',
  /** the response would exceed LIMITS.maxResponseBytes */
  'RESPONSE_TOO_LARGE',
  /** the request ran past LIMITS.requestTimeoutMs */
  'TIMEOUT',
  /** API_TOKEN is set and the request did not carry it */
  'UNAUTHENTICATED',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/**
 * `map.get(key)` for a key the caller knows is there (it came from the map's own keys or was set
 * just before): a missing one is a bug, reported by name instead of as a TypeError further on.
 */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`internal error: no entry for ${String(key)}`);
  return v;
}

/** The message of whatever was thrown (an Error's message, else the value as text; '' for nothing). */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e && typeof e.message === 'string') return e.message;
  return e == null ? '' : String(e);
}
