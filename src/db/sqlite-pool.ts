import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  createQueryId,
  IdentifierNode,
  RawNode,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryCompiler,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import { QueryTimeoutError } from './query-timeout.ts';
import { deadlineExtension } from './sqlite-deadline.ts';
import { statementCache, type StatementCache } from './sqlite-worker.ts';
import type { ModelDb } from './model-db.ts';

export { statementCache, STATEMENT_CACHE_LIMITS, type StatementCache, type StatementCacheLimits, type StatementCacheStats } from './sqlite-worker.ts';

/**
 * SQLite behind Kysely without running a client-shaped read on the main thread of a file database:
 *
 * - reads whose cost a client shapes (built through `Database.guarded`, marked by ClientShapedReads: a
 *   list's count and page queries with their filters, search and ordering) outside a transaction go to a
 *   pool of reader threads (sqlite-worker.ts), each with its own read-only connection to the same WAL file;
 *   a read that runs longer than QUERY_TIMEOUT_MS is stopped (see ReaderPool) and rejects with
 *   QueryTimeoutError, while the main thread goes on serving;
 * - every other query (keyed loads, transactions, writes, streamed queries) runs on the one main connection
 *   behind a FIFO mutex (as Kysely's SqliteDriver), so a write never lands inside someone else's open
 *   transaction; a transaction holds the mutex from `begin` to `commit`/`rollback`. Its reads have no time limit: they
 *   are keyed and bounded by a page's size (and a deadline per read would cost them more than they cost).
 *
 * `sqlite::memory:` is private to its connection (another thread would open another, empty database), so
 * an in-memory database has no readers and runs everything on the main connection.
 */

/**
 * Marks the SELECTs built through it as shaped by a client (a list's filters, search and ordering): only
 * those leave the main thread. Keyed loads (the batched `IN (...)` reads of a page's related rows) are cheap
 * and bounded by the page size, and a message to a reader thread and back costs the main thread more than
 * they do (measured: detail by id 827 → 450 req/s with every read on a thread).
 */
const CLIENT_SHAPED = Symbol('ll2 client-shaped read');

export class ClientShapedReads implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    // the driver still sends only plain reads to a thread (isReadQuery)
    return Object.freeze({ ...args.node, [CLIENT_SHAPED]: true });
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const BATCH = Symbol('ll2 batch of keyed reads');

/**
 * Several keyed reads as one call to the driver (SqlDialect.combineReads): they run one after the other
 * on the main connection under one lock, and their results come back as one row per read (that read's
 * rows). A detailed launch's ~70 small reads each went through Kysely's executor, the connection
 * provider and the mutex (about 4 µs a read, a third of what SQLite takes to answer one); a loader step
 * now pays that once.
 */
export function readBatch(queries: CompiledQuery[]): CompiledQuery {
  return { ...CompiledQuery.raw(queries.map((q) => q.sql).join(';\n')), [BATCH]: queries } as CompiledQuery;
}

function batchOf(query: CompiledQuery): CompiledQuery[] | undefined {
  return (query as { [BATCH]?: CompiledQuery[] })[BATCH];
}

function isClientShaped(query: CompiledQuery): boolean {
  return (query.query as { [CLIENT_SHAPED]?: boolean })[CLIENT_SHAPED] === true;
}

/** Raw SQL counts as a read only when it starts with SELECT, or WITH and contains no writing keyword. */
const READ_START = /^\s*(?:select\b|with\b)/i;
const WRITE_WORD = /\b(?:insert|update|delete|replace|create|drop|alter|pragma|attach|detach|vacuum|reindex|analyze|begin|commit|rollback|savepoint|release)\b/i;

export function isReadQuery(query: CompiledQuery): boolean {
  if (SelectQueryNode.is(query.query)) return true;
  const text = query.sql;
  if (!READ_START.test(text)) return false;
  return /^\s*select\b/i.test(text) || !WRITE_WORD.test(text);
}

export interface ReaderPoolOptions {
  file: string;
  size: number;
  timeoutMs: number;
}

interface Job {
  sql: string;
  params: readonly unknown[];
  resolve(rows: unknown[]): void;
  reject(err: unknown): void;
  /** While queued: the wait limit. */
  timer?: NodeJS.Timeout;
}

