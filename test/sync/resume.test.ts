import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.ts';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { loadCheckpoint } from '../../src/sync/checkpoint.ts';
import type { SyncEvent } from '../../src/sync/sync-pass.ts';
import { syncOnce, watchSync, type SyncResult } from '../../src/sync/sync.ts';
import { freshDatabase, testDatabaseUrl } from '../support/app.ts';
import { compareApps } from '../support/route-walk.ts';
import { pagesOfFullPass, startFaultyProxy, startUpstream, SYNC_ANCHOR, type Upstream } from '../support/upstream.ts';

async function mirrorApp(database: Database) {
  const app = buildApp({ database, now: () => SYNC_ANCHOR });
  await app.ready();
  return app;
}

describe('ll2 sync resumes from its checkpoint', () => {
  let upstream: Upstream;
  /** Requests (= pages) of one uninterrupted full pass. */
  let fullPages: number;
  before(async () => {
    upstream = await startUpstream({ launches: 40, seed: 5 });
    fullPages = await pagesOfFullPass(upstream.app);
  });
  after(() => upstream.close());

  test('an upstream that throttles once, then answers 500, then drops connections: each run fails cleanly, the reruns continue', async () => {
    const proxy = await startFaultyProxy(upstream.origin, [[8, '429-once'], [20, '500'], [40, 'drop']]);
    const database = await freshDatabase();
    const app = await mirrorApp(database);
    const waits: string[] = [];
    const run = () => syncOnce({ database, from: proxy.url, retries: 2, retryDelayMs: 20, onEvent: (e) => e.type === 'wait' && waits.push(`${e.seconds} s: ${e.reason}`) });

    await assert.rejects(run(), /HTTP 500.*after 2 retries/);
    assert.equal(waits[0], '1 s: throttled (429)', 'the 429 was waited out for its Retry-After');
    assert.equal(proxy.stats().failed, 1 + 3, 'a 429, then one request and two spaced retries, no more');
    let cp = await loadCheckpoint(database.db, proxy.url);
    assert.deepStrictEqual([cp.pass, cp.pages], ['full', 20], 'every page that arrived was imported and checkpointed');
    assert.ok((await compareApps(upstream.app, app, { maxPages: 1, details: 1 })).differences.length > 0);

    proxy.heal();
    await assert.rejects(run(), /after 2 retries/);
    cp = await loadCheckpoint(database.db, proxy.url);
    assert.deepStrictEqual([cp.pass, cp.pages], ['full', 40]);

    proxy.heal();
    const rerun = await run();
    assert.equal(rerun.resumed, true);
    assert.equal(rerun.requests, fullPages - 40, 'the rerun asked only for the pages not imported yet');
    assert.equal(proxy.stats().passed, fullPages, 'over three runs, every page went through once');
    assert.deepStrictEqual((await compareApps(upstream.app, app)).differences, []);
    await app.close();
    await database.close();
    await proxy.close();
  });

  test('--watch: a stop request ends the pass after the current page; the next run resumes it, then goes incremental', async () => {
    const database = await freshDatabase();
    const stop = new AbortController();
    const passes: SyncResult[] = [];
    const watch = (ctl: AbortController, onEvent?: (e: SyncEvent) => void, stopAt = Infinity) =>
      watchSync({ database, from: upstream.url, intervalMs: 20, signal: ctl.signal, onEvent, onPass: (r) => passes.push(r) === stopAt && ctl.abort(), onError: (e) => assert.fail(e) });
    await watch(stop, (e) => e.type === 'page' && e.index >= 30 && stop.abort());
    assert.deepStrictEqual(passes.map((p) => [p.kind, p.stopped]), [['full', true]]);
    assert.equal((await loadCheckpoint(database.db, upstream.url)).pages, passes[0].pages, 'the checkpoint names the page after the last one read');

    const again = new AbortController();
    await watch(again, undefined, 3);
    assert.deepStrictEqual(passes.slice(1).map((p) => [p.kind, p.resumed]), [['full', true], ['incremental', false]]);
    assert.equal(passes[0].pages + passes[1].requests, fullPages, 'no page read twice, none skipped');
    assert.ok(passes[2].requests <= 3);
    const app = await mirrorApp(database);
    assert.deepStrictEqual((await compareApps(upstream.app, app)).differences, []);
    await app.close();
    await database.close();
  });

  test('kill -9 of `ll2 sync` mid-run: rerunning continues from the checkpoint and ends identical', async () => {
    const target = await childDatabase();
    const bin = fileURLToPath(new URL('../../bin/ll2.js', import.meta.url));
    // the killed sync leaves its lease behind: the rerun waits for it to expire (SYNC_LEASE_SECONDS; long
    // enough that the rerun starts before it expires even on a loaded machine)
    const env = { ...process.env, DATABASE_URL: target.url, SYNC_LEASE_SECONDS: '6' };
    const run = () => spawn(process.execPath, [bin, 'sync', '--from', upstream.url], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const start = upstream.counts.requests;
    const victim = run();
    const killAt = 25;
    await new Promise<void>((resolve, reject) => {
      victim.on('exit', () => reject(new Error('the sync ended before it was killed')));
      const poll = setInterval(() => {
        if (upstream.counts.requests - start < killAt) return;
        clearInterval(poll);
        victim.removeAllListeners('exit');
        victim.on('exit', () => resolve());
        victim.kill('SIGKILL'); // most likely while it imports page 25
      }, 1);
    });
    const database = await openDatabase(target.url);
    const cp = await loadCheckpoint(database.db, upstream.url);
    assert.equal(cp.pass, 'full');
    assert.ok(cp.pages === killAt - 1 || cp.pages === killAt, `checkpoint at ${cp.pages} pages`);

    const beforeRerun = upstream.counts.requests;
    const rerun = run();
    let out = '';
    rerun.stdout.on('data', (d) => (out += d));
    rerun.stderr.on('data', (d) => (out += d));
    const code = await new Promise((resolve) => rerun.on('exit', resolve));
    assert.equal(code, 0, out);
    assert.match(out, /full pass resumed and done/);
    assert.match(out, /waiting for the sync lease of /);
    assert.equal(upstream.counts.requests - beforeRerun, fullPages - cp.pages, 'the rerun fetched only what was not committed');
    const app = await mirrorApp(database);
    assert.deepStrictEqual((await compareApps(upstream.app, app)).differences, []);
    await app.close();
    await database.close();
    await target.drop();
  });
});

/** A database another process can open: a file for SQLite, a database of its own on PostgreSQL. */
async function childDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!testDatabaseUrl.startsWith('postgres')) {
    const dir = mkdtempSync(join(tmpdir(), 'll2-sync-'));
    return { url: `sqlite:${join(dir, 'mirror.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = await openDatabase(testDatabaseUrl);
  const name = `ll2_sync_child_${process.pid}_${Date.now() % 100000}`;
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await sql`drop database if exists ${sql.id(name)}`.execute(admin.db);
      await admin.close();
    },
  };
}
