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
