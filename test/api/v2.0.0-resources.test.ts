/**
 * Every 2.0.0 endpoint beyond launches on the synthetic dataset: each list mode and `{id}` answers
 * 200 with exactly its 2.0.0 keys (no 2.3.0 keys such as `response_mode`, image objects or agency
 * type objects), unknown ids are 404, and filters, search and ordering change the results.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generatedApp } from '../support/app.ts';
import { eachKey } from '../support/json-diff.ts';

const ANCHOR = new Date('2025-06-15T12:00:00Z');

const k = (s: string) => s.trim().split(/\s+/);
const AGENCY_COMMON = k('id url name featured type country_code abbrev description administrator founding_year launchers spacecraft parent image_url');
const AGENCY_DETAILED = k(`id url name featured type country_code abbrev description administrator founding_year launchers
  spacecraft launch_library_url total_launch_count consecutive_successful_launches successful_launches failed_launches
  pending_launches consecutive_successful_landings successful_landings failed_landings attempted_landings info_url wiki_url
  logo_url image_url nation_url launcher_list spacecraft_list`);
const ASTRONAUT = k('id url name type status agency date_of_birth date_of_death nationality twitter instagram bio profile_image wiki last_flight first_flight');
const CONFIG_LIST = k('id launch_library_id url name family full_name variant');
const CONFIG_DETAILED = k(`id launch_library_id url name description family full_name manufacturer program variant alias
  min_stage max_stage length diameter maiden_flight launch_mass leo_capacity gto_capacity to_thrust apogee vehicle_range
  image_url info_url wiki_url total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches`);
const SC_CONFIG_MINI = k('id url name type agency in_use image_url');
const SC_CONFIG = k(`id url name type agency in_use capability history details maiden_flight height diameter human_rated
  crew_capacity payload_capacity flight_life image_url nation_url wiki_link info_link`);
const DOCKING = k('id url launch_id docking departure flight_vehicle docking_location');
// the keys and order of a real 2.0.0 event page (test/fixtures/real/2.0.0/event-list-2020.json)
const EVENT = k('id url slug name type description location news_url video_url feature_image date launches expeditions spacestations program');
const EXPEDITION = k('id url name start end spacestation');
const LAUNCHER = k('id url details flight_proven serial_number status image_url successful_landings attempted_landings flights last_launch_date first_launch_date');
const LOCATION = k('id url name country_code map_image total_launch_count total_landing_count');
const PAD = k('id url agency_id name info_url wiki_url map_url latitude longitude location map_image total_launch_count');
const PROGRAM = k('id url name description agencies image_url start_date end_date info_url wiki_url');
const SPACECRAFT = k('id url name serial_number status description spacecraft_config');
const FLIGHT = k('id url destination mission_end spacecraft launch');
const FLIGHT_DETAILED = k('id url mission_end destination launch_crew onboard_crew landing_crew spacecraft launch docking_events');
const STATION = k('id url name status founded description orbit image_url');
const STATION_DETAILED = k(`id url name status type founded deorbited description orbit owners active_expeditions height width
  mass volume image_url onboard_crew docked_vehicles docking_location`);

/** path → { mode (or '' for the default) → keys }, and the keys of `{id}`. */
const ROUTES: Record<string, { modes: Record<string, string[]>; detail: string[] }> = {
  agencies: { modes: { '': AGENCY_COMMON, list: AGENCY_COMMON, detailed: AGENCY_DETAILED }, detail: AGENCY_DETAILED },
  astronaut: {
    modes: { '': ASTRONAUT, normal: ASTRONAUT, list: k('id url name status agency profile_image'), detailed: [...ASTRONAUT, 'flights', 'landings'] },
    detail: [...ASTRONAUT, 'flights', 'landings'],
  },
  'config/launcher': { modes: { '': CONFIG_LIST, list: CONFIG_LIST, detailed: CONFIG_DETAILED }, detail: CONFIG_DETAILED },
  'config/spacecraft': { modes: { '': SC_CONFIG_MINI, list: SC_CONFIG_MINI, detailed: SC_CONFIG }, detail: SC_CONFIG },
  docking_event: { modes: { '': DOCKING, list: DOCKING, detailed: [...DOCKING, 'space_station'] }, detail: [...DOCKING, 'space_station'] },
  event: { modes: { '': EVENT }, detail: EVENT },
  'event/upcoming': { modes: { '': EVENT }, detail: EVENT },
  'event/previous': { modes: { '': EVENT }, detail: EVENT },
  expedition: { modes: { '': EXPEDITION, detailed: [...EXPEDITION, 'crew'] }, detail: [...EXPEDITION, 'crew'] },
  launcher: { modes: { '': LAUNCHER, list: LAUNCHER, detailed: [...LAUNCHER, 'launcher_config'] }, detail: [...LAUNCHER, 'launcher_config'] },
  location: { modes: { '': LOCATION }, detail: [...LOCATION, 'pads'] },
  pad: { modes: { '': PAD }, detail: PAD },
  program: { modes: { '': PROGRAM }, detail: PROGRAM },
  spacecraft: { modes: { '': SPACECRAFT, list: SPACECRAFT, detailed: SPACECRAFT }, detail: SPACECRAFT },
  'spacecraft/flight': { modes: { '': FLIGHT, normal: FLIGHT, detailed: FLIGHT_DETAILED }, detail: FLIGHT_DETAILED },
  spacestation: { modes: { '': STATION, list: STATION, detailed: STATION_DETAILED }, detail: STATION_DETAILED },
};

