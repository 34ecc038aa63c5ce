import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { detectFromUrl } from '../../src/ingest/detect.ts';
import { resources } from '../../src/resources/index.ts';
import { generatedApp, importedApp, type TestApp } from '../support/app.ts';
import { eachKey, jsonDifferences } from '../support/json-diff.ts';

/**
 * LL2 2.1.0 (served November 2020 to February 2021, still called by clients such as nextinspace):
 * every route answers on generated data, each object has the keys of the real 2.1.0 responses in
 * test/fixtures/real/2.1.0/ (taken from the files, not retyped), the shapes no 2.1.0 capture shows
 * are 2.0.0's, nothing of 2.2.0/2.3.0 leaks in, and a real client's requests work as it sends them.
 */

const ANCHOR = new Date('2026-11-01T00:00:00Z');
const REAL = new URL('../fixtures/real/2.1.0/', import.meta.url);
const real = (name: string): any => JSON.parse(readFileSync(new URL(name, REAL), 'utf8'));
const keysOf = (o: any): string[] => Object.keys(o);
const k = (s: string) => s.trim().split(/\s+/);

const launchPage = real('launch-upcoming-2021-01.json');
const launch = launchPage.results[0];
const withProgram = launchPage.results.find((l: any) => l.program.length > 0);
const eventPage = real('event-list-2021.json');
const expeditionPage = real('expedition-list-2021.json');
const dockingPage = real('docking-event-list-2021.json');

/** The 2.1.0 models: from the real responses where one shows them, else 2.0.0's (src/serialize/v2.1.0/shapes.ts). */
const M = {
  // real 2.1.0
  LaunchNormal: keysOf(launch),
  LaunchStatus: keysOf(launch.status),
  AgencyMini: keysOf(launch.launch_service_provider),
  Rocket: keysOf(launch.rocket),
  LauncherConfigList: keysOf(launch.rocket.configuration),
  Mission: keysOf(launch.mission),
  Pad: keysOf(launch.pad),
  Location: keysOf(launch.pad.location),
  Program: keysOf(withProgram.program[0]),
  Agency: keysOf(real('agencies-list-2021.json').results[0]),
  Astronaut: keysOf(real('astronaut-list-2021.json').results[0]),
  DockingEvent: keysOf(dockingPage.results[0]),
  DockingFlightVehicle: keysOf(dockingPage.results[0].flight_vehicle),
  Event: keysOf(eventPage.results[0]),
  Expedition: keysOf(expeditionPage.results[0]),
  ExpeditionStation: keysOf(expeditionPage.results[0].spacestation),
  Launcher: keysOf(real('launcher-list-2021.json').results[0]),
  // the Starship dashboard of 2.1.0 (colbad2/LaunchList Data/starshipTests.json, 2021-01): no updates, no orbiters
  StarshipDashboard: k('upcoming previous live_streams road_closures notices vehicles'),
  // 2.0.0's, where no 2.1.0 capture shows the shape
  LaunchDetailed: k(
    'id url launch_library_id slug name status net window_end window_start inhold tbdtime tbddate probability holdreason failreason ' +
      'hashtag launch_service_provider rocket mission pad infoURLs vidURLs webcast_live image infographic program ' +
      'orbital_launch_attempt_count location_launch_attempt_count pad_launch_attempt_count agency_launch_attempt_count ' +
      'orbital_launch_attempt_count_year location_launch_attempt_count_year pad_launch_attempt_count_year agency_launch_attempt_count_year',
  ),
  AgencyDetailed: k(
    'id url name featured type country_code abbrev description administrator founding_year launchers spacecraft launch_library_url ' +
      'total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches consecutive_successful_landings ' +
      'successful_landings failed_landings attempted_landings info_url wiki_url logo_url image_url nation_url launcher_list spacecraft_list',
  ),
  AstronautDetailed: k(
    'id url name type status agency date_of_birth date_of_death nationality twitter instagram bio profile_image wiki last_flight first_flight flights landings',
  ),
  LauncherConfigDetailed: k(
    'id launch_library_id url name description family full_name manufacturer program variant alias min_stage max_stage length diameter ' +
      'maiden_flight launch_mass leo_capacity gto_capacity to_thrust apogee vehicle_range image_url info_url wiki_url total_launch_count ' +
      'consecutive_successful_launches successful_launches failed_launches pending_launches',
  ),
  SpacecraftConfigMini: k('id url name type agency in_use image_url'),
  SpacecraftConfig: k(
    'id url name type agency in_use capability history details maiden_flight height diameter human_rated crew_capacity payload_capacity ' +
      'flight_life image_url nation_url wiki_link info_link',
  ),
  DockingEventDetailed: k('id url launch_id docking departure flight_vehicle docking_location space_station'),
  ExpeditionDetailed: k('id url name start end spacestation crew'),
  LauncherDetailed: k('id url details flight_proven serial_number status image_url successful_landings attempted_landings flights last_launch_date first_launch_date launcher_config'),
  LocationDetailed: k('id url name country_code map_image total_launch_count total_landing_count pads'),
  Spacecraft: k('id url name serial_number status description spacecraft_config'),
  SpacecraftFlight: k('id url destination mission_end spacecraft launch'),
  SpacecraftFlightDetailed: k('id url mission_end destination launch_crew onboard_crew landing_crew spacecraft launch docking_events'),
  SpaceStation: k('id url name status founded description orbit image_url'),
  SpaceStationDetailed: k(
    'id url name status type founded deorbited description orbit owners active_expeditions height width mass volume image_url onboard_crew ' +
      'docked_vehicles docking_location',
  ),
  // config lookups
  IdName: k('id name'),
  AstronautRole: k('id role priority'),
  LandingLocation: k('id name abbrev description location successful_landings'),
  LandingType: k('id name abbrev description'),
  Orbit: k('id name abbrev'),
};
type Model = keyof typeof M;

