/**
 * A query cancelled because it ran longer than QUERY_TIMEOUT_MS: on SQLite the reader thread running it
 * is stopped (see sqlite-pool.ts), on PostgreSQL the server cancels it (statement_timeout, SQLSTATE 57014).
 * Requests that hit it answer 503, never 500: the server is healthy, the query was too heavy.
 */
export class QueryTimeoutError extends Error {
  readonly code = 'QUERY_TIMEOUT';

  constructor(readonly timeoutMs: number) {
    super(`query cancelled after ${timeoutMs} ms (QUERY_TIMEOUT_MS)`);
    this.name = 'QueryTimeoutError';
  }
}

/** True for our SQLite timeout and for PostgreSQL's `canceling statement due to statement timeout`. */
export function isQueryTimeout(err: unknown): boolean {
  if (err instanceof QueryTimeoutError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'QUERY_TIMEOUT' || code === '57014';
}