/** 2.3.0-only keys that must never appear anywhere in a 2.0.0 body. */
const FOREIGN = new Set(['response_mode', 'image', 'logo', 'social_logo', 'families', 'country', 'agencies_ids', 'info_urls', 'vid_urls', 'last_updated']);

/** Legacy conventions: agency `type` and image fields are strings, pad coordinates are strings. */
function checkLegacy(body: unknown, where: string): void {
  eachKey(body, (key, value, at) => {
    assert.ok(!FOREIGN.has(key) || (key === 'image' && (value === null || typeof value === 'string')), `${at}: 2.3.0 key ${key}`);
    if (['image_url', 'profile_image', 'logo_url', 'nation_url', 'feature_image', 'map_image'].includes(key)) {
      assert.ok(value === null || typeof value === 'string', `${at}.${key} is a string URL`);
    }
    if (key === 'url' && typeof value === 'string') assert.match(value, /\/2\.0\.0\//, `${at}.url is a 2.0.0 link`);
    if ((key === 'latitude' || key === 'longitude') && value !== null) assert.equal(typeof value, 'string', `${at}.${key}`);
  }, where);
}

const t = generatedApp({ launches: 800, seed: 2, anchor: ANCHOR });

for (const [path, spec] of Object.entries(ROUTES)) {
  describe(`/2.0.0/${path}/ on generated data`, () => {
    for (const [mode, keys] of Object.entries(spec.modes)) {
      test(`mode=${mode || '(default)'} answers with exactly the 2.0.0 keys`, async () => {
        const res = await t.get(`/2.0.0/${path}/?format=json&limit=20${mode ? `&mode=${mode}` : ''}`);
        assert.equal(res.status, 200);
        assert.deepStrictEqual(Object.keys(res.body), ['count', 'next', 'previous', 'results']);
        assert.ok(res.body.results.length > 0, `${path} has results`);
        for (const o of res.body.results) assert.deepStrictEqual(Object.keys(o), keys);
        checkLegacy(res.body.results, path);
      });
    }

    test('{id} answers with the detailed keys, and 404 for an unknown id', async () => {
      const list = await t.get(`/2.0.0/${path}/?format=json&limit=5`);
      for (const o of list.body.results.slice(0, 3)) {
        const res = await t.get(`/2.0.0/${path}/${o.id}/?format=json`);
        assert.equal(res.status, 200);
        assert.deepStrictEqual(Object.keys(res.body), spec.detail);
        assert.equal(res.body.id, o.id);
        checkLegacy(res.body, `${path}/${o.id}`);
      }
      const missing = await t.get(`/2.0.0/${path}/987654321/?format=json`);
      assert.equal(missing.status, 404);
    });
  });
}

describe('2.0.0 agencies, pads and events: value conventions', () => {
  test('agency type is a string', async () => {
    const res = await t.get('/2.0.0/agencies/?format=json&limit=50');
    assert.ok(res.body.results.every((a: any) => a.type === null || typeof a.type === 'string'));
    assert.ok(res.body.results.some((a: any) => typeof a.type === 'string'));
  });
  test('upcoming and previous events split at now', async () => {
    const up = await t.get('/2.0.0/event/upcoming/?format=json&limit=100');
    const prev = await t.get('/2.0.0/event/previous/?format=json&limit=100');
    const all = await t.get('/2.0.0/event/?format=json&limit=1');
    assert.ok(up.body.count > 0 && prev.body.count > 0);
    assert.ok(up.body.count + prev.body.count >= all.body.count);
    const cut = ANCHOR.getTime() - 86400000;
    assert.ok(up.body.results.every((e: any) => Date.parse(e.date) >= cut));
    assert.ok(prev.body.results.every((e: any) => Date.parse(e.date) <= ANCHOR.getTime()));
    const dates = prev.body.results.map((e: any) => Date.parse(e.date));
    assert.deepStrictEqual(dates, [...dates].sort((a: number, b: number) => b - a));
  });
});

describe('2.0.0 filters, search and ordering', () => {
  const count = async (q: string) => {
    const res = await t.get(`${q}${q.includes('?') ? '&' : '?'}format=json&limit=100`);
    assert.equal(res.status, 200, q);
    return res.body;
  };
  /** `path` filtered by `param` = the first object's `key` id: some but not all objects, each with that id. Returns the unfiltered page. */
  const assertNarrowsById = async (path: string, param: string, key = param) => {
    const all = await count(path);
    const id = all.results[0][key].id;
    const some = await count(`${path}?${param}=${id}`);
    assert.ok(some.count > 0 && some.count < all.count, `${path}?${param}=${id}: ${some.count} of ${all.count}`);
    assert.ok(some.results.every((o: any) => o[key].id === id), `${path}?${param}=${id}`);
    return all;
  };

  test('agencies: featured, search, ordering', async () => {
    const all = await count('/2.0.0/agencies/');
    const featured = await count('/2.0.0/agencies/?featured=true');
    assert.ok(featured.count > 0 && featured.count < all.count);
    assert.ok(featured.results.every((a: any) => a.featured === true));
    const name = all.results[0].name as string;
    const found = await count(`/2.0.0/agencies/?search=${encodeURIComponent(name)}`);
    assert.ok(found.count >= 1 && found.count < all.count);
    // the database's collation decides the order; descending is ascending reversed, and differs from by id
    const asc = (await count('/2.0.0/agencies/?ordering=name')).results.map((a: any) => a.name);
    const desc = (await count('/2.0.0/agencies/?ordering=-name')).results.map((a: any) => a.name);
    const last = (await count(`/2.0.0/agencies/?ordering=name&offset=${all.count - 1}`)).results.map((a: any) => a.name);
    assert.equal(desc[0], last[0]);
    assert.notDeepStrictEqual(asc, all.results.map((a: any) => a.name));
  });

  test('spacecraft: status and spacecraft_config', async () => {
    const all = await assertNarrowsById('/2.0.0/spacecraft/', 'spacecraft_config');
    const status = all.results[0].status.id;
    const byStatus = await count(`/2.0.0/spacecraft/?status=${status}`);
    assert.ok(byStatus.results.every((s: any) => s.status.id === status));
  });

  test('spacecraft/flight: spacecraft filter', async () => {
    await assertNarrowsById('/2.0.0/spacecraft/flight/', 'spacecraft');
  });

  test('pad: location__id; location: search', async () => {
    await assertNarrowsById('/2.0.0/pad/', 'location__id', 'location');
    const locations = await count('/2.0.0/location/');
    const hit = await count(`/2.0.0/location/?search=${encodeURIComponent(locations.results[0].name)}`);
    assert.ok(hit.count >= 1 && hit.count < locations.count);
  });

  test('launcher: flight_proven; config/launcher: invalid value is 400', async () => {
    const all = await count('/2.0.0/launcher/');
    const proven = await count('/2.0.0/launcher/?flight_proven=true');
    assert.ok(proven.count < all.count);
    assert.ok(proven.results.every((l: any) => l.flight_proven === true));
    const bad = await t.get('/2.0.0/config/launcher/?launch_library_id=abc&format=json');
    assert.equal(bad.status, 400);
  });

  test('astronaut: status filter and ordering', async () => {
    const all = await assertNarrowsById('/2.0.0/astronaut/', 'status');
    const asc = (await count('/2.0.0/astronaut/?ordering=name')).results.map((a: any) => a.name);
    const desc = (await count('/2.0.0/astronaut/?ordering=-name')).results.map((a: any) => a.name);
    assert.equal(asc.length, Math.min(all.count, 100));
    if (all.count <= 100) assert.deepStrictEqual(desc, [...asc].reverse());
    else assert.notDeepStrictEqual(asc, desc);
  });
});
