import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../src/db/connect.ts';
import { isQueryTimeout, QueryTimeoutError } from '../../src/db/query-timeout.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { isReadQuery, ReaderPool, statementCache } from '../../src/db/sqlite-pool.ts';
import { deadlineExtension } from '../../src/db/sqlite-deadline.ts';
import { queryTimeoutMsFromEnv, sqliteReadersFromEnv } from '../../src/config.ts';
import { freshDatabase, testApp, testDatabaseUrl } from '../support/app.ts';

const onPostgres = testDatabaseUrl.startsWith('postgres');
const TIMEOUT_MS = 300;
const BOUND_MS = 3000;

/**
 * A read that runs for seconds (SQLite: ~10 million recursive rows; PostgreSQL: pg_sleep). Not endless on
 * SQLite: a thread stopped inside SQLite only exits when SQLite returns, and the test process waits for it.
 */
const slowRead = onPostgres
  ? sql<{ n: number }>`select pg_sleep(5), 1 as n`
  : sql<{ n: number }>`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 10000000) SELECT count(*) AS n FROM c`;

async function timed<T>(work: Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = Date.now();
  try {
    const value = await work;
    return { ms: Date.now() - started, value };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe('query time limit', { timeout: 30_000 }, () => {
  let database: Database;
  before(async () => {
    database = await freshDatabase({ queryTimeoutMs: TIMEOUT_MS });
    await database.db.insertInto('agency').values(agencyRow(1, 'First')).execute();
    // start every reader now: a read waiting for a thread to start would count against 300 ms
    await Promise.all(Array.from({ length: 4 }, () => database.guarded.selectFrom('agency').select('id').execute()));
  });
  after(() => database.close());

  test('a runaway read is cancelled, while ping and other reads answer; the pool serves reads afterwards', async () => {
    const runaway = timed(slowRead.execute(database.guarded));
    await new Promise((r) => setTimeout(r, 50));
    const ping = await timed(database.ping());
    assert.equal(ping.error, undefined);
    assert.ok(ping.ms < 200, `ping took ${ping.ms} ms during a slow query`);
    const read = await timed(database.guarded.selectFrom('agency').select(['id', 'name']).execute());
    assert.equal(read.error, undefined, String(read.error));
    assert.deepEqual(read.value, [{ id: 1, name: 'First' }]);
    assert.ok(read.ms < 1000, `a read took ${read.ms} ms during a slow query`);

    const slow = await runaway;
    assert.ok(slow.error, 'the runaway read must fail');
    assert.ok(isQueryTimeout(slow.error), `expected a query timeout, got ${String(slow.error)}`);
    if (!onPostgres) assert.ok(slow.error instanceof QueryTimeoutError);
    assert.ok(slow.ms < BOUND_MS, `cancelled after ${slow.ms} ms`);

    // every reader free again (the stopped one replaced): several reads at once all answer
    const reads = await Promise.all(Array.from({ length: 6 }, () => database.guarded.selectFrom('agency').select('name').executeTakeFirstOrThrow()));
    assert.deepEqual(reads.map((r) => r.name), Array(6).fill('First'));
  });

  test('more runaway reads than readers: each is cancelled, ping answers throughout, reads come back', async () => {
    const runaways = Array.from({ length: 5 }, () => timed(slowRead.execute(database.guarded)));
    await new Promise((r) => setTimeout(r, 50));
    const ping = await timed(database.ping());
    assert.ok(ping.ms < 200, `ping took ${ping.ms} ms`);
    for (const slow of await Promise.all(runaways)) {
      assert.ok(isQueryTimeout(slow.error), `expected a query timeout, got ${String(slow.error)}`);
      // one of them waits for a reader, and replacements start slowly while stopped threads hold the CPU
      assert.ok(slow.ms < 2 * BOUND_MS, `cancelled after ${slow.ms} ms`);
    }
    // SQLite: stopped threads end when their query does; until then reads may time out, never hang
    const deadline = Date.now() + 20_000;
    for (;;) {
      const read = await timed(database.guarded.selectFrom('agency').select('name').execute());
      if (!read.error) break;
      assert.ok(isQueryTimeout(read.error), String(read.error));
      assert.ok(read.ms < BOUND_MS, `a failing read took ${read.ms} ms`);
      assert.ok(Date.now() < deadline, 'reads never came back');
      const p = await timed(database.ping());
      assert.ok(p.ms < 200, `ping took ${p.ms} ms`);
    }
  });
});

describe('SQLite stops a runaway read itself', { skip: onPostgres && 'SQLite reader threads', timeout: 30_000 }, () => {
  test('the deadline extension builds; an endless read fails at its limit and the same thread serves the next read', async () => {
    const extension = await deadlineExtension();
    assert.ok(extension.path, `the deadline extension did not build: ${extension.path === null ? extension.reason : ''}`);
    const dir = mkdtempSync(join(tmpdir(), 'll2-deadline-'));
    const file = join(dir, 'db.sqlite');
    const setup = new SQLite(file);
    setup.pragma('journal_mode = WAL');
    setup.exec('create table t (x integer)');
    setup.close();
    // one reader: every read below runs on the same thread, so it cannot have been replaced
    const pool = new ReaderPool({ file, size: 1, timeoutMs: 300 });
    try {
      assert.deepEqual(await pool.run('select 1 as one', []), [{ one: 1 }]);
      const endless = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) AS n FROM c';
      for (let round = 0; round < 3; round++) {
        const started = Date.now();
        await assert.rejects(pool.run(endless, []), QueryTimeoutError);
        const ms = Date.now() - started;
        // abandoning the thread would take the limit plus a grace period (1.3 s); SQLite stopped it well before
        assert.ok(ms < 1200, `stopped after ${ms} ms`);
        assert.deepEqual(await pool.run('select 2 as two', []), [{ two: 2 }]);
      }
      const stats = pool.stats();
      assert.equal(stats.deadline, true);
      assert.equal(stats.readers, 1);
      assert.equal(stats.stopping, 0, 'no thread was abandoned');
      assert.equal(stats.timeouts, 3);
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readers and the writer', () => {
  let database: Database;
  before(async () => {
    database = await freshDatabase();
  });
  after(() => database.close());

  // through reader threads (SQLite): they read what is committed while the main connection is in a transaction
  const names = async () => (await database.guarded.selectFrom('agency').select('name').orderBy('id').execute()).map((r) => r.name);

  test('reads see committed writes at once', async () => {
    await database.db.insertInto('agency').values(agencyRow(10, 'Ten')).execute();
    assert.deepEqual(await names(), ['Ten']);
    await database.db.updateTable('agency').set({ name: 'Ten!' }).where('id', '=', 10).execute();
    assert.deepEqual(await names(), ['Ten!']);
    await database.db.deleteFrom('agency').where('id', '=', 10).execute();
    assert.deepEqual(await names(), []);
  });

  test("a transaction's rows are invisible until commit; rolled back ones never appear", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const insertedP = new Promise<void>((r) => (inserted = r));
    const committing = database.db.transaction().execute(async (trx) => {
      await trx.insertInto('agency').values(agencyRow(20, 'Twenty')).execute();
      // the transaction sees its own row (it runs on the main connection)
      assert.equal((await trx.selectFrom('agency').select('name').where('id', '=', 20).execute()).length, 1);
      inserted();
      await gate;
    });
    await insertedP;
    assert.deepEqual(await names(), [], 'uncommitted row visible to a reader');
    release();
    await committing;
    assert.deepEqual(await names(), ['Twenty']);

    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await trx.insertInto('agency').values(agencyRow(21, 'Gone')).execute();
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.deepEqual(await names(), ['Twenty']);
  });

  test('a write outside a transaction waits for an open transaction instead of joining it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const startedP = new Promise<void>((r) => (started = r));
    const rolledBack = database.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('agency').values(agencyRow(30, 'Rolled back')).execute();
        started();
        await gate;
        throw new Error('roll back');
      })
      .catch(() => 'rolled back');
    await startedP;
    const outside = database.db.insertInto('agency').values(agencyRow(31, 'Outside')).execute();
    await new Promise((r) => setTimeout(r, 50));
    release();
    assert.equal(await rolledBack, 'rolled back');
    await outside;
    const rows = await database.db.selectFrom('agency').select('name').where('id', 'in', [30, 31]).execute();
    assert.deepEqual(rows.map((r) => r.name), ['Outside']);
  });

  test('values come back as before: integers, reals, text, null; errors keep their message', { skip: onPostgres && 'SQLite rows' }, async () => {
    const row = await sql<Record<string, unknown>>`select 1 as i, 2.5 as r, 'x' as t, null as n, 9007199254740991 as big, iso_duration_seconds('PT1M') as d`.execute(database.db);
    assert.deepEqual(row.rows, [{ i: 1, r: 2.5, t: 'x', n: null, big: 9007199254740991, d: 60 }]);
    await assert.rejects(sql`select * from no_such_table`.execute(database.db), /no such table/);
    const streamed: unknown[] = [];
    for await (const r of database.db.selectFrom('agency').select('id').stream()) streamed.push(r);
    assert.ok(Array.isArray(streamed));
  });
});

