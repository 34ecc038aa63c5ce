/**
 * Read-through while the mirror is incomplete (issue #14, item 4), and GET /mirror/ (item 6): a mirror
 * whose first pass has not read a resource forwards its lists to the upstream while the shared budget
 * has room (the page imported for later), answers from here with `X-LL2-Mirror: partial` when it has
 * none, and fetches a missing object; once the first pass has read the resource, nothing is forwarded.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { syncOnce } from '../../src/sync/sync.ts';
import { createKey } from '../../src/throttle/api-keys.ts';
import { freshDatabase } from '../support/app.ts';
import { startUpstream, SYNC_ANCHOR, type Upstream } from '../support/upstream.ts';

const ORIGIN = 'http://mirror.test';

/** The comparisons' own key: they must not spend the anonymous budget the mirror shares. */
const comparing: Record<string, string> = {};

/** The upstream's answer as this server writes it: the same JSON, its links on this server. */
async function upstreamAnswer(upstream: Upstream, url: string): Promise<unknown> {
  const text = (await upstream.app.inject({ url, headers: { host: new URL(upstream.origin).host, ...comparing } })).body;
  return JSON.parse(text.split(`${upstream.origin}/`).join(`${ORIGIN}/`));
}

describe('read-through of a mirror whose first pass has not finished', () => {
  let upstream: Upstream;
  let database: Database;
  let app: FastifyInstance;
  // the upstream allows 10 anonymous requests a minute, read-through may take half: enough for a few, then spent
  before(async () => {
    upstream = await startUpstream({ launches: 40, seed: 21, anonRate: { limit: 10, seconds: 60 } });
    comparing.authorization = `Token ${(await createKey(upstream.database.db, { name: 'comparison', tier: 'unlimited' })).token}`;
    database = await freshDatabase();
    app = buildApp({ database, publicBaseUrl: ORIGIN, now: () => SYNC_ANCHOR, mirror: { from: upstream.origin } });
  });
  after(async () => {
    await app?.close();
    await database?.close();
    await upstream?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  test('a list is forwarded (the upstream’s JSON, links on this server) and its page imported', async () => {
    const url = '/2.3.0/launches/upcoming/?limit=5&mode=detailed';
    const res = await get(url);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['x-ll2-mirror'], 'forwarded');
    assert.deepStrictEqual(res.json(), await upstreamAnswer(upstream, url));
    // legacy versions are forwarded as they are asked
    const legacy = await get('/2.2.0/launch/?limit=2');
    assert.equal(legacy.headers['x-ll2-mirror'], 'forwarded');
    assert.deepStrictEqual(legacy.json(), await upstreamAnswer(upstream, '/2.2.0/launch/?limit=2'));
    await app.close(); // waits for the forwarded pages' imports
    app = buildApp({ database, publicBaseUrl: ORIGIN, now: () => SYNC_ANCHOR, mirror: { from: upstream.origin } });
    const ids = (res.json() as { results: Array<{ id: string }> }).results.map((l) => l.id);
    const here = await database.db.selectFrom('launch').select('id').where('id', 'in', ids).execute();
    assert.equal(here.length, ids.length, 'the forwarded page was imported');
  });

  test('an object missing here is fetched from the upstream, imported and answered; an unknown id once', async () => {
    const { results } = (await upstream.app.inject({ url: '/2.3.0/launches/previous/?limit=1&offset=20', headers: comparing })).json() as { results: Array<{ id: string }> };
    const url = `/2.3.0/launches/${results[0].id}/`;
    const want = await upstreamAnswer(upstream, url);
    const before = upstream.counts.requests;
    const res = await get(url);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['x-ll2-mirror'], 'read-through');
    assert.deepStrictEqual(res.json(), want);
    assert.equal((await get(url)).headers['x-ll2-mirror'], undefined, 'answered from here the second time');
    const unknown = '/2.3.0/launches/00000000-0000-4000-8000-000000000000/';
    const answers = [await get(unknown), await get(unknown)].map((r) => [r.statusCode, r.headers['x-ll2-mirror']]);
    assert.deepStrictEqual(answers, [[404, undefined], [404, undefined]], 'the upstream does not know it either');
    assert.equal(upstream.counts.requests - before, 2, 'one request for the object, one for the unknown id (remembered)');
  });

  test('with the budget spent, lists answer from here marked partial, and the upstream never says 429', async () => {
    // the four requests above took 4 of the 10; read-through may take 5 a minute (the rest is the sync's)
    const { left } = (await get('/mirror/?format=json')).json().budget;
    assert.equal(left, 6);
    const seen: Array<string | undefined> = [];
    for (let i = 0; i < 3; i++) seen.push((await get(`/2.3.0/events/?limit=${i + 1}`)).headers['x-ll2-mirror'] as string | undefined);
    assert.deepStrictEqual(seen, ['forwarded', 'partial', 'partial']);
    const agency = `/2.3.0/agencies/${(await upstream.app.inject({ url: '/2.3.0/agencies/?limit=1&offset=3', headers: comparing })).json().results[0].id}/`;
    for (const missing of [await get(agency), await get(agency)]) {
      // the second from the response cache: the header is kept with the answer
      assert.deepStrictEqual([missing.statusCode, missing.headers['x-ll2-mirror']], [404, 'partial'], 'an object not here, no room to read it through');
    }
    const page = await get('/2.3.0/agencies/', { accept: 'text/html' });
    assert.equal(page.headers['x-ll2-mirror'], 'partial', 'the browsable page is never forwarded');
    assert.equal(upstream.counts.statuses[429] ?? 0, 0);
    await new Promise((r) => setTimeout(r, 2100)); // GET /mirror/'s answer is reused for 2 s
    const status = (await get('/mirror/?format=json')).json();
    assert.deepStrictEqual([status.budget.limit, status.budget.used_by_this_server, status.budget.left, status.first_pass_done], [10, 5, 5, false]);
  });
});

