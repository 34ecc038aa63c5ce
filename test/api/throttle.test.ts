import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { createKey, revokeKey } from '../../src/throttle/api-keys.ts';
import { parseRate, formatRate } from '../../src/throttle/rate.ts';
import { freshDatabase } from '../support/app.ts';

test('rates parse as DRF writes them', () => {
  assert.deepStrictEqual(parseRate('15/hour'), { limit: 15, seconds: 3600 });
  assert.deepStrictEqual(parseRate('100/min'), { limit: 100, seconds: 60 });
  assert.deepStrictEqual(parseRate('2/s'), { limit: 2, seconds: 1 });
  assert.equal(parseRate('off'), null);
  assert.throws(() => parseRate('lots'));
  assert.equal(formatRate(parseRate('210/hour')), '210/hour');
});

test('anonymous callers: limited per IP, 429 with Retry-After after the limit; api-throttle agrees and is free', async () => {
  const database = await freshDatabase();
  // the throttle runs on the wall clock: a fresh app, and the requests fired well within the hour
  const app = buildApp({ database, anonRate: parseRate('3/hour') });
  for (let i = 0; i < 3; i++) assert.equal((await app.inject({ url: '/2.3.0/launches/', remoteAddress: '10.0.0.1' })).statusCode, 200);
  const throttled = await app.inject({ url: '/2.3.0/launches/', remoteAddress: '10.0.0.1' });
  assert.equal(throttled.statusCode, 429);
  const wait = Number(throttled.headers['retry-after']);
  assert.ok(wait > 3500 && wait <= 3600, String(wait));
  assert.deepStrictEqual(JSON.parse(throttled.body), { detail: `Request was throttled. Expected available in ${wait} seconds.` });
  // another IP has its own count
  assert.equal((await app.inject({ url: '/2.3.0/launches/', remoteAddress: '10.0.0.2' })).statusCode, 200);
  for (let i = 0; i < 3; i++) {
    const t = JSON.parse((await app.inject({ url: '/2.3.0/api-throttle/', remoteAddress: '10.0.0.1' })).body);
    assert.deepStrictEqual(Object.keys(t), ['your_request_limit', 'limit_frequency_secs', 'current_use', 'next_use_secs', 'ident']);
    assert.equal(t.your_request_limit, 3);
    assert.equal(t.limit_frequency_secs, 3600);
    assert.equal(t.current_use, 3); // the throttled call and these calls did not count
    assert.ok(t.next_use_secs > 3500);
    assert.equal(t.ident, '10.0.0.1');
  }
  const legacy = JSON.parse((await app.inject({ url: '/2.2.0/api-throttle/', remoteAddress: '10.0.0.2' })).body);
  assert.deepStrictEqual(legacy, { your_request_limit: 3, limit_frequency_secs: 3600, current_use: 1, next_use_secs: 0 });
  await app.close();
  await database.close();
});

test('keys: their own rate per key; bad or revoked keys get 401 in DRF form', async () => {
  const database = await freshDatabase();
  const small = await createKey(database.db, { name: 'small', rate: '2/hour' });
  const big = await createKey(database.db, { name: 'big', tier: 'pro' });
  const app = buildApp({ database, anonRate: parseRate('1/hour') });
  const as = (token: string) => ({ authorization: `Token ${token}` });
  for (let i = 0; i < 2; i++) assert.equal((await app.inject({ url: '/2.3.0/launches/', headers: as(small.token) })).statusCode, 200);
  assert.equal((await app.inject({ url: '/2.3.0/launches/', headers: as(small.token) })).statusCode, 429);
  for (let i = 0; i < 5; i++) assert.equal((await app.inject({ url: '/2.3.0/launches/', headers: as(big.token) })).statusCode, 200);
  const t = JSON.parse((await app.inject({ url: '/2.3.0/api-throttle/', headers: as(big.token) })).body);
  assert.deepStrictEqual([t.your_request_limit, t.limit_frequency_secs, t.current_use, t.ident], [600, 3600, 5, 'big']);
  const bad = await app.inject({ url: '/2.3.0/launches/', headers: as('nope') });
  assert.equal(bad.statusCode, 401);
  assert.deepStrictEqual(JSON.parse(bad.body), { detail: 'Invalid token.' });
  assert.equal(bad.headers['www-authenticate'], 'Token');
  assert.deepStrictEqual(JSON.parse((await app.inject({ url: '/2.3.0/launches/', headers: { authorization: 'Token' } })).body), {
    detail: 'Invalid token header. No credentials provided.',
  });
  await revokeKey(database.db, small.key.id);
  const revokedApp = buildApp({ database }); // a new process: no cached key
  assert.equal((await revokedApp.inject({ url: '/2.3.0/launches/', headers: as(small.token) })).statusCode, 401);
  // other schemes are not ours: anonymous
  assert.equal((await revokedApp.inject({ url: '/2.3.0/launches/', headers: { authorization: 'Bearer x' } })).statusCode, 200);
  await app.close();
  await revokedApp.close();
  await database.close();
});
