import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generatedApp } from '../support/app.ts';
import { eachKey } from '../support/json-diff.ts';

/**
 * The 2.2.0 surface (reference/2.2.0-endpoints.md) on generated data: every route answers, each object
 * has exactly the keys of its 2.2.0 model (field lists of the client generated from LL2's official
 * 2.2.0 document, snake_cased as the API sends them), unknown ids are 404, filters select, and a
 * launch reads the same in 2.2.0 and 2.3.0.
 */

const ANCHOR = new Date('2026-11-01T00:00:00Z');

const k = (s: string) => s.trim().split(/\s+/);

/**
 * The 2.2.0 models, key order as the 2.2.0 document lists them, with the keys LL2 added to 2.2.0 since
 * (as its 2024-2025 responses show them, test/fixtures/real/2.2.0/): launcher configurations' landing
 * counts, pads' and locations' `description`, programs' `type`, detailed launches' `weather_concerns`,
 * `timeline`, `pad_turnaround`, `type` and full mission, info and video links, a landing's
 * `downrange_distance`, a spacecraft's counters, a spacecraft configuration's `payload_return_capacity`.
 */
const M = {
  AgencyType: k('id name'),
  AstronautRole: k('id role priority'),
  AstronautStatus: k('id name'),
  AstronautType: k('id name'),
  DockingLocation: k('id name spacestation'),
  EventType: k('id name'),
  FirstStageType: k('id name'),
  LandingLocation: k('id name abbrev description location successful_landings'),
  LandingType: k('id name abbrev description'),
  LaunchStatus: k('id name abbrev description'),
  MissionType: k('id name'),
  NetPrecision: k('id name abbrev description'),
  NoticeType: k('id name'),
  Orbit: k('id name abbrev'),
  RoadClosureStatus: k('id name'),
  SpacecraftStatus: k('id name'),
  SpaceStationStatus: k('id name'),
  Agency: k('id url name featured type country_code abbrev description administrator founding_year launchers spacecraft parent image_url logo_url'),
  AgencySerializerDetailed: k(
    'id url name featured type country_code abbrev description administrator founding_year launchers spacecraft parent launch_library_url ' +
      'total_launch_count successful_launches consecutive_successful_launches failed_launches pending_launches successful_landings ' +
      'failed_landings attempted_landings consecutive_successful_landings info_url wiki_url logo_url image_url nation_url launcher_list spacecraft_list',
  ),
  AgencySerializerDetailedCommon: k(
    'id url name featured type country_code abbrev description administrator founding_year launchers spacecraft launch_library_url ' +
      'total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches consecutive_successful_landings ' +
      'successful_landings failed_landings attempted_landings info_url wiki_url logo_url image_url nation_url',
  ),
  AgencySerializerMini: k('id url name type'),
  AstronautNormal: k(
    'id url name status type in_space time_in_space eva_time age date_of_birth date_of_death nationality bio twitter instagram wiki agency ' +
      'profile_image profile_image_thumbnail flights_count landings_count spacewalks_count last_flight first_flight',
  ),
  AstronautDetailed: k(
    'id url name status type in_space time_in_space eva_time agency age date_of_birth date_of_death nationality twitter instagram bio ' +
      'profile_image profile_image_thumbnail wiki flights landings flights_count landings_count spacewalks_count last_flight first_flight spacewalks',
  ),
  LauncherConfig: k('id url name manufacturer program family full_name variant reusable image_url info_url wiki_url'),
  LauncherConfigDetail: k(
    'id url name active reusable description family full_name manufacturer program variant alias min_stage max_stage length diameter ' +
      'maiden_flight launch_cost launch_mass leo_capacity gto_capacity to_thrust apogee vehicle_range image_url info_url wiki_url ' +
      'total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches ' +
      'attempted_landings successful_landings failed_landings consecutive_successful_landings',
  ),
  SpacecraftConfiguration: k('id url name agency in_use capability maiden_flight human_rated crew_capacity image_url nation_url wiki_link info_link'),
  SpacecraftConfigurationDetail: k(
    'id url name type agency in_use capability history details maiden_flight height diameter human_rated crew_capacity payload_capacity ' +
      'payload_return_capacity flight_life image_url nation_url wiki_link info_link',
  ),
  StarshipDashboard: k('updates upcoming previous road_closures notices live_streams vehicles orbiters'),
  DockingEvent: k('id url launch_id docking departure flight_vehicle docking_location'),
  DockingEventDetailed: k('id url launch_id docking departure flight_vehicle docking_location space_station'),
  // as the real capture test/fixtures/real/2.2.0/event-list-item-2024-03.json shows them
  Events: k(
    'id url slug name updates last_updated type description webcast_live location news_url video_url info_urls vid_urls feature_image ' +
      'date date_precision duration agencies launches expeditions spacestations program',
  ),
  Expedition: k('id url name start end spacestation mission_patches spacewalks'),
  ExpeditionDetail: k('id url name start end spacestation crew mission_patches spacewalks'),
  LaunchSerializerCommon: k(
    'id url slug name status last_updated net window_end window_start net_precision probability weather_concerns holdreason failreason ' +
      'hashtag launch_service_provider rocket mission pad webcast_live image infographic program orbital_launch_attempt_count ' +
      'location_launch_attempt_count pad_launch_attempt_count agency_launch_attempt_count orbital_launch_attempt_count_year ' +
      'location_launch_attempt_count_year pad_launch_attempt_count_year agency_launch_attempt_count_year',
  ),
  LaunchDetailed: k(
    'id url slug flightclub_url r_spacex_api_id name status last_updated updates net net_precision window_end window_start probability ' +
      'weather_concerns holdreason failreason hashtag launch_service_provider rocket mission pad infoURLs vidURLs webcast_live timeline ' +
      'image infographic program orbital_launch_attempt_count location_launch_attempt_count pad_launch_attempt_count ' +
      'agency_launch_attempt_count orbital_launch_attempt_count_year location_launch_attempt_count_year pad_launch_attempt_count_year ' +
      'agency_launch_attempt_count_year pad_turnaround mission_patches type',
  ),
  Launcher: k('id url flight_proven serial_number is_placeholder status details launcher_config image_url flights last_launch_date first_launch_date'),
  LauncherDetail: k(
    'id url flight_proven serial_number is_placeholder status details launcher_config image_url successful_landings attempted_landings ' +
      'flights last_launch_date first_launch_date',
  ),
  Location: k('id url name country_code description map_image timezone_name total_launch_count total_landing_count'),
  LocationDetail: k('id name country_code description map_image timezone_name total_launch_count total_landing_count pads'),
  MissionPatch: k('id name priority image_url agency'),
  Pad: k(
    'id url agency_id name description info_url wiki_url map_url latitude longitude location country_code map_image total_launch_count ' +
      'orbital_launch_attempt_count',
  ),
  Program: k('id url name description agencies image_url start_date end_date info_url wiki_url mission_patches type'),
  Spacecraft: k(
    'id url name serial_number is_placeholder in_space time_in_space time_docked flights_count mission_ends_count status description spacecraft_config',
  ),
  SpacecraftDetailed: k(
    'id url name serial_number is_placeholder in_space time_in_space time_docked flights_count mission_ends_count status description ' +
      'spacecraft_config flights',
  ),
  SpacecraftFlight: k('id url destination mission_end spacecraft launch landing'),
  SpacecraftFlightDetailed: k('id url mission_end destination launch_crew onboard_crew landing_crew spacecraft launch landing docking_events'),
  SpaceStation: k('id url name status type founded deorbited description orbit owners active_expedition image_url'),
  SpaceStationDetailed: k(
    'id url name status type founded deorbited height width mass volume description orbit onboard_crew docked_vehicles owners ' +
      'active_expeditions docking_location image_url',
  ),
  SpacewalkNormal: k('id url name start end duration location crew'),
  SpacewalkDetailed: k('id url name start end duration location crew spacestation expedition spacecraft_flight event program'),
  Update: k('id profile_image comment info_url created_by created_on'),
  Mission: k('id name description launch_designator type orbit'),
  MissionDetailed: k('id name description launch_designator type orbit agencies info_urls vid_urls'),
  InfoURL: k('priority source title description feature_image url type language'),
  VidURL: k('priority source publisher title description feature_image url type language start_time end_time'),
  TimelineEvent: k('type relative_time'),
  RocketSerializerCommon: k('id configuration'),
  RocketDetailed: k('id configuration launcher_stage spacecraft_stage'),
  FirstStage: k('id type reused launcher_flight_number launcher landing previous_flight_date turn_around_time_days previous_flight'),
  LauncherDetailed: k('id url details flight_proven serial_number status image_url successful_landings attempted_landings flights last_launch_date first_launch_date'),
  Landing: k('id attempt success description downrange_distance location type'),
  AstronautFlight: k('id role astronaut'),
  AstronautDetailedSerializerNoFlights: k(
    'id url name type in_space time_in_space status agency date_of_birth date_of_death nationality twitter instagram bio profile_image wiki last_flight first_flight',
  ),
  SpacecraftDetailedNoFlights: k(
    'id url name serial_number is_placeholder in_space time_in_space time_docked flights_count mission_ends_count status description spacecraft_config',
  ),
  SpaceStationSerializerForExpedition: k('id url name status orbit image_url'),
  SpacewalkList: k('id url name start end duration location'),
  PadSerializerNoLocation: k('id url agency_id name description info_url wiki_url map_url latitude longitude country_code map_image total_launch_count'),
};
type Model = keyof typeof M;