/** Every 2.1.0 list path: [path, model of list items, model of `{id}`]. */
const LISTS: [string, Model, Model][] = [
  ['agencies', 'Agency', 'AgencyDetailed'],
  ['astronaut', 'Astronaut', 'AstronautDetailed'],
  ['config/agencytype', 'IdName', 'IdName'],
  ['config/astronautrole', 'AstronautRole', 'AstronautRole'],
  ['config/astronautstatus', 'IdName', 'IdName'],
  ['config/astronauttype', 'IdName', 'IdName'],
  ['config/dockinglocation', 'IdName', 'IdName'],
  ['config/eventtype', 'IdName', 'IdName'],
  ['config/firststagetype', 'IdName', 'IdName'],
  ['config/landinglocation', 'LandingLocation', 'LandingLocation'],
  ['config/landingtype', 'LandingType', 'LandingType'],
  ['config/launcher', 'LauncherConfigList', 'LauncherConfigDetailed'],
  ['config/launchstatus', 'LaunchStatus', 'LaunchStatus'],
  ['config/missiontype', 'IdName', 'IdName'],
  ['config/noticetype', 'IdName', 'IdName'],
  ['config/orbit', 'Orbit', 'Orbit'],
  ['config/roadclosurestatus', 'IdName', 'IdName'],
  ['config/spacecraft', 'SpacecraftConfigMini', 'SpacecraftConfig'],
  ['config/spacecraftstatus', 'IdName', 'IdName'],
  ['config/spacestationstatus', 'IdName', 'IdName'],
  ['docking_event', 'DockingEvent', 'DockingEventDetailed'],
  ['event', 'Event', 'Event'],
  ['event/previous', 'Event', 'Event'],
  ['event/upcoming', 'Event', 'Event'],
  ['expedition', 'Expedition', 'ExpeditionDetailed'],
  ['launch', 'LaunchNormal', 'LaunchDetailed'],
  ['launch/previous', 'LaunchNormal', 'LaunchDetailed'],
  ['launch/upcoming', 'LaunchNormal', 'LaunchDetailed'],
  ['launcher', 'Launcher', 'LauncherDetailed'],
  ['location', 'Location', 'LocationDetailed'],
  ['pad', 'Pad', 'Pad'],
  ['program', 'Program', 'Program'],
  ['spacecraft', 'Spacecraft', 'Spacecraft'],
  ['spacecraft/flight', 'SpacecraftFlight', 'SpacecraftFlightDetailed'],
  ['spacestation', 'SpaceStation', 'SpaceStationDetailed'],
];

