import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.ts';
import { bumpDataVersion } from '../../src/db/data-version.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { loadCheckpoint } from '../../src/sync/checkpoint.ts';
import { syncOnce, type SyncResult } from '../../src/sync/sync.ts';
import { isoSeconds } from '../../src/sync/sync-pass.ts';
import { freshDatabase } from '../support/app.ts';
import { compareApps } from '../support/route-walk.ts';
import { pagesOfFullPass, startUpstream, SYNC_ANCHOR, type Upstream } from '../support/upstream.ts';

/**
 * A second instance of our server is the upstream; `syncOnce` mirrors it into an empty database over
 * HTTP, and every 2.3.0 route of the mirror must then answer exactly as the upstream does.
 */
describe('ll2 sync from another instance', () => {
  let upstream: Upstream;
  let mirror: Awaited<ReturnType<typeof freshDatabase>>;
  let mirrorApp: ReturnType<typeof buildApp>;
  let full: SyncResult;

  before(async () => {
    upstream = await startUpstream({ launches: 150, seed: 7 });
    mirror = await freshDatabase();
    mirrorApp = buildApp({ database: mirror, now: () => SYNC_ANCHOR });
    await mirrorApp.ready();
  });
  after(async () => {
    await mirrorApp.close();
    await mirror.close();
    await upstream.close();
  });

  test('before syncing, the comparison sees the empty mirror differ', async () => {
    const { differences } = await compareApps(upstream.app, mirrorApp, { maxPages: 1, details: 1 });
    assert.ok(differences.length > 50, `only ${differences.length} differences against an empty mirror`);
  });

  test('a full pass mirrors every 2.3.0 path exactly', async () => {
    const before = upstream.counts.requests;
    full = await syncOnce({ database: mirror, from: `${upstream.origin}/` });
    assert.equal(full.kind, 'full');
    assert.equal(full.stopped, false);
    assert.equal(upstream.counts.requests - before, full.requests, 'every request the sync counted reached the upstream');
    assert.equal(full.pages, full.requests);
    assert.equal(full.requests, await pagesOfFullPass(upstream.app), 'one request per page, none repeated');
    assert.equal(full.throttled, 0);
    const { differences, requests } = await compareApps(upstream.app, mirrorApp);
    assert.deepStrictEqual(differences, []);
    assert.ok(requests > 150, `compared only ${requests} routes`);
    const cp = await loadCheckpoint(mirror.db, upstream.url);
    assert.equal(cp.pass, null);
    assert.ok(cp.watermark && cp.fullSyncedAt === cp.watermark);
    console.log(`# full pass: ${full.requests} requests, ${full.objects} objects, ${full.durationMs} ms; compared ${requests} routes`);
  });

  test('an incremental pass picks up an edited launch with a handful of requests', async () => {
    const any = (await upstream.app.inject({ url: '/2.3.0/launches/?limit=1&mode=detailed&ordering=id' })).json().results[0];
    const edited = { ...any, name: `${any.name} (edited upstream)`, last_updated: isoSeconds(Date.now()), status: { id: 4, name: 'Launch Failure', abbrev: 'Failure', description: 'Either the launch vehicle did not reach orbit, or the payload(s) failed to separate.' } };
    await importDocument(upstream.database, edited);
    const { differences: stale } = await compareApps(upstream.app, mirrorApp, { maxPages: 1 });
    assert.ok(stale.length > 0, 'the edit shows before the incremental pass');

    const inc = await syncOnce({ database: mirror, from: upstream.url });
    assert.equal(inc.kind, 'incremental');
    assert.ok(inc.requests <= 4 && inc.requests * 10 < full.requests, `incremental pass made ${inc.requests} requests (full: ${full.requests})`);
    assert.deepStrictEqual((await compareApps(upstream.app, mirrorApp)).differences, []);
    console.log(`# incremental pass: ${inc.requests} requests, ${inc.objects} objects, ${inc.durationMs} ms`);
  });

  test('incremental paging loses nothing when more than a page of launches share one last_updated', async () => {
    const stamp = isoSeconds(Date.now());
    await sql`update launch set last_updated = ${stamp}, name = name || ' (bulk edit)' where id in (select id from launch order by id limit 120)`.execute(upstream.database.db);
    await bumpDataVersion(upstream.database.db);
    for (const fn of upstream.database.written) fn();

    const inc = await syncOnce({ database: mirror, from: upstream.url, limit: 25 });
    assert.equal(inc.kind, 'incremental');
    const launchPages = Math.ceil(121 / 25); // 120 at one instant, plus the launch edited before
    assert.ok(inc.objects >= 121, `read ${inc.objects} objects`);
    assert.ok(inc.requests <= launchPages + 3, `${inc.requests} requests`);
    assert.deepStrictEqual((await compareApps(upstream.app, mirrorApp)).differences, []);
  });
});
