/**
 * One command runs a mirror (SYNC_FROM): with several processes on one database exactly one syncs, by
 * a lease in the database that another process takes over when the holder stops or dies; an upstream
 * that cannot be reached is said once in the log and tried again after the usual pause.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { loadCheckpoint } from '../../src/sync/checkpoint.ts';
import { Lease } from '../../src/sync/lease.ts';
import { startMirror, type Mirror } from '../../src/sync/mirror.ts';
import type { SyncResult } from '../../src/sync/sync.ts';
import { freshDatabase } from '../support/app.ts';
import { startUpstream, type Upstream } from '../support/upstream.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('the sync lease', () => {
  let database: Database;
  before(async () => {
    database = await freshDatabase();
  });
  after(() => database?.close());

  test('one holder at a time; renewed by its holder; taken over once expired; given up at once', async () => {
    let now = Date.parse('2026-12-05T00:00:00Z');
    const clock = () => now;
    const a = new Lease(database.db, 'test lease', 60_000, clock);
    const b = new Lease(database.db, 'test lease', 60_000, clock);
    assert.equal(await a.acquire(), true);
    assert.equal(await b.acquire(), false, 'held by a');
    now += 40_000;
    assert.equal(await a.acquire(), true, 'a renews');
    now += 40_000;
    assert.equal(await b.acquire(), false, 'a renewed it 40 s ago: 20 s left');
    assert.equal((await b.current())?.holder, a.holder);
    now += 21_000;
    assert.equal(await b.current(), null, 'expired');
    assert.equal(await b.acquire(), true, 'a stopped renewing (died): b takes over');
    assert.equal(await a.acquire(), false, 'a, back, finds it held');
    await b.release();
    assert.equal(await a.acquire(), true, 'b gave it up: a need not wait');
    assert.equal(await new Lease(database.db, 'another lease', 60_000, clock).acquire(), true, 'leases are per name');
  });
});

describe('the mirror in the server (SYNC_FROM)', () => {
  let upstream: Upstream;
  let database: Database;
  const mirrors: Mirror[] = [];
  before(async () => {
    upstream = await startUpstream({ launches: 40, seed: 5 });
    database = await freshDatabase();
  });
  after(async () => {
    for (const m of mirrors) await m.stop();
    await database?.close();
    await upstream?.close();
  });

  test('of two processes on one database, one syncs; when it stops, the other takes over', async () => {
    const passes: Array<[number, SyncResult]> = [];
    const logs: string[] = [];
    const start = (n: number) =>
      startMirror({
        database,
        from: upstream.origin,
        intervalMs: 300,
        leaseMs: 900,
        log: { info: (m) => logs.push(`${n} ${m}`), warn: (m) => logs.push(`${n} ${m}`) },
        onPass: (r) => passes.push([n, r]),
      });
    const one = start(1);
    const two = start(2);
    mirrors.push(one, two);
    await until('a first full pass', () => passes.some(([, r]) => r.kind === 'full' && !r.stopped));
    await sleep(1000);
    assert.equal([one, two].filter((m) => m.holding).length, 1, 'exactly one holds the lease');
    const holder = one.holding ? 1 : 2;
    assert.ok(passes.every(([n]) => n === holder), `only the holder synced: ${passes.map(([n]) => n).join(',')}`);
    assert.ok((await loadCheckpoint(database.db, `${upstream.origin}/2.3.0`)).fullSyncedAt, 'the full pass completed');
    const first = passes.length;
    // the holder stops (and gives the lease up): the other syncs from then on
    await (holder === 1 ? one : two).stop();
    await until('the other process to sync', () => passes.slice(first).some(([n]) => n !== holder));
    assert.equal((holder === 1 ? two : one).holding, true);
    assert.equal(upstream.counts.statuses[429] ?? 0, 0);
  });

  test('an upstream that cannot be reached is said once, and tried again after the pause, not in a loop', async () => {
    const warnings: string[] = [];
    let attempts = 0;
    const unreachable = startMirror({
      database,
      from: 'http://127.0.0.1:9',
      intervalMs: 150,
      leaseMs: 900,
      retries: 0,
      retryDelayMs: 1,
      log: {
        info: (m) => {
          if (m.includes('mirrors')) attempts++;
        },
        warn: (m) => warnings.push(m),
      },
    });
    mirrors.push(unreachable);
    await sleep(1500);
    await unreachable.stop();
    assert.equal(attempts, 1, 'it took the lease once');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /cannot sync from http:\/\/127\.0\.0\.1:9\/2\.3\.0 .*serving what the database holds/);
  });
});
