import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { isoDurationSeconds, SQLITE_FUNCTION } from './iso-duration.ts';
import { LRUCache } from 'lru-cache';

/**
 * One reader thread of sqlite-pool.ts: a read-only connection to the database file, running one query
 * at a time. The pool stops the thread when a query runs past its time limit. (Imported on the main
 * thread too, for statementCache: the reader only starts in a thread the pool started.)
 */
export interface StatementCacheLimits {
  /** Most statements kept. */
  maxStatements: number;
  /** Most SQL text kept, summed over the statements (in UTF-16 code units, about bytes for SQL). */
  maxSqlChars: number;
  /** A statement whose SQL alone is longer is prepared for each use and never kept. */
  maxCachedSqlChars: number;
}

export const STATEMENT_CACHE_LIMITS: StatementCacheLimits = {
  // a page's batched loads are one statement per kind and list length: a detailed page uses hundreds
  maxStatements: 2000,
  maxSqlChars: 8 * 1024 * 1024,
  maxCachedSqlChars: 64 * 1024,
};

export interface StatementCacheStats {
  statements: number;
  sqlChars: number;
}

export interface StatementCache<S> {
  prepare(sqlText: string): S;
  stats(): StatementCacheStats;
  clear(): void;
}

/**
 * Prepared statements by SQL text, least recently used dropped first, bounded by count and by total SQL
 * size (huge generated SQL once grew a count-only cache to gigabytes). A statement still iterating (a
 * streamed query) cannot be reused, so a busy one is bypassed with a fresh statement.
 */
export function statementCache<S extends { busy: boolean }>(
  prepare: (sqlText: string) => S,
  limits: StatementCacheLimits = STATEMENT_CACHE_LIMITS,
): StatementCache<S> {
  const statements = new LRUCache<string, S>({
    max: limits.maxStatements,
    maxSize: limits.maxSqlChars,
    maxEntrySize: limits.maxCachedSqlChars,
    sizeCalculation: (_stmt, sqlText) => Math.max(1, sqlText.length),
  });
  return {
    prepare(sqlText) {
      const cached = statements.get(sqlText);
      if (cached && !cached.busy) return cached;
      const fresh = prepare(sqlText);
      if (!cached && sqlText.length <= limits.maxCachedSqlChars) statements.set(sqlText, fresh);
      return fresh;
    },
    stats: () => ({ statements: statements.size, sqlChars: statements.calculatedSize }),
    clear: () => statements.clear(),
  };
}

/** How a reader stops a query at its time limit: the deadline extension (sqlite-deadline.c), when it was built. */
interface ReaderDeadline {
  extension: string;
  timeoutMs: number;
}

function runReader(file: string, shared: SharedArrayBuffer, port: MessagePort, deadline?: ReaderDeadline): void {
  const conn = new SQLite(file, { readonly: true, fileMustExist: true });
  // SQLite itself stops a read at its deadline (SQLITE_INTERRUPT), so the thread is free again at once;
  // an extension that does not load leaves the pool's fallback (it abandons the thread)
  let setDeadline: SQLite.Statement | undefined;
  if (deadline) {
    try {
      conn.loadExtension(deadline.extension);
      setDeadline = conn.prepare('select ll2_deadline(?)');
    } catch {
      setDeadline = undefined;
    }
  }
  // Threads share the file's pages through the OS page cache (mmap) instead of each keeping 64 MiB of its own.
  conn.pragma('mmap_size = 1073741824');
  conn.pragma('cache_size = -8192');
  conn.pragma('temp_store = MEMORY');
  conn.function(SQLITE_FUNCTION, { deterministic: true }, (text) => isoDurationSeconds(text));
  const statements = statementCache((text) => conn.prepare(text));

  const progress = new Int32Array(shared, 0, 1);
  const startedAt = new Float64Array(shared, 8, 1);
  const run = (sql: string, params: unknown[]) => {
    try {
      const stmt = statements.prepare(sql);
      if (!stmt.reader) throw Object.assign(new Error('not a read: the reader threads run statements that return rows only'), { code: 'SQLITE_READONLY' });
      // rows as objects: structured clone builds them on the main thread directly (measured faster than
      // sending value arrays and building the objects there)
      return { rows: stmt.all(params) };
    } catch (e) {
      const err = e as { message?: string; name?: string; code?: string };
      return { error: { message: String(err?.message ?? e), name: err?.name, code: err?.code } };
    }
  };
  type Query = { sql: string; params: unknown[] };
  port.on('message', (message: Query | { batch: Query[] }) => {
    const batch = 'batch' in message ? message.batch : [message];
    const results = [];
    for (let i = 0; i < batch.length; i++) {
      // the pool reads these to tell which read of the batch ran past the time limit
      const started = Date.now();
      startedAt[0] = started;
      Atomics.store(progress, 0, i);
      try {
        setDeadline?.get(started + deadline!.timeoutMs);
      } catch {
        // only an interrupt meant for the previous read can fail it; the pool's own timer still bounds this one
      }
      results.push(run(batch[i].sql, batch[i].params));
      try {
        setDeadline?.get(0);
      } catch {
        // an interrupt that arrived as the read ended fails this call only; the next read starts clean
      }
    }
    port.postMessage({ results });
  });
  port.postMessage({ ready: true, deadline: setDeadline !== undefined });
}

const reader = workerData as { ll2SqliteReader?: boolean; file: string; shared: SharedArrayBuffer; deadline?: ReaderDeadline } | null;
if (reader?.ll2SqliteReader && parentPort) runReader(reader.file, reader.shared, parentPort, reader.deadline);
