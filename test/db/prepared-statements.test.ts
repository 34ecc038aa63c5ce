import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../../src/db/connect.ts';
import { PreparingPool } from '../../src/db/pg-statements.ts';
import { freshDatabase, testDatabaseUrl } from '../support/app.ts';

/**
 * PostgreSQL: statements that repeat are prepared on each connection (src/db/pg-statements.ts), and each
 * connection keeps at most a bounded number of them, on the server and in pg's own record alike. SQLite
 * prepares through better-sqlite3's statement cache and has nothing of this.
 */
const postgres = testDatabaseUrl.startsWith('postgres');
const BOUND = 5;

let database: Database;
let pool: PreparingPool;
let db: Kysely<any>;

before(async () => {
  if (!postgres) return;
  // a database of its own (freshDatabase drops it), reached through a pool of one connection with a small bound
  database = await freshDatabase();
  const { default: PG } = await import('pg');
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${(await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0].name}`;
  pool = new PreparingPool(new PG.Pool({ connectionString: url.toString(), max: 1 }), { maxStatements: BOUND, maxSqlBytes: 1 << 20 });
  db = new Kysely({ dialect: new PostgresDialect({ pool }) });
});
after(async () => {
  if (!postgres) return;
  await db.destroy();
  await database.close();
});

/** The one connection's prepared statements: PostgreSQL's, and those pg believes prepared. */
async function prepared(): Promise<{ server: string[]; client: string[] }> {
  const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(db);
  const wrapped = await pool.connect();
  const parsed = (wrapped.statements.client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
  wrapped.release();
  return { server: rows.map((r) => r.name), client: Object.keys(parsed).sort() };
}

/** The `k`-th of many distinct statement texts, each answering its own value plus the bound parameter. */
const nth = (k: number, v: number, on: Kysely<any> = db) => sql<{ v: number }>`select ${sql.raw(String(k))} + cast(${v} as int) as v`.execute(on);

test('a statement that repeats is prepared, and prepared statements per connection stay within the bound', { skip: !postgres }, async () => {
  // the first time a text is sent unnamed; the second prepares it; the third reuses it
  for (let i = 0; i < 3; i++) assert.equal((await nth(1000, i)).rows[0].v, 1000 + i);
  assert.deepEqual((await prepared()).server.length, 1);

  // many distinct texts, each repeated: every one is prepared in turn, the oldest deallocated
  for (let k = 0; k < 40; k++) {
    for (let i = 0; i < 3; i++) assert.equal((await nth(k, i)).rows[0].v, k + i);
    const { server, client } = await prepared();
    assert.ok(server.length <= BOUND, `${server.length} prepared statements on the server, bound ${BOUND}`);
    assert.deepEqual(client, server, 'pg forgets exactly what the server deallocated');
  }
  assert.equal((await prepared()).server.length, BOUND);
  // a text whose statement was deallocated long ago gives its right result again (prepared afresh)
  for (let i = 0; i < 3; i++) assert.equal((await nth(0, 100 + i)).rows[0].v, 100 + i);
  for (let i = 0; i < 3; i++) assert.equal((await nth(39, 7 + i)).rows[0].v, 46 + i);
  const { server, client } = await prepared();
  assert.equal(server.length, BOUND);
  assert.deepEqual(client, server);
});

test('a failed statement or transaction leaves the record of prepared statements right', { skip: !postgres }, async () => {
  // texts seen once, so the next use prepares them: inside a failed transaction PostgreSQL refuses even the
  // DEALLOCATE that makes room, so they go unnamed, and fail as any statement would there
  for (let k = 100; k < 110; k++) assert.equal((await nth(k, 0)).rows[0].v, k);
  assert.equal((await prepared()).server.length, BOUND);
  await assert.rejects(
    db.transaction().execute(async (tx) => {
      await assert.rejects(sql`select cast(${'y'} as int)`.execute(tx), /invalid input syntax/);
      for (let k = 100; k < 110; k++) await assert.rejects(nth(k, 1, tx), /aborted/);
      throw new Error('rolled back');
    }),
    /rolled back/,
  );
  // a text that does not parse is never prepared
  const bad = () => sql`select cast(${'x'} as int) + nonexistent_column`.execute(db);
  for (let i = 0; i < 3; i++) await assert.rejects(bad(), /nonexistent_column/);
  // an error at execution (the text parsed) keeps the statement prepared, and still answers rightly after
  const division = (d: number) => sql<{ v: number }>`select 10 / cast(${d} as int) as v`.execute(db);
  for (let i = 0; i < 3; i++) await assert.rejects(division(0), /division by zero/);
  assert.equal((await division(5)).rows[0].v, 2);
  const { server, client } = await prepared();
  assert.ok(server.length <= BOUND);
  assert.deepEqual(client, server);
  for (let k = 100; k < 110; k++) for (let i = 0; i < 2; i++) assert.equal((await nth(k, i)).rows[0].v, k + i);
  assert.deepEqual((await prepared()).client, (await prepared()).server);
});

test('openDatabase prepares repeated statements on PostgreSQL', { skip: !postgres }, async () => {
  // one connection of the server's pool, pinned, sees its own prepared statements
  await database.db.connection().execute(async (conn) => {
    for (let i = 0; i < 3; i++) await sql`select count(*) from launch where id > ${i}`.execute(conn);
    const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(conn);
    assert.deepEqual(rows.map((r) => r.statement), ['select count(*) from launch where id > $1']);
  });
});
