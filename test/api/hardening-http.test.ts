import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { QueryTimeoutError } from '../../src/db/query-timeout.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { createKey, KeyResolver, revokeKey } from '../../src/throttle/api-keys.ts';
import { parseRate } from '../../src/throttle/rate.ts';
import { freshDatabase } from '../support/app.ts';

/** Hostile-traffic checks of the HTTP layer: throttle on the matched route, headers, errors, links. */

/** One raw HTTP/1.1 request over TCP (inject would normalise the request target). */
async function rawRequest(port: number, target: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const lines = [`GET ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''];
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(lines.join('\r\n')));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (c) => (data += c));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...headerLines] = head.split('\r\n');
  const h: Record<string, string> = {};
  for (const l of headerLines) {
    const i = l.indexOf(':');
    h[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  let body = rest.join('\r\n\r\n');
  if (h['transfer-encoding'] === 'chunked') {
    let out = '';
    let s = body;
    for (;;) {
      const nl = s.indexOf('\r\n');
      const n = parseInt(s.slice(0, nl), 16);
      if (!n) break;
      out += s.slice(nl + 2, nl + 2 + n);
      s = s.slice(nl + 2 + n + 2);
    }
    body = out;
  }
  return { status: Number(statusLine.split(' ')[1]), headers: h, body };
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}

/** Every link of the page stays on the page's own site. */
function assertSameSite(html: string, label: string) {
  const list = hrefs(html);
  assert.ok(list.length > 0, `${label}: the page has links`);
  for (const href of list) {
    if (/^https?:\/\//i.test(href)) continue; // absolute links come from the (validated) origin
    const u = new URL(href, 'http://site.test/some/page/');
    assert.equal(u.origin, 'http://site.test', `${label}: ${JSON.stringify(href)} leaves the site`);
  }
}

describe('HTTP hardening', () => {
  let database: Database;
  const anchor = new Date('2026-11-01T00:00:00Z');
  const apps: FastifyInstance[] = [];
  const app = async (opts: Partial<AppOptions> = {}) => {
    const a = buildApp({ database, now: () => anchor, ...opts });
    apps.push(a);
    await a.ready();
    return a;
  };

  before(async () => {
    database = await freshDatabase();
    await generateDataset(database, { launches: 4, seed: 3, anchor });
  });
  after(async () => {
    for (const a of apps) await a.close();
    await database.close();
  });

  test('1. throttle and token auth are decided on the matched route, not the raw URL', async () => {
    const a = await app({ anonRate: parseRate('2/hour') });
    const ip = { remoteAddress: '10.1.0.1' };
    // unknown paths never reach a view: they do not count (DRF counts only requests a view handles)
    for (let i = 0; i < 5; i++) {
      assert.equal((await a.inject({ url: '/nothing/here/', ...ip })).statusCode, 404);
      assert.equal((await a.inject({ url: '/2.3.0/no-such-endpoint/', ...ip })).statusCode, 404);
      assert.equal((await a.inject({ url: '/2.3.0/api-throttle/', ...ip })).statusCode, 200);
    }
    for (let i = 0; i < 2; i++) assert.equal((await a.inject({ url: '/2.3.0/launches/', ...ip })).statusCode, 200);
    assert.equal((await a.inject({ url: '/2.3.0/launches/', ...ip })).statusCode, 429);
    for (const url of ['/%32.3.0/launches/?limit=1', '/2%2E3.0/launches/', '/%32.2.0/launch/', '/2.3.0/%6Caunches/', '/2.3.0/agencies/']) {
      const res = await a.inject({ url, ...ip });
      assert.equal(res.statusCode, 429, `${url} is throttled`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    }
    // the absolute-form request target, over a real socket
    const address = await a.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    // (the socket's client is 127.0.0.1: its own count)
    for (let i = 0; i < 2; i++) assert.equal((await rawRequest(port, '/2.3.0/launches/?limit=1')).status, 200);
    assert.equal((await rawRequest(port, '/2.3.0/launches/?limit=1')).status, 429);
    assert.equal((await rawRequest(port, 'http://x/2.3.0/launches/?limit=1')).status, 429);
    assert.equal((await rawRequest(port, 'http://x/%32.3.0/launches/?limit=1')).status, 429);
    // token authentication likewise: a bad token on an encoded path is refused
    for (const url of ['/%32.3.0/launches/', '/2%2E3.0/launches/']) {
      const bad = await a.inject({ url, headers: { authorization: 'Token nope' }, remoteAddress: '10.1.0.2' });
      assert.equal(bad.statusCode, 401, url);
      assert.deepStrictEqual(JSON.parse(bad.body), { detail: 'Invalid token.' });
    }
  });

  test('1. next/previous of a list asked for through an encoded path use the canonical path', async () => {
    const a = await app();
    const body = JSON.parse((await a.inject({ url: '/%32.3.0/launches/?limit=1&offset=1', headers: { host: 'host.test' } })).body);
    assert.equal(body.next, 'http://host.test/2.3.0/launches/?limit=1&offset=2');
    assert.equal(body.previous, 'http://host.test/2.3.0/launches/?limit=1');
    const port = Number(new URL(await a.listen({ port: 0, host: '127.0.0.1' })).port);
    const abs = JSON.parse((await rawRequest(port, 'http://x/2%2E3.0/launches/?limit=1')).body);
    assert.equal(abs.next, 'http://127.0.0.1/2.3.0/launches/?limit=1&offset=1');
  });

  test('2. X-Forwarded-* only with trusted hops; scheme must be http(s); Host is validated', async () => {
    const untrusted = await app();
    const fwd = { host: 'real.test', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const body = JSON.parse((await untrusted.inject({ url: '/2.3.0/launches/?limit=1', headers: fwd })).body);
    assert.equal(body.next, 'http://real.test/2.3.0/launches/?limit=1&offset=1');

    const trusted = await app({ trustProxyHops: 1 });
    const ok = JSON.parse((await trusted.inject({ url: '/2.3.0/launches/?limit=1', headers: fwd })).body);
    assert.equal(ok.next, 'https://evil.example/2.3.0/launches/?limit=1&offset=1');
    // a scheme other than http(s) is ignored
    const page = await trusted.inject({ url: '/2.3.0/launches/?limit=1&format=api', headers: { host: 'real.test', 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'a.test' } });
    assert.equal(page.statusCode, 200);
    assert.ok(!/href="javascript:/i.test(page.body), 'no javascript: link');
    assert.ok(page.body.includes('href="http://a.test/2.3.0/launches/?format=api&amp;limit=1&amp;offset=1"'), 'next link on the forwarded host');
    // a crafted forwarded host or Host is refused
    for (const headers of [
      { host: 'real.test', 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'alert(1)//' },
      { host: 'real.test', 'x-forwarded-host': 'evil.example/"><script>' },
      { host: 'real.test', 'x-forwarded-host': 'user@evil.example' },
    ]) {
      const res = await trusted.inject({ url: '/2.3.0/launches/?limit=1&format=api', headers });
      assert.equal(res.statusCode, 400, JSON.stringify(headers));
      assert.deepStrictEqual(JSON.parse(res.body), { detail: 'Invalid Host header.' });
    }
    for (const host of ['evil.example/"><b>', 'a b', 'javascript:alert(1)', 'x@y', 'a..b', '[zz]']) {
      for (const a of [untrusted, trusted]) {
        const res = await a.inject({ url: '/2.3.0/launches/?format=api', headers: { host } });
        assert.equal(res.statusCode, 400, host);
        assert.deepStrictEqual(JSON.parse(res.body), { detail: 'Invalid Host header.' });
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
      }
    }
    for (const host of ['localhost', 'localhost:8000', 'll.example.org', '127.0.0.1:80', '[::1]:8000', 'api.example.org.']) {
      assert.equal((await untrusted.inject({ url: '/2.3.0/launches/', headers: { host } })).statusCode, 200, host);
    }
  });

  test('3. client errors answer their 4xx in DRF form, logged below error level; timeouts 503', async () => {
    const lines: any[] = [];
    const a = buildApp({ database, logger: { level: 'debug', stream: { write: (l: string) => void lines.push(JSON.parse(l)) } } });
    apps.push(a);
    a.get('/test-timeout/', async () => {
      throw new QueryTimeoutError(1000);
    });
    a.get('/test-bug/', async () => {
      throw new Error('a real bug');
    });
    await a.ready();
    // DRF checks the method before it reads a body (request.data is parsed lazily): every write to a
    // read-only API is 405, whatever its body, and the body is never parsed nor held in memory
    for (const [type, payload] of [
      ['application/json', '{bad'],
      ['application/json', `"${'x'.repeat(1_100_000)}"`],
      ['application/xml', '<a/>'],
      ['multipart/form-data; boundary=x', '--x--'],
    ]) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const res = await a.inject({ method, url: '/2.3.0/launches/', headers: { 'content-type': type }, payload });
        assert.deepStrictEqual([res.statusCode, res.headers.allow, JSON.parse(res.body)], [405, 'GET', { detail: `Method "${method}" not allowed.` }], `${method} ${type}`);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
      }
    }
    const timeout = await a.inject({ url: '/test-timeout/' });
    assert.equal(timeout.statusCode, 503);
    assert.ok(Number(timeout.headers['retry-after']) >= 1);
    assert.deepStrictEqual(Object.keys(JSON.parse(timeout.body)), ['detail']);
    const bug = await a.inject({ url: '/test-bug/' });
    assert.equal(bug.statusCode, 500);
    assert.deepStrictEqual(JSON.parse(bug.body), { detail: 'A server error occurred.' });
    const errors = lines.filter((l) => l.level >= 50);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0].err?.message, 'a real bug');
    assert.ok(!lines.some((l) => l.level >= 40 && /JSON|too large/i.test(JSON.stringify(l))), 'client errors are not warnings or errors');
  });

  test('4. request values never look up plain objects', async () => {
    const a = await app();
    for (const file of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const res = await a.inject({ url: `/static/swagger-ui/${file}` });
      assert.equal(res.statusCode, 404, file);
      assert.deepStrictEqual(JSON.parse(res.body), { detail: 'Not found.' });
    }
    assert.equal((await a.inject({ url: '/static/swagger-ui/swagger-ui.css' })).statusCode, 200);
    for (const tier of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      await assert.rejects(createKey(database.db, { name: 'x', tier }), /unknown tier/, tier);
    }
  });

  test('5. nosniff everywhere; framing protection and a working CSP on HTML pages', async () => {
    const a = await app({ anonRate: parseRate('1/hour') });
    const ip = '10.5.0.1';
    const json = await a.inject({ url: '/2.3.0/launches/', remoteAddress: ip });
    const throttled = await a.inject({ url: '/2.3.0/launches/', remoteAddress: ip });
    assert.equal(throttled.statusCode, 429);
    const unauthorized = await a.inject({ url: '/2.3.0/launches/', headers: { authorization: 'Token x' } });
    assert.equal(unauthorized.statusCode, 401);
    const notFound = await a.inject({ url: '/nowhere/' });
    const htmlNotFound = await a.inject({ url: '/nowhere/', headers: { accept: 'text/html' } });
    const page = await a.inject({ url: '/2.3.0/api-throttle/' });
    const redirect = await a.inject({ url: '/2.3.0/launches' });
    for (const res of [json, throttled, unauthorized, notFound, htmlNotFound, page, redirect]) {
      assert.equal(res.headers['x-content-type-options'], 'nosniff', `${res.statusCode} ${res.headers['content-type']}`);
      assert.equal(res.headers['referrer-policy'], 'same-origin');
    }
    const browsable = await a.inject({ url: '/2.3.0/launches/?format=api&limit=1', remoteAddress: '10.5.0.2' });
    assert.equal(browsable.statusCode, 200);
    const swagger = await a.inject({ url: '/2.3.0/swagger/', remoteAddress: '10.5.0.3' });
    for (const [label, res] of [['browsable', browsable], ['html 404', htmlNotFound], ['swagger', swagger]] as const) {
      assert.match(String(res.headers['content-type']), /^text\/html/, label);
      assert.equal(res.headers['x-frame-options'], 'DENY', label);
      const csp = String(res.headers['content-security-policy'] ?? '');
      assert.match(csp, /frame-ancestors 'none'/, label);
      assert.match(csp, /default-src 'none'/, label);
      assert.ok(!/script-src[^;]*'unsafe-inline'/.test(csp), `${label}: no inline scripts allowed`);
      // every inline <style> is allowed by its hash; no inline <script> (scripts come from files)
      for (const m of res.body.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        const hash = createHash('sha256').update(m[1]).digest('base64');
        assert.ok(csp.includes(`'sha256-${hash}'`) || /style-src[^;]*'unsafe-inline'/.test(csp), `${label}: style allowed`);
      }
      // an inline <script> runs only when the CSP names its hash
      for (const m of res.body.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
        const hash = createHash('sha256').update(m[1]).digest('base64');
        const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
        assert.ok(scriptSrc.includes(`'sha256-${hash}'`), `${label}: inline script allowed by hash`);
      }
    }
    // the Swagger page's scripts are served, same-site
    for (const src of [...swagger.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])) {
      assert.ok(src.startsWith('/') && !src.startsWith('//'), src);
      const res = await a.inject({ url: src });
      assert.equal(res.statusCode, 200, src);
      assert.match(String(res.headers['content-type']), /javascript/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    }
    assert.equal(json.headers['x-frame-options'], undefined, 'JSON needs no framing header');
  });

  test('6. a HEAD does not leave its method in the cached GET page', async () => {
    const a = await app();
    const url = '/2.3.0/launches/?limit=2&format=api';
    const head = await a.inject({ method: 'HEAD', url });
    assert.equal(head.statusCode, 200);
    assert.equal(head.body, '');
    const get = await a.inject({ url });
    assert.equal(get.statusCode, 200);
    assert.ok(get.body.includes('<b>GET</b>'), 'the page shows GET');
    assert.ok(!get.body.includes('HEAD'), 'no HEAD on the GET page');
    assert.equal(get.headers.etag, head.headers.etag);
  });

  test('7. links on error pages derived from the request path stay on the site', async () => {
    const a = await app();
    for (const url of ['//evil.example/foo', '/%2F%2Fevil.example', '//evil.example/2.3.0/launches/?format=api', '///evil.example/x']) {
      const res = await a.inject({ url, headers: { accept: 'text/html' } });
      assertSameSite(res.body, url);
    }
    const port = Number(new URL(await a.listen({ port: 0, host: '127.0.0.1' })).port);
    for (const target of ['/\\evil.example', '/.//evil.example/x', '/2.3.0/..//evil.example/', '/\\/evil.example/', '//evil.example/foo', 'http://evil.example/foo', 'http://evil.example/2.3.0/launches/?format=api&limit=1']) {
      const res = await rawRequest(port, target, { Accept: 'text/html' });
      assert.match(res.headers['content-type'] ?? '', /^text\/html/, target);
      assertSameSite(res.body, target);
    }
  });

  test('8. a revoked key stops working within about a second', async () => {
    const { key, token } = await createKey(database.db, { name: 'soon revoked', rate: '100/hour' });
    const resolver = new KeyResolver(database.db);
    assert.equal((await resolver.resolve(token))?.id, key.id);
    await revokeKey(database.db, key.id);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await resolver.resolve(token), null);
  });
});
