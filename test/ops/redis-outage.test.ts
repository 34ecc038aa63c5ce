import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Redis } from 'ioredis';
import { buildApp } from '../../src/app.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { parseRate } from '../../src/throttle/rate.ts';
import { freshDatabase, readSeed, testApp } from '../support/app.ts';
import { redisSkip, TestRedis } from './redis-server.ts';

const skip = redisSkip();

const S000 = readSeed('000_e02f7aebc80082a2').body;

test('Redis stopped mid-run: requests still 200 without delay, logged once, /health degraded; all back when Redis returns', { skip }, async () => {
  const redis = await TestRedis.start();
  const database = await freshDatabase();
  await importDocument(database, S000);
  const logs: any[] = [];
  const app = buildApp({
    database,
    redisUrl: redis.url,
    anonRate: parseRate('5/hour'),
    logger: { level: 'info', stream: { write: (line: string) => logs.push(JSON.parse(line)) } },
  });
  await app.ready();
  const get = async (url: string) => {
    const res = await app.inject({ url, remoteAddress: '198.51.100.9' });
    return { status: res.statusCode, body: JSON.parse(res.body) };
  };
  const inspect = new Redis(redis.url, { lazyConnect: true });
  try {
    // Redis up: counts live there, responses are stored there
    assert.equal((await get('/2.3.0/launches/')).status, 200);
    assert.equal((await get('/2.3.0/launches/?mode=list')).status, 200);
    assert.equal((await get('/2.3.0/api-throttle/')).body.current_use, 2);
    await inspect.connect();
    assert.equal(await inspect.zcard('ll2:throttle:5/3600:198.51.100.9'), 2);
    assert.ok((await inspect.keys('ll2:response:*')).length >= 2);
    inspect.disconnect();
    assert.deepStrictEqual(pick((await get('/health')).body), { status: 'ok', database: 'ok', redis: 'ok' });

    await redis.stop();
    const started = Date.now();
    for (let i = 0; i < 12; i++) {
      const res = await get(i % 2 ? '/2.3.0/launches/' : `/2.3.0/launches/?offset=${i}`);
      assert.equal(res.status, 200, `request ${i} while Redis is down`);
    }
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 2000, `12 requests took ${elapsed} ms while Redis was down`);
    const health = await app.inject({ url: '/health' });
    assert.equal(health.statusCode, 200, 'a process without Redis still serves: it stays in rotation');
    assert.deepStrictEqual(pick(JSON.parse(health.body)), { status: 'degraded', database: 'ok', redis: 'down' });
    const outages = logs.filter((l) => /^redis unavailable/.test(l.msg));
    assert.equal(outages.length, 1, 'logged once per outage, not per request');
    assert.equal(outages[0].level, 40); // warn

    await redis.resume(); // a fresh, empty Redis on the same port
    await waitFor(async () => pick((await get('/health')).body).redis === 'ok');
    assert.equal((await get('/2.3.0/launches/')).status, 200);
    await waitFor(async () => (await get('/2.3.0/api-throttle/')).body.current_use === 1);
    assert.equal(logs.filter((l) => /^redis reachable again/.test(l.msg)).length, 1);
    assert.equal(logs.filter((l) => /^redis unavailable/.test(l.msg)).length, 1);
  } finally {
    inspect.disconnect();
    await app.close();
    await database.close();
    await redis.close();
  }
});

test('/health says "not configured" without REDIS_URL', async (ctx) => {
  const t = await testApp();
  ctx.after(() => t.close());
  const res = await t.get('/health');
  assert.equal(res.status, 200);
  assert.deepStrictEqual(pick(res.body), { status: 'ok', database: 'ok', redis: 'not configured' });
});

function pick(health: any) {
  return { status: health.status, database: health.database.status, redis: health.redis.status };
}

async function waitFor(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
