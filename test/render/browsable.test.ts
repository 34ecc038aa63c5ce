import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  renderBrowsablePage, renderJsonHtml, escapeHtml, type BrowsablePageInput, type HelpSection,
} from '../../src/render/browsable.ts';

const SEEDS = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const seed = (name: string): { body: unknown; path: string } => ({
  body: JSON.parse(readFileSync(SEEDS + name + '.json', 'utf8')),
  path: readFileSync(SEEDS + name + '.request', 'utf8').trim(),
});
const S000 = '000_e02f7aebc80082a2';
const S002 = '002_211e202ffd9807c2';
const S003 = '003_6b9f4802707ad897';
const ALL = [S000, '001_60a2aeaf887d35b2', S002, S003, '004_7adbe57260c2404c'];

const HELP: HelpSection[] = [
  { heading: 'Modes', text: 'Levels of detail in the response - list, normal, detailed', example: { label: '/launches/?mode=list', href: './?mode=list' } },
  { heading: 'Filters', text: 'Parameters - a, b, c', example: { label: '/launches/?pad__location=13', href: './?pad__location=13' } },
  { heading: 'Search', text: 'Fields searched - name, pad__name' },
  { heading: 'Ordering', text: 'Fields - id, last_updated, name, net', example: { label: '/launches/?ordering=-last_updated', href: './?ordering=-last_updated' } },
  { heading: 'Number of results', text: 'Use limit to control the number of objects in the response (max 100)' },
  { heading: 'Format', text: 'Switch to JSON output', example: { label: '/launches/?format=json', href: './?format=json' } },
  { heading: 'Help', text: 'Find all the FAQs and support links on the documentation homepage - ll.thespacedevs.com/docs' },
];

function input(body: unknown, requestPath: string, over: Partial<BrowsablePageInput> = {}): BrowsablePageInput {
  return {
    viewName: 'Launch Detailed', help: HELP, method: 'GET', requestPath, status: 200,
    headers: [['Allow', 'GET'], ['Content-Type', 'application/json'], ['Vary', 'Accept']],
    body, jsonHref: requestPath.replace('format=api', 'format=json'), ...over,
  };
}

