/**
 * A transaction the database aborted because it collided with another: PostgreSQL's deadlock_detected
 * (40P01) and serialization_failure (40001). Concurrent imports (a sync pass, the hot refresh,
 * read-through in several processes) upsert the same rows in different orders, so PostgreSQL may pick
 * one of two transactions to abort; its documentation's answer is to run the transaction again.
 * SQLite writes one transaction at a time and waits for the lock (busy_timeout) instead.
 */
export function isWriteConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** Times a transaction is run in all when it keeps colliding (each retry after a short random pause). */
export const WRITE_CONFLICT_ATTEMPTS = 6;

/** Runs `fn` (one whole transaction) again after a write conflict, up to WRITE_CONFLICT_ATTEMPTS times. */
export async function retryOnWriteConflict<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isWriteConflict(e) || attempt >= WRITE_CONFLICT_ATTEMPTS) throw e;
      // a random pause, growing, so the two colliding transactions do not meet again at once
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
}