describe('which queries are reads', () => {
  test('raw SQL', () => {
    const compiled = (text: string) => ({ sql: text, parameters: [], query: { kind: 'RawNode' }, queryId: { queryId: 'x' } }) as any;
    assert.equal(isReadQuery(compiled('select 1')), true);
    assert.equal(isReadQuery(compiled('  WITH a AS (select 1) select * from a')), true);
    assert.equal(isReadQuery(compiled('with a as (select 1) insert into t select * from a')), false);
    assert.equal(isReadQuery(compiled('insert into t values (1)')), false);
    assert.equal(isReadQuery(compiled('pragma table_info(t)')), false);
    assert.equal(isReadQuery(compiled('begin')), false);
  });
});

describe('statement cache bounds', () => {
  test('many distinct large statements stay within count and size bounds; huge ones are not kept', () => {
    let prepared = 0;
    const cache = statementCache(() => ({ busy: false, n: ++prepared }), { maxStatements: 50, maxSqlChars: 100_000, maxCachedSqlChars: 10_000 });
    for (let i = 0; i < 1000; i++) cache.prepare(`select ${i} ${'x'.repeat(5000)}`);
    let stats = cache.stats();
    assert.ok(stats.statements <= 50, `${stats.statements} statements`);
    assert.ok(stats.sqlChars <= 100_000, `${stats.sqlChars} chars`);
    assert.ok(stats.statements >= 15, 'still caches');
    const huge = `select ${'y'.repeat(20_000)}`;
    cache.prepare(huge);
    cache.prepare(huge);
    assert.equal(prepared, 1002, 'a statement above the size threshold is prepared each time');
    const small = 'select 1';
    cache.prepare(small);
    cache.prepare(small);
    assert.equal(prepared, 1003, 'a small statement is reused');
    for (let i = 0; i < 1000; i++) cache.prepare(`select ${i}`);
    stats = cache.stats();
    assert.equal(stats.statements, 50);
  });

  test('a busy (still iterating) statement is bypassed', () => {
    const made: { busy: boolean }[] = [];
    const cache = statementCache(() => {
      const s = { busy: false };
      made.push(s);
      return s;
    });
    const first = cache.prepare('select 1');
    first.busy = true;
    assert.notEqual(cache.prepare('select 1'), first);
    first.busy = false;
    assert.equal(cache.prepare('select 1'), first);
  });
});

