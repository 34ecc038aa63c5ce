import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { importDocument } from '../../src/ingest/import-document.ts';
import { createKey } from '../../src/throttle/api-keys.ts';
import { readSeed } from '../support/app.ts';
import { redisSkip, TestRedis } from './redis-server.ts';
import { runCli, ServerProcess, sharedDatabase } from './server-process.ts';

const skip = redisSkip();

/**
 * Two real server processes behind one (pretend) load balancer: the same database (SQLite file, or
 * PostgreSQL when TEST_DATABASE_URL is set) and the same Redis.
 */
const S000 = readSeed('000_e02f7aebc80082a2').body;
const LIMIT = 6;

let redis: TestRedis;
let db: Awaited<ReturnType<typeof sharedDatabase>>;
let a: ServerProcess;
let b: ServerProcess;
let env: Record<string, string>;
/** A key without a limit, for the cache checks (they poll and must not run into the throttle). */
let unlimited: Record<string, string>;

before(async () => {
  if (skip) return;
  redis = await TestRedis.start();
  db = await sharedDatabase();
  const database = await db.open();
  await importDocument(database, S000);
  unlimited = { authorization: `Token ${(await createKey(database.db, { name: 'ops', tier: 'unlimited' })).token}` };
  await database.close();
  env = {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    ANON_RATE_LIMIT: `${LIMIT}/hour`,
    TRUST_PROXY_HOPS: '1', // as behind a load balancer: the client is X-Forwarded-For's last address
    PUBLIC_BASE_URL: 'https://ll.example.test', // one public name, whichever process answers
    // responses could be served for 10 minutes, and without a message a process would not look at the
    // data version for 10 minutes either: only the shared cache and the Redis announcement make the
    // checks below pass
    RESPONSE_CACHE_SECONDS: '600',
    DATA_VERSION_POLL_MS: '600000',
  };
  [a, b] = await Promise.all([ServerProcess.start(env), ServerProcess.start(env)]);
});

after(async () => {
  if (skip) return;
  const codes = await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
  await redis?.close();
  assert.deepStrictEqual(codes, [0, 0], 'both servers shut down cleanly');
});

test('an anonymous client has one throttle count across both processes', { skip }, async () => {
  const client = { 'x-forwarded-for': '203.0.113.7' };
  for (let i = 0; i < LIMIT; i++) {
    const res = await (i % 2 ? b : a).get('/2.3.0/launches/', client);
    assert.equal(res.status, 200, `call ${i + 1} of ${LIMIT}`);
  }
  for (const server of [a, b]) {
    const res = await server.get('/2.3.0/launches/', client);
    assert.equal(res.status, 429, `call ${LIMIT + 1} to port ${server.port}`);
    assert.ok(Number(res.headers['retry-after']) > 3500);
  }
  const [ta, tb] = await Promise.all([a.get('/2.3.0/api-throttle/', client), b.get('/2.3.0/api-throttle/', client)]);
  for (const t of [ta.body, tb.body]) {
    assert.equal(t.your_request_limit, LIMIT);
    assert.equal(t.limit_frequency_secs, 3600);
    assert.equal(t.current_use, LIMIT);
    assert.equal(t.ident, '203.0.113.7');
  }
  assert.ok(Math.abs(ta.body.next_use_secs - tb.body.next_use_secs) <= 1, `${ta.body.next_use_secs} vs ${tb.body.next_use_secs}`);
  // another client is unaffected, on either process
  assert.equal((await b.get('/2.3.0/launches/', { 'x-forwarded-for': '203.0.113.99' })).status, 200);
});

test('responses are shared, and an import elsewhere reaches the other process at once', { skip }, async () => {
  const client = unlimited;
  const path = `/2.3.0/launches/${S000.id}/`;
  const first = await a.get(path, client); // rendered by A, stored in Redis
  assert.equal(first.body.name, S000.name);
  assert.equal(first.body.url, `https://ll.example.test${path}`);

  // a change behind the caches' back (no version bump, no announcement): nobody may see it yet
  const database = await db.open();
  await database.db.updateTable('launch').set({ name: 'Changed behind the caches' }).where('id', '=', S000.id).execute();
  await database.close();
  const fromShared = await b.get(path, client);
  assert.equal(fromShared.body.name, S000.name, 'B never rendered this launch: it came from the shared cache');

  // an import by the CLI, a third process, against the same database and Redis
  const file = join(tmpdir(), `ll2-ops-import-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ ...S000, name: 'Renamed by an import' }));
  const cli = await runCli(['import', file], env).finally(() => rmSync(file, { force: true }));
  assert.equal(cli.code, 0, cli.output);

  const seenAt = Date.now();
  let fromB = await b.get(path, client);
  let tries = 1;
  // the announcement normally arrives before this request does; allow a moment, far below the 10-minute poll
  for (; fromB.body.name !== 'Renamed by an import' && Date.now() - seenAt < 1000; tries++) fromB = await b.get(path, client);
  assert.equal(fromB.body.name, 'Renamed by an import', 'B dropped its cached response when the import was announced');
  console.log(`B served the imported name ${Date.now() - seenAt} ms after the CLI exited (request ${tries})`);
  assert.equal((await a.get(path, client)).body.name, 'Renamed by an import');
  const list = await b.get('/2.3.0/launches/?mode=list', client);
  assert.equal(list.body.results[0].name, 'Renamed by an import');
});

test('/health on both reports the database and Redis', { skip }, async () => {
  for (const server of [a, b]) {
    const res = await server.get('/health');
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.database.status, 'ok');
    assert.equal(res.body.redis.status, 'ok');
  }
});
