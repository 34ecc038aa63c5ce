import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SharedRedis } from '../../src/redis/shared-redis.ts';
import { RedisThrottleStore } from '../../src/throttle/redis-store.ts';
import { MemoryThrottleStore } from '../../src/throttle/store.ts';
import { DatabaseWindowStore, FallbackWindowStore } from '../../src/sync/shared-budget.ts';
import { freshDatabase } from '../support/app.ts';
import { redisSkip, TestRedis } from './redis-server.ts';

const skip = redisSkip();

let redis: TestRedis;
const logged: string[] = [];
const log = { warn: (_o: object, msg: string) => logged.push(`warn ${msg}`), info: (msg: string) => logged.push(`info ${msg}`) };
async function connect(timeout = 250): Promise<SharedRedis> {
  const shared = new SharedRedis(redis.url, { commandTimeoutMs: timeout, log });
  assert.ok(await shared.whenReady());
  return shared;
}

before(async () => {
  if (!skip) redis = await TestRedis.start();
});
after(async () => {
  await redis?.close();
});

test('the Redis store answers exactly as the memory store over a sliding window', { skip }, async () => {
  const shared = await connect();
  const stores = [new MemoryThrottleStore(), new RedisThrottleStore(shared)];
  const t0 = 1_700_000_000_000;
  const windowMs = 10_000;
  // calls at these offsets (ms) with limit 3; some only look (count=false), like /api-throttle/
  const calls: Array<[number, boolean]> = [
    [0, true], [1000, true], [1000, false], [2000, true], [3000, true], [3000, false], [9999, true],
    [10000, true], [10001, false], [11000, true], [11500, true], [12000, true], [30000, false], [30000, true],
  ];
  const answers = await Promise.all(stores.map(async (store) => {
    const out = [];
    for (const [dt, count] of calls) out.push(await store.hit('3/10:198.51.100.1', t0 + dt, windowMs, 3, count));
    return out;
  }));
  assert.deepStrictEqual(answers[1], answers[0]);
  // spot checks that the sequence did exercise the window: refusals, then room again as times leave it
  assert.deepStrictEqual(answers[0].map((a) => a.allowed), [true, true, true, true, false, false, false, true, false, true, false, true, true, true]);
  assert.deepStrictEqual(answers[0][4], { allowed: false, count: 3, oldest: t0 });
  await shared.close();
});

test('concurrent hits from several connections never let more than the limit through', { skip }, async () => {
  const clients = await Promise.all([connect(), connect(), connect()]);
  const stores = clients.map((c) => new RedisThrottleStore(c));
  const now = Date.now();
  const results = await Promise.all(Array.from({ length: 60 }, (_, i) => stores[i % 3].hit('10/60:race', now, 60_000, 10, true)));
  assert.equal(results.filter((r) => r.allowed).length, 10);
  const look = await stores[0].hit('10/60:race', now + 1, 60_000, 10, false);
  assert.deepStrictEqual(look, { allowed: false, count: 10, oldest: now });
  for (const c of clients) await c.close();
});

test('each ident is one sorted set that expires with its window', { skip }, async () => {
  const shared = await connect();
  const store = new RedisThrottleStore(shared);
  await store.hit('5/60:ttl', Date.now(), 60_000, 5, true);
  assert.equal(await shared.client.type('ll2:throttle:5/60:ttl'), 'zset');
  const ttl = await shared.client.pttl('ll2:throttle:5/60:ttl');
  assert.ok(ttl > 55_000 && ttl <= 60_000, String(ttl));
  // only looking creates nothing
  await store.hit('5/60:look', Date.now(), 60_000, 5, false);
  assert.equal(await shared.client.exists('ll2:throttle:5/60:look'), 0);
  await shared.close();
});

test('Redis stopped: every hit is allowed at once, the outage is logged once, counting resumes when it is back', { skip }, async () => {
  logged.length = 0;
  const shared = await connect();
  const store = new RedisThrottleStore(shared);
  const ident = '1/3600:outage';
  assert.equal((await store.hit(ident, Date.now(), 3_600_000, 1, true)).allowed, true);
  assert.equal((await store.hit(ident, Date.now(), 3_600_000, 1, true)).allowed, false);
  await redis.stop();
  const started = Date.now();
  for (let i = 0; i < 20; i++) assert.deepStrictEqual(await store.hit(ident, Date.now(), 3_600_000, 1, true), { allowed: true, count: 0, oldest: null });
  assert.ok(Date.now() - started < 1000, `20 hits took ${Date.now() - started} ms without Redis`);
  assert.equal(logged.filter((l) => l.startsWith('warn redis unavailable')).length, 1, logged.join('\n'));
  await redis.resume(); // an empty Redis (no persistence): counts start again
  await waitFor(async () => (await store.hit(ident, Date.now(), 3_600_000, 1, true)).count === 1);
  assert.equal((await store.hit(ident, Date.now(), 3_600_000, 1, true)).allowed, false);
  assert.equal(logged.filter((l) => l.startsWith('info redis reachable again')).length, 1, logged.join('\n'));
  await shared.close();
});

test('Redis hung (no answer): a hit waits at most the command timeout, and later ones not at all', { skip }, async () => {
  const shared = await connect(200);
  const store = new RedisThrottleStore(shared);
  await store.hit('1/60:hung', Date.now(), 60_000, 1, true);
  redis.pause();
  try {
    let started = Date.now();
    assert.equal((await store.hit('1/60:hung', Date.now(), 60_000, 1, true)).allowed, true);
    const first = Date.now() - started;
    assert.ok(first >= 150 && first < 1000, `first hit took ${first} ms`);
    started = Date.now();
    for (let i = 0; i < 10; i++) await store.hit('1/60:hung', Date.now(), 60_000, 1, true);
    assert.ok(Date.now() - started < 100, `later hits took ${Date.now() - started} ms`);
  } finally {
    redis.unpause();
  }
  await shared.close();
});

async function waitFor(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('the upstream budget in Redis: shared by two connections, and counted in the database while Redis is down (never let through)', { skip }, async () => {
  const [one, two] = [await connect(), await connect()];
  const database = await freshDatabase();
  try {
    const now = Date.now();
    const ident = `upstream budget ${now}`;
    const inDatabase = new DatabaseWindowStore(database.db);
    const stores = [new FallbackWindowStore(new RedisThrottleStore(one, 'll2:upstream:'), inDatabase), new FallbackWindowStore(new RedisThrottleStore(two, 'll2:upstream:'), inDatabase)];
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => stores[i % 2].hit(ident, now, 60_000, 4, true)));
    assert.equal(answers.filter((a) => a.allowed).length, 4, 'four of twelve, across two connections');
    assert.equal(await database.db.selectFrom('upstream_request').select('ident').execute().then((r) => r.length), 0, 'counted in Redis only');
    await redis.stop();
    // Redis down: the database counts (from nothing: what Redis counted is not seen, at most one window's slack)
    const down = [];
    for (let i = 0; i < 6; i++) down.push((await stores[i % 2].hit(ident, now, 60_000, 4, true)).allowed);
    assert.deepStrictEqual(down, [true, true, true, true, false, false], 'limited, not let through');
    await redis.resume();
  } finally {
    await one.close();
    await two.close();
    await database.close();
  }
});
