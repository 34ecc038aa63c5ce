/**
 * PostgreSQL closing an idle pooled connection (a restart, pg_terminate_backend, a dropped database)
 * must not end the process: the pool reports it as an error event, which needs a listener.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/connect.ts';
import { testDatabaseUrl } from '../support/app.ts';

test('an idle PostgreSQL connection terminated by the server: no crash, the next query reconnects', { skip: testDatabaseUrl.startsWith('postgres') ? undefined : 'PostgreSQL only' }, async () => {
  const database = await openDatabase(testDatabaseUrl);
  const admin = await openDatabase(testDatabaseUrl);
  const uncaught: Error[] = [];
  const onUncaught = (e: Error) => void uncaught.push(e);
  process.on('uncaughtException', onUncaught);
  try {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
    await sql`select pg_terminate_backend(${rows[0].pid})`.execute(admin.db);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepStrictEqual(uncaught.map((e) => e.message), []);
    const again = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    assert.equal(again.rows[0].one, 1);
  } finally {
    process.off('uncaughtException', onUncaught);
    await database.close();
    await admin.close();
  }
});