/** Every 2.2.0 list path: [path, model of list items, model of `{id}`]. */
const LISTS: [string, Model, Model][] = [
  ['agencies', 'Agency', 'AgencySerializerDetailed'],
  ['astronaut', 'AstronautNormal', 'AstronautDetailed'],
  ['config/agencytype', 'AgencyType', 'AgencyType'],
  ['config/astronautrole', 'AstronautRole', 'AstronautRole'],
  ['config/astronautstatus', 'AstronautStatus', 'AstronautStatus'],
  ['config/astronauttype', 'AstronautType', 'AstronautType'],
  ['config/dockinglocation', 'DockingLocation', 'DockingLocation'],
  ['config/eventtype', 'EventType', 'EventType'],
  ['config/firststagetype', 'FirstStageType', 'FirstStageType'],
  ['config/landinglocation', 'LandingLocation', 'LandingLocation'],
  ['config/landingtype', 'LandingType', 'LandingType'],
  ['config/launcher', 'LauncherConfig', 'LauncherConfigDetail'],
  ['config/launchstatus', 'LaunchStatus', 'LaunchStatus'],
  ['config/missiontype', 'MissionType', 'MissionType'],
  ['config/netprecision', 'NetPrecision', 'NetPrecision'],
  ['config/noticetype', 'NoticeType', 'NoticeType'],
  ['config/orbit', 'Orbit', 'Orbit'],
  ['config/roadclosurestatus', 'RoadClosureStatus', 'RoadClosureStatus'],
  ['config/spacecraft', 'SpacecraftConfiguration', 'SpacecraftConfigurationDetail'],
  ['config/spacecraftstatus', 'SpacecraftStatus', 'SpacecraftStatus'],
  ['config/spacestationstatus', 'SpaceStationStatus', 'SpaceStationStatus'],
  ['docking_event', 'DockingEvent', 'DockingEventDetailed'],
  ['event', 'Events', 'Events'],
  ['event/previous', 'Events', 'Events'],
  ['event/upcoming', 'Events', 'Events'],
  ['expedition', 'Expedition', 'ExpeditionDetail'],
  ['launch', 'LaunchSerializerCommon', 'LaunchDetailed'],
  ['launch/previous', 'LaunchSerializerCommon', 'LaunchDetailed'],
  ['launch/upcoming', 'LaunchSerializerCommon', 'LaunchDetailed'],
  ['launcher', 'Launcher', 'LauncherDetail'],
  ['location', 'Location', 'LocationDetail'],
  ['mission_patch', 'MissionPatch', 'MissionPatch'],
  ['pad', 'Pad', 'Pad'],
  ['program', 'Program', 'Program'],
  ['spacecraft', 'Spacecraft', 'SpacecraftDetailed'],
  ['spacecraft/flight', 'SpacecraftFlight', 'SpacecraftFlightDetailed'],
  ['spacestation', 'SpaceStation', 'SpaceStationDetailed'],
  ['spacewalks', 'SpacewalkNormal', 'SpacewalkDetailed'],
  ['updates', 'Update', 'Update'],
];

