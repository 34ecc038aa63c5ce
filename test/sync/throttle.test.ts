import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { syncOnce } from '../../src/sync/sync.ts';
import { createKey } from '../../src/throttle/api-keys.ts';
import { testApp } from '../support/app.ts';
import { compareApps } from '../support/route-walk.ts';
import { startUpstream, SYNC_ANCHOR, type Upstream } from '../support/upstream.ts';

/** A mirror app over a fresh database, compared with the upstream once the sync is done. */
const mirror = () => testApp({ now: SYNC_ANCHOR });

describe('ll2 sync within the upstream rate limit', () => {
  let upstream: Upstream;
  /** The comparison's own way past the limit. */
  let unlimited: { a: Record<string, string> };
  let synced: Awaited<ReturnType<typeof mirror>>;
  before(async () => {
    // 10 requests per sliding second for anonymous callers: a full pass needs about six windows
    upstream = await startUpstream({ launches: 40, seed: 3, anonRate: { limit: 10, seconds: 1 } });
    const { token } = await createKey(upstream.database.db, { name: 'comparison', tier: 'unlimited' });
    unlimited = { a: { authorization: `Token ${token}` } };
  });
  after(async () => {
    await synced?.close();
    await upstream.close();
  });

  test('paced by /api-throttle/ and its own count, a full pass never gets a 429 and still mirrors everything', async () => {
    const m = await mirror();
    const r = await syncOnce({ database: m.database, from: upstream.url });
    assert.equal(upstream.counts.statuses[429] ?? 0, 0, 'the upstream answered 429');
    assert.equal(r.throttled, 0);
    assert.equal(upstream.counts.statuses[200], r.requests);
    const windows = Math.ceil(r.requests / 10);
    // the limit and window read from /api-throttle/, the requests counted here (a sliding window as the upstream's)
    assert.ok(r.throttleReads >= 1, `read /api-throttle/ ${r.throttleReads} times for ${r.requests} requests`);
    assert.ok(r.durationMs >= (windows - 1) * 900, `${r.requests} requests in ${r.durationMs} ms cannot fit a 10/s budget`);
    assert.deepStrictEqual((await compareApps(upstream.app, m.app, { headers: unlimited })).differences, []);
    console.log(`# throttled upstream (10/s): ${r.requests} requests, ${r.throttleReads} throttle reads, waited ${r.waitedMs} ms, ${r.durationMs} ms, 0 x 429`);
    synced = m;
  });

  test('a key sent as Authorization: Token is what the upstream counts the requests against', async () => {
    const { token } = await createKey(upstream.database.db, { name: 'mirror', rate: '1000/minute' });
    const r = await syncOnce({ database: synced.database, from: upstream.url, token });
    assert.equal(r.kind, 'incremental');
    const seen = (await upstream.app.inject({ url: '/2.3.0/api-throttle/', headers: { authorization: `Token ${token}` } })).json();
    assert.deepStrictEqual([seen.ident, seen.your_request_limit, seen.current_use], ['mirror', 1000, r.requests]);
  });

  test('a bad key fails at once with the upstream’s 401', async () => {
    const m = await mirror();
    await assert.rejects(syncOnce({ database: m.database, from: upstream.url, token: 'not-a-key' }), /HTTP 401.*Invalid token/);
    await m.close();
  });
});
