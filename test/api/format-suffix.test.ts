import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { resources } from '../../src/resources/index.ts';
import { parseRate } from '../../src/throttle/rate.ts';
import { freshDatabase, GENERATED_ANCHOR, openGeneratedApp, sharedApp } from '../support/app.ts';

/**
 * DRF router conventions (issue #12 item 4). LL2's routers are DRF DefaultRouters
 * (`include_format_suffixes=True`): `format_suffix_patterns` adds, after every list and detail pattern,
 * the same regex less its trailing slash plus `\.(?P<format>[a-z0-9]+)/?$`. So `/2.3.0/launches.json`,
 * `/2.3.0/launches/upcoming.json`, `/2.3.0/launches/{id}.json` (and `.api`, the browsable page) answer
 * like the slashed paths, and the suffix wins over `?format=` and over Accept
 * (DefaultContentNegotiation: `format = format_suffix or request.query_params.get('format')`).
 *
 * Links follow DRF: `next`/`previous` come from `request.build_absolute_uri()`, so they keep the
 * suffixed path; hyperlinked `url` fields are reversed with the view's `format_kwarg`, so they name the
 * suffixed detail path (`.../launch/{id}.json`). Both are what a real LL2 answer to
 * `/2.0.0/event/upcoming.json` shows (multipolygon/launch-library-rss, space-schedule/event/source.json,
 * commit e8c04082009dfb8798b098fc70392712b5cd11e0: `"next": ".../2.0.0/event/upcoming.json?limit=10&offset=10"`,
 * `"url": ".../event/291.json"`, nested `".../launch/<uuid>.json"`, `".../agencies/63.json"`).
 */

const ORIGIN = 'https://ll.example';

/** Every suffixed API link of a body written back in its slashed form (`.../launches/{id}.json` → `.../launches/{id}/`). */
function unsuffixed(text: string, suffix: string): string {
  const esc = suffix.replace('.', '\\.');
  return text.replace(new RegExp(`(${ORIGIN.replace(/\./g, '\\.')}/2\\.\\d\\.\\d/[^"?]*?)${esc}(?=["?])`, 'g'), '$1/');
}

