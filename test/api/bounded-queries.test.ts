/**
 * Bounded work per request (security review): `?ordering=` and `?search=` terms are deduplicated and
 * capped, long filter value lists never reach a database limit, request-chosen names never hit an
 * object's prototype, and the SQL text of a query never depends on request values (prepared
 * statements are cached by their text).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { pathCondition } from '../../src/api/model-path.ts';
import { listQueries } from '../../src/api/list-query.ts';
import { resources } from '../../src/resources/index.ts';
import { model } from '../../src/model/entities.ts';
import { freshDatabase, readSeed, seedNames, testApp, type TestApp } from '../support/app.ts';

/** Records the SQL text of every query the app runs (compiled by Kysely's own compiler). */
class SqlRecorder implements KyselyPlugin {
  readonly texts: string[] = [];
  compile?: (node: RootOperationNode) => string;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.compile) this.texts.push(this.compile(args.node));
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

let t: TestApp;
let database: Database;
const recorder = new SqlRecorder();

before(async () => {
  const base = await freshDatabase();
  for (const name of seedNames) await importDocument(base, readSeed(name).body);
  const db = base.db.withPlugin(recorder);
  recorder.compile = (node) => base.db.getExecutor().compileQuery(node, { queryId: 'rec' } as any).sql;
  // a list's count and page go through `guarded` (reader threads on SQLite): recorded too
  database = { ...base, db, guarded: base.guarded.withPlugin(recorder) } as Database;
  t = await testApp({ database });
});
after(async () => {
  await t.close();
});

const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('ordering terms', () => {
  test('a field repeated thousands of times is one term (no 500, same answer as once)', async () => {
    const once = await t.get('/2.3.0/launches/?ordering=-net&mode=list');
    assert.equal(once.status, 200);
    const many = await t.get(`/2.3.0/launches/?mode=list&ordering=${Array(3000).fill('-net').join(',')}`);
    assert.equal(many.status, 200, many.text.slice(0, 200));
    assert.deepStrictEqual(many.body.results.map((r: any) => r.id), once.body.results.map((r: any) => r.id));
    const deep = await t.get(`/2.3.0/payloads/?ordering=${Array(400).fill('-payloadflight__rocket__launch__net').join(',')}`);
    assert.equal(deep.status, 200, deep.text.slice(0, 200));
  });

  test('ordering by a field again after itself has no effect: the first direction wins', async () => {
    const asc = await t.get('/2.3.0/launches/?ordering=net&mode=list');
    const both = await t.get('/2.3.0/launches/?ordering=net,-net,name,-net&mode=list');
    const ascName = await t.get('/2.3.0/launches/?ordering=net,name&mode=list');
    assert.equal(both.status, 200);
    assert.deepStrictEqual(both.body.results.map((r: any) => r.id), ascName.body.results.map((r: any) => r.id));
    assert.deepStrictEqual(asc.body.results.map((r: any) => r.id), ascName.body.results.map((r: any) => r.id));
  });

  test('more than 8 distinct fields: DRF-style 400, sorted with the other field errors', async () => {
    const nine = 'attempted_landings,consecutive_successful_landings,consecutive_successful_launches,failed_landings,failed_launches,featured,id,name,pending_launches';
    const eight = nine.split(',').slice(0, 8).join(',');
    assert.equal((await t.get(`/2.3.0/agencies/?ordering=${eight}`)).status, 200);
    // unknown names are dropped (DRF) and do not count
    assert.equal((await t.get(`/2.3.0/agencies/?ordering=${eight},${words(50, 'nope')}`.replace(/ /g, ','))).status, 200);
    const res = await t.get(`/2.3.0/agencies/?ordering=${nine}`);
    assert.equal(res.status, 400);
    assert.deepStrictEqual(res.body, { ordering: ['Ensure this field has no more than 8 terms.'] });
    const combined = await t.get(`/2.3.0/agencies/?ordering=${nine}&total_launch_count__gt=x&featured=true`);
    assert.equal(combined.status, 400);
    assert.deepStrictEqual(Object.keys(combined.body), ['ordering', 'total_launch_count__gt']);
    const launches = await t.get(`/2.3.0/launches/?ordering=${'-net,net,name,-name,id,last_updated,window_start,window_end,status,-status'}`);
    assert.ok(launches.status === 200 || launches.status === 400, String(launches.status));
  });
});

