import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, readSeed } from '../support/app.ts';

// The object and count caches (OBJECT_CACHE_MB) are exercised with the response cache off, so every
// request runs the engine and any stale or mixed-up cached object would show.

const S000 = readSeed('000_e02f7aebc80082a2').body;
const NOW = new Date('2026-11-01T00:00:00Z');

describe('cached objects give the same bytes as fresh serialization', () => {
  let database: Database;
  let cached: FastifyInstance;
  let fresh: FastifyInstance;
  let ids: string[];
  before(async () => {
    database = await freshDatabase();
    await generateDataset(database, { launches: 60, seed: 7, anchor: NOW });
    ids = (await database.db.selectFrom('launch').select('id').orderBy('id').limit(5).execute()).map((r) => r.id as string);
    cached = buildApp({ database, responseCacheMb: 0, now: () => NOW });
    fresh = buildApp({ database, responseCacheMb: 0, objectCacheMb: 0, now: () => NOW });
  });
  after(async () => {
    await cached.close();
    await fresh.close();
    await database.close();
  });

  test('every mode, overlapping pages, details, legacy versions, hosts and ?format=json', async () => {
    const urls = [
      '/2.3.0/launches/?mode=list&limit=20',
      '/2.3.0/launches/?mode=normal&limit=20&offset=10',
      '/2.3.0/launches/?mode=detailed&limit=30&offset=5',
      '/2.3.0/launches/upcoming/?mode=detailed',
      '/2.3.0/launches/?mode=detailed&format=json&limit=5',
      ...ids.map((id) => `/2.3.0/launches/${id}/`),
      ...ids.map((id) => `/2.3.0/launches/${id}/?format=json`),
      ...ids.map((id) => `/2.0.0/launch/${id}/`),
      ...ids.map((id) => `/2.2.0/launch/${id}/?mode=detailed`),
      '/2.2.0/launch/?mode=list&limit=15',
      '/2.3.0/agencies/?mode=detailed&limit=15',
      '/2.3.0/pads/?limit=15',
    ];
    for (const host of ['a.example', 'b.example']) {
      // twice through the cached app: the second answer is assembled from cached objects
      for (let round = 0; round < 2; round++) {
        for (const url of urls) {
          const a = await cached.inject({ url, headers: { host } });
          const b = await fresh.inject({ url, headers: { host } });
          assert.equal(a.statusCode, 200, url);
          assert.equal(a.body, b.body, `${host}${url} (round ${round + 1})`);
        }
      }
    }
  });
});

describe('an import retires cached objects and counts at once', () => {
  test('detail, list page and count follow the import; the ETag changes with the body', async () => {
    const database = await freshDatabase();
    const app = buildApp({ database, responseCacheMb: 0 });
    await importDocument(database, S000);
    const detailUrl = `/2.3.0/launches/${S000.id}/`;
    const before = await app.inject({ url: detailUrl });
    const listBefore = JSON.parse((await app.inject({ url: '/2.3.0/launches/?mode=detailed' })).body);
    assert.equal(listBefore.count, 1);
    assert.equal(JSON.parse(before.body).name, S000.name);

    await importDocument(database, { ...S000, name: 'Renamed by an import', pad: { ...S000.pad, name: 'Renamed pad' } });
    const afterDetail = await app.inject({ url: detailUrl });
    assert.equal(JSON.parse(afterDetail.body).name, 'Renamed by an import');
    assert.equal(JSON.parse(afterDetail.body).pad.name, 'Renamed pad');
    assert.notEqual(afterDetail.headers.etag, before.headers.etag);
    const conditional = await app.inject({ url: detailUrl, headers: { 'if-none-match': before.headers.etag as string } });
    assert.equal(conditional.statusCode, 200, 'the old ETag no longer matches');

    await importDocument(database, { ...S000, id: '11111111-2222-4333-8444-555555555555', slug: 'another', name: 'Another launch' });
    const listAfter = JSON.parse((await app.inject({ url: '/2.3.0/launches/?mode=detailed' })).body);
    assert.equal(listAfter.count, 2);
    assert.deepEqual(listAfter.results.map((r: { name: string }) => r.name).sort(), ['Another launch', 'Renamed by an import']);
    await app.close();
    await database.close();
  });

  test('the same object in two shapes is cached apart', async () => {
    const database = await freshDatabase();
    const app = buildApp({ database, responseCacheMb: 0 });
    await importDocument(database, S000);
    const list = JSON.parse((await app.inject({ url: '/2.3.0/launches/?mode=list' })).body).results[0];
    const detailed = JSON.parse((await app.inject({ url: '/2.3.0/launches/?mode=detailed' })).body).results[0];
    const normal = JSON.parse((await app.inject({ url: '/2.3.0/launches/' })).body).results[0];
    assert.equal(list.response_mode, 'list');
    assert.equal(normal.response_mode, 'normal');
    assert.equal(detailed.response_mode, 'detailed');
    assert.ok(Object.keys(detailed).length > Object.keys(normal).length && Object.keys(normal).length > Object.keys(list).length);
    await app.close();
    await database.close();
  });
});

describe('cached counts and page keys follow the clock of time-scoped lists', () => {
  test('a launch leaves /upcoming/ when the clock passes it, although no data changed', async () => {
    const database = await freshDatabase();
    await importDocument(database, S000);
    const net = Date.parse(S000.net);
    let now = new Date(net - 86_400_000);
    const app = buildApp({ database, responseCacheMb: 0, now: () => now });
    const upcoming = async () => JSON.parse((await app.inject({ url: '/2.3.0/launches/upcoming/?mode=list' })).body);
    assert.equal((await upcoming()).count, 1);
    assert.equal((await upcoming()).results.length, 1, 'the second answer comes from the cached count and keys');
    now = new Date(net + 3 * 86_400_000);
    const later = await upcoming();
    assert.equal(later.count, 0);
    assert.deepEqual(later.results, []);
    await app.close();
    await database.close();
  });
});