/** Every string in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** A GET whose request target is sent as given (the absolute form `http://x/path` included). */
function getRaw(port: number, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const versions = [...new Set(resources.map((r) => r.version))].sort();

describe('format suffixes on every route of every version', () => {
  const t = sharedApp(() => openGeneratedApp({ launches: 150, seed: 7, publicBaseUrl: ORIGIN }));

  test('the versions are the ones declared (2.0.0, 2.2.0, 2.3.0 at least; a version added later is covered too)', () => {
    for (const v of ['2.0.0', '2.2.0', '2.3.0']) assert.ok(versions.includes(v as never), v);
  });

  for (const version of versions) {
    test(`${version}: every list, view and detail answers with .json as without, links suffixed`, async () => {
      let details = 0;
      for (const res of resources.filter((r) => r.version === version)) {
        const base = `/${version}/${res.path}`;
        const plain = await t.get(`${base}/?limit=2`);
        assert.equal(plain.status, 200, `${base}/`);
        const json = await t.get(`${base}.json?limit=2`);
        assert.equal(json.status, 200, `${base}.json`);
        assert.match(String(json.headers['content-type']), /^application\/json/);
        assert.equal(unsuffixed(json.text, '.json'), plain.text, `${base}.json differs from ${base}/ beyond its links`);
        // every link into the API names the suffixed path, as DRF's reverse(format=...) and build_absolute_uri() do
        for (const s of strings(json.body).filter((s) => s.startsWith(`${ORIGIN}/`))) assert.match(s, /\.json(\?|$)/, `${base}.json: ${s}`);
        if (res.singleton !== undefined) continue;
        const first = (plain.body as { results: { id: unknown }[] }).results[0];
        if (!first) continue;
        const plainDetail = await t.get(`${base}/${first.id}/`);
        assert.equal(plainDetail.status, 200, `${base}/${first.id}/`);
        for (const suffix of ['.json', '.json/']) {
          const detail = await t.get(`${base}/${first.id}${suffix}`);
          assert.equal(detail.status, 200, `${base}/${first.id}${suffix}`);
          assert.equal(unsuffixed(detail.text, '.json'), plainDetail.text, `${base}/${first.id}${suffix}`);
        }
        details++;
      }
      assert.ok(details >= 5, `${version}: only ${details} details read`);
    });
  }

  test('hobby clients: /2.0.0/launch/upcoming.json?status=1 and the 2.3.0 views, with their filters', async () => {
    // the generated upcoming launches are TBD (2) or TBC (8); status=1 (Go) is what the clients send
    for (const path of ['/2.0.0/launch/upcoming', '/2.2.0/launch/upcoming', '/2.3.0/launches/upcoming', '/2.3.0/launches/previous', '/2.0.0/event/upcoming']) {
      for (const q of ['status=1', 'status=2&limit=2', 'mode=detailed', 'search=a&ordering=-net']) {
        const plain = await t.get(`${path}/?${q}`);
        const json = await t.get(`${path}.json?${q}`);
        assert.equal(json.status, 200, `${path}.json?${q}`);
        assert.equal(unsuffixed(json.text, '.json'), plain.text, `${path}.json?${q}`);
      }
      assert.ok((await t.get(`${path}/`)).body.count > 0, `${path}: nothing to compare`);
    }
    assert.equal((await t.get('/2.0.0/launch/upcoming.json?status=1')).body.count, 0);
    assert.ok((await t.get('/2.0.0/launch/upcoming.json?status=2')).body.count >= 3);
  });

  test('next/previous keep the suffixed path (and its trailing slash) as build_absolute_uri() does', async () => {
    const page = (await t.get('/2.3.0/launches.json?limit=3&offset=3&mode=list')).body;
    assert.equal(page.next, `${ORIGIN}/2.3.0/launches.json?limit=3&mode=list&offset=6`);
    assert.equal(page.previous, `${ORIGIN}/2.3.0/launches.json?limit=3&mode=list`);
    assert.equal(page.results[0].url, `${ORIGIN}/2.3.0/launches/${page.results[0].id}.json`);
    const slashed = (await t.get('/2.3.0/launches.json/?limit=3')).body;
    assert.equal(slashed.next, `${ORIGIN}/2.3.0/launches.json/?limit=3&offset=3`);
    const legacy = (await t.get('/2.0.0/launch/upcoming.json?limit=2&status=2')).body;
    assert.equal(legacy.next, `${ORIGIN}/2.0.0/launch/upcoming.json?limit=2&offset=2&status=2`);
    assert.equal(legacy.results[0].url, `${ORIGIN}/2.0.0/launch/${legacy.results[0].id}.json`);
  });

  test('.api is the browsable page; the suffix wins over ?format= and over Accept', async () => {
    const page = await t.get('/2.3.0/launches/upcoming.api?limit=1');
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.text, /Launch List/);
    // the page's own format links stay suffixed (`?format=json` on a `.api` path would still be the page)
    assert.match(page.text, /href="\/2\.3\.0\/launches\/upcoming\.json\?limit=1"/);
    assert.match(page.text, /\/2\.3\.0\/launches\/[0-9a-f-]{36}\.api/);
    const viaBrowser = await t.get('/2.3.0/launches.json?limit=1', { accept: 'text/html,application/xhtml+xml' });
    assert.match(String(viaBrowser.headers['content-type']), /^application\/json/);
    const overridden = await t.get('/2.3.0/launches.json?limit=1&format=api');
    assert.match(String(overridden.headers['content-type']), /^application\/json/);
    // reverse() keeps the built-in ?format= parameter (preserve_builtin_query_params) after the suffix
    assert.equal(overridden.body.results[0].url, `${ORIGIN}/2.3.0/launches/${overridden.body.results[0].id}.json?format=api`);
    assert.match(String((await t.get('/2.3.0/launches.api?format=json')).headers['content-type']), /^text\/html/);
    const head = await t.app.inject({ method: 'HEAD', url: '/2.3.0/launches.json' });
    assert.equal(head.statusCode, 200);
    assert.equal(head.body, '');
  });

  test('an unknown suffix is 404 (no renderer), odd suffixed paths are 404, never 500', async () => {
    const notFound = { detail: 'Not found.' };
    for (const path of ['/2.3.0/launches.xml', '/2.3.0/launches/upcoming.yaml', '/2.0.0/launch.csv', '/2.3.0/dashboard/starship.xml', '/2.3.0/api-throttle.xml', '/2.2.0/api-throttle/?format=xml']) {
      const r = await t.get(path);
      assert.equal(r.status, 404, path);
      assert.deepStrictEqual(r.body, notFound, path);
    }
    const id = (await t.get('/2.3.0/launches/?limit=1')).body.results[0].id;
    const odd = [
      '/2.3.0/launches/.json',
      '/2.3.0/launches/x.json',
      '/2.3.0/launches/upcoming.json.json',
      '/2.3.0/launches.json.json',
      '/2.3.0/launches..json',
      '/2.3.0/launches.JSON',
      `/2.3.0/launches/${id}.JSON`,
      `/2.3.0/launches/${id}.json.json`,
      `/2.3.0/launches/${id}.`,
      '/2.3.0/launches/upcoming/.json',
      '/2.3.0/launches/%2Ejson',
      '/2.3.0/launches/x%2Fy.json',
      '/2.3.0/launches.j%ZZ',
      '/2.3.0/launches.json%00',
      '/2.3.0/.json',
      '/2.3.0/nothing.json',
      '/2.3.0/launches/1.2.json',
      '/2.3.0/agencies/-1.json',
      '/2.3.0/agencies/99999999999999999999.json',
    ];
    for (const path of odd) {
      const r = await t.get(path);
      assert.ok(r.status === 404 || r.status === 400, `${path}: ${r.status}`);
    }
    // Django decodes the path before resolving it: an encoded dot is a dot
    assert.equal((await t.get('/2.3.0/launches%2Ejson?limit=1')).status, 200);
    assert.equal((await t.get('/2.3.0/launches/upcoming%2eapi')).status, 200);
    assert.equal((await t.get(`/%32.3.0/launches/${id}.json`)).body.id, id);
    // links name the canonical path, however it was spelled
    assert.equal((await t.get('/%32.3.0/launches%2Ejson?limit=1')).body.next, `${ORIGIN}/2.3.0/launches.json?limit=1&offset=1`);
  });

  test('the absolute-form request target takes suffixes too', async () => {
    const server = await openGeneratedApp({ launches: 5, seed: 1, publicBaseUrl: ORIGIN });
    try {
      const port = Number(new URL(await server.app.listen({ port: 0, host: '127.0.0.1' })).port);
      for (const target of ['http://x/2.3.0/launches.json?limit=1', 'http://x/%32.3.0/launches%2Ejson?limit=1']) {
        const r = await getRaw(port, target);
        assert.equal(r.status, 200, target);
        assert.equal(JSON.parse(r.body).next, `${ORIGIN}/2.3.0/launches.json?limit=1&offset=1`, target);
      }
      assert.equal((await getRaw(port, 'http://x/2.3.0/launches.xml')).status, 404);
    } finally {
      await server.close();
    }
  });

  test('the singletons DRF routes take suffixes too: the Starship dashboard, /api-throttle/', async () => {
    for (const version of ['2.2.0', '2.3.0']) {
      const plain = await t.get(`/${version}/dashboard/starship/`);
      const json = await t.get(`/${version}/dashboard/starship.json`);
      assert.equal(json.status, plain.status);
      assert.equal(unsuffixed(json.text, '.json'), plain.text);
      const throttle = await t.get(`/${version}/api-throttle.json`);
      assert.equal(throttle.status, 200, version);
      assert.deepStrictEqual(throttle.body, (await t.get(`/${version}/api-throttle/`)).body);
    }
  });

  test('missing slash: redirected as APPEND_SLASH does, only where the slashed path exists', async () => {
    for (const [path, to] of [
      ['/2.3.0/launches?limit=2', '/2.3.0/launches/?limit=2'],
      ['/2.0.0/launch/upcoming?status=1', '/2.0.0/launch/upcoming/?status=1'],
      ['/2.3.0/agencies/1', '/2.3.0/agencies/1/'],
    ]) {
      const r = await t.app.inject({ url: path });
      assert.equal(r.statusCode, 301, path);
      assert.equal(r.headers.location, to);
    }
    // Django's CommonMiddleware redirects only when the path with a slash resolves
    for (const path of ['/2.3.0/nothing', '/2.3.0/launches/x.y', '/2.3.0/launches.JSON']) {
      const r = await t.app.inject({ url: path });
      assert.equal(r.statusCode, 404, path);
    }
  });

  test('caches keep .json, ?format=json and plain answers apart, in any order', async () => {
    // each form of the same list and detail, and what its links must end with
    const forms: [string, (path: string, query: string) => string, RegExp][] = [
      ['.json', (p, q) => `${p}.json?${q}`, /\.json$/],
      ['/', (p, q) => `${p}/?${q}`, /\/$/],
      ['?format=json', (p, q) => `${p}/?${q}&format=json`, /\/\?format=json$/],
    ];
    const id = (await t.get('/2.2.0/launch/?limit=1')).body.results[0].id;
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2]]) {
      for (const [name, url, expected] of order.map((i) => forms[i])) {
        for (const path of [url('/2.2.0/launch', 'limit=1&mode=detailed'), url(`/2.2.0/launch/${id}`, 'x=1'), url('/2.3.0/launches', 'limit=1&mode=detailed')]) {
          const links = strings((await t.get(path)).body).filter((s) => s.startsWith(`${ORIGIN}/`) && !s.includes('offset='));
          assert.ok(links.length > 3, `${name} ${path}`);
          for (const s of links) assert.match(s, expected, `${name} ${path}: ${s}`);
        }
      }
    }
  });
});