describe('search terms', () => {
  test('a word repeated thousands of times is one term', async () => {
    const res = await t.get(`/2.3.0/launches/?search=${encodeURIComponent(Array(2000).fill('falcon').join(' '))}`);
    assert.equal(res.status, 200, res.text.slice(0, 200));
    const once = await t.get('/2.3.0/launches/?search=falcon');
    assert.equal(res.body.count, once.body.count);
  });

  test('16 distinct terms are served; 17 or thousands are a 400 naming search', async () => {
    assert.equal((await t.get(`/2.3.0/launches/?search=${encodeURIComponent(words(16))}`)).status, 200);
    for (const n of [17, 2000]) {
      const res = await t.get(`/2.3.0/launches/?search=${encodeURIComponent(words(n))}`);
      assert.equal(res.status, 400, `${n} words`);
      assert.deepStrictEqual(res.body, { search: ['Ensure this field has no more than 16 terms.'] });
    }
    const combined = await t.get(`/2.3.0/launches/?search=${encodeURIComponent(words(17))}&net__gte=bad&ordering=${'x,'.repeat(5)}`);
    assert.equal(combined.status, 400);
    assert.deepStrictEqual(combined.body, { net__gte: ['Enter a valid date/time.'], search: ['Ensure this field has no more than 16 terms.'] });
    // a view without search fields ignores ?search= (DRF), whatever its length
    assert.equal((await t.get(`/2.3.0/updates/?search=${encodeURIComponent(words(100))}`)).status, 200);
  });
});

describe('filter value lists', () => {
  test('long comma lists and repeated parameters never reach a database limit', async () => {
    const ints = Array.from({ length: 6000 }, (_, i) => i + 1).join(',');
    const names = Array.from({ length: 4000 }, (_, i) => i.toString(36)).join(',');
    const paths = [
      `/2.3.0/events/?id=${ints}`,
      `/2.3.0/launches/?lsp__id=${ints}`,
      `/2.3.0/launches/?related_lsp__name=${names}`,
      `/2.3.0/launches/?lsp__name=${names}&related_lsp__name=${names}&status__ids=${ints}&year=${ints}`,
      `/2.3.0/launches/?${Array.from({ length: 3000 }, (_, i) => `program=${i}`).join('&')}`,
      `/2.2.0/launch/?${Array.from({ length: 6000 }, (_, i) => `lsp__ids=${i}`).join('&')}`,
      `/2.3.0/launches/?id=${Array.from({ length: 1000 }, () => 'e3df2ecd-c239-472f-95e4-2b89b4f75800').join(',')}`,
      `/2.3.0/agencies/?country_code=${names}&search=${encodeURIComponent(words(16, 'long-word-'.repeat(20)))}`,
    ];
    for (const p of paths) {
      const res = await t.get(p);
      assert.ok(res.status === 200 || res.status === 400, `${p.slice(0, 60)}: ${res.status} ${res.text.slice(0, 200)}`);
    }
  });
});

describe('request-chosen names never reach an object prototype', () => {
  const NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];
  const ENDPOINTS = ['/2.3.0/launches/', '/2.3.0/agencies/', '/2.3.0/payloads/', '/2.3.0/events/upcoming/', '/2.2.0/launch/', '/2.2.0/config/launcher/', '/2.0.0/launch/', '/2.0.0/agencies/'];

  test('as ordering, mode, format, filter name, lookup suffix and search: never 500', async () => {
    for (const endpoint of ENDPOINTS) {
      for (const name of NAMES) {
        const cases: Array<[string, number[]]> = [
          [`ordering=${name}`, [200]],
          [`ordering=-${name},${name}`, [200]],
          [`mode=${name}`, [200]],
          [`format=${name}`, [404]],
          [`${name}=1`, [200]],
          [`id__${name}=1`, [200]],
          [`net__${name}=x`, [200]],
          [`search=${name}`, [200]],
        ];
        for (const [q, expected] of cases) {
          const res = await t.get(`${endpoint}?${q}`);
          assert.ok(expected.includes(res.status), `${endpoint}?${q}: ${res.status} ${res.text.slice(0, 200)}`);
        }
        const detail = await t.get(`${endpoint}${name}/?mode=${name}&ordering=${name}`);
        assert.equal(detail.status, 404, `${endpoint}${name}/`);
      }
    }
  });

  test('an unknown mode falls back to the default mode', async () => {
    const plain = await t.get('/2.3.0/launches/');
    const proto = await t.get('/2.3.0/launches/?mode=__proto__');
    assert.deepStrictEqual(Object.keys(proto.body.results[0]), Object.keys(plain.body.results[0]));
  });
});

