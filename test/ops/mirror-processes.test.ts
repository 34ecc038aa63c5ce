/**
 * `SYNC_FROM=... npm start`: the server serves and keeps its database synced. Two real server processes
 * on one database: one syncs, the other serves; killed without a chance to give the lease up, the holder
 * is replaced by the other once the lease expires.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startUpstream, type Upstream } from '../support/upstream.ts';
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
  while ((await a.get('/2.3.0/launches/?limit=1')).body.count !== want) {
    assert.ok(Date.now() < end, `the mirror never reached ${want} launches:\n${a.output.join('\n')}`);
    await sleep(200);
  }
  assert.equal((await b.get('/2.3.0/launches/?limit=1')).body.count, want, 'both serve the synced database');
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