/** Keys that exist only in 2.3.0 and must never show in a 2.2.0 body, at any depth. */
const ONLY_230 = ['response_mode', 'social_media_links', 'celestial_body', 'families', 'image_license', 'thumbnail_url'];

function keysDeep(v: unknown): Set<string> {
  const out = new Set<string>();
  eachKey(v, (key) => out.add(key));
  return out;
}

const t = generatedApp({ launches: 800, seed: 2, anchor: ANCHOR });

async function ok(path: string): Promise<any> {
  const res = await t.get(path);
  assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 300)}`);
  return res.body;
}

describe('2.2.0 routes and model keys', () => {
  for (const [path, listModel, detailModel] of LISTS) {
    test(`/2.2.0/${path}/: items are ${listModel}, {id} is ${detailModel}`, async () => {
      const page = await ok(`/2.2.0/${path}/?limit=5`);
      assert.deepEqual(Object.keys(page), ['count', 'next', 'previous', 'results']);
      assert.ok(page.results.length > 0, `${path} has rows in the generated data`);
      for (const item of page.results) assert.deepEqual(Object.keys(item), M[listModel], `${path} list item`);
      const detail = await ok(`/2.2.0/${path}/${page.results[0].id}/`);
      assert.deepEqual(Object.keys(detail), M[detailModel], `${path} {id}`);
      const deep = keysDeep([page, detail]);
      for (const key of ONLY_230) assert.ok(!deep.has(key), `${path}: no 2.3.0-only key ${key}`);
      if ('url' in detail && detail.url) assert.match(detail.url, new RegExp(`/2\\.2\\.0/`));
    });
  }

  test('/2.2.0/dashboard/starship/ is one StarshipDashboard object', async () => {
    const body = await ok('/2.2.0/dashboard/starship/');
    assert.deepEqual(Object.keys(body), M.StarshipDashboard);
    assert.deepEqual(Object.keys(body.upcoming), ['launches', 'events']);
    assert.ok(!keysDeep(body).has('response_mode'));
  });

  test('unknown ids are 404', async () => {
    for (const [path] of LISTS) {
      const id = path.startsWith('launch') ? '00000000-0000-0000-0000-000000000000' : '987654321';
      const res = await t.get(`/2.2.0/${path}/${id}/`);
      assert.equal(res.status, 404, path);
    }
  });

  test('nested 2.2.0 models: launch status, agency type string, string images, rocket, mission, pad', async () => {
    const page = await ok('/2.2.0/launch/?limit=20&mode=detailed');
    for (const l of page.results) {
      assert.deepEqual(Object.keys(l), M.LaunchDetailed);
      assert.deepEqual(Object.keys(l.status), M.LaunchStatus);
      assert.deepEqual(Object.keys(l.launch_service_provider), M.AgencySerializerDetailedCommon);
      assert.ok(l.launch_service_provider.type === null || typeof l.launch_service_provider.type === 'string');
      assert.ok(l.image === null || typeof l.image === 'string');
      assert.deepEqual(Object.keys(l.rocket), M.RocketDetailed);
      if (l.mission) assert.deepEqual(Object.keys(l.mission), M.MissionDetailed);
      for (const a of l.mission?.agencies ?? []) assert.deepEqual(Object.keys(a), M.AgencySerializerDetailedCommon);
      for (const u of [...l.infoURLs, ...(l.mission?.info_urls ?? [])]) assert.deepEqual(Object.keys(u), M.InfoURL);
      for (const u of [...l.vidURLs, ...(l.mission?.vid_urls ?? [])]) assert.deepEqual(Object.keys(u), M.VidURL);
      for (const e of l.timeline) assert.deepEqual(Object.keys(e), M.TimelineEvent);
      assert.equal(l.type, 'detailed');
      assert.deepEqual(Object.keys(l.pad), M.Pad);
      assert.ok(l.pad.latitude === null || typeof l.pad.latitude === 'string');
      assert.deepEqual(Object.keys(l.pad.location), M.Location);
    }
    const normal = await ok('/2.2.0/launch/?limit=5');
    for (const l of normal.results) {
      if (l.mission) assert.deepEqual(Object.keys(l.mission), M.Mission);
      assert.deepEqual(Object.keys(l.launch_service_provider), M.AgencySerializerMini);
      assert.deepEqual(Object.keys(l.rocket), M.RocketSerializerCommon);
    }
    const agencies = await ok('/2.2.0/agencies/?limit=50');
    assert.ok(agencies.results.some((a: any) => typeof a.type === 'string'));
    assert.ok(agencies.results.every((a: any) => a.founding_year === null || typeof a.founding_year === 'string'));
  });

  test('nested models of spacecraft flights, expeditions, locations and first stages', async () => {
    const flights = await ok('/2.2.0/spacecraft/flight/?limit=100');
    let crew = 0;
    for (const f of flights.results) {
      const d = await ok(`/2.2.0/spacecraft/flight/${f.id}/`);
      assert.deepEqual(Object.keys(d.spacecraft), M.SpacecraftDetailedNoFlights);
      assert.deepEqual(Object.keys(d.spacecraft.spacecraft_config), M.SpacecraftConfigurationDetail);
      if (d.launch) assert.deepEqual(Object.keys(d.launch), M.LaunchSerializerCommon);
      for (const c of [...d.launch_crew, ...d.onboard_crew, ...d.landing_crew]) {
        crew++;
        assert.deepEqual(Object.keys(c), M.AstronautFlight);
        assert.deepEqual(Object.keys(c.role), M.AstronautRole);
        assert.deepEqual(Object.keys(c.astronaut), M.AstronautDetailedSerializerNoFlights);
      }
    }
    assert.ok(crew > 0, 'some flights have crew');
    const expeditions = await ok('/2.2.0/expedition/?limit=20');
    for (const e of expeditions.results) {
      if (e.spacestation) assert.deepEqual(Object.keys(e.spacestation), M.SpaceStationSerializerForExpedition);
      for (const w of e.spacewalks) assert.deepEqual(Object.keys(w), M.SpacewalkList);
      for (const p of e.mission_patches) assert.deepEqual(Object.keys(p), M.MissionPatch);
    }
    const locations = await ok('/2.2.0/location/?limit=1');
    const loc = await ok(`/2.2.0/location/${locations.results[0].id}/`);
    for (const p of loc.pads) assert.deepEqual(Object.keys(p), M.PadSerializerNoLocation);
    const launches = await ok('/2.2.0/launch/previous/?limit=50&mode=detailed');
    let stages = 0;
    for (const l of launches.results) {
      for (const st of l.rocket.launcher_stage) {
        stages++;
        assert.deepEqual(Object.keys(st), M.FirstStage);
        if (st.launcher) assert.deepEqual(Object.keys(st.launcher), M.LauncherDetailed);
        if (st.landing) {
          assert.deepEqual(Object.keys(st.landing), M.Landing);
          if (st.landing.location) assert.deepEqual(Object.keys(st.landing.location), M.LandingLocation);
        }
      }
    }
    assert.ok(stages > 0, 'some launches have first stages');
  });

  test('launch modes: list is flat, normal the default, detailed the {id} model', async () => {
    const list = await ok('/2.2.0/launch/?limit=3&mode=list');
    for (const l of list.results) {
      assert.equal(typeof l.pad === 'string' || l.pad === null, true);
      assert.ok(!('response_mode' in l));
    }
    const normal = await ok('/2.2.0/launch/?limit=3&mode=normal');
    assert.deepEqual(Object.keys(normal.results[0]), M.LaunchSerializerCommon);
    const detailed = await ok('/2.2.0/launch/upcoming/?limit=3&mode=detailed');
    assert.deepEqual(Object.keys(detailed.results[0]), M.LaunchDetailed);
  });
});

describe('2.2.0 filters, search and ordering', () => {
  test('launch status__ids, lsp__ids (repeated), pad__ids narrow the list', async () => {
    const all = await ok('/2.2.0/launch/?limit=100');
    const first = all.results[0];
    const byStatus = await ok(`/2.2.0/launch/?limit=100&status__ids=${first.status.id}`);
    assert.ok(byStatus.count < all.count && byStatus.count > 0);
    assert.ok(byStatus.results.every((l: any) => l.status.id === first.status.id));
    const lsp = first.launch_service_provider.id;
    const byLsp = await ok(`/2.2.0/launch/?limit=100&lsp__ids=${lsp}`);
    assert.ok(byLsp.count < all.count && byLsp.count > 0);
    assert.ok(byLsp.results.every((l: any) => l.launch_service_provider.id === lsp));
    const pad = first.pad.id;
    const byPad = await ok(`/2.2.0/launch/?limit=100&pad__ids=${pad}`);
    assert.ok(byPad.count > 0 && byPad.results.every((l: any) => l.pad.id === pad));
    const none = await ok('/2.2.0/launch/?r_spacex_api_id=abc');
    assert.equal(none.count, 0);
  });

  test('launch search and ordering', async () => {
    const desc = await ok('/2.2.0/launch/previous/?limit=20&ordering=-net');
    const nets = desc.results.map((l: any) => l.net);
    assert.deepEqual([...nets].sort().reverse(), nets);
    const word = desc.results[0].name.split(' ')[0];
    const found = await ok(`/2.2.0/launch/?search=${encodeURIComponent(word)}`);
    assert.ok(found.count > 0);
    const upcoming = await ok('/2.2.0/launch/upcoming/?limit=100');
    assert.ok(upcoming.results.every((l: any) => l.net >= '2026-10-31T00:00:00Z'));
  });

  test('agencies, pads, space stations, events, spacewalks filters', async () => {
    const agencies = await ok('/2.2.0/agencies/');
    const featured = await ok('/2.2.0/agencies/?featured=true&limit=100');
    assert.ok(featured.count > 0 && featured.count < agencies.count);
    assert.ok(featured.results.every((a: any) => a.featured === true));

    const pads = await ok('/2.2.0/pad/?limit=1');
    const loc = pads.results[0].location.id;
    const byLoc = await ok(`/2.2.0/pad/?location__id=${loc}&limit=100`);
    assert.ok(byLoc.count > 0 && byLoc.count < pads.count);
    assert.ok(byLoc.results.every((p: any) => p.location.id === loc));

    const events = await ok('/2.2.0/event/?limit=1');
    const type = events.results[0].type.id;
    const byType = await ok(`/2.2.0/event/?type__ids=${type}&limit=100`);
    assert.ok(byType.count > 0 && byType.results.every((e: any) => e.type.id === type));

    const stations = await ok('/2.2.0/spacestation/?limit=1');
    const status = stations.results[0].status.id;
    const byStatus = await ok(`/2.2.0/spacestation/?status=${status}&limit=100`);
    assert.ok(byStatus.count > 0 && byStatus.results.every((s: any) => s.status.id === status));

    const idLt = await ok('/2.2.0/agencies/?id__lt=10&limit=100');
    assert.ok(idLt.count > 0 && idLt.results.every((a: any) => a.id < 10));
    const year = await ok('/2.2.0/agencies/?founding_year__contains=19&limit=100');
    assert.ok(year.count > 0 && year.count < agencies.count);
    assert.ok(year.results.every((a: any) => a.founding_year.includes('19')));
    const lat = await ok('/2.2.0/pad/?latitude__contains=28&limit=100');
    assert.ok(lat.count > 0 && lat.results.every((p: any) => p.latitude.includes('28')));

    const patches = await ok('/2.2.0/mission_patch/?limit=1');
    const named = await ok(`/2.2.0/mission_patch/?name=${encodeURIComponent(patches.results[0].name)}`);
    assert.ok(named.count >= 1 && named.results.every((p: any) => p.name === patches.results[0].name));
  });
});

describe('2.2.0 and 2.3.0 read the same launches', () => {
  test('id, name, net, status id and provider id agree', async () => {
    const v230 = await ok('/2.3.0/launches/?limit=20&mode=detailed');
    const v220 = await ok('/2.2.0/launch/?limit=20');
    assert.deepEqual(v220.results.map((l: any) => l.id), v230.results.map((l: any) => l.id));
    for (const l of v230.results) {
      const old = await ok(`/2.2.0/launch/${l.id}/`);
      assert.equal(old.id, l.id);
      assert.equal(old.name, l.name);
      assert.equal(old.net, l.net);
      assert.equal(old.status.id, l.status.id === 9 ? 6 : l.status.id);
      assert.equal(old.launch_service_provider?.id, l.launch_service_provider?.id);
      assert.equal(old.image, l.image?.image_url ?? null);
      assert.equal(old.launch_service_provider?.type ?? null, l.launch_service_provider?.type?.name ?? null);
    }
  });
});
