import { Kysely, PostgresDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { queryTimeoutMsFromEnv, sqliteReadersFromEnv } from '../config.ts';
import type { DialectName } from './dialect.ts';
import { isoDurationSeconds, SQLITE_FUNCTION } from './iso-duration.ts';
import { ClientShapedReads, SqlitePoolDialect } from './sqlite-pool.ts';
import type { ModelDb } from './model-db.ts';
import { PreparingPool, type PreparedStatementLimits } from './pg-statements.ts';
import type { Tables } from './tables.generated.ts';

export type { DialectName } from './dialect.ts';

export interface Database {
  db: ModelDb;
  /**
   * The same database, for reads whose cost a client shapes (a list's filters, search, ordering): on a
   * SQLite file they run on reader threads with the time limit, never on the thread that serves HTTP.
   * Keyed loads, writes and transactions go through `db`. On PostgreSQL both are the same pool.
   */
  guarded: ModelDb;
  dialect: DialectName;
  close(): Promise<void>;
  /** Called by writers of LL2 data so caches in this process drop at once (others poll the version). */
  written: Set<() => void>;
  /**
   * Answers at once whether the database is reachable, even while every reader thread or pooled
   * connection is busy: SQLite runs `select 1` on the main connection, PostgreSQL on a connection of its own.
   */
  ping(): Promise<void>;
}

export interface OpenOptions {
  /** Longest a query may run, in ms (default: QUERY_TIMEOUT_MS, 10000). */
  queryTimeoutMs?: number;
  /** Reader threads of a SQLite file database (default: SQLITE_READERS, 4). */
  sqliteReaders?: number;
  /** PostgreSQL: how many prepared statements (and how much of their SQL) each connection keeps. */
  preparedStatements?: PreparedStatementLimits;
}

/** Longest a ping waits for PostgreSQL, in ms. */
const PING_TIMEOUT_MS = 2000;

/** Opens `sqlite:PATH` (`sqlite::memory:` for a throw-away database) or `postgres://...`. */
export async function openDatabase(url: string, opts: OpenOptions = {}): Promise<Database> {
  const timeoutMs = opts.queryTimeoutMs ?? queryTimeoutMsFromEnv();
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
    // Reads of a file database run on reader threads with a time limit (sqlite-pool.ts); an in-memory
    // database cannot be opened by another thread, so all of its queries stay on this connection.
    const dialect = new SqlitePoolDialect({
      connection: conn,
      file: file === ':memory:' || file === '' ? undefined : file,
      readers: opts.sqliteReaders ?? sqliteReadersFromEnv(),
      timeoutMs,
    });
    const db = new Kysely<Tables>({ dialect });
    return {
      db,
      guarded: db.withPlugin(new ClientShapedReads()),
      dialect: 'sqlite',
      close: () => db.destroy(),
      written: new Set(),
      async ping() {
        dialect.driver.ping();
      },
    };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { default: pg } = await import('pg');
    // Counts come back as strings from pg by default; ours fit in a JS number.
    pg.types.setTypeParser(20, (v) => Number(v));
    // Statements that repeat are prepared on each connection (parsed once, and planned once where PostgreSQL
    // finds a generic plan as good), within a bound per connection: see pg-statements.ts.
    // random_page_cost 1.1 (PostgreSQL's default 4 prices a disk seek): the tables are read from memory, and
    // at 4 the planner read a keyed read of 100 keys (`launch_id = any(...)`) by scanning the whole child
    // table instead of its index, 10x the time (rocket: 9.8 ms vs 1.0; a detailed page's reads passed
    // over 49,470 rows they dropped, 8,589 at 1.1). A `?options=` in the URL replaces this one.
    const pgPool = new pg.Pool({ connectionString: url, max: 10, statement_timeout: timeoutMs, options: '-c random_page_cost=1.1' });
    // An idle connection the server closes (a restart, pg_terminate_backend, a dropped database) is reported
    // on the pool; without a listener that error would be thrown and end the process. The pool has already
    // dropped that connection: the next query opens another.
    pgPool.on('error', () => {});
    const pool = new PreparingPool(pgPool, opts.preparedStatements);
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    // Pings get a connection of their own, so /health answers while every pooled connection is busy.
    let pingPool: InstanceType<typeof pg.Pool> | undefined;
    return {
      db,
      guarded: db,
      dialect: 'postgres',
      async close() {
        await Promise.all([db.destroy(), pingPool?.end()]);
      },
      written: new Set(),
      async ping() {
        if (!pingPool) {
          pingPool = new pg.Pool({
            connectionString: url,
            max: 1,
            statement_timeout: PING_TIMEOUT_MS,
            query_timeout: PING_TIMEOUT_MS,
            connectionTimeoutMillis: PING_TIMEOUT_MS,
            idleTimeoutMillis: 60_000,
          });
          pingPool.on('error', () => {}); // an idle ping connection dropped by the server: the next ping reconnects
        }
        await pingPool.query('select 1');
      },
    };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${JSON.stringify(url)})`);
}
