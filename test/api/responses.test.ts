import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { readSeed, testApp, importedApp, sharedApp } from '../support/app.ts';

/** Paging, links, formats, headers and errors, on a small set of launches with known NETs. */

const base = readSeed('000_e02f7aebc80082a2').body;
const NOW = new Date('2026-06-01T00:00:00Z');

function launch(i: number): Record<string, unknown> {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    ...base,
    id,
    url: `https://x/2.3.0/launches/${id}/`,
    name: `Launch ${String.fromCharCode(65 + (i % 26))} ${i}`,
    slug: `launch-${i}`,
    net: new Date(Date.UTC(2026, 0, 1) + i * 86400000 * 7).toISOString().replace('.000Z', 'Z'),
    updates: [],
  };
}

describe('responses like DRF', () => {
  const launches = Array.from({ length: 25 }, (_, i) => launch(i));
  const t = sharedApp(() => importedApp([{ count: 25, next: null, previous: null, results: launches }], { now: NOW }));

  test('default page: 10 results, next link with sorted params, no previous', async () => {
    const r = await t.get('/2.3.0/launches/?mode=list&format=json');
    assert.equal(r.status, 200);
    assert.deepStrictEqual(Object.keys(r.body), ['count', 'next', 'previous', 'results']);
    assert.equal(r.body.count, 25);
    assert.equal(r.body.results.length, 10);
    assert.equal(r.body.next, 'http://localhost:80/2.3.0/launches/?format=json&limit=10&mode=list&offset=10');
    assert.equal(r.body.previous, null);
  });

  test('previous drops offset when it would be 0; next is null on the last page', async () => {
    const r = await t.get('/2.3.0/launches/?offset=5&limit=5&ordering=-net');
    assert.equal(r.body.previous, 'http://localhost:80/2.3.0/launches/?limit=5&ordering=-net');
    const last = await t.get('/2.3.0/launches/?offset=20&limit=5');
    assert.equal(last.body.next, null);
    assert.equal(last.body.previous, 'http://localhost:80/2.3.0/launches/?limit=5&offset=15');
    const beyond = await t.get('/2.3.0/launches/?offset=100');
    assert.deepStrictEqual(beyond.body.results, []);
    assert.equal(beyond.body.count, 25);
  });

  test('limit is capped at 100; a bad limit or offset falls back to the default', async () => {
    assert.equal((await t.get('/2.3.0/launches/?limit=1000')).body.results.length, 25);
    for (const bad of ['0', '-3', 'abc', '']) assert.equal((await t.get(`/2.3.0/launches/?limit=${bad}`)).body.results.length, 10, bad);
    assert.equal((await t.get('/2.3.0/launches/?offset=abc')).body.results[0].id, launches[0].id);
  });

  test('query values are re-encoded as Python quote_plus does', async () => {
    const r = await t.get('/2.3.0/launches/?search=Launch%20A&limit=1');
    assert.equal(r.body.next, 'http://localhost:80/2.3.0/launches/?limit=1&offset=1&search=Launch+A');
  });

  test('absolute URLs follow X-Forwarded-Proto/Host behind a trusted proxy, and url fields keep ?format=', async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'api.example.org' };
    // without a trusted proxy (TRUST_PROXY_HOPS=0) the client's X-Forwarded-* are ignored
    const untrusted = await t.get('/2.3.0/launches/?format=json&limit=1', forwarded);
    assert.equal(untrusted.body.results[0].url, `http://localhost:80/2.3.0/launches/${launches[0].id}/?format=json`);
    const proxied = buildApp({ database: t.database, now: () => NOW, trustProxyHops: 1 });
    const r = JSON.parse((await proxied.inject({ url: '/2.3.0/launches/?format=json&limit=1', headers: forwarded })).body);
    await proxied.close();
    assert.equal(r.results[0].url, `https://api.example.org/2.3.0/launches/${launches[0].id}/?format=json`);
    assert.ok(r.next.startsWith('https://api.example.org/2.3.0/launches/?'));
    const plain = await t.get('/2.3.0/launches/?limit=1');
    assert.equal(plain.body.results[0].url, `http://localhost:80/2.3.0/launches/${launches[0].id}/`);
  });

  test('a configured public base URL wins over the request', async () => {
    const p = await testApp({ database: t.database, publicBaseUrl: 'https://ll.example.net', now: NOW });
    const r = await p.get('/2.3.0/launches/?limit=1', { host: 'internal:8000' });
    assert.equal(r.body.results[0].url, `https://ll.example.net/2.3.0/launches/${launches[0].id}/`);
    await p.app.close();
  });

  test('headers: Allow and Vary on JSON; the browsable page for format=api and for browsers', async () => {
    const r = await t.get('/2.3.0/launches/');
    assert.equal(r.headers.allow, 'GET');
    assert.equal(r.headers.vary, 'Accept');
    assert.match(r.headers['content-type'], /^application\/json/);
    const api = await t.get('/2.3.0/launches/?format=api&limit=2');
    assert.match(api.headers['content-type'], /^text\/html/);
    assert.match(api.text, /GET<\/b> \/2\.3\.0\/launches\/\?format=api&amp;limit=2/);
    assert.match(api.text, /HTTP 200 OK/);
    assert.match(api.text, /Fields searched - launch_designator, launch_service_provider__name/);
    assert.match(api.text, /Parameters - agency_launch_attempt_count, agency_launch_attempt_count__gt/);
    assert.match(api.text, /href="http:\/\/localhost:80\/2\.3\.0\/launches\/\?format=api&amp;limit=2&amp;offset=2"/);
    const browser = await t.get('/2.3.0/launches/', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    assert.match(browser.headers['content-type'], /^text\/html/);
    const json = await t.get('/2.3.0/launches/?format=json', { accept: 'text/html' });
    assert.match(json.headers['content-type'], /^application\/json/);
  });

  test('modes: list, normal (default), detailed; an unknown mode falls back to normal', async () => {
    const keys = async (q: string) => Object.keys((await t.get(`/2.3.0/launches/?limit=1${q}`)).body.results[0]);
    assert.equal((await keys('&mode=list')).length, 14);
    assert.equal((await keys('')).length, 32);
    assert.equal((await keys('&mode=detailed')).length, 39);
    assert.deepStrictEqual(await keys('&mode=bogus'), await keys(''));
  });

  test('errors: 404 for unknown or malformed ids and unknown formats, 400 for bad filters, never 500', async () => {
    assert.deepStrictEqual((await t.get('/2.3.0/launches/11111111-2222-4333-8444-555555555555/')).body, { detail: 'Not found.' });
    assert.equal((await t.get('/2.3.0/launches/not-a-uuid/')).status, 404);
    assert.equal((await t.get('/2.3.0/launches/?format=xml')).status, 404);
    const bad = await t.get('/2.3.0/launches/?net__gte=yesterday&lsp__id=x');
    assert.equal(bad.status, 400);
    assert.deepStrictEqual(bad.body, { lsp__id: ['Enter a number.'], net__gte: ['Enter a valid date/time.'] });
    assert.deepStrictEqual((await t.get('/2.3.0/launches/?status=99')).body, { status: ['Select a valid choice. That choice is not one of the available choices.'] });
    assert.equal((await t.get('/2.3.0/nothing-here/')).status, 404);
  });

  test('a path without its trailing slash redirects, keeping the query', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/2.3.0/launches?limit=2' });
    assert.equal(r.statusCode, 301);
    assert.equal(r.headers.location, '/2.3.0/launches/?limit=2');
  });

  test('detail under upcoming/previous only finds launches of that set', async () => {
    const past = launches[0].id; // NET 2026-01-01, before NOW
    const future = launches[24].id; // NET in 2026-06-18
    assert.equal((await t.get(`/2.3.0/launches/previous/${past}/`)).status, 200);
    assert.equal((await t.get(`/2.3.0/launches/upcoming/${past}/`)).status, 404);
    assert.equal((await t.get(`/2.3.0/launches/upcoming/${future}/`)).status, 200);
    assert.equal((await t.get(`/2.3.0/launches/${future}/`)).body.response_mode, 'detailed');
  });

  test('ordering is stable: paging by 4 through names with ties visits every launch once', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 25; offset += 4) {
      const r = await t.get(`/2.3.0/launches/?ordering=-name&mode=list&limit=4&offset=${offset}`);
      seen.push(...r.body.results.map((x: any) => x.id));
    }
    assert.equal(new Set(seen).size, 25);
    const names = seen.map((id) => launches.find((l) => l.id === id)!.name as string);
    assert.deepStrictEqual(names, [...names].sort().reverse());
  });
});