/** Keys 2.1.0 never sent: those of 2.3.0 and those 2.2.0 added (NET precision, patches, spacewalks, updates...). */
const LATER_KEYS = ['response_mode', 'net_precision', 'last_updated', 'mission_patches', 'spacewalks', 'updates', 'orbiters', 'is_placeholder',
  'timezone_name', 'social_media_links', 'families', 'image_license', 'thumbnail_url', 'r_spacex_api_id', 'flightclub_url'];

function keysDeep(v: unknown): Set<string> {
  const out = new Set<string>();
  eachKey(v, (key) => out.add(key));
  return out;
}

async function ok(t: TestApp, path: string): Promise<any> {
  const res = await t.get(path);
  assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 300)}`);
  return res.body;
}

/** A GET as `requests` sends it: a 301 (the missing slash) is followed, as the client follows it. */
async function follow(t: TestApp, path: string): Promise<{ status: number; body: any; hops: string[] }> {
  const hops = [path];
  let res = await t.get(path);
  while (res.status === 301 && hops.length < 5) {
    const to = new URL(String(res.headers.location), 'http://localhost');
    hops.push(to.pathname + to.search);
    res = await t.get(to.pathname + to.search);
  }
  return { status: res.status, body: res.body, hops };
}

describe('2.1.0 routes and model keys (generated data)', () => {
  const t = generatedApp({ launches: 600, seed: 3, anchor: ANCHOR });

  test('the declared 2.1.0 routes are exactly these lists and the dashboard', () => {
    const declared = resources.filter((r) => r.version === '2.1.0').map((r) => r.path).sort();
    assert.deepEqual(declared, [...LISTS.map(([p]) => p), 'dashboard/starship'].sort());
  });

  for (const [path, listModel, detailModel] of LISTS) {
    test(`/2.1.0/${path}/: items are ${listModel}, {id} is ${detailModel}`, async () => {
      const page = await ok(t, `/2.1.0/${path}/?limit=5`);
      assert.deepEqual(Object.keys(page), ['count', 'next', 'previous', 'results']);
      assert.ok(page.results.length > 0, `${path} has rows in the generated data`);
      for (const item of page.results) assert.deepEqual(Object.keys(item), M[listModel], `${path} list item`);
      const detail = await ok(t, `/2.1.0/${path}/${page.results[0].id}/`);
      assert.deepEqual(Object.keys(detail), M[detailModel], `${path} {id}`);
      const deep = keysDeep([page, detail]);
      for (const key of LATER_KEYS) assert.ok(!deep.has(key), `${path}: no later key ${key}`);
      for (const url of [detail.url, ...page.results.map((r: any) => r.url)].filter(Boolean)) assert.match(url, /\/2\.1\.0\//);
    });
  }

  test('unknown ids are 404 {"detail": "Not found."}', async () => {
    for (const [path] of LISTS) {
      const id = path.startsWith('launch') ? '00000000-0000-0000-0000-000000000000' : '987654321';
      const res = await t.get(`/2.1.0/${path}/${id}/`);
      assert.equal(res.status, 404, path);
      assert.deepEqual(res.body, { detail: 'Not found.' });
    }
  });

  test('/2.1.0/dashboard/starship/ is the 2.1.0 dashboard', async () => {
    const body = await ok(t, '/2.1.0/dashboard/starship/');
    assert.deepEqual(Object.keys(body), M.StarshipDashboard);
    assert.deepEqual(Object.keys(body.upcoming), ['launches', 'events']);
    for (const l of [...body.upcoming.launches, ...body.previous.launches]) assert.deepEqual(Object.keys(l), M.LaunchNormal);
    for (const e of [...body.upcoming.events, ...body.previous.events]) assert.deepEqual(Object.keys(e), M.Event);
    for (const v of body.vehicles) assert.deepEqual(Object.keys(v), M.Launcher);
    for (const key of LATER_KEYS) assert.ok(!keysDeep(body).has(key), `no later key ${key}`);
  });

  test('nested 2.1.0 models: launch status with abbrev/description, 2.0.0 launch fields, events, expeditions, docking events', async () => {
    for (const mode of ['normal', 'detailed']) {
      const page = await ok(t, `/2.1.0/launch/?limit=20&mode=${mode}`);
      for (const l of page.results) {
        assert.deepEqual(Object.keys(l.status), M.LaunchStatus);
        assert.equal(typeof l.inhold, 'boolean');
        assert.deepEqual(Object.keys(l.rocket.configuration), mode === 'normal' ? M.LauncherConfigList : M.LauncherConfigDetailed);
        if (l.mission) assert.deepEqual(Object.keys(l.mission), M.Mission);
        assert.deepEqual(Object.keys(l.pad), M.Pad);
        assert.deepEqual(Object.keys(l.pad.location), M.Location);
        for (const p of l.program) assert.deepEqual(Object.keys(p), M.Program);
        if (mode === 'normal') assert.deepEqual(Object.keys(l.launch_service_provider), M.AgencyMini);
      }
    }
    const events = await ok(t, '/2.1.0/event/?limit=50');
    let nested = 0;
    for (const e of events.results) {
      for (const l of e.launches) {
        nested++;
        assert.deepEqual(Object.keys(l), M.LaunchNormal);
      }
      for (const x of e.expeditions) assert.deepEqual(Object.keys(x), M.Expedition);
    }
    assert.ok(nested > 0, 'some events nest launches');
    const expeditions = await ok(t, '/2.1.0/expedition/?limit=20');
    for (const e of expeditions.results) if (e.spacestation) assert.deepEqual(Object.keys(e.spacestation), M.ExpeditionStation);
    const docking = await ok(t, '/2.1.0/docking_event/?limit=20');
    const vehicles = docking.results.filter((d: any) => d.flight_vehicle);
    assert.ok(vehicles.length > 0, 'some docking events name their chaser');
    for (const d of vehicles) assert.deepEqual(Object.keys(d.flight_vehicle), M.DockingFlightVehicle);
  });

  test('a launch reads the same in 2.1.0 as in 2.0.0, but for its status', async () => {
    const v210 = await ok(t, '/2.1.0/launch/?limit=10&mode=detailed');
    const v200 = await ok(t, '/2.0.0/launch/?limit=10&mode=detailed');
    const to200 = (s: string) => s.replaceAll('/2.1.0/', '/2.0.0/');
    for (const [i, l] of v210.results.entries()) {
      const same = JSON.parse(to200(JSON.stringify({ ...l, status: null })));
      assert.deepEqual(same, { ...v200.results[i], status: null });
      // 2.0.0 shows the short form as `name`; 2.1.0 names the status in full and adds the short form
      assert.equal(v200.results[i].status.name, l.status.id === 9 ? 'In Flight' : l.status.abbrev);
    }
  });

  test('filters, search and ordering are 2.2.0’s', async () => {
    const all = await ok(t, '/2.1.0/launch/?limit=100');
    const first = all.results[0];
    const byStatus = await ok(t, `/2.1.0/launch/?limit=100&status__ids=${first.status.id}`);
    assert.ok(byStatus.count > 0 && byStatus.count < all.count);
    assert.ok(byStatus.results.every((l: any) => l.status.id === first.status.id));
    const desc = await ok(t, '/2.1.0/launch/previous/?limit=20&ordering=-net');
    const nets = desc.results.map((l: any) => l.net);
    assert.deepEqual([...nets].sort().reverse(), nets);
    const bad = await t.get('/2.1.0/launch/?net__gte=yesterday');
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body), ['net__gte']);
  });

  test('nextinspace: `/2.1.0/launch?limit=&net__gte=` and `/2.1.0/event/upcoming?limit=`, then the launcher configuration', async () => {
    const launches = await follow(t, '/2.1.0/launch?limit=5&net__gte=2026-11-01T00:00:00Z');
    assert.equal(launches.status, 200);
    assert.deepEqual(launches.hops, ['/2.1.0/launch?limit=5&net__gte=2026-11-01T00:00:00Z', '/2.1.0/launch/?limit=5&net__gte=2026-11-01T00:00:00Z']);
    assert.equal(launches.body.results.length, 5);
    for (const l of launches.body.results) {
      assert.ok(l.net >= '2026-11-01T00:00:00Z');
      assert.equal(typeof l.name, 'string');
      const config = await follow(t, new URL(l.rocket.configuration.url).pathname);
      assert.equal(config.status, 200);
      for (const key of ['full_name', 'leo_capacity', 'gto_capacity', 'to_thrust', 'launch_mass', 'max_stage', 'length', 'successful_launches',
        'consecutive_successful_launches', 'failed_launches', 'maiden_flight']) assert.ok(key in config.body, key);
    }
    const events = await follow(t, '/2.1.0/event/upcoming?limit=3');
    assert.equal(events.status, 200);
    assert.equal(events.hops.at(-1), '/2.1.0/event/upcoming/?limit=3');
    assert.ok(events.body.results.length > 0 && events.body.results.length <= 3);
    for (const e of events.body.results) {
      assert.ok(e.date >= '2026-10-31T00:00:00Z');
      for (const key of ['name', 'location', 'date', 'description']) assert.ok(key in e, key);
      assert.equal(typeof e.type.name, 'string');
    }
  });

  test('the browsable page of a 2.1.0 list', async () => {
    const res = await t.get('/2.1.0/launch/upcoming/?format=api&limit=2');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.text, /<h1>Launch List<\/h1>/);
    assert.match(res.text, /\/2\.1\.0\/launch\/upcoming\//);
  });
});

describe('a real 2.1.0 page imported alone reads back equal, and serves nextinspace', () => {
  test('2.1.0 objects are recognised as 2.1.0 by their url', () => {
    assert.deepEqual(detectFromUrl(launch.url), { version: '2.1.0', entity: 'launch' });
    assert.deepEqual(detectFromUrl(launch.rocket.configuration.url), { version: '2.1.0', entity: 'launcher_config' });
    assert.deepEqual(detectFromUrl(dockingPage.results[0].flight_vehicle.url), { version: '2.1.0', entity: 'spacecraft_flight' });
  });

  test('launch/upcoming page of January 2021 (normal mode)', async () => {
    const t = await importedApp([launchPage], { publicBaseUrl: 'https://ll.thespacedevs.com', now: new Date('2021-01-23T00:00:00Z') });
    try {
      const back = await ok(t, '/2.1.0/launch/upcoming/?hide_recent_previous=false&limit=10');
      assert.equal(back.count, launchPage.results.length);
      const byId = new Map(back.results.map((l: any) => [l.id, l]));
      for (const l of launchPage.results) assert.deepEqual(jsonDifferences(l, byId.get(l.id)), [], l.name);
      // nextinspace asks the base list from now on, without the slash
      const next = await follow(t, '/2.1.0/launch?limit=3&net__gte=2021-01-25T00:00:00Z');
      assert.equal(next.status, 200);
      const expected = launchPage.results.filter((l: any) => l.net >= '2021-01-25T00:00:00Z').slice(0, 3);
      assert.deepEqual(next.body.results.map((l: any) => l.id), expected.map((l: any) => l.id));
      for (const l of next.body.results) assert.deepEqual(jsonDifferences(launchPage.results.find((s: any) => s.id === l.id), l), [], l.name);
    } finally {
      await t.close();
    }
  });
});