describe('a mirror whose first pass is done answers from here only; GET /mirror/', () => {
  let upstream: Upstream;
  let database: Database;
  let app: FastifyInstance;
  before(async () => {
    upstream = await startUpstream({ launches: 30, seed: 22 });
    database = await freshDatabase();
    await syncOnce({ database, from: upstream.origin });
    app = buildApp({ database, publicBaseUrl: ORIGIN, now: () => SYNC_ANCHOR, mirror: { from: upstream.origin } });
  });
  after(async () => {
    await app?.close();
    await database?.close();
    await upstream?.close();
  });

  test('lists and missing ids are answered here, with no header and no upstream request', async () => {
    const before = upstream.counts.requests;
    const list = await app.inject({ url: '/2.3.0/launches/?limit=3' });
    assert.equal(list.headers['x-ll2-mirror'], undefined);
    assert.equal((await app.inject({ url: '/2.3.0/launches/00000000-0000-4000-8000-000000000000/' })).statusCode, 404);
    assert.equal(upstream.counts.requests, before);
  });

  test('GET /mirror/: per resource, objects here and upstream, first pass done; the budget; JSON and HTML', async () => {
    const status = (await app.inject({ url: '/mirror/?format=json' })).json();
    assert.equal(status.upstream, `${upstream.origin}/2.3.0`);
    assert.equal(status.first_pass_done, true);
    assert.equal(status.pass, null);
    assert.equal(status.last_error, null);
    const launches = status.resources.find((r: { resource: string }) => r.resource === 'launches');
    assert.deepStrictEqual([launches.here, launches.upstream, launches.first_pass_done], [30, 30, true]);
    const agencies = status.resources.find((r: { resource: string }) => r.resource === 'agencies');
    assert.equal(agencies.here, agencies.upstream);
    assert.ok(status.resources.every((r: { first_pass_done: boolean; last_read_at: string | null }) => r.first_pass_done && r.last_read_at), 'every resource read');
    assert.equal(status.budget.limit, null, 'the upstream has no limit');
    const html = await app.inject({ url: '/mirror/', headers: { accept: 'text/html' } });
    assert.match(html.headers['content-type'] as string, /text\/html/);
    assert.match(html.body, /<h1>Mirror<\/h1>/);
    assert.equal((await app.inject({ url: '/mirror/?format=xml' })).statusCode, 404);
  });
});

test('an upstream that fails: clients get what is here at once, marked partial, and it is not asked again for a while', async () => {
  // a "server" that drops every connection
  let connections = 0;
  const dropper = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((r) => dropper.listen(0, '127.0.0.1', r));
  const database = await freshDatabase();
  const warned: string[] = [];
  const app = buildApp({ database, mirror: { from: `http://127.0.0.1:${(dropper.address() as AddressInfo).port}` }, logger: { level: 'warn', stream: { write: (line) => void warned.push(line) } } });
  try {
    const first = await app.inject({ url: '/2.3.0/launches/?limit=2' });
    assert.deepStrictEqual([first.statusCode, first.headers['x-ll2-mirror']], [200, 'partial']);
    const seen = connections;
    assert.ok(seen >= 1);
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      const res = await app.inject({ url: `/2.3.0/launches/?limit=${i + 1}` });
      assert.equal(res.headers['x-ll2-mirror'], 'partial');
    }
    const missing = await app.inject({ url: '/2.3.0/agencies/121/' });
    assert.deepStrictEqual([missing.statusCode, missing.headers['x-ll2-mirror']], [404, 'partial']);
    assert.equal(connections, seen, 'not asked again right away');
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms for 21 answers`);
    assert.equal(warned.filter((l) => l.includes('read-through')).length, 1, warned.join('\n'));
  } finally {
    await app.close();
    await database.close();
    dropper.close();
  }
});
