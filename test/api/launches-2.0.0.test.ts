import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importDocument } from '../../src/ingest/import-document.ts';
import { durationDays } from '../../src/serialize/v2.0.0/computed.ts';
import { freshDatabase, readSeed, testApp, type TestApp, importedApp, sharedApp } from '../support/app.ts';

const S000 = readSeed('000_e02f7aebc80082a2');
const S002 = readSeed('002_211e202ffd9807c2');
const S003 = readSeed('003_6b9f4802707ad897');

/** After every launch of the seeds. */
const NOW = new Date('2026-11-01T00:00:00Z');

/** The `count` of the 2.0.0 list at `path` (below `/2.0.0/`), which must answer 200. */
async function countOf(t: TestApp, path: string): Promise<number> {
  const res = await t.get(`/2.0.0/${path}`);
  assert.equal(res.status, 200, path);
  return res.body.count;
}

/** The JSON of a `format=api` page. */
function pageJson(html: string): any {
  const pre = /<pre class="prettyprint">([\s\S]*?)<\/pre>/.exec(html)?.[1];
  assert.ok(pre !== undefined, 'the page has a prettyprint <pre>');
  const text = pre.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return JSON.parse(text);
}

const NORMAL_KEYS = [
  'id', 'url', 'launch_library_id', 'slug', 'name', 'status', 'net', 'window_end', 'window_start', 'inhold', 'tbdtime',
  'tbddate', 'probability', 'holdreason', 'failreason', 'hashtag', 'launch_service_provider', 'rocket', 'mission', 'pad',
  'webcast_live', 'image', 'infographic', 'program',
];
const LIST_KEYS = [
  'id', 'url', 'launch_library_id', 'slug', 'name', 'status', 'net', 'window_end', 'window_start', 'mission',
  'mission_type', 'pad', 'location', 'landing', 'landing_success', 'launcher', 'orbit', 'image', 'infographic',
];
const DETAILED_KEYS = [
  'id', 'url', 'launch_library_id', 'slug', 'name', 'status', 'net', 'window_end', 'window_start', 'inhold', 'tbdtime',
  'tbddate', 'probability', 'holdreason', 'failreason', 'hashtag', 'launch_service_provider', 'rocket', 'mission', 'pad',
  'infoURLs', 'vidURLs', 'webcast_live', 'image', 'infographic', 'program', 'orbital_launch_attempt_count',
  'location_launch_attempt_count', 'pad_launch_attempt_count', 'agency_launch_attempt_count',
  'orbital_launch_attempt_count_year', 'location_launch_attempt_count_year', 'pad_launch_attempt_count_year',
  'agency_launch_attempt_count_year',
];
const AGENCY_DETAILED_KEYS = [
  'id', 'url', 'name', 'featured', 'type', 'country_code', 'abbrev', 'description', 'administrator', 'founding_year',
  'launchers', 'spacecraft', 'launch_library_url', 'total_launch_count', 'consecutive_successful_launches',
  'successful_launches', 'failed_launches', 'pending_launches', 'consecutive_successful_landings', 'successful_landings',
  'failed_landings', 'attempted_landings', 'info_url', 'wiki_url', 'logo_url', 'image_url', 'nation_url',
];
const CONFIG_DETAILED_KEYS = [
  'id', 'launch_library_id', 'url', 'name', 'description', 'family', 'full_name', 'manufacturer', 'program', 'variant',
  'alias', 'min_stage', 'max_stage', 'length', 'diameter', 'maiden_flight', 'launch_mass', 'leo_capacity',
  'gto_capacity', 'to_thrust', 'apogee', 'vehicle_range', 'image_url', 'info_url', 'wiki_url', 'total_launch_count',
  'consecutive_successful_launches', 'successful_launches', 'failed_launches', 'pending_launches',
];