test('throttle: a suffixed path counts exactly like the slashed one; an unknown format does not count', async () => {
  const database = await freshDatabase();
  const app = buildApp({ database, anonRate: parseRate('4/hour'), now: () => GENERATED_ANCHOR });
  try {
    const hit = async (url: string) => (await app.inject({ url, remoteAddress: '10.9.9.9' })).statusCode;
    // DRF negotiates the renderer before it throttles: a 404 for an unknown format costs nothing
    assert.equal(await hit('/2.3.0/launches.xml'), 404);
    assert.equal(await hit('/2.3.0/launches/?format=xml'), 404);
    assert.equal(await hit('/2.3.0/api-throttle.yaml'), 404);
    // ... before authentication too: a bad token on an unknown format is a 404, not a 401
    assert.equal((await app.inject({ url: '/2.3.0/launches.xml', headers: { authorization: 'Token nope' } })).statusCode, 404);
    assert.equal((await app.inject({ url: '/2.3.0/launches.json', headers: { authorization: 'Token nope' } })).statusCode, 401);
    assert.equal(await hit('/2.3.0/launches.json'), 200);
    assert.equal(await hit('/2.3.0/launches/'), 200);
    assert.equal(await hit('/2.0.0/launch/upcoming.json?status=1'), 200);
    assert.equal(await hit('/2.3.0/launches%2Eapi'), 200);
    // /api-throttle/ is free in every spelling, and reports the four
    for (const url of ['/2.3.0/api-throttle.json', '/2.3.0/api-throttle/', '/2.3.0/api-throttle.json/']) {
      const r = await app.inject({ url, remoteAddress: '10.9.9.9' });
      assert.equal(r.statusCode, 200, url);
      assert.equal(JSON.parse(r.body).current_use, 4, url);
    }
    assert.equal(await hit('/2.3.0/launches.json'), 429);
    assert.equal(await hit('/2.3.0/launches/upcoming.api'), 429);
    assert.equal(await hit('/2.3.0/launches/'), 429);
    // not counted: paths no route takes
    assert.equal(await hit('/2.3.0/launches/upcoming.json.json'), 404);
  } finally {
    await app.close();
    await database.close();
  }
});