describe('SQL text does not depend on request values', () => {
  async function sqlOf(path: string): Promise<string[]> {
    recorder.texts.length = 0;
    const res = await t.get(path);
    assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 200)}`);
    // the data version's poll (every second, in the background) may run during a request: not the request's SQL
    return recorder.texts.filter((text) => !text.startsWith('select "value" from "ll2_meta"'));
  }

  /** The count and page SQL of a list request, compiled by Kysely without running them. */
  async function compiled(path: string): Promise<{ count: string; page: string; pageCounted: string }> {
    const url = new URL(path, 'http://localhost');
    const [version, ...rest] = url.pathname.split('/').filter(Boolean);
    const res = resources.find((r) => r.version === version && r.path === rest.join('/'))!;
    assert.ok(res, path);
    const q = await listQueries(res, { database, query: url.searchParams, pathUrl: url.href, urlFor: () => null, now: new Date('2024-01-01T00:00:00Z') });
    assert.ok(!('errors' in q), path);
    // a search's page counts its own matches (listResource)
    const pageCounted = q.page.select(sql<number>`count(*) over ()`.as('ll2_count')).compile().sql;
    return { count: q.count.compile().sql, page: q.page.compile().sql, pageCounted };
  }

  test('two requests differing only in values run the same SQL texts', async () => {
    const pairs: Array<[string, string]> = [
      ['/2.3.0/launches/?search=falcon%20heavy%20pad', '/2.3.0/launches/?search=starlink%20group%20tower'],
      ['/2.3.0/launches/?lsp__id=1,2,3&rocket__configuration__manufacturer__name=SpaceX', '/2.3.0/launches/?lsp__id=7,8,9&rocket__configuration__manufacturer__name=Rocket%20Lab'],
      ['/2.3.0/payloads/?ordering=-payloadflight__rocket__launch__net&search=a', '/2.3.0/payloads/?ordering=-payloadflight__rocket__launch__net&search=b'],
      ['/2.3.0/launches/?related_lsp__name=spacex,nasa&is_crewed=false&ordering=-net', '/2.3.0/launches/?related_lsp__name=ula,esa&is_crewed=false&ordering=-net'],
      ['/2.2.0/launch/?lsp__ids=1&lsp__ids=2&search=x', '/2.2.0/launch/?lsp__ids=5&lsp__ids=6&search=y'],
    ];
    for (const [a, b] of pairs) {
      const ca = await compiled(a);
      assert.deepStrictEqual(await compiled(b), ca, `${a} vs ${b}`);
      assert.deepStrictEqual(await compiled(a), ca, `${a} built again`);
      // and what runs is what was compiled
      const ran = await sqlOf(`${a}&nonce=${Math.random()}`);
      assert.ok(ran.includes(new URL(a, 'http://x').searchParams.has('search') ? ca.pageCounted : ca.count), a);
    }
  });

  test('the same request built again gives the same SQL (every value bound, no literal)', async () => {
    const first = await sqlOf('/2.3.0/launches/?search=falcon&mission__agency__ids=1&nonce=1');
    for (let i = 2; i < 5; i++) assert.deepStrictEqual(await sqlOf(`/2.3.0/launches/?search=falcon&mission__agency__ids=1&nonce=${i}`), first);
    const secret = 'zq9secretvalue';
    for (const text of await sqlOf(`/2.3.0/launches/?search=${secret}&lsp__name=${secret}&name=${secret}&nonce=x`)) assert.ok(!text.includes(secret), text);
  });

  test('a search with no term (only separators), or on a list without search fields, is no search: the page does not count every row', async () => {
    for (const path of ['/2.3.0/launches/?search=%2C%20%2C', '/2.3.0/updates/?search=falcon', '/2.3.0/launches/?search=%00']) {
      const texts = await sqlOf(path);
      assert.ok(!texts.some((t) => t.includes('over ()')), `${path}: ${texts.join('\n')}`);
    }
    assert.ok((await sqlOf(`/2.3.0/launches/?search=q${Date.now()}`)).some((t) => t.includes('over ()')), 'a real search (not asked before) still counts its page');
  });

  test('pathCondition compiles to the same text every time', () => {
    const build = () =>
      database.db
        .selectFrom('launch')
        .select('launch.id')
        .where((eb) => eb.and([
          pathCondition(eb, model.launch, 'rocket.configuration.manufacturer.name', (c) => eb(c, '=', 'x')),
          pathCondition(eb, model.launch, 'mission.agencies.name', (c) => eb(c, '=', 'y')),
        ]))
        .compile().sql;
    const a = build();
    for (let i = 0; i < 5; i++) assert.equal(build(), a);
  });
});
