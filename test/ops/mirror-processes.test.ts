/**
 * `SYNC_FROM=... npm start`: the server serves and keeps its database synced. Two real server processes
 * on one database: one syncs, the other serves; killed without a chance to give the lease up, the holder
 * is replaced by the other once the lease expires.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { createKey } from '../../src/throttle/api-keys.ts';
import { compareApps } from '../support/route-walk.ts';
import { startUpstream, SYNC_ANCHOR, type Upstream } from '../support/upstream.ts';
import { syncLease } from '../../src/sync/mirror.ts';
import { runCli, ServerProcess, sharedDatabase } from './server-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let upstream: Upstream;
let db: Awaited<ReturnType<typeof sharedDatabase>>;
const servers: ServerProcess[] = [];

before(async () => {
  upstream = await startUpstream({ launches: 30, seed: 3 });
  db = await sharedDatabase();
});
after(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  await db?.drop();
  await upstream?.close();
});

const mirroring = (s: ServerProcess) => s.output.filter((l) => l.includes('this process mirrors')).length;

test('two servers with SYNC_FROM: one syncs, and the other takes over when it is killed', async () => {
  const env = { DATABASE_URL: db.url, SYNC_FROM: upstream.origin, SYNC_INTERVAL_SECONDS: '1', SYNC_LEASE_SECONDS: '3', ANON_RATE_LIMIT: 'off' };
  const a = await ServerProcess.start(env);
  servers.push(a);
  const b = await ServerProcess.start(env);
  servers.push(b);
  const want = (await upstream.app.inject({ url: '/2.3.0/launches/?limit=1' })).json().count;
  const end = Date.now() + 60_000;
  // (until then lists are forwarded to the upstream: GET /mirror/ tells when the first pass is done)
  while (!(await a.get('/mirror/')).body.first_pass_done) {
    assert.ok(Date.now() < end, `the mirror never finished its first pass:\n${a.output.join('\n')}`);
    await sleep(200);
  }
  for (const s of [a, b]) {
    const res = await s.get('/2.3.0/launches/?limit=1');
    assert.deepStrictEqual([res.body.count, res.headers['x-ll2-mirror']], [want, undefined], 'both serve the synced database');
  }
  assert.equal(mirroring(a) + mirroring(b), 1, 'exactly one process syncs');
  const [holder, other] = mirroring(a) ? [a, b] : [b, a];
  await holder.stop('SIGKILL');
  const killedAt = Date.now();
  while (!mirroring(other)) {
    assert.ok(Date.now() - killedAt < 20_000, `no takeover:\n${other.output.join('\n')}`);
    await sleep(100);
  }
  const after = Date.now() - killedAt;
  assert.ok(after >= 1_000, `taken over after ${after} ms: before the 3 s lease of the killed process could expire`);
  console.log(`# the other server took the sync over ${after} ms after the holder was killed (lease 3 s)`);
  assert.equal(upstream.counts.statuses[429] ?? 0, 0);
  // a clean stop gives the lease up at once
  assert.equal(await other.stop(), 0);
  const database = await db.open();
  try {
    assert.equal(await syncLease(database, upstream.origin, 60_000).current(), null);
  } finally {
    await database.close();
  }
});

test('`ll2 sync` does not run beside another process syncing the same upstream', async () => {
  const database = await db.open();
  try {
    const lease = syncLease(database, upstream.origin, 1_000);
    assert.equal(await lease.acquire(), true);
    const before = upstream.counts.requests;
    // a live holder renews its lease while the command waits for it: the command gives up, naming it
    const renewing = setInterval(() => void lease.acquire(), 300);
    const cli = await runCli(['sync', '--from', upstream.origin], { DATABASE_URL: db.url, SYNC_LEASE_SECONDS: '1' }).finally(() => clearInterval(renewing));
    assert.notEqual(cli.code, 0);
    assert.ok(cli.output.includes(`another process (${lease.holder}) is syncing ${upstream.origin}/2.3.0`), cli.output);
    assert.equal(upstream.counts.requests, before, 'it asked the upstream nothing');
    await lease.release();
    const ok = await runCli(['sync', '--from', upstream.origin], { DATABASE_URL: db.url });
    assert.equal(ok.code, 0, ok.output);
    assert.equal(await lease.current(), null, 'it gave the lease up when done');
  } finally {
    await database.close();
  }
});

test('a server killed mid-pass: the next one resumes from the checkpoint and the mirror ends identical', async () => {
  // a slower upstream (20 requests per 2 s), so the pass is still under way when the server is killed
  const slow = await startUpstream({ launches: 40, seed: 8, anonRate: { limit: 20, seconds: 2 } });
  const fresh = await sharedDatabase();
  try {
    const env = { DATABASE_URL: fresh.url, SYNC_FROM: slow.origin, SYNC_INTERVAL_SECONDS: '60', SYNC_LEASE_SECONDS: '2', ANON_RATE_LIMIT: 'off' };
    const first = await ServerProcess.start(env);
    servers.push(first);
    let end = Date.now() + 60_000;
    let pages = 0;
    while (pages < 15) {
      assert.ok(Date.now() < end, `the pass never got under way:\n${first.output.join('\n')}`);
      await sleep(50);
      pages = (await first.get('/mirror/?format=json')).body.pass?.pages ?? 0;
    }
    await first.stop('SIGKILL');
    const second = await ServerProcess.start(env);
    servers.push(second);
    end = Date.now() + 90_000;
    while (!(await second.get('/mirror/?format=json')).body.first_pass_done) {
      assert.ok(Date.now() < end, `the pass never finished:\n${second.output.join('\n')}`);
      await sleep(200);
    }
    assert.ok(second.output.some((l) => l.includes('full pass resumed and done')), second.output.join('\n'));
    assert.equal(slow.counts.statuses[429] ?? 0, 0);
    await second.stop();
    const { token } = await createKey(slow.database.db, { name: 'comparison', tier: 'unlimited' });
    const database = await fresh.open();
    const app = buildApp({ database, now: () => SYNC_ANCHOR });
    try {
      const { differences } = await compareApps(slow.app, app, { headers: { a: { authorization: `Token ${token}` } } });
      assert.deepStrictEqual(differences, []);
    } finally {
      await app.close();
      await database.close();
    }
    console.log(`# killed after ${pages} pages; the next server resumed and finished: mirror identical`);
  } finally {
    await fresh.drop();
    await slow.close();
  }
});
