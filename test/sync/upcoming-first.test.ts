/**
 * A first pass reads what apps ask first, first (issue #14): after the first handful of requests the
 * mirror's upcoming launches and events equal the upstream's, before any lookup or catalogue page.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { syncOnce } from '../../src/sync/sync.ts';
import { freshDatabase } from '../support/app.ts';
import { startUpstream, SYNC_ANCHOR, type Upstream } from '../support/upstream.ts';

let upstream: Upstream;
let mirror: Database;
before(async () => {
  upstream = await startUpstream({ launches: 300, seed: 12 });
  mirror = await freshDatabase();
});
after(async () => {
  await mirror?.close();
  await upstream?.close();
});

test('upcoming launches and events are complete after the first requests of a first pass', async () => {
  const app = buildApp({ database: mirror, now: () => SYNC_ANCHOR });
  try {
    const upcoming = (await upstream.app.inject({ url: '/2.3.0/launches/upcoming/?limit=1' })).json().count;
    assert.ok(upcoming > 5, `the upstream has ${upcoming} upcoming launches`);
    // stop the pass once the views are read (it stops after the page under way, its checkpoint saved)
    const stop = new AbortController();
    const resources: string[] = [];
    const first = await syncOnce({
      database: mirror,
      from: upstream.origin,
      signal: stop.signal,
      onEvent: (e) => {
        if (e.type !== 'page') return;
        resources.push(e.resource);
        if (e.resource === 'launches/previous') stop.abort();
      },
    });
    assert.equal(first.stopped, true);
    const read = [...new Set(resources)];
    const lookups = read.filter((r) => r.startsWith('config/'));
    assert.deepStrictEqual(read.slice(lookups.length), ['launches/upcoming', 'events/upcoming', 'dashboard/starship', 'launches/previous']);
    // the lookups launches name by a string (a page each), upcoming launches, upcoming events, dashboard, previous
    const pages = lookups.length + Math.ceil(upcoming / 100) + 1 + 1 + 1;
    assert.ok(first.requests <= pages + 1, `${first.requests} requests`);
    for (const path of ['/2.3.0/launches/upcoming/?mode=detailed&limit=100', '/2.3.0/events/upcoming/?mode=detailed&limit=100', '/2.3.0/dashboard/starship/']) {
      const want = (await upstream.app.inject({ url: path })).json();
      const got = (await app.inject({ url: path })).json();
      assert.deepStrictEqual(got, want, path);
    }
    // the 100 most recent launches: the page's objects (its count is of every previous launch, most not read yet)
    const latest = '/2.3.0/launches/previous/?mode=detailed&limit=100';
    assert.deepStrictEqual((await app.inject({ url: latest })).json().results, (await upstream.app.inject({ url: latest })).json().results);
    console.log(`# upcoming launches (${upcoming}), upcoming events, the dashboard and the 100 latest launches mirrored after ${first.requests} requests (+${first.throttleReads} throttle reads), ${first.durationMs} ms`);
    // the pass then goes on from where it stopped
    const rest = await syncOnce({ database: mirror, from: upstream.origin });
    assert.equal(rest.resumed, true);
    assert.equal(rest.stopped, false);
    const launches = (await upstream.app.inject({ url: '/2.3.0/launches/?limit=1' })).json().count;
    assert.equal((await app.inject({ url: '/2.3.0/launches/?limit=1' })).json().count, launches);
    console.log(`# a full mirror of ${launches} launches (and everything else the upstream holds): ${first.requests + rest.requests} requests`);
  } finally {
    await app.close();
  }
});
