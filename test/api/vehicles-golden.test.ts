/**
 * Golden tests of the vehicle endpoints: seeds 001 and 004 are LL2's own answers to
 * `/2.3.0/spacecraft_flights/{id}/`. Each is imported into a fresh database of its own, and our answer
 * to the seed's request must be the seed, key for key.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readSeed, importedApp, sharedApp } from '../support/app.ts';
import { validateBody } from '../support/openapi.ts';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The JSON a browsable page shows. */
function pageJson(html: string): unknown {
  const pre = /<pre class="prettyprint">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
  return JSON.parse(unescape(pre.replace(/<[^>]+>/g, '')));
}

for (const name of ['001_60a2aeaf887d35b2', '004_7adbe57260c2404c']) {
  const seed = readSeed(name);

  describe(`golden: seed ${name.slice(0, 3)} (${seed.request})`, () => {
    const t = sharedApp(() => importedApp([seed.body], { publicBaseUrl: 'https://ll.thespacedevs.com' }));

    test('the seed is a spacecraft flight detail, valid against the official schema (sanity)', () => {
      assert.match(seed.request, /^\/2\.3\.0\/spacecraft_flights\/\d+\/\?format=api$/);
      assert.deepStrictEqual(validateBody('/2.3.0/spacecraft_flights/{id}/', seed.body), []);
    });

    test('GET of the seed request path shows exactly the seed JSON', async () => {
      const res = await t.get(seed.request);
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.deepStrictEqual(pageJson(res.text), seed.body);
    });

    test('the same path with format=json answers the seed, its links with format=json', async () => {
      const res = await t.get(seed.request.replace('format=api', 'format=json'));
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      const expected = JSON.parse(JSON.stringify(seed.body).replaceAll('?format=api', '?format=json'));
      assert.deepStrictEqual(res.body, expected);
    });

    test('without format the links carry no query, and the list holds the flight', async () => {
      const path = seed.request.replace('?format=api', '');
      const res = await t.get(path);
      assert.deepStrictEqual(res.body, JSON.parse(JSON.stringify(seed.body).replaceAll('?format=api', '')));
      const page = await t.get('/2.3.0/spacecraft_flights/?mode=detailed');
      assert.equal(page.body.count, 1);
      assert.deepStrictEqual(page.body.results[0], res.body);
      assert.deepStrictEqual(validateBody('/2.3.0/spacecraft_flights/', page.body, { mode: 'detailed' }), []);
      const byCraft = await t.get(`/2.3.0/spacecraft_flights/?spacecraft=${seed.body.spacecraft.id}`);
      assert.deepStrictEqual(byCraft.body.results.map((r: { id: number }) => r.id), [seed.body.id]);
    });
  });
}
