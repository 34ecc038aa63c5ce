/**
 * One upstream budget for every process (issue #14, items 5 and 7): two real servers mirror one upstream
 * that allows 15 anonymous requests per 10 s. One syncs; both read through for clients asking for what
 * is not here yet. Together they never get a 429, and the upcoming launches are here after a handful
 * of requests.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createKey } from '../../src/throttle/api-keys.ts';
import { startUpstream, type Upstream } from '../support/upstream.ts';
import { ServerProcess, sharedDatabase } from './server-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LIMIT = { limit: 15, seconds: 10 };

let upstream: Upstream;
let db: Awaited<ReturnType<typeof sharedDatabase>>;
const servers: ServerProcess[] = [];
/** The test's own reads of the upstream, with a key of their own (not the mirror's anonymous budget). */
const own: Record<string, string> = {};

before(async () => {
  upstream = await startUpstream({ launches: 40, seed: 31, anonRate: LIMIT });
  own.authorization = `Token ${(await createKey(upstream.database.db, { name: 'test', tier: 'unlimited' })).token}`;
  db = await sharedDatabase();
});
after(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  await db?.drop();
  await upstream?.close();
});

test('two servers share the upstream budget: syncing and reading through, zero 429', async () => {
  // the mirror's own requests: those without the test's key
  const times = upstream.counts.anonymousTimes;
  const started = Date.now();
  const env = { DATABASE_URL: db.url, SYNC_FROM: upstream.origin, SYNC_INTERVAL_SECONDS: '1', SYNC_LEASE_SECONDS: '3', ANON_RATE_LIMIT: 'off' };
  const [a, b] = await Promise.all([ServerProcess.start(env), ServerProcess.start(env)]);
  servers.push(a, b);
  const ids = ((await upstream.app.inject({ url: '/2.3.0/launches/?limit=100&mode=list', headers: own })).json() as { results: Array<{ id: string }> }).results.map((l) => l.id);
  const upcoming = (await upstream.app.inject({ url: '/2.3.0/launches/upcoming/?limit=100&mode=detailed', headers: own })).json();

  // clients of both servers ask for launches not mirrored yet and for lists, while one of them syncs
  const answers: Record<string, number> = {};
  let upcomingAt: { ms: number; requests: number } | null = null;
  // three of the upstream's windows at least
  for (let round = 0; !upcomingAt || Date.now() - started < 3 * LIMIT.seconds * 1000; round++) {
    assert.ok(Date.now() - started < 90_000, `upcoming launches never complete:\n${a.output.join('\n')}`);
    for (const [i, s] of [a, b].entries()) {
      const detail = await s.get(`/2.3.0/launches/${ids[(round * 2 + i) % ids.length]}/`);
      const list = await s.get(`/2.3.0/agencies/?limit=${round + 1}`);
      for (const r of [detail, list]) {
        const how = `${r.status} ${r.headers['x-ll2-mirror'] ?? 'here'}`;
        answers[how] = (answers[how] ?? 0) + 1;
      }
    }
    // upcoming launches complete: the first pass has read them, and the list answered from here equals the upstream's
    if (!upcomingAt) {
      const local = await a.get('/2.3.0/launches/upcoming/?limit=100&mode=detailed');
      if (!local.headers['x-ll2-mirror'] && JSON.stringify(local.body.results.map((l: { id: string; net: string }) => [l.id, l.net])) === JSON.stringify(upcoming.results.map((l: { id: string; net: string }) => [l.id, l.net]))) {
        upcomingAt = { ms: Date.now() - started, requests: times.length };
      }
    }
    await sleep(250);
  }
  assert.equal(upstream.counts.statuses[429] ?? 0, 0, 'the upstream answered 429');
  // never more than the limit within any 10 s (the upstream's sliding window)
  const busiest = Math.max(...times.map((t) => times.filter((u) => u > t - LIMIT.seconds * 1000 && u <= t).length));
  assert.ok(busiest <= LIMIT.limit, `${busiest} requests within ${LIMIT.seconds} s`);
  assert.ok((answers['200 read-through'] ?? 0) > 0 && (answers['200 forwarded'] ?? 0) > 0, JSON.stringify(answers));
  assert.ok((answers['200 partial'] ?? 0) > 0, `the budget ran out for read-through at times: ${JSON.stringify(answers)}`);
  // a launch neither here nor read through (no room left) is a 404 that says the mirror is partial
  assert.ok(Object.keys(answers).every((k) => k.startsWith('200') || k === '404 partial'), JSON.stringify(answers));
  const statuses = [(await a.get('/mirror/?format=json')).body, (await b.get('/mirror/?format=json')).body];
  assert.deepStrictEqual(statuses.map((s) => s.budget.limit), [LIMIT.limit, LIMIT.limit]);
  assert.deepStrictEqual(statuses.map((s) => s.syncing.this_process).sort(), [false, true], 'one of them syncs');
  console.log(
    `# two servers, upstream limit ${LIMIT.limit}/${LIMIT.seconds} s: ${times.length} upstream requests in ${((Date.now() - started) / 1000).toFixed(1)} s, busiest window ${busiest}, 0 x 429; ` +
      `upcoming launches complete after ${upcomingAt!.requests} requests, ${(upcomingAt!.ms / 1000).toFixed(1)} s; clients' answers ${JSON.stringify(answers)}`,
  );
});