const unescape = (s: string): string => s
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&laquo;/g, '\u00ab').replace(/&raquo;/g, '\u00bb').replace(/&#9662;/g, '\u25be')
  .replace(/&amp;/g, '&');
const stripTags = (s: string): string => unescape(s.replace(/<[^>]*>/g, ''));

/** Text of the (single) prettyprint <pre>. */
function preText(html: string): string {
  const m = /<pre class="prettyprint">([\s\S]*?)<\/pre>/.exec(html);
  assert.ok(m, 'prettyprint <pre> present');
  return stripTags(m[1]!);
}

/** Roughly a browser's innerText: drop <head>, block ends become newlines, tags stripped. */
function visibleText(html: string): string {
  const bodyPart = html.slice(html.indexOf('<body>'));
  return stripTags(bodyPart.replace(/<\/(pre|p|h1|h2|section|div|nav|header|li)>/g, '$&\n'));
}

function assertInOrder(text: string, parts: string[]): void {
  let at = 0;
  for (const p of parts) {
    const i = text.indexOf(p, at);
    assert.ok(i >= 0, `expected ${JSON.stringify(p)} after offset ${at}`);
    at = i + p.length;
  }
}

test('pre text equals JSON.stringify(body, null, 2) for every seed', () => {
  for (const name of ALL) {
    const { body, path } = seed(name);
    const html = renderBrowsablePage(input(body, path));
    assert.equal(preText(html), JSON.stringify(body, null, 2), name);
  }
});

test('pretty-printer follows JSON.stringify edge cases', () => {
  const odd = {
    a: undefined, f: () => 1, n: NaN, inf: -Infinity, d: new Date(0), e: {}, arr: [],
    holes: [undefined, () => 1, 1], nested: { x: [{ y: null }] }, s: 'tab\t"q" \u2028 \\', z: -0,
    w: new String('boxed'), big: 1e21, tiny: 5e-7,
  };
  for (const v of [odd, [], {}, 'str', 42, null, true, [[[]]], { only: undefined }]) {
    assert.equal(stripTags(renderJsonHtml(v)), JSON.stringify(v, null, 2));
  }
});

test('absolute URLs in string values become nofollow links', () => {
  const { body, path } = seed(S002);
  const html = renderBrowsablePage(input(body, path));
  const pre = /<pre class="prettyprint">([\s\S]*?)<\/pre>/.exec(html)![1]!;
  const next = (body as { next: string }).next;
  const e = escapeHtml(next);
  assert.ok(pre.includes(`"next": "<a href="${e}" rel="nofollow">${e}</a>"`));
  assert.ok(pre.includes('"url": "<a href="https://lldev.thespacedevs.com/2.0.0/launch/cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d/?format=api" rel="nofollow">'));
  // Non-URL strings and URL-like text inside longer strings stay plain.
  const plain = renderJsonHtml({ a: 'see https://x.org/ here', b: 'ftp://x.org/', c: 'javascript:alert(1)' });
  assert.ok(!plain.includes('<a'));
});

test('malicious requestPath and string values are escaped', () => {
  const evilPath = '/2.3.0/launches/?format=api&q=<script>alert(1)</script>"\'';
  const body = { name: '</pre><script>alert(1)</script>', url: 'https://x.org/?a="><script>x</script>' };
  const html = renderBrowsablePage(input(body, evilPath, {
    headers: [['X-Evil', '<script>h</script>']],
    viewName: '<img src=x onerror=alert(1)>',
    jsonHref: '/x/?format=json&"><script>j</script>',
  }));
  assert.ok(!/<script/i.test(html), 'no script tag emitted');
  assert.ok(!html.includes('<img'), 'view name escaped');
  assert.equal((html.match(/<\/pre>/g) ?? []).length, 3, 'only our own </pre> tags');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.equal(preText(html), JSON.stringify(body, null, 2));
  assertInOrder(visibleText(html), ['GET ' + evilPath, 'HTTP 200 OK', 'X-Evil: <script>h</script>']);
});

test('pager for a paginated list (seed 002) links previous and next', () => {
  const { body, path } = seed(S002);
  const b = body as { next: string; previous: string };
  const html = renderBrowsablePage(input(body, path, { viewName: 'Launch List' }));
  const pager = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html);
  assert.ok(pager);
  assert.ok(pager[1]!.includes(`href="${escapeHtml(b.previous)}">&laquo; Previous</a>`));
  assert.ok(pager[1]!.includes(`href="${escapeHtml(b.next)}">Next &raquo;</a>`));
  assert.ok(!pager[1]!.includes('disabled'));
  // The pager comes before the response panel.
  assert.ok(html.indexOf('class="pager"') < html.indexOf('class="response"'));
});

test('pager disables null links (seed 003 has no next; a first page has no previous)', () => {
  const { body, path } = seed(S003);
  const html = renderBrowsablePage(input(body, path));
  assert.ok(html.includes('<span class="page disabled" aria-disabled="true">Next &raquo;</span>'));
  assert.ok(/<a [^>]*href="[^"]*offset=880"[^>]*>&laquo; Previous<\/a>/.test(html));
  const first = renderBrowsablePage(input({ count: 0, next: null, previous: null, results: [] }, '/2.3.0/launches/'));
  assert.ok(first.includes('<span class="page disabled" aria-disabled="true">&laquo; Previous</span>'));
  assert.ok(first.includes('<span class="page disabled" aria-disabled="true">Next &raquo;</span>'));
  // Detail pages have no pager.
  assert.ok(!renderBrowsablePage(input(seed(S000).body, '/x/')).includes('class="pager"'));
});