describe('2.0.0 launches: golden seed 002 (/2.0.0/launch/previous/, normal mode)', () => {
  const t = sharedApp(() => importedApp([S002.body], { publicBaseUrl: 'https://lldev.thespacedevs.com', now: NOW }));

  test("the seed's request pages as DRF does over the 10 imported launches", async () => {
    assert.equal(S002.request, '/2.0.0/launch/previous/?format=api&offset=20&ordering=-name');
    const res = await t.get(S002.request);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    const body = pageJson(res.text);
    assert.deepStrictEqual(body, {
      count: 10,
      next: null,
      previous: 'https://lldev.thespacedevs.com/2.0.0/launch/previous/?format=api&limit=10&offset=10&ordering=-name',
      results: [],
    });
  });

  test("every object of the seed's results is reproduced exactly by the list route", async () => {
    const res = await t.get('/2.0.0/launch/previous/?format=api&limit=100&ordering=-name');
    assert.equal(res.status, 200);
    const body = pageJson(res.text);
    assert.equal(body.count, S002.body.results.length);
    assert.equal(body.next, null);
    assert.equal(body.previous, null);
    const byId = new Map(body.results.map((r: any) => [r.id, r]));
    for (const expected of S002.body.results) {
      assert.deepStrictEqual(byId.get(expected.id), expected, expected.name);
      assert.deepStrictEqual(Object.keys(expected), NORMAL_KEYS);
    }
  });

  test('the same objects through /2.0.0/launch/ and /launch/previous/?id= (format=json keeps json links)', async () => {
    for (const expected of S002.body.results) {
      const res = await t.get(`/2.0.0/launch/?format=json&id=${expected.id}`);
      assert.equal(res.body.count, 1);
      const want = JSON.parse(JSON.stringify(expected).replaceAll('?format=api', '?format=json'));
      assert.deepStrictEqual(res.body.results[0], want, expected.name);
    }
  });

  test('paging: next/previous keep the query sorted and drop offset=0', async () => {
    const first = await t.get('/2.0.0/launch/previous/?ordering=-name&limit=4');
    assert.equal(first.body.count, 10);
    assert.equal(first.body.results.length, 4);
    assert.equal(first.body.previous, null);
    assert.equal(first.body.next, 'https://lldev.thespacedevs.com/2.0.0/launch/previous/?limit=4&offset=4&ordering=-name');
    const second = await t.get('/2.0.0/launch/previous/?ordering=-name&limit=4&offset=4');
    assert.equal(second.body.previous, 'https://lldev.thespacedevs.com/2.0.0/launch/previous/?limit=4&ordering=-name');
    assert.equal(second.body.next, 'https://lldev.thespacedevs.com/2.0.0/launch/previous/?limit=4&offset=8&ordering=-name');
    const third = await t.get('/2.0.0/launch/previous/?ordering=-name&limit=4&offset=8');
    assert.equal(third.body.results.length, 2);
    assert.equal(third.body.next, null);
    const ids = [...first.body.results, ...second.body.results, ...third.body.results].map((r: any) => r.id);
    assert.equal(new Set(ids).size, 10);
  });

  test('the format=api page shows the 2.0.0 docstring', async () => {
    const res = await t.get('/2.0.0/launch/previous/?format=api');
    assert.ok(res.text.includes('API endpoint that returns previous Launch objects.'));
    assert.ok(res.text.includes('GET: Return a list of previous Launches'));
    assert.ok(res.text.includes('MODE: &#39;normal&#39;, &#39;list&#39;, &#39;detailed&#39; EXAMPLE: ?mode=list') || res.text.includes("MODE: 'normal', 'list', 'detailed' EXAMPLE: ?mode=list"));
    assert.ok(res.text.includes('Previous Launch List'));
  });

  test('detail route: the detailed shape, on all three routes', async () => {
    const id = S002.body.results[0].id;
    for (const path of ['launch', 'launch/previous']) {
      const res = await t.get(`/2.0.0/${path}/${id}/`);
      assert.equal(res.status, 200, path);
      assert.deepStrictEqual(Object.keys(res.body), DETAILED_KEYS);
      assert.equal(res.body.url, `https://lldev.thespacedevs.com/2.0.0/launch/${id}/`);
      assert.deepStrictEqual(res.body.status, { id: 3, name: 'Success' });
      assert.deepStrictEqual(Object.keys(res.body.launch_service_provider), AGENCY_DETAILED_KEYS);
      assert.deepStrictEqual(Object.keys(res.body.rocket), ['id', 'configuration', 'launcher_stage', 'spacecraft_stage']);
      assert.deepStrictEqual(Object.keys(res.body.rocket.configuration), CONFIG_DETAILED_KEYS);
      assert.equal(res.body.rocket.configuration.family, 'Soyuz');
      assert.equal(res.body.rocket.spacecraft_stage, null);
      assert.deepStrictEqual(res.body.infoURLs, []);
      // the nested objects normal mode shares are the same
      const normal = S002.body.results[0];
      for (const k of ['mission', 'pad', 'program', 'image', 'net', 'tbdtime']) {
        assert.deepStrictEqual(res.body[k], JSON.parse(JSON.stringify(normal[k]).replaceAll('?format=api', '')), k);
      }
    }
    // a past launch is not upcoming (now is months later)
    assert.equal((await t.get(`/2.0.0/launch/upcoming/${id}/`)).status, 404);
    // mode=detailed on a list gives the same objects
    const list = await t.get(`/2.0.0/launch/?mode=detailed&id=${id}`);
    assert.deepStrictEqual(list.body.results[0], (await t.get(`/2.0.0/launch/${id}/`)).body);
  });

  test('mode=list: the flat 19-key shape', async () => {
    const res = await t.get('/2.0.0/launch/?mode=list&limit=100');
    assert.equal(res.body.count, 10);
    for (const r of res.body.results) assert.deepStrictEqual(Object.keys(r), LIST_KEYS);
    const ms26 = res.body.results.find((r: any) => r.id === 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d');
    assert.deepStrictEqual(ms26, {
      id: 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d',
      url: 'https://lldev.thespacedevs.com/2.0.0/launch/cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d/',
      launch_library_id: null,
      slug: 'soyuz-21a-soyuz-ms-26',
      name: 'Soyuz 2.1a | Soyuz MS-26',
      status: { id: 3, name: 'Success' },
      net: '2024-09-11T16:23:12Z',
      window_end: '2024-09-11T16:23:12Z',
      window_start: '2024-09-11T16:23:12Z',
      mission: 'Soyuz MS-26',
      mission_type: 'Human Exploration',
      pad: '31/6',
      location: 'Baikonur Cosmodrome, Republic of Kazakhstan',
      landing: null,
      landing_success: null,
      launcher: null,
      orbit: 'LEO',
      image: 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/soyuz_2.1a_image_20230805184309.jpg',
      infographic: null,
    });
    // an unknown mode is normal mode
    const odd = await t.get('/2.0.0/launch/?mode=compact&limit=1');
    assert.deepStrictEqual(Object.keys(odd.body.results[0]), NORMAL_KEYS);
  });

  test('filters: lsp__id, lsp__name, lsp__ids and location__ids (OR-ed together)', async () => {
    const count = (q: string) => countOf(t, `launch/?limit=100&${q}`);
    assert.equal(await count('lsp__id=63'), 6);
    assert.equal(await count('lsp__name=roscosmos'), 6);
    assert.equal(await count('lsp__ids=272'), 2);
    assert.equal(await count('lsp__ids=63,272'), 8);
    assert.equal(await count('location__ids=6'), 2);
    assert.equal(await count('location__ids=6,3'), 4);
    assert.equal(await count('lsp__ids=272&location__ids=6'), 4);
    assert.equal(await count('lsp__ids=272&location__ids=3'), 2);
    assert.equal(await count('lsp__ids=63&location__ids=6'), 8);
    assert.equal(await count('lsp__id=63&location__ids=18'), 1);
    assert.equal(await count('status=1'), 1);
    assert.equal(await count('mission__orbit__name__icontains=sun-sync'), 3);
    assert.equal(await count('launcher_config__id=24'), 6);
    assert.equal(await count('net__gte=2025-01-01'), 3);
    assert.equal(await count('net__lt=2024-09-11'), 2);
    assert.equal(await count('launch_library_id=1'), 0);
    const bad = await t.get('/2.0.0/launch/?lsp__id=abc');
    assert.equal(bad.status, 400);
    assert.deepStrictEqual(bad.body, { lsp__id: ['Enter a number.'] });
    assert.deepStrictEqual((await t.get('/2.0.0/launch/?net__gte=2025-01-01T00:00:00Z')).body, { net__gte: ['Enter a valid date.'] });
    // the net filters are only on /launch/; unknown parameters are ignored
    assert.equal((await t.get('/2.0.0/launch/previous/?net__gte=2025-01-01')).body.count, 10);
  });

  test('search (case-insensitive, terms AND-ed) and ordering', async () => {
    const names = async (q: string) => (await t.get(`/2.0.0/launch/?limit=100&${q}`)).body.results.map((r: any) => r.name);
    assert.deepStrictEqual((await names('search=kosmos')).sort(), ['Soyuz 2.1a | Kosmos 2579 (Bars-M No. 6)', 'Soyuz 2.1a/Fregat-M | Kosmos (Unknown Payload)']);
    assert.equal((await names('search=progress ms-2')).length, 3);
    assert.equal((await names('search=baikonur')).length, 5);
    assert.equal((await names('search=SEA+LAUNCH')).length, 2);
    const desc = await names('ordering=-name');
    assert.equal(desc.length, 10);
    assert.ok(desc.slice(0, 8).every((n: string) => n.startsWith('Soyuz')));
    assert.deepStrictEqual(desc.slice(8), ['Smart Dragon 3 | 8 satellites', 'Smart Dragon 3 | 10 x CentiSpace-1']);
    const asc = await names('ordering=name');
    assert.deepStrictEqual(asc.slice(0, 2), ['Smart Dragon 3 | 10 x CentiSpace-1', 'Smart Dragon 3 | 8 satellites']);
    // default orders: /launch/ by net ascending, /previous/ by net descending
    const nets = async (path: string) => (await t.get(`/2.0.0/${path}/?limit=100`)).body.results.map((r: any) => r.net);
    const all = await nets('launch');
    assert.deepStrictEqual(all, [...all].sort());
    assert.deepStrictEqual(await nets('launch/previous'), [...all].reverse());
    assert.deepStrictEqual(await nets('launch/upcoming'), []);
  });

  test('404 for unknown or malformed ids', async () => {
    for (const path of ['launch', 'launch/upcoming', 'launch/previous']) {
      const res = await t.get(`/2.0.0/${path}/00000000-0000-0000-0000-000000000000/`);
      assert.equal(res.status, 404);
      assert.deepStrictEqual(res.body, { detail: 'Not found.' });
    }
    assert.equal((await t.get('/2.0.0/launch/not-a-uuid/')).status, 404);
  });

  test('a 2.0.0 import reads through 2.3.0', async () => {
    const res = await t.get('/2.3.0/launches/cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d/');
    assert.equal(res.status, 200);
    assert.equal(res.body.name, 'Soyuz 2.1a | Soyuz MS-26');
    assert.equal(res.body.status.id, 3);
    assert.equal(res.body.status.abbrev, 'Success');
    assert.equal(res.body.launch_service_provider.type.name, 'Government');
    assert.equal(res.body.pad.latitude, 45.996034);
    assert.equal(res.body.pad.location.name, 'Baikonur Cosmodrome, Republic of Kazakhstan');
    assert.equal(res.body.mission.type, 'Human Exploration');
    assert.equal(res.body.rocket.configuration.full_name, 'Soyuz 2.1a');
    assert.equal(res.body.program.length, 2);
  });
});

describe('2.0.0 launches: seed 003 (launches nested in /2.0.0/spacecraft/flight/)', () => {
  const t = sharedApp(() => importedApp([S003.body], { publicBaseUrl: 'https://ll.thespacedevs.com', now: NOW }));

  test('each nested launch is reproduced exactly by /2.0.0/launch/?id=', async () => {
    assert.ok(S003.body.results.length > 0);
    for (const flight of S003.body.results) {
      const expected = flight.launch;
      const res = await t.get(`/2.0.0/launch/?format=api&id=${expected.id}`);
      const body = pageJson(res.text);
      assert.equal(body.count, 1, expected.name);
      assert.deepStrictEqual(body.results[0], expected, expected.name);
    }
  });

  test('the detail shows the spacecraft flight as one object', async () => {
    const flight = S003.body.results[0];
    const res = await t.get(`/2.0.0/launch/${flight.launch.id}/`);
    assert.equal(res.status, 200);
    const stage = res.body.rocket.spacecraft_stage;
    assert.equal(stage.id, flight.id);
    assert.equal(stage.url, `https://ll.thespacedevs.com/2.0.0/spacecraft/flight/${flight.id}/`);
    assert.deepStrictEqual(Object.keys(stage), ['id', 'url', 'mission_end', 'destination', 'launch_crew', 'onboard_crew', 'landing_crew', 'spacecraft', 'docking_events']);
    assert.equal(stage.destination, flight.destination);
    assert.equal(stage.spacecraft.name, flight.spacecraft.name);
    assert.deepStrictEqual(stage.spacecraft.status, flight.spacecraft.status);
    assert.equal(stage.spacecraft.spacecraft_config.image_url, flight.spacecraft.spacecraft_config.image_url);
    assert.equal(stage.spacecraft.spacecraft_config.agency.type, flight.spacecraft.spacecraft_config.agency.type);
  });

  test('upcoming/previous split at now (upcoming keeps the last 24 hours)', async () => {
    const mid = await testApp({ database: t.database, publicBaseUrl: 'https://ll.thespacedevs.com', now: new Date('2026-04-12T00:00:00Z') });
    try {
      const names = async (path: string) => (await mid.get(`/2.0.0/${path}/?limit=100`)).body.results.map((r: any) => r.name);
      const upcoming = await names('launch/upcoming');
      const previous = await names('launch/previous');
      // Cygnus NG-24 flew 2026-04-11T11:41Z: within 24 hours, so in both lists
      assert.ok(upcoming.includes('Falcon 9 Block 5 | Cygnus CRS-2 NG-24 (S.S. Steven R. Nagel)'));
      assert.ok(previous.includes('Falcon 9 Block 5 | Cygnus CRS-2 NG-24 (S.S. Steven R. Nagel)'));
      assert.equal(upcoming.length, 5);
      assert.equal(previous.length, 3);
      assert.equal(upcoming[0], 'Falcon 9 Block 5 | Cygnus CRS-2 NG-24 (S.S. Steven R. Nagel)');
      assert.equal(previous[0], 'Falcon 9 Block 5 | Cygnus CRS-2 NG-24 (S.S. Steven R. Nagel)');
    } finally {
      await mid.app.close();
    }
  });
});

describe('2.0.0 launches: 2.3.0 data read through 2.0.0', () => {
  let t: TestApp;
  const moonId = 'aaaaaaaa-0000-4000-8000-000000000001';
  const stagesId = 'aaaaaaaa-0000-4000-8000-000000000002';
  before(async () => {
    const database = await freshDatabase();
    await importDocument(database, S000.body);
    // the same launch, moved to a pad on the Moon
    const moon = structuredClone(S000.body);
    moon.id = moonId;
    moon.url = `https://lldev.thespacedevs.com/2.3.0/launches/${moonId}/?format=api`;
    moon.rocket.id = 99980; // a rocket belongs to one launch
    moon.pad.id = 99990;
    moon.pad.location.id = 99990;
    moon.pad.location.celestial_body = { id: 99990, name: 'Moon' };
    await importDocument(database, moon);
    // a launch with two first stages that both landed (one failed), status 9 (Payload Deployed)
    await importDocument(database, {
      id: stagesId,
      url: `https://lldev.thespacedevs.com/2.3.0/launches/${stagesId}/`,
      name: 'Falcon Heavy | Test',
      slug: 'falcon-heavy-test',
      launch_service_provider: { id: 99995, name: 'Child Co', parent: 'CAS Space', type: { id: 3, name: 'Commercial' } },
      mission: { id: 99990, name: 'Hop', type: 'Test Flight', orbit: { id: 99990, name: 'Sub-Orbital', abbrev: 'Sub' } },
      info_urls: [{ priority: 10, source: 'x', title: 'Press kit', description: 'Kit', feature_image: null, url: 'https://example.com/kit' }],
      status: { id: 9, name: 'Payload Deployed', abbrev: 'Payload Deployed', description: '' },
      net: '2026-01-01T00:00:00Z',
      net_precision: { id: 5, name: 'Day', abbrev: 'DAY', description: '' },
      rocket: {
        id: 99990,
        configuration: { id: 99990, name: 'Falcon Heavy', families: [{ id: 99990, name: 'Falcon' }], full_name: 'Falcon Heavy', variant: 'Heavy' },
        launcher_stage: [
          {
            id: 99991, type: 'Core', reused: true, turn_around_time: 'P12DT23H59M', launcher: { id: 99991, serial_number: 'B1001' },
            landing: { id: 99991, attempt: true, success: true, landing_location: { id: 99991, name: 'LZ-1', abbrev: 'LZ-1' } },
          },
          {
            id: 99992, type: 'Booster', reused: false, launcher: { id: 99992, serial_number: 'B1002' },
            landing: { id: 99992, attempt: true, success: false, landing_location: { id: 99992, name: 'OCISLY', abbrev: 'OCISLY' } },
          },
        ],
        spacecraft_stage: [
          {
            id: 99990,
            url: 'https://lldev.thespacedevs.com/2.3.0/spacecraft_flights/99990/',
            destination: 'International Space Station',
            mission_end: null,
            spacecraft: {
              id: 99990, name: 'Capsule 1', serial_number: 'C1', status: { id: 1, name: 'Active' }, description: 'A capsule',
              spacecraft_config: { id: 99990, name: 'Capsule', type: { id: 2, name: 'Capsule' }, in_use: true, agency: { id: 99995 } },
            },
            launch_crew: [
              {
                id: 99990,
                role: { id: 1, role: 'Commander', priority: 0 },
                astronaut: {
                  id: 99990, name: 'Jane Doe', status: { id: 1, name: 'Active' }, type: { id: 2, name: 'Government' },
                  agency: { id: 99995 }, date_of_birth: '1980-01-02', bio: 'Bio',
                  nationality: [{ id: 99990, name: 'Testland', alpha_2_code: 'TL', alpha_3_code: 'TST', nationality_name: 'Testish', nationality_name_composed: 'Testo' }],
                  image: { id: 99990, name: 'Jane', image_url: 'https://example.com/jane.jpg' },
                  social_media_links: [{ id: 99990, url: 'https://twitter.com/jane', social_media: { id: 99990, name: 'Twitter', url: 'https://twitter.com' } }],
                },
              },
            ],
            onboard_crew: [],
            landing_crew: [],
            docking_events: [],
          },
        ],
        payloads: [],
      },
    });
    t = await testApp({ database, publicBaseUrl: 'https://lldev.thespacedevs.com', now: NOW });
  });
  after(() => t.close());

  test('seed 000 at /2.0.0/launch/<id>/ has the 2.0.0 field set with 2.3.0 values', async () => {
    const res = await t.get(`/2.0.0/launch/${S000.body.id}/`);
    assert.equal(res.status, 200);
    const b = res.body;
    const src = S000.body;
    assert.deepStrictEqual(Object.keys(b), DETAILED_KEYS);
    assert.equal(b.url, `https://lldev.thespacedevs.com/2.0.0/launch/${src.id}/`);
    assert.deepStrictEqual(b.status, { id: 3, name: 'Success' });
    assert.equal(b.launch_library_id, null);
    assert.deepStrictEqual([b.inhold, b.tbdtime, b.tbddate, b.holdreason], [false, false, false, '']);
    assert.equal(b.image, src.image.image_url);
    assert.equal(b.launch_service_provider.type, 'Commercial');
    assert.equal(b.launch_service_provider.country_code, 'CHN');
    assert.equal(b.launch_service_provider.founding_year, '2018');
    assert.equal(b.launch_service_provider.logo_url, src.launch_service_provider.logo.image_url);
    assert.equal(b.launch_service_provider.nation_url, src.launch_service_provider.social_logo.image_url);
    assert.equal(b.rocket.configuration.family, '');
    assert.equal(b.rocket.configuration.launch_mass, 625);
    assert.equal(b.rocket.configuration.image_url, src.rocket.configuration.image.image_url);
    assert.deepStrictEqual(b.mission.orbit, { id: src.mission.orbit.id, name: src.mission.orbit.name, abbrev: src.mission.orbit.abbrev });
    assert.equal(b.mission.type, src.mission.type);
    assert.equal(b.mission.launch_designator, null);
    assert.equal(b.pad.url, `https://lldev.thespacedevs.com/2.0.0/pad/${src.pad.id}/`);
    assert.equal(b.pad.latitude, String(src.pad.latitude));
    assert.equal(typeof b.pad.longitude, 'string');
    assert.equal(b.pad.agency_id, src.pad.agencies[0].id);
    assert.equal(b.pad.location.country_code, src.pad.location.country.alpha_3_code);
    assert.equal(b.pad.location.url, `https://lldev.thespacedevs.com/2.0.0/location/${src.pad.location.id}/`);
    assert.equal(b.orbital_launch_attempt_count, src.orbital_launch_attempt_count);
    // normal mode through the list
    const list = await t.get(`/2.0.0/launch/?id=${src.id}`);
    assert.deepStrictEqual(Object.keys(list.body.results[0]), NORMAL_KEYS);
    assert.deepStrictEqual(Object.keys(list.body.results[0].launch_service_provider), ['id', 'url', 'name', 'type']);
    assert.deepStrictEqual(Object.keys(list.body.results[0].rocket.configuration), ['id', 'launch_library_id', 'url', 'name', 'family', 'full_name', 'variant']);
  });

  test('launches from another celestial body are hidden', async () => {
    assert.equal((await t.get(`/2.0.0/launch/${moonId}/`)).status, 404);
    assert.equal((await t.get(`/2.0.0/launch/?id=${moonId}`)).body.count, 0);
    assert.equal((await t.get('/2.0.0/launch/')).body.count, 2);
    // 2.3.0 still shows it
    assert.equal((await t.get(`/2.3.0/launches/${moonId}/`)).status, 200);
  });

  test('the spacecraft flight with its crew; infoURLs', async () => {
    const b = (await t.get(`/2.0.0/launch/${stagesId}/`)).body;
    assert.deepStrictEqual(b.infoURLs, [{ priority: 10, title: 'Press kit', description: 'Kit', feature_image: null, url: 'https://example.com/kit' }]);
    const stage = b.rocket.spacecraft_stage;
    assert.equal(stage.url, 'https://lldev.thespacedevs.com/2.0.0/spacecraft/flight/99990/');
    assert.equal(stage.spacecraft.spacecraft_config.agency.name, 'Child Co');
    assert.equal(stage.spacecraft.spacecraft_config.agency.parent, 'CAS Space');
    assert.deepStrictEqual(stage.launch_crew, [
      {
        id: 99990,
        role: 'Commander',
        astronaut: {
          id: 99990,
          url: 'https://lldev.thespacedevs.com/2.0.0/astronaut/99990/',
          name: 'Jane Doe',
          type: { id: 2, name: 'Government' },
          status: { id: 1, name: 'Active' },
          agency: { id: 99995, url: 'https://lldev.thespacedevs.com/2.0.0/agencies/99995/', name: 'Child Co', type: 'Commercial' },
          date_of_birth: '1980-01-02',
          date_of_death: null,
          nationality: 'Testish',
          twitter: 'https://twitter.com/jane',
          instagram: null,
          bio: 'Bio',
          profile_image: 'https://example.com/jane.jpg',
          wiki: null,
          last_flight: null,
          first_flight: null,
        },
      },
    ]);
  });

  test('is_crewed, include_suborbital (effective on /previous/ only) and related', async () => {
    const count = (q: string) => countOf(t, q);
    assert.equal(await count('launch/?is_crewed=true'), 1);
    assert.equal(await count('launch/?is_crewed=false'), 1);
    assert.equal(await count('launch/?is_crewed=True'), 2);
    assert.equal(await count('launch/previous/?include_suborbital=false'), 1);
    assert.equal(await count('launch/previous/?include_suborbital=FALSE'), 1);
    assert.equal(await count('launch/previous/?include_suborbital=true'), 2);
    assert.equal(await count('launch/?include_suborbital=false'), 2);
    assert.equal(await count('launch/?lsp__id=1040'), 1);
    assert.equal(await count('launch/?lsp__id=1040&related=true'), 2);
    assert.equal(await count('launch/?lsp__name=CAS Space'), 1);
    assert.equal(await count('launch/?lsp__name=CAS Space&related=1'), 2);
    assert.equal(await count('launch/?lsp__name=CAS&related=1'), 1);
  });

  test('first stages: list-mode landing/launcher summaries and detailed stages; status 9 is In Flight', async () => {
    const list = await t.get(`/2.0.0/launch/?mode=list&id=${stagesId}`);
    const r = list.body.results[0];
    assert.deepStrictEqual([r.landing, r.landing_success, r.launcher, r.mission, r.orbit], ['MX Landing', 3, 'MX Launchers', 'Hop', 'Sub']);
    assert.deepStrictEqual(r.status, { id: 6, name: 'In Flight' });
    const detail = (await t.get(`/2.0.0/launch/${stagesId}/`)).body;
    assert.deepStrictEqual([detail.tbdtime, detail.tbddate], [true, false]);
    assert.equal(detail.rocket.configuration.family, 'Falcon');
    const [core, booster] = detail.rocket.launcher_stage;
    assert.deepStrictEqual(Object.keys(core), ['id', 'type', 'reused', 'launcher_flight_number', 'launcher', 'landing', 'previous_flight_date', 'turn_around_time_days', 'previous_flight']);
    assert.equal(core.type, 'Core');
    assert.equal(core.turn_around_time_days, 12);
    assert.equal(core.launcher.serial_number, 'B1001');
    assert.equal(core.launcher.url, 'https://lldev.thespacedevs.com/2.0.0/launcher/99991/');
    assert.deepStrictEqual(Object.keys(core.landing), ['id', 'attempt', 'success', 'description', 'location', 'type']);
    assert.equal(core.landing.location.abbrev, 'LZ-1');
    assert.equal(booster.landing.success, false);
    assert.equal(booster.turn_around_time_days, null);
  });
});

describe('2.0.0 launches: a 2.0.0 detailed document imports back', () => {
  test('the detailed JSON of a launch, imported into an empty database, reads back the same', async () => {
    const source = await testApp({ database: await freshDatabase(), publicBaseUrl: 'https://lldev.thespacedevs.com', now: NOW });
    const target = await testApp({ database: await freshDatabase(), publicBaseUrl: 'https://lldev.thespacedevs.com', now: NOW });
    try {
      await importDocument(source.database, S000.body);
      const original = (await source.get(`/2.0.0/launch/${S000.body.id}/`)).body;
      const result = await importDocument(target.database, original);
      assert.equal(result.version, '2.0.0');
      const back = (await target.get(`/2.0.0/launch/${S000.body.id}/`)).body;
      assert.ok(original.rocket.configuration.image_url, 'the configuration has a string image URL');
      assert.deepStrictEqual(back, original);
    } finally {
      await source.close();
      await target.close();
    }
  });
});

test('durationDays floors ISO 8601 durations to whole days', () => {
  assert.equal(durationDays('P220DT13H52M'), 220);
  assert.equal(durationDays('PT23H32M33S'), 0);
  assert.equal(durationDays('P1DT24H'), 2);
  assert.equal(durationDays('-PT1H'), -1);
  assert.equal(durationDays(null), null);
  assert.equal(durationDays('garbage'), null);
});