interface Reader {
  worker: Worker;
  ready: boolean;
  /** The reads sent in one message, run in order by the thread. */
  batch?: Job[];
  timer?: NodeJS.Timeout;
  /** Written by the thread: [index of the read it runs in the batch], and when it started it (ms, Date.now()). */
  progress: Int32Array;
  startedAt: Float64Array;
  /** SQLite stops this thread's reads at the time limit itself (the deadline extension loaded). */
  deadline: boolean;
}

type Result = { rows: unknown[] } | { error: { message: string; name?: string; code?: string } };
type Reply = { ready: true; deadline: boolean } | { results: Result[] };

/** How long past the time limit a thread with the deadline extension may take to return before it is abandoned. */
const ABANDON_GRACE_MS = 1000;
/** Most reads sent to a thread in one message. */
const MAX_BATCH = 32;
/** Reads queued together go to one thread up to this many (one message instead of several), before spreading over idle threads. */
const MIN_BATCH = 8;

/**
 * Reader threads for one database file, `size` of them, started with the first read; reads wait for a
 * free reader in FIFO order (no longer than the time limit). Reads queued in the same turn of the event
 * loop (the several queries of one page) go to a thread in one message: a message between threads costs
 * the main thread more than running a small query. Each read has its own time limit: a thread whose
 * current read runs past it is terminated and replaced at once; that read rejects with QueryTimeoutError
 * and the other reads of its batch are queued again (first in line).
 *
 * SQLite stops a read at its time limit itself when the deadline extension could be built (sqlite-deadline.c:
 * a watchdog calls sqlite3_interrupt()): the read fails with SQLITE_INTERRUPT and the thread goes on.
 * Without it (no C compiler), or if a read is still running a grace period later, the thread is abandoned:
 * V8 can stop a thread only when it runs JavaScript, so one abandoned inside a long SQLite step keeps its CPU
 * until SQLite returns (an endless query keeps it for ever, and process exit waits for it); meanwhile it
 * counts as `stopping`, and no replacement starts while as many readers are stopping as the pool has
 * places: a burst of runaway reads cannot multiply threads.
 */
export class ReaderPool {
  readonly #opts: ReaderPoolOptions;
  readonly #readers = new Set<Reader>();
  readonly #queue: Job[] = [];
  #stopping = 0;
  #timeouts = 0;
  #reads = 0;
  #messages = 0;
  #closed = false;
  #code?: string;
  /** The deadline extension's file, when it could be built (sqlite-deadline.ts). */
  #extension?: string;
  #codeLoading?: Promise<void>;
  #flushing = false;

  constructor(opts: ReaderPoolOptions) {
    this.#opts = opts;
  }