describe('configuration', () => {
  test('QUERY_TIMEOUT_MS and SQLITE_READERS: defaults, and invalid values are errors', () => {
    assert.equal(queryTimeoutMsFromEnv({}), 10000);
    assert.equal(queryTimeoutMsFromEnv({ QUERY_TIMEOUT_MS: '2500' }), 2500);
    assert.throws(() => queryTimeoutMsFromEnv({ QUERY_TIMEOUT_MS: 'ten' }), /QUERY_TIMEOUT_MS/);
    assert.throws(() => queryTimeoutMsFromEnv({ QUERY_TIMEOUT_MS: '0' }), /QUERY_TIMEOUT_MS/);
    assert.throws(() => queryTimeoutMsFromEnv({ QUERY_TIMEOUT_MS: '-5' }), /QUERY_TIMEOUT_MS/);
    assert.equal(sqliteReadersFromEnv({}), 4);
    assert.equal(sqliteReadersFromEnv({ SQLITE_READERS: '2' }), 2);
    assert.throws(() => sqliteReadersFromEnv({ SQLITE_READERS: '1.5' }), /SQLITE_READERS/);
  });
});

describe('/health while reads are slow', { timeout: 30_000 }, () => {
  test('answers in under a second with the usual body', async () => {
    const database = await freshDatabase({ queryTimeoutMs: 1000 });
    const app = await testApp({ database });
    try {
      const slow = Array.from({ length: 5 }, () => slowRead.execute(database.guarded).catch((e) => e));
      await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      const res = await app.get('/health');
      const ms = Date.now() - started;
      assert.equal(res.status, 200);
      assert.equal(res.body.database.status, 'ok');
      assert.equal(res.body.database.dialect, database.dialect);
      assert.deepEqual(Object.keys(res.body).sort(), ['database', 'redis', 'status']);
      assert.ok(ms < 1000, `/health took ${ms} ms`);
      for (const e of await Promise.all(slow)) assert.ok(isQueryTimeout(e), String(e));
    } finally {
      await app.close();
    }
  });
});

function agencyRow(id: number, name: string): Record<string, unknown> {
  return { id, name };
}
