import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { isoDurationSeconds, SQLITE_FUNCTION } from './iso-duration.ts';

/** No query may hold a connection longer than this (QUERY_TIMEOUT_MS, default 10 s; PostgreSQL). */
function queryTimeoutMs(): number {
  const n = Number(process.env.QUERY_TIMEOUT_MS ?? 10000);
  return Number.isFinite(n) && n > 0 ? n : 10000;
}

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<any>;
  dialect: DialectName;
  close(): Promise<void>;
  /** Called by writers of LL2 data so caches in this process drop at once (others poll the version). */
  written: Set<() => void>;
}

/** Opens `sqlite:PATH` (`sqlite::memory:` for a throw-away database) or `postgres://...`. */
export async function openDatabase(url: string): Promise<Database> {
  if (url.startsWith('sqlite:')) {
    const { default: SQLite } = await import('better-sqlite3');
    const file = url.slice('sqlite:'.length) || ':memory:';
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const conn = new SQLite(file);
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = NORMAL');
    conn.pragma('cache_size = -65536'); // 64 MiB page cache: the hot part of 100k launches stays in memory
    conn.pragma('temp_store = MEMORY');
    // PostgreSQL reads durations with an SQL expression; SQLite has no regular expressions to do that
    conn.function(SQLITE_FUNCTION, { deterministic: true }, (text) => isoDurationSeconds(text));
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: withStatementCache(conn) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy(), written: new Set() };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { default: pg } = await import('pg');
    // Counts come back as strings from pg by default; ours fit in a JS number.
    pg.types.setTypeParser(20, (v) => Number(v));
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10, statement_timeout: queryTimeoutMs() }) }) });
    return { db, dialect: 'postgres', close: () => db.destroy(), written: new Set() };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${JSON.stringify(url)})`);
}

/**
 * Kysely prepares every query afresh; compiling SQL in SQLite costs more than running the small batched
 * queries a page needs, so prepared statements are kept by their SQL text. A statement still iterating
 * (a streamed query) cannot be reused, so a busy one is bypassed with a fresh statement.
 */
function withStatementCache(conn: BetterSqlite3.Database): SqliteDatabase {
  const statements = new LRUCache<string, BetterSqlite3.Statement>({ max: 2000 });
  return {
    close: () => conn.close(),
    prepare(sqlText: string) {
      const cached = statements.get(sqlText);
      if (cached && !cached.busy) return cached;
      const fresh = conn.prepare(sqlText);
      if (!cached) statements.set(sqlText, fresh);
      return fresh;
    },
  };
}