  run(sqlText: string, params: readonly unknown[]): Promise<unknown[]> {
    if (this.#closed) return Promise.reject(new Error('database is closed'));
    this.#reads++;
    return new Promise((resolve, reject) => {
      const job: Job = { sql: sqlText, params, resolve, reject };
      this.#armWait(job);
      this.#queue.push(job);
      if (this.#readers.size < this.#opts.size) this.#fill();
      // reads issued in this turn of the event loop leave together
      if (!this.#flushing) {
        this.#flushing = true;
        setImmediate(() => {
          this.#flushing = false;
          this.#dispatch();
        });
      }
    });
  }

  /** Threads running or starting, busy, still stopping after a timeout; reads waiting; reads, messages and timeouts so far. */
  stats() {
    let busy = 0;
    for (const r of this.#readers) if (r.batch) busy++;
    return { deadline: this.#extension !== undefined, readers: this.#readers.size, busy, stopping: this.#stopping, queued: this.#queue.length, reads: this.#reads, messages: this.#messages, timeouts: this.#timeouts };
  }

  async close(): Promise<void> {
    this.#closed = true;
    const closed = new Error('database is closed');
    for (const job of this.#queue.splice(0)) {
      clearTimeout(job.timer);
      job.reject(closed);
    }
    const readers = [...this.#readers];
    this.#readers.clear();
    for (const r of readers) {
      clearTimeout(r.timer);
      for (const job of r.batch ?? []) job.reject(closed);
    }
    // A reader stuck in SQLite cannot stop until SQLite returns; waiting for it could hang close().
    await Promise.all(readers.map((r) => (r.batch ? void r.worker.terminate() : r.worker.terminate())));
  }

  /**
   * A read waits for a reader no longer than the time limit either (with every reader busy for that long
   * the process is overloaded, and a 503 beats an ever longer queue); time spent starting readers does not count.
   */
  #armWait(job: Job, ms = this.#opts.timeoutMs): void {
    job.timer = setTimeout(() => {
      if (!this.#code && this.#codeLoading) return this.#armWait(job);
      for (const r of this.#readers) if (!r.ready) return this.#armWait(job);
      const i = this.#queue.indexOf(job);
      if (i < 0) return;
      this.#queue.splice(i, 1);
      job.reject(new QueryTimeoutError(this.#opts.timeoutMs));
    }, ms);
  }

  #dispatch(): void {
    while (this.#queue.length) {
      const idle: Reader[] = [];
      for (const r of this.#readers) if (r.ready && !r.batch) idle.push(r);
      if (!idle.length) return;
      const reader = idle[0];
      const take = Math.min(this.#queue.length, MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(this.#queue.length / idle.length)));
      const batch = this.#queue.splice(0, take);
      for (const job of batch) clearTimeout(job.timer);
      reader.batch = batch;
      Atomics.store(reader.progress, 0, 0);
      reader.startedAt[0] = Date.now();
      this.#armRun(reader, batch, this.#opts.timeoutMs);
      this.#messages++;
      reader.worker.postMessage(batch.length === 1 ? { sql: batch[0].sql, params: batch[0].params } : { batch: batch.map((j) => ({ sql: j.sql, params: j.params })) });
    }
  }

  /** Checks, when the time limit could have passed, whether the read the thread runs now has run that long. */
  #armRun(reader: Reader, batch: Job[], ms: number): void {
    reader.timer = setTimeout(() => {
      if (reader.batch !== batch) return;
      const elapsed = Date.now() - reader.startedAt[0];
      // where SQLite stops the read itself, the thread is abandoned only if it did not, a grace period later
      const limit = this.#opts.timeoutMs + (reader.deadline ? ABANDON_GRACE_MS : 0);
      if (elapsed < limit) return this.#armRun(reader, batch, limit - elapsed);
      this.#timeout(reader, batch, Atomics.load(reader.progress, 0));
    }, Math.max(1, ms));
  }

  /**
   * Starts readers up to the pool size: all of them with the first read (starting one takes a few hundred
   * ms, which a read must not wait for behind a slow one), and a replacement for each one lost.
   */
  #fill(): void {
    if (!this.#code) return this.#start();
    while (!this.#closed && this.#readers.size < this.#opts.size && this.#stopping < this.#opts.size) this.#start();
  }

  #start(): void {
    if (this.#closed) return;
    if (!this.#code) {
      // the first start waits for the worker's code; reads queue meanwhile
      if (!this.#codeLoading) {
        this.#codeLoading = Promise.all([readerCode(), deadlineExtension()]).then(
          ([code, extension]) => {
            this.#code = code;
            this.#extension = extension.path ?? undefined;
            this.#fill();
            this.#dispatch();
          },
          (err) => {
            this.#codeLoading = undefined;
            for (const job of this.#queue.splice(0)) {
              clearTimeout(job.timer);
              job.reject(err);
            }
          },
        );
      }
      return;
    }
    const shared = new SharedArrayBuffer(16);
    const progress = new Int32Array(shared, 0, 1);
    const startedAt = new Float64Array(shared, 8, 1);
    const deadline = this.#extension ? { extension: this.#extension, timeoutMs: this.#opts.timeoutMs } : undefined;
    const worker = new Worker(this.#code, { eval: true, workerData: { ll2SqliteReader: true, file: this.#opts.file, shared, deadline } });
    const reader: Reader = { worker, ready: false, progress, startedAt, deadline: false };
    this.#readers.add(reader);
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        reader.ready = true;
        reader.deadline = reply.deadline;
        this.#dispatch();
        return;
      }
      const batch = reader.batch ?? [];
      reader.batch = undefined;
      clearTimeout(reader.timer);
      for (let i = 0; i < batch.length; i++) {
        const result = reply.results[i];
        if ('error' in result && result.error.code === 'SQLITE_INTERRUPT') {
          // stopped by SQLite at its deadline: the thread is free again and stays
          this.#timeouts++;
          batch[i].reject(new QueryTimeoutError(this.#opts.timeoutMs));
        } else if ('error' in result) batch[i].reject(Object.assign(new Error(result.error.message), { name: result.error.name ?? 'SqliteError', code: result.error.code }));
        else batch[i].resolve(result.rows);
      }
      this.#dispatch();
    });
    const fail = (err: unknown) => {
      if (!this.#readers.delete(reader)) return; // already removed (timeout, close)
      clearTimeout(reader.timer);
      const batch = reader.batch;
      reader.batch = undefined;
      if (batch) {
        // the read it ran fails; those after it never ran and go back to the queue
        const at = Math.min(Atomics.load(reader.progress, 0), batch.length - 1);
        batch[at].reject(err);
        this.#requeue([...batch.slice(0, at), ...batch.slice(at + 1)]);
      } else if (!reader.ready) {
        // a reader that cannot even start (bad file) would otherwise be retried for ever
        for (const waiting of this.#queue.splice(0)) {
          clearTimeout(waiting.timer);
          waiting.reject(err);
        }
      }
      void worker.terminate();
      if (reader.ready) this.#fill(); // one that failed while starting is retried by the next read, not in a loop
      this.#dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`SQLite reader thread exited (code ${code})`)));
  }

  /** Reads of a lost batch that did not fail go back to the front of the queue (their results were never sent). */
  #requeue(jobs: Job[]): void {
    for (const job of jobs) this.#armWait(job);
    this.#queue.unshift(...jobs);
  }

  #timeout(reader: Reader, batch: Job[], at: number): void {
    if (reader.batch !== batch || !this.#readers.delete(reader)) return;
    reader.batch = undefined;
    this.#timeouts++;
    this.#stopping++;
    reader.worker.removeAllListeners('message');
    reader.worker.removeAllListeners('error');
    reader.worker.removeAllListeners('exit');
    reader.worker.on('error', () => {});
    reader.worker.once('exit', () => {
      this.#stopping--;
      this.#fill();
      this.#dispatch();
    });
    reader.worker.unref();
    void reader.worker.terminate();
    const current = Math.min(at, batch.length - 1);
    batch[current].reject(new QueryTimeoutError(this.#opts.timeoutMs));
    this.#requeue([...batch.slice(0, current), ...batch.slice(current + 1)]);
    this.#fill();
    this.#dispatch();
  }
}

/**
 * The worker is TypeScript (one source for the SQL functions), and a thread does not inherit tsx's
 * loader (from `tsx`, `tsx --test` or `register()`). Under tsx's loader a thread also starts slowly (about
 * 1 s, resolving every kysely module through the loader), so the worker and what it imports are bundled
 * once per process with esbuild (tsx's own compiler) and started as plain JavaScript (about 0.2 s); only
 * better-sqlite3 (native) is loaded from node_modules. Without esbuild, a bootstrap registers tsx instead.
 */
const WORKER_FILE = fileURLToPath(new URL('./sqlite-worker.ts', import.meta.url));
let workerCode: Promise<string> | undefined;

function readerCode(): Promise<string> {
  workerCode ??= (async () => {
    try {
      const esbuild = await import('esbuild');
      const out = await esbuild.build({
        entryPoints: [WORKER_FILE],
        bundle: true,
        write: false,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        external: ['better-sqlite3'],
        logLevel: 'silent',
      });
      const require = `require('node:module').createRequire(${JSON.stringify(WORKER_FILE)})`;
      return `(function (require) {\n${out.outputFiles[0].text}\n})(${require});`;
    } catch {
      const tsx = import.meta.resolve('tsx/esm/api');
      const url = pathToFileURL(WORKER_FILE).href;
      return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
    }
  })();
  return workerCode;
}

/** A better-sqlite3 statement as the driver uses it. */
type Statement = BetterSqlite3.Statement;

export interface SqlitePoolDialectConfig {
  /** The main connection: every write and transaction, and every query of an in-memory database. */
  connection: BetterSqlite3.Database;
  /** The database file; undefined for `:memory:` (no reader threads). */
  file?: string;
  readers: number;
  timeoutMs: number;
}

export class SqlitePoolDialect implements Dialect {
  /** One driver per dialect (Kysely asks once), kept for ping() and stats. */
  readonly driver: SqlitePoolDriver;
  constructor(config: SqlitePoolDialectConfig) {
    this.driver = new SqlitePoolDriver(config);
  }
  createDriver(): SqlitePoolDriver {
    return this.driver;
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createAdapter() {
    return new SqliteAdapter();
  }
  createIntrospector(db: ModelDb) {
    return new SqliteIntrospector(db);
  }
}

class Mutex {
  #locked = false;
  readonly #waiting: (() => void)[] = [];
  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
  unlock(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#locked = false;
  }
}

export class SqlitePoolDriver implements Driver {
  readonly conn: BetterSqlite3.Database;
  readonly statements: StatementCache<Statement>;
  readonly mutex = new Mutex();
  readonly pool?: ReaderPool;

  constructor(config: SqlitePoolDialectConfig) {
    this.conn = config.connection;
    this.statements = statementCache((text) => this.conn.prepare(text));
    if (config.file) this.pool = new ReaderPool({ file: config.file, size: config.readers, timeoutMs: config.timeoutMs });
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PoolConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as PoolConnection;
    await this.mutex.lock();
    c.holdsLock = true;
    try {
      this.runMain(CompiledQuery.raw('begin'));
    } catch (e) {
      c.holdsLock = false;
      this.mutex.unlock();
      throw e;
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.#endTransaction(connection as PoolConnection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.#endTransaction(connection as PoolConnection, 'rollback');
  }

  /** The mutex is released once the main connection is out of the transaction (a failed commit is rolled back by Kysely). */
  #endTransaction(c: PoolConnection, command: 'commit' | 'rollback'): void {
    try {
      this.runMain(CompiledQuery.raw(command));
    } finally {
      if (c.holdsLock && (command === 'rollback' || !this.conn.inTransaction)) {
        c.holdsLock = false;
        this.mutex.unlock();
      }
    }
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compile(savepointNode('savepoint', name), createQueryId()));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compile(savepointNode('rollback to', name), createQueryId()));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compile(savepointNode('release', name), createQueryId()));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as PoolConnection;
    if (c.holdsLock) {
      // a transaction left open (never committed nor rolled back) must not stay open for the next caller
      try {
        if (this.conn.inTransaction) this.conn.exec('rollback');
      } finally {
        c.holdsLock = false;
        this.mutex.unlock();
      }
    }
  }

  async destroy(): Promise<void> {
    await this.pool?.close();
    this.statements.clear();
    if (this.conn.open) this.conn.close();
  }

  runMain(query: CompiledQuery): QueryResult<unknown> {
    const stmt = this.statements.prepare(query.sql);
    const params = query.parameters as unknown[];
    if (stmt.reader) return { rows: stmt.all(params) };
    const { changes, lastInsertRowid } = stmt.run(params);
    return {
      numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
      insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
      rows: [],
    };
  }

  /** `select 1` on the main connection, at once (synchronous: no mutex, no reader). */
  ping(): void {
    this.statements.prepare('select 1').get();
  }
}

class PoolConnection implements DatabaseConnection {
  /** True from `begin` to `commit`/`rollback`: this connection owns the main connection. */
  holdsLock = false;
  readonly #driver: SqlitePoolDriver;

  constructor(driver: SqlitePoolDriver) {
    this.#driver = driver;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const d = this.#driver;
    const batch = batchOf(query);
    if (batch) {
      const run = () => ({ rows: batch.map((q) => d.runMain(q).rows) as R[] });
      if (this.holdsLock) return run();
      await d.mutex.lock();
      try {
        return run();
      } finally {
        d.mutex.unlock();
      }
    }
    if (this.holdsLock) return d.runMain(query) as QueryResult<R>;
    if (d.pool && isClientShaped(query) && isReadQuery(query)) return { rows: (await d.pool.run(query.sql, query.parameters)) as R[] };
    await d.mutex.lock();
    try {
      return d.runMain(query) as QueryResult<R>;
    } finally {
      d.mutex.unlock();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error('Sqlite driver only supports streaming of select queries');
    const d = this.#driver;
    const locked = !this.holdsLock;
    if (locked) await d.mutex.lock();
    try {
      const stmt = d.statements.prepare(query.sql);
      for (const row of stmt.iterate(query.parameters as unknown[])) yield { rows: [row as R] };
    } finally {
      if (locked) d.mutex.unlock();
    }
  }
}

/** `SAVEPOINT name` and the like, as Kysely's SqliteDriver builds them (its parser is internal). */
function savepointNode(command: string, name: string): RawNode {
  return RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(name)]);
}
