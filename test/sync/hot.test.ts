/**
 * Hot objects (issue #14, item 3): launches whose NET is within 24 hours and events in progress are
 * re-read between passes, in one request each, and only when the mirror holds such an object.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { bumpDataVersion } from '../../src/db/data-version.ts';
import { refreshHot } from '../../src/sync/mirror.ts';
import { isoSeconds } from '../../src/sync/sync-pass.ts';
import { syncOnce } from '../../src/sync/sync.ts';
import { UpstreamClient } from '../../src/sync/upstream-client.ts';
import { freshDatabase } from '../support/app.ts';
import { startUpstream, SYNC_ANCHOR, type Upstream } from '../support/upstream.ts';

const HOUR = 3_600_000;
let upstream: Upstream;
let mirror: Database;
before(async () => {
  upstream = await startUpstream({ launches: 30, seed: 23 });
  mirror = await freshDatabase();
});
after(async () => {
  await mirror?.close();
  await upstream?.close();
});

/** Edits the upstream's rows and lets its caches see it (they re-read the data version every second). */
async function editUpstream(edit: () => Promise<unknown>) {
  await edit();
  await bumpDataVersion(upstream.database.db);
  await new Promise((r) => setTimeout(r, 1100));
}
const setUpstreamLaunch = (id: string, values: { net: string; status_id?: number }) => editUpstream(() => upstream.database.db.updateTable('launch').set(values).where('id', '=', id).execute());

test('a launch due within 24 hours is re-read by the hot refresh; nothing is asked when nothing is hot', async () => {
  const anchor = SYNC_ANCHOR.getTime();
  const { results } = (await upstream.app.inject({ url: '/2.3.0/launches/upcoming/?limit=1' })).json() as { results: Array<{ id: string }> };
  const id = results[0].id;
  // nothing within 24 hours of the anchor here: no request
  const [from, to, later] = [isoSeconds(anchor - 86_400_000), isoSeconds(anchor + 86_400_000), isoSeconds(anchor + 30 * 86_400_000)];
  await editUpstream(async () => {
    await upstream.database.db.updateTable('launch').set({ net: later }).where('net', '<=', to).where('net', '>=', from).execute();
    await upstream.database.db.updateTable('event').set({ date: later }).where('date', '<=', to).where('date', '>=', from).execute();
  });
  await syncOnce({ database: mirror, from: upstream.origin });
  const client = new UpstreamClient({ base: upstream.url });
  const before = upstream.counts.requests;
  assert.equal(await refreshHot(mirror, client, upstream.url, anchor), 0);
  assert.equal(upstream.counts.requests, before, 'nothing hot: no request');

  // the launch is due in 3 hours (the mirror knows), then the upstream moves it to 5 hours and changes its status
  await setUpstreamLaunch(id, { net: isoSeconds(anchor + 3 * HOUR) });
  await syncOnce({ database: mirror, from: upstream.origin, full: true });
  await setUpstreamLaunch(id, { net: isoSeconds(anchor + 5 * HOUR), status_id: 2 });
  const app = buildApp({ database: mirror, now: () => SYNC_ANCHOR });
  try {
    const url = `/2.3.0/launches/${id}/`;
    const want = (await upstream.app.inject({ url })).json();
    assert.notDeepStrictEqual((await app.inject({ url })).json(), want);
    const sent = upstream.counts.requests;
    const read = await refreshHot(mirror, client, upstream.url, anchor);
    assert.ok(read >= 1, `${read} hot objects read`);
    assert.equal(upstream.counts.requests - sent, 1, 'one request: the upcoming launches due within a day (no hot event)');
    assert.deepStrictEqual((await app.inject({ url })).json(), want);
    // the change log says what the refresh changed, and where it came from
    const [slip] = (await app.inject({ url: `/changes/?id=${id}&field=net` })).json().results;
    assert.deepStrictEqual([slip.source, slip.changes], [`upstream:${upstream.url}`, [{ field: 'net', old: isoSeconds(anchor + 3 * HOUR), new: isoSeconds(anchor + 5 * HOUR) }]]);
  } finally {
    await app.close();
  }
});