test('status line uses the reason phrase', () => {
  const html = renderBrowsablePage(input({ detail: 'Not found.' }, '/2.3.0/launches/nope/?format=api', { status: 404 }));
  assert.ok(visibleText(html).includes('HTTP 404 Not Found\n'));
  const cases: Array<[number, string]> = [[400, 'Bad Request'], [401, 'Unauthorized'], [429, 'Too Many Requests'], [500, 'Internal Server Error'], [503, 'Service Unavailable']];
  for (const [s, r] of cases) {
    assert.ok(visibleText(renderBrowsablePage(input({}, '/', { status: s }))).includes(`HTTP ${s} ${r}`));
  }
});

test('help sections appear in order with their examples', () => {
  const html = renderBrowsablePage(input({}, '/2.3.0/launches/?format=api'));
  const text = visibleText(html);
  const parts: string[] = [];
  for (const h of HELP) {
    parts.push(h.heading, h.text);
    if (h.example) parts.push('Example - ' + h.example.label);
  }
  assertInOrder(text, parts);
  assert.ok(html.includes('Example - <a href="./?mode=list">/launches/?mode=list</a>'));
  // Help comes before the request line.
  assert.ok(text.lastIndexOf(HELP.at(-1)!.text) < text.indexOf('GET /2.3.0/launches/'));
});

test('visible text of seed 000 reads like the LL2 page', () => {
  const { body, path } = seed(S000);
  assert.equal(path, '/2.3.0/launches/e3b45caa-2ccc-4937-931b-780edbe58db9/?format=api');
  const html = renderBrowsablePage(input(body, path));
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(html.includes('<meta charset="utf-8">'));
  assert.ok(html.includes('<title>Launch Detailed \u2013 Launch Library 2</title>'));
  assert.ok(!/(src|href)="(https?:)?\/\//.test(html.slice(0, html.indexOf('<body>'))), 'no external resources');
  const text = visibleText(html);
  assertInOrder(text, [
    'Launch Detailed', 'Modes',
    'GET /2.3.0/launches/e3b45caa-2ccc-4937-931b-780edbe58db9/?format=api',
    'HTTP 200 OK', 'Allow: GET', 'Content-Type: application/json', 'Vary: Accept',
    '{\n  "id": "e3b45caa-2ccc-4937-931b-780edbe58db9"',
  ]);
  // Headers, a blank line, then the JSON.
  assert.ok(text.includes('HTTP 200 OK\nAllow: GET\nContent-Type: application/json\nVary: Accept\n\n{'));
  // Format menu: json and api links.
  assert.ok(html.includes('href="/2.3.0/launches/e3b45caa-2ccc-4937-931b-780edbe58db9/?format=json">json</a>'));
  assert.ok(html.includes('href="/2.3.0/launches/e3b45caa-2ccc-4937-931b-780edbe58db9/?format=api">api</a>'));
});

test('render time for a 100-item list of seed-000 copies (printed, not asserted)', () => {
  const one = seed(S000).body;
  const body = { count: 7000, next: 'https://ll.thespacedevs.com/2.3.0/launches/?format=api&limit=100&offset=100', previous: null, results: Array.from({ length: 100 }, () => structuredClone(one)) };
  const inp = input(body, '/2.3.0/launches/?format=api&limit=100', { viewName: 'Launch List' });
  renderBrowsablePage(inp); // warm-up
  const runs = 10;
  const t0 = performance.now();
  let html = '';
  for (let i = 0; i < runs; i++) html = renderBrowsablePage(inp);
  const ms = (performance.now() - t0) / runs;
  const t1 = performance.now();
  JSON.stringify(body, null, 2);
  const jsonMs = performance.now() - t1;
  console.log(`browsable render: 100 detailed launches, ${(JSON.stringify(body, null, 2).length / 1e6).toFixed(2)} MB JSON -> ${(html.length / 1e6).toFixed(2)} MB HTML in ${ms.toFixed(1)} ms/render (JSON.stringify alone ${jsonMs.toFixed(1)} ms)`);
  assert.equal(preText(html), JSON.stringify(body, null, 2));
});
