/**
 * The 2.0.0 spacecraft flight endpoint against seed 003 (a real `/2.0.0/spacecraft/flight/` page), and
 * round trips between 2.0.0 and 2.3.0 through the one normalized database.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readSeed, importedApp, sharedApp } from '../support/app.ts';

const S001 = readSeed('001_60a2aeaf887d35b2');
const S003 = readSeed('003_6b9f4802707ad897');
const S004 = readSeed('004_7adbe57260c2404c');
const NOW = new Date('2026-11-01T00:00:00Z');
const BASE = 'https://ll.thespacedevs.com';

/** The JSON of a `format=api` page. */
function pageJson(html: string): any {
  const pre = /<pre class="prettyprint">([\s\S]*?)<\/pre>/.exec(html)?.[1];
  assert.ok(pre !== undefined, 'the page has a prettyprint <pre>');
  const text = pre.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return JSON.parse(text);
}

const seeded = (...docs: unknown[]) => sharedApp(() => importedApp(docs, { publicBaseUrl: BASE, now: NOW }));

describe('2.0.0 spacecraft flights: golden seed 003 (/2.0.0/spacecraft/flight/)', () => {
  const t = seeded(S003.body);

  test("the seed's request answers with the seed's envelope over the imported flights", async () => {
    assert.equal(S003.request, '/2.0.0/spacecraft/flight/?format=api&offset=890');
    const res = await t.get(S003.request);
    assert.equal(res.status, 200);
    const body = pageJson(res.text);
    assert.equal(body.count, S003.body.results.length);
    assert.deepStrictEqual(body.results, []);
    assert.equal(body.next, null);
  });

  test("every object of the seed's results is reproduced exactly (format=api, one page)", async () => {
    const res = await t.get('/2.0.0/spacecraft/flight/?format=api&limit=100');
    assert.equal(res.status, 200);
    const body = pageJson(res.text);
    assert.equal(body.count, S003.body.results.length);
    for (const expected of S003.body.results) {
      const got = body.results.find((o: any) => o.id === expected.id);
      assert.ok(got, `flight ${expected.id} is listed`);
      assert.deepStrictEqual(got, expected);
    }
  });

  test('each seed object is reproduced through ?id filtering by spacecraft and in JSON', async () => {
    for (const expected of S003.body.results) {
      const res = await t.get(`/2.0.0/spacecraft/flight/?format=api&spacecraft=${expected.spacecraft.id}`);
      const body = pageJson(res.text);
      const got = body.results.find((o: any) => o.id === expected.id);
      assert.deepStrictEqual(got, expected);
      const json = await t.get(`/2.0.0/spacecraft/flight/?spacecraft=${expected.spacecraft.id}&format=json`);
      const plain = JSON.parse(JSON.stringify(expected).replaceAll('?format=api', '?format=json'));
      assert.deepStrictEqual(json.body.results.find((o: any) => o.id === expected.id), plain);
    }
  });

  test('nested objects of the seed come back from their own 2.0.0 routes', async () => {
    const f = S003.body.results[0];
    const sc = await t.get(`/2.0.0/spacecraft/${f.spacecraft.id}/?format=api`);
    assert.equal(sc.status, 200);
    const spacecraft = pageJson(sc.text);
    assert.deepStrictEqual(
      { id: spacecraft.id, url: spacecraft.url, name: spacecraft.name, serial_number: spacecraft.serial_number, status: spacecraft.status, description: spacecraft.description },
      { id: f.spacecraft.id, url: f.spacecraft.url, name: f.spacecraft.name, serial_number: f.spacecraft.serial_number, status: f.spacecraft.status, description: f.spacecraft.description },
    );
    const list = pageJson((await t.get(`/2.0.0/spacecraft/?format=api&limit=100`)).text);
    for (const expected of S003.body.results) assert.deepStrictEqual(list.results.find((o: any) => o.id === expected.spacecraft.id), expected.spacecraft);
    const configs = pageJson((await t.get('/2.0.0/config/spacecraft/?format=api&limit=100')).text);
    for (const expected of S003.body.results) {
      assert.deepStrictEqual(configs.results.find((o: any) => o.id === expected.spacecraft.spacecraft_config.id), expected.spacecraft.spacecraft_config);
    }
    const pad = pageJson((await t.get(`/2.0.0/pad/${f.launch.pad.id}/?format=api`)).text);
    assert.deepStrictEqual(pad, f.launch.pad);
    const program = pageJson((await t.get(`/2.0.0/program/${f.launch.program[0].id}/?format=api`)).text);
    assert.deepStrictEqual(program, f.launch.program[0]);
  });

  test('the same flights read through 2.3.0', async () => {
    for (const expected of S003.body.results) {
      const res = await t.get(`/2.3.0/spacecraft_flights/${expected.id}/?format=json`);
      assert.equal(res.status, 200);
      assert.equal(res.body.id, expected.id);
      assert.equal(res.body.destination, expected.destination);
      assert.equal(res.body.spacecraft.id, expected.spacecraft.id);
      assert.equal(res.body.spacecraft.name, expected.spacecraft.name);
      assert.equal(res.body.launch.id, expected.launch.id);
    }
  });
});

describe('2.3.0 spacecraft flights (seeds 001, 004) read through 2.0.0', () => {
  const t = seeded(S001.body, S004.body);

  for (const seed of [S001, S004]) {
    test(`flight ${seed.body.id}`, async () => {
      const flight = seed.body;
      const res = await t.get(`/2.0.0/spacecraft/flight/${flight.id}/?format=json`);
      assert.equal(res.status, 200);
      const body = res.body;
      assert.equal(body.url, `${BASE}/2.0.0/spacecraft/flight/${flight.id}/?format=json`);
      assert.equal(body.destination, flight.destination);
      assert.equal(body.spacecraft.id, flight.spacecraft.id);
      assert.equal(body.spacecraft.name, flight.spacecraft.name);
      assert.equal(body.launch.id, flight.launch.id);
      assert.equal(body.launch.name, flight.launch.name);
      assert.equal(body.launch.status.name, flight.launch.status.abbrev);
      assert.equal(typeof body.spacecraft.spacecraft_config.agency.type, 'string');
      assert.equal(body.launch_crew.length, flight.launch_crew.length);
      for (const [i, c] of flight.launch_crew.entries()) {
        assert.equal(body.launch_crew[i].astronaut.id, c.astronaut.id);
        assert.equal(body.launch_crew[i].role, c.role.role);
      }
      assert.ok(!('response_mode' in body));
      const listed = await t.get(`/2.0.0/spacecraft/flight/?format=json&spacecraft=${flight.spacecraft.id}`);
      assert.ok(listed.body.results.some((o: any) => o.id === flight.id));
    });
  }
});
