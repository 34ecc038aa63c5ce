import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseThrottle } from '../../src/sync/rate-budget.ts';
import { incrementalTargets, syncTargets } from '../../src/sync/sync-plan.ts';
import { retryAfterSeconds } from '../../src/sync/upstream-client.ts';
import { normalizeBaseUrl, rebase } from '../../src/sync/upstream-url.ts';

describe('sync parts', () => {
  test('the base URL is accepted with or without trailing slash or version', () => {
    for (const raw of ['https://ll.thespacedevs.com', 'https://ll.thespacedevs.com/', 'https://ll.thespacedevs.com/2.3.0', 'https://ll.thespacedevs.com/2.3.0/', 'https://ll.thespacedevs.com/2.2.0/']) {
      assert.equal(normalizeBaseUrl(raw), 'https://ll.thespacedevs.com/2.3.0', raw);
    }
    assert.equal(normalizeBaseUrl('http://10.0.0.5:8000/mirror/2.3.0'), 'http://10.0.0.5:8000/mirror/2.3.0');
    assert.throws(() => normalizeBaseUrl('ll.thespacedevs.com'), /http\(s\) URL/);
    assert.throws(() => normalizeBaseUrl('ftp://example.org/'), /http\(s\) URL/);
  });

  test('upstream links are followed on the address we were given', () => {
    assert.equal(rebase('https://public.example/2.3.0/launches/?limit=100&offset=100', 'http://127.0.0.1:9/2.3.0'), 'http://127.0.0.1:9/2.3.0/launches/?limit=100&offset=100');
    assert.throws(() => rebase('https://x.example/2.2.0/launch/', 'http://127.0.0.1:9/2.3.0'), /outside 2\.3\.0/);
  });

  test('a 429 is waited out for Retry-After, else for the time DRF names, else a minute', () => {
    assert.equal(retryAfterSeconds('7', ''), 7);
    assert.equal(retryAfterSeconds(null, '{"detail":"Request was throttled. Expected available in 42 seconds."}'), 42);
    assert.equal(retryAfterSeconds(null, ''), 60);
    const inTen = new Date(Date.now() + 10_000).toUTCString();
    assert.ok(Math.abs(retryAfterSeconds(inTen, '') - 10) <= 1);
  });

  test('/api-throttle/ is read as LL2 2.3.0 sends it (an object; the document says a list of one)', () => {
    const body = { your_request_limit: 15, limit_frequency_secs: 3600, current_use: 4, next_use_secs: 0, ident: '203.0.113.9' };
    const expected = { limit: 15, windowSeconds: 3600, currentUse: 4, nextUseSeconds: 0, ident: '203.0.113.9' };
    assert.deepStrictEqual(parseThrottle(body), expected);
    assert.deepStrictEqual(parseThrottle([body]), expected);
    assert.equal(parseThrottle({ detail: 'Not found.' }), null);
  });

  test('a full pass reads what apps ask first, then every 2.3.0 resource with data once; only launches and events incrementally', () => {
    const targets = syncTargets();
    const paths = targets.map((t) => t.path);
    assert.equal(new Set(paths).size, paths.length);
    // first the few lookups objects name by a string (one page each), then what apps ask first
    const at = paths.indexOf('launches/upcoming');
    assert.ok(at > 0 && at <= 8 && paths.slice(0, at).every((p) => p.startsWith('config/')), paths.slice(0, at).join(', '));
    assert.ok(paths.slice(0, at).includes('config/mission_types'));
    assert.deepStrictEqual(paths.slice(at, at + 4), ['launches/upcoming', 'events/upcoming', 'dashboard/starship', 'launches/previous'], 'upcoming first');
    assert.equal(targets[at + 3].maxPages, 1, 'the most recent previous launches, not all of them');
    assert.ok(!paths.slice(at + 4).some((p) => /upcoming|previous/.test(p)));
    assert.ok(paths.indexOf('config/orbits') < paths.indexOf('agencies'), 'lookups before the catalogue');
    assert.deepStrictEqual(paths.slice(-2), ['launches', 'events'], 'the history last');
    assert.equal(targets.find((t) => t.path === 'launches')!.ordering, '-net', 'newest first');
    assert.equal(targets.find((t) => t.path === 'events')!.ordering, '-date');
    assert.equal(targets.find((t) => t.path === 'agencies')!.ordering, 'id');
    assert.equal(targets.find((t) => t.path === 'launches')!.mode, 'detailed');
    assert.equal(targets.find((t) => t.path === 'programs')!.mode, 'normal');
    assert.equal(targets.find((t) => t.path === 'pads')!.mode, null);
    assert.deepStrictEqual(incrementalTargets(targets).map((t) => t.path), ['dashboard/starship', 'launches', 'events']);
  });
});
