/**
 * A small hand-made world of 2.3.0 space stations, expeditions, spacewalks, docking events, events and
 * updates for the tests of those endpoints (test/api/stations-events-*.test.ts). Every object is
 * written as LL2 2.3.0 sends it (detailed shapes, modelled on the official schemas), so every mode of
 * every endpoint serializes complete objects that validate against the contract.
 *
 * It sits on top of the launch fixtures (test/support/launch-fixtures.ts, imported first): the
 * spacecraft flights here are the spacecraft stages of launches L01 (Soyuz MS-12), L02 (Crew-9) and
 * L08 (Progress MS-31), and the payload flights fly on L03 and L05. Where an object nests a launch it
 * names it in its LaunchMini / LaunchBasic form; the launch itself is stored in full by the launch
 * fixtures. Those launches also bring their updates (ids 20001..20013, one per launch).
 *
 * The clock of the app is pinned to FIXED_NOW (2025-06-15T12:00:00Z), as for the launch tests.
 *
 * Space stations
 * | id | name                        | status          | type       | owners              | orbit (id)    | crew | docked | volume | founded
 * |----|-----------------------------|-----------------|------------|---------------------|---------------|------|--------|--------|-----------
 * |  4 | International Space Station | Active          | Government | 44, 63, 27, 37, 16  | LEO (8)       | 7    | 3      | 916    | 1998-11-20
 * | 18 | Tiangong space station      | Active          | Government | 17                  | LEO (8)       | 3    | 1      | 340    | 2021-04-29
 * |  2 | Mir                         | De-Orbited      | Government | 63                  | LEO (8)       | 0    | 0      | 350    | 1986-02-19
 * |  3 | Salyut 7                    | De-Orbited      | Government | 63                  | LEO (8)       | 0    | 0      | 90     | 1982-04-19
 * | 19 | Haven-1                     | In Development  | Commercial | 1100 (Vast)         | LEO (8)       | null | null   | 45     | 2026-05-01
 * | 20 | Lunar Gateway               | In Development  | Government | 44, 27, 37, 16      | Lunar Orbit (33) | null | null | 125   | 2027-11-01
 *
 * Expeditions (is_active at FIXED_NOW: 73 and 200)
 * | id  | name          | station | start                | end                  | crew (astronauts)
 * |-----|---------------|---------|----------------------|----------------------|-------------------------------
 * |  59 | Expedition 59 | 4       | 2019-03-14T19:14:00Z | 2019-06-24T23:25:00Z | 101, 102, 103
 * |  72 | Expedition 72 | 4       | 2024-09-23T07:37:00Z | 2025-04-19T21:57:00Z | 201, 202, 203, 101, 102, 104
 * |  73 | Expedition 73 | 4       | 2025-04-19T21:57:00Z | null                 | 204, 205, 206, 207
 * |  74 | Expedition 74 | 4       | 2025-12-08T00:00:00Z | null                 | (none yet)
 * | 200 | Shenzhou-20   | 18      | 2025-04-24T09:17:00Z | 2025-11-14T08:00:00Z | 301, 302, 303
 * |  28 | Mir EO-28     | 2       | 2000-04-06T09:31:00Z | 2000-06-16T00:44:00Z | 401, 402
 *
 * Spacewalks
 * | id | name                   | start                | end                  | duration | crew      | station | expedition | flight | event | program
 * |----|------------------------|----------------------|----------------------|----------|-----------|---------|------------|--------|-------|--------
 * |  1 | US EVA 53              | 2019-03-22T12:01:00Z | 2019-03-22T18:40:00Z | PT6H39M  | 102, 103  | 4       | 59         | 9001   | -     | 17
 * |  2 | US EVA 91              | 2025-01-16T12:01:00Z | 2025-01-16T18:01:00Z | PT6H     | 102, 201  | 4       | 72         | 9002   | 802   | 17
 * |  3 | VKD-63                 | 2024-12-19T14:24:00Z | 2024-12-19T21:41:00Z | PT7H17M  | 101, 104  | 4       | 72         | -      | -     | 17
 * |  4 | Shenzhou-20 EVA 1      | 2025-05-22T13:00:00Z | 2025-05-22T18:30:00Z | PT5H30M  | 301, 302  | 18      | 200        | -      | -     | -
 * |  5 | Mir EO-28 EVA 1        | 2000-05-12T10:44:00Z | 2000-05-12T15:47:00Z | PT5H3M   | 401, 402  | 2       | 28         | -      | -     | -
 * |  6 | Artemis III Moonwalk 1 | 2027-09-01T00:00:00Z | null                 | null     | -         | -       | -          | -      | -     | 12
 *
 * Docking events (the contract declares every target and chaser non-null, so each has all six)
 * | id | docking              | departure            | location | st. target | flight target | payload target | flight chaser | st. chaser | payload chaser
 * |----|----------------------|----------------------|----------|------------|---------------|----------------|---------------|------------|---------------
 * | 11 | 2019-03-15T01:01:00Z | 2019-10-03T07:37:00Z | 5        | 4          | 9004          | 801            | 9001          | 18         | 802
 * | 12 | 2024-09-29T21:30:00Z | null                 | 2        | 4          | 9001          | 802            | 9002          | 18         | 801
 * | 13 | 2025-06-15T05:30:00Z | null                 | 5        | 4          | 9002          | 801            | 9004          | 18         | 801
 * | 14 | 2024-11-17T00:00:00Z | 2025-04-30T12:00:00Z | 30       | 18         | 9001          | 802            | 9002          | 4          | 802
 * | 15 | 2000-04-06T11:31:00Z | 2000-06-16T00:44:00Z | 40       | 2          | 9004          | 802            | 9001          | 18         | 801
 *
 * Events (upcoming at FIXED_NOW: 804 (exactly 24 h old), 803 (6.5 h old), 806, 805)
 * | id  | name                                | type              | date                 | agencies | launches | stations | expeditions | program | astronauts
 * |-----|-------------------------------------|-------------------|----------------------|----------|----------|----------|-------------|---------|-----------
 * | 801 | Soyuz MS-12 Docking                 | 2 Docking         | 2019-03-15T01:01:00Z | 63, 44   | L01      | 4        | 59          | 17      | 101, 102, 103
 * | 802 | US EVA 91                           | 5 EVA             | 2025-01-16T12:01:00Z | 44       | -        | 4        | 72          | 17      | 102, 201
 * | 803 | Progress MS-31 Docking              | 2 Docking         | 2025-06-15T05:30:00Z | 63       | L08      | 4        | 73          | 17      | -
 * | 804 | Shenzhou-20 EVA 2                   | 5 EVA             | 2025-06-14T12:00:00Z | 17       | -        | 18       | 200         | -       | 301, 303
 * | 805 | Artemis II Lunar Flyby              | 4 Flyby           | 2026-04-06T00:00:00Z | 44, 16   | L10      | -        | -           | 12      | -
 * | 806 | Starship Flight 10 Press Conference | 3 Press Event     | 2025-06-20T18:00:00Z | 121      | -        | -        | -           | -       | -
 * | 807 | Europa Clipper Mars Flyby           | 4 Flyby           | 2025-03-01T17:57:00Z | 44       | L04      | -        | -           | -       | -
 * | 808 | Chang'e 6 Lunar Ascent              | 9 Spacecraft Event| 2024-06-04T23:38:00Z | 17, 27   | L12      | -        | -           | 30      | -
 *
 * Updates: one per event (id 30000 + event id, created on the event's last_updated), one per launch
 * from the launch fixtures (20001..20013), and two about programs (30917 for 17, 30912 for 12).
 */
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, testApp, type TestApp } from './app.ts';
import { sortedIds, type Pairs } from './list-checks.ts';
import * as ll2 from './ll2-objects.ts';
import {
  API, CREW_ROLE, EARTH, agencyFrom, crewAstronaut, autoLogos, image, infoUrl, page, plainProgram, slugify, vidUrl, type Agency, type AgencyDef, type Json,
} from './ll2-objects.ts';
import { FIXED_NOW, LAUNCHES, importLaunchFixtures, type LaunchKey } from './launch-fixtures.ts';

export { FIXED_NOW };

/* ---------------------------------------------------------------------------------------------- */
/* Agencies, Earth and programs                                                                   */
/* ---------------------------------------------------------------------------------------------- */

const AGENCIES: Record<number, AgencyDef> = Object.fromEntries(
  (
    [
      { id: 44, name: 'National Aeronautics and Space Administration', abbrev: 'NASA', type: 'Government', country: ['USA'], founding_year: 1958 },
      { id: 63, name: 'Russian Federal Space Agency (ROSCOSMOS)', abbrev: 'RFSA', type: 'Government', country: ['RUS'], founding_year: 1992 },
      { id: 27, name: 'European Space Agency', abbrev: 'ESA', type: 'Multinational', country: ['FRA'], founding_year: 1975 },
      { id: 37, name: 'Japan Aerospace Exploration Agency', abbrev: 'JAXA', type: 'Government', country: ['JPN'], founding_year: 2003 },
      { id: 16, name: 'Canadian Space Agency', abbrev: 'CSA', type: 'Government', country: ['CAN'], founding_year: 1989 },
      { id: 17, name: 'China National Space Administration', abbrev: 'CNSA', type: 'Government', country: ['CHN'], founding_year: 1993 },
      { id: 121, name: 'SpaceX', abbrev: 'SpX', type: 'Commercial', country: ['USA'], founding_year: 2002 },
      { id: 257, name: 'Northrop Grumman Space Systems', abbrev: 'NGSS', type: 'Commercial', country: ['USA'], founding_year: 1994 },
      { id: 1024, name: 'Sierra Space', abbrev: 'SS', type: 'Commercial', country: ['USA'], founding_year: 2021 },
      { id: 1100, name: 'Vast Space', abbrev: 'VAST', type: 'Commercial', country: ['USA'], founding_year: 2021 },
    ] as AgencyDef[]
  ).map((a) => [a.id, a]),
);

function agencyOf(id: number): Agency {
  const a = AGENCIES[id];
  return agencyFrom(a, { featured: a.type !== 'Commercial', description: `${a.name} (fixture agency of the station and event tests).`, ...autoLogos(id, a.name) });
}

const agencyMini = (id: number) => ll2.agencyMini(agencyOf(id));
/** AgencyNormal (a station's owners, a configuration's agency, a payload's manufacturer). */
const agencyNormal = (id: number) => ll2.agencyNormal(agencyOf(id));

/**
 * Earth as its own endpoint answers it (CelestialBodyDetailed): the pads of the launches nest it in
 * that form, with its tallies.
 */
const EARTH_DETAILED: Json = {
  ...EARTH,
  response_mode: 'detailed',
  total_attempted_launches: 6900,
  successful_launches: 6500,
  failed_launches: 400,
  total_attempted_landings: 900,
  successful_landings: 850,
  failed_landings: 50,
};

const PROGRAMS: Record<number, { name: string; agencies: number[]; type: Json; start: string }> = {
  17: { name: 'International Space Station', agencies: [44, 63, 27], type: { id: 1, name: 'Human spaceflight' }, start: '1998-11-20T00:00:00Z' },
  12: { name: 'Artemis', agencies: [44, 27, 16], type: { id: 1, name: 'Human spaceflight' }, start: '2017-12-11T00:00:00Z' },
  30: { name: 'Chinese Lunar Exploration Program', agencies: [17], type: { id: 2, name: 'Lunar exploration' }, start: '2004-01-23T00:00:00Z' },
};

const programMini = (id: number): Json => ll2.programMini({ id, name: PROGRAMS[id].name, image: null, info_url: null, wiki_url: null });

function programNormal(id: number): Json {
  const p = PROGRAMS[id];
  return plainProgram(id, p.name, p.agencies.map(agencyMini), p.start, p.type);
}

/** A launch as nested objects name it (LaunchMini); the launch fixtures store it in full. */
function launchMini(key: LaunchKey): Json {
  const l = LAUNCHES[key];
  return { id: l.id, url: l.url, name: l.name };
}

/** A launch in LaunchBasic form (an event's `launches`). */
function launchBasic(key: LaunchKey): Json {
  const l = LAUNCHES[key];
  const keys = ['id', 'url', 'name', 'slug', 'launch_designator', 'status', 'last_updated', 'net', 'net_precision', 'window_end', 'window_start', 'image', 'infographic'];
  return { ...Object.fromEntries(keys.map((k) => [k, l[k]])), response_mode: 'list' };
}

export const VIDEO = {
  nasaTv: 'https://www.nasa.gov/nasatv/',
  starship: 'https://www.youtube.com/watch?v=starship-flight-10-fixture',
};

/* ---------------------------------------------------------------------------------------------- */
/* People                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

interface AstronautDef { id: number; name: string; agency: number; country: string; born: string; evaTime: string }
const ASTRONAUTS: Record<number, AstronautDef> = Object.fromEntries(
  (
    [
      // the same people as the launch fixtures' crews, under the same ids
      { id: 101, name: 'Aleksey Ovchinin', agency: 63, country: 'RUS', born: '1971-09-28', evaTime: 'PT14H28M' },
      { id: 102, name: 'Nick Hague', agency: 44, country: 'USA', born: '1975-09-14', evaTime: 'PT19H36M' },
      { id: 103, name: 'Christina Koch', agency: 44, country: 'USA', born: '1979-01-29', evaTime: 'PT42H15M' },
      { id: 104, name: 'Aleksandr Gorbunov', agency: 63, country: 'RUS', born: '1990-06-24', evaTime: 'PT7H17M' },
      { id: 201, name: 'Sunita Williams', agency: 44, country: 'USA', born: '1965-09-19', evaTime: 'PT62H6M' },
      { id: 202, name: 'Butch Wilmore', agency: 44, country: 'USA', born: '1962-12-29', evaTime: 'PT31H2M' },
      { id: 203, name: 'Don Pettit', agency: 44, country: 'USA', born: '1955-04-20', evaTime: 'PT13H14M' },
      { id: 204, name: 'Takuya Onishi', agency: 37, country: 'JPN', born: '1975-12-22', evaTime: 'PT0S' },
      { id: 205, name: 'Anne McClain', agency: 44, country: 'USA', born: '1979-06-07', evaTime: 'PT13H8M' },
      { id: 206, name: 'Nichole Ayers', agency: 44, country: 'USA', born: '1989-01-01', evaTime: 'PT0S' },
      { id: 207, name: 'Kirill Peskov', agency: 63, country: 'RUS', born: '1990-03-05', evaTime: 'PT0S' },
      { id: 301, name: 'Chen Dong', agency: 17, country: 'CHN', born: '1978-12-12', evaTime: 'PT25H0M' },
      { id: 302, name: 'Chen Zhongrui', agency: 17, country: 'CHN', born: '1982-01-01', evaTime: 'PT5H30M' },
      { id: 303, name: 'Wang Jie', agency: 17, country: 'CHN', born: '1980-01-01', evaTime: 'PT0S' },
      { id: 401, name: 'Sergei Zalyotin', agency: 63, country: 'RUS', born: '1962-04-21', evaTime: 'PT5H3M' },
      { id: 402, name: 'Aleksandr Kaleri', agency: 63, country: 'RUS', born: '1956-05-13', evaTime: 'PT23H44M' },
    ] as AstronautDef[]
  ).map((a) => [a.id, a]),
);

/** AstronautNormal (an event's `astronauts`). */
function crewOf(id: number) {
  const a = ASTRONAUTS[id];
  return { id, name: a.name, agency: agencyMini(a.agency) };
}

const astronautNormal = (id: number): Json => ll2.astronautNormal(crewOf(id));

/** AstronautDetailed (inside an AstronautFlight). */
function astronautDetailed(id: number): Json {
  const a = ASTRONAUTS[id];
  return crewAstronaut({
    ...crewOf(id), born: a.born, country: a.country, type: 'Government', time_in_space: 'P200D', eva_time: a.evaTime,
    age: 2025 - Number(a.born.slice(0, 4)), first_flight: null, last_flight: null,
  });
}

const astronautFlight = (id: number, astronaut: number, role: keyof typeof CREW_ROLE): Json => ll2.astronautFlight(id, role, astronautDetailed(astronaut));

/* ---------------------------------------------------------------------------------------------- */
/* Vehicles: spacecraft, payloads and their flights                                               */
/* ---------------------------------------------------------------------------------------------- */

const SPACECRAFT_CONFIGS: Record<number, { name: string; agency: number; humanRated: boolean; crew: number | null }> = {
  9: { name: 'Soyuz MS', agency: 63, humanRated: true, crew: 3 },
  18: { name: 'Crew Dragon', agency: 121, humanRated: true, crew: 4 },
  12: { name: 'Progress MS', agency: 63, humanRated: false, crew: null },
  30: { name: 'Shenzhou', agency: 17, humanRated: true, crew: 3 },
};

function spacecraftConfigNormal(id: number): Json {
  const c = SPACECRAFT_CONFIGS[id];
  return {
    response_mode: 'normal',
    id,
    url: `${API}/spacecraft_configurations/${id}/`,
    name: c.name,
    type: { id: 2, name: 'Capsule' },
    agency: agencyMini(c.agency),
    family: [],
    in_use: true,
    image: null,
  };
}

function spacecraftConfigDetailed(id: number): Json {
  const c = SPACECRAFT_CONFIGS[id];
  return {
    ...spacecraftConfigNormal(id),
    response_mode: 'detailed',
    agency: agencyNormal(c.agency),
    capability: '',
    history: '',
    details: '',
    maiden_flight: null,
    height: null,
    diameter: null,
    human_rated: c.humanRated,
    crew_capacity: c.crew,
    payload_capacity: null,
    payload_return_capacity: null,
    flight_life: null,
    wiki_link: '',
    info_link: '',
    spacecraft_flown: 10,
    total_launch_count: 10,
    successful_launches: 10,
    failed_launches: 0,
    attempted_landings: 0,
    successful_landings: 0,
    failed_landings: 0,
    fastest_turnaround: null,
  };
}

const SPACECRAFT: Record<number, { name: string; config: number }> = {
  501: { name: 'Soyuz MS-12', config: 9 },
  502: { name: 'Crew Dragon Freedom', config: 18 },
  504: { name: 'Progress MS-31', config: 12 },
};

function spacecraft(id: number, mode: 'normal' | 'detailed'): Json {
  const s = SPACECRAFT[id];
  return {
    response_mode: mode,
    id,
    url: `${API}/spacecraft/${id}/`,
    name: s.name,
    serial_number: s.name,
    is_placeholder: false,
    image: null,
    in_space: false,
    time_in_space: 'P180D',
    time_docked: 'P170D',
    flights_count: 1,
    mission_ends_count: 1,
    status: { id: 1, name: 'Active' },
    description: `${s.name} (fixture spacecraft).`,
    spacecraft_config: mode === 'detailed' ? spacecraftConfigDetailed(s.config) : spacecraftConfigNormal(s.config),
    fastest_turnaround: null,
  };
}

const LANDING_TYPES = {
  parachute: { id: 7, name: 'Parachute Landing', abbrev: 'PL', description: 'The vehicle lands on land under parachutes.' },
  splashdown: { id: 6, name: 'Splashdown', abbrev: 'SD', description: 'The vehicle lands in water under parachutes.' },
  reentry: { id: 9, name: 'Destructive Reentry', abbrev: 'DR', description: 'The vehicle burns up in the atmosphere.' },
};

const LANDING_LOCATIONS: Record<number, Json> = {
  10: { id: 10, name: 'Kazakhstan Steppe', abbrev: 'KZ', lat: 47.3, lon: 69.6 },
  11: { id: 11, name: 'Atlantic Ocean', abbrev: 'ATL', lat: 30.0, lon: -80.0 },
  12: { id: 12, name: 'Pacific Ocean', abbrev: 'PAC', lat: -45.0, lon: -130.0 },
};

function landing(id: number, location: number, type: keyof typeof LANDING_TYPES, success: boolean | null): Json {
  const l = LANDING_LOCATIONS[location];
  return {
    id,
    url: `${API}/landings/${id}/`,
    attempt: type !== 'reentry',
    success,
    description: `Landing ${id} (fixture).`,
    downrange_distance: null,
    landing_location: {
      id: l.id,
      name: l.name,
      active: true,
      abbrev: l.abbrev,
      description: `${l.name} (fixture landing location).`,
      location: null,
      longitude: l.lon,
      latitude: l.lat,
      image: null,
      successful_landings: 10,
      attempted_landings: 10,
      failed_landings: 0,
      celestial_body: EARTH,
    },
    type: LANDING_TYPES[type],
  };
}

interface FlightDef { spacecraft: number; launch: LaunchKey; landing: Json; missionEnd: string; duration: string; launchCrew: Json[] }
const FLIGHTS: Record<number, FlightDef> = {
  9001: {
    spacecraft: 501, launch: 'L01', landing: landing(7101, 10, 'parachute', true), missionEnd: '2019-10-03T10:59:00Z', duration: 'P202DT15H45M',
    launchCrew: [astronautFlight(7001, 101, 'Commander'), astronautFlight(7002, 102, 'Pilot'), astronautFlight(7003, 103, 'Mission Specialist')],
  },
  9002: {
    spacecraft: 502, launch: 'L02', landing: landing(7102, 11, 'splashdown', true), missionEnd: '2025-03-18T21:57:00Z', duration: 'P171DT4H40M',
    launchCrew: [astronautFlight(7004, 102, 'Commander'), astronautFlight(7005, 104, 'Mission Specialist')],
  },
  9004: {
    spacecraft: 504, launch: 'L08', landing: landing(7104, 12, 'reentry', null), missionEnd: '2025-12-01T00:00:00Z', duration: 'P169D',
    launchCrew: [],
  },
};

function flightMini(id: number): Json {
  const f = FLIGHTS[id];
  return {
    id,
    url: `${API}/spacecraft_flights/${id}/`,
    destination: 'International Space Station',
    mission_end: f.missionEnd,
    spacecraft: spacecraft(f.spacecraft, 'normal'),
    launch: launchMini(f.launch),
    landing: f.landing,
    duration: f.duration,
    turn_around_time: 'P0D',
  };
}

/** SpacecraftFlightNormal; its `launch` (LaunchNormal) is named in its LaunchMini form, see the module comment. */
function flightNormal(id: number): Json {
  return { ...flightMini(id), response_mode: 'normal' };
}

function flightDetailed(id: number): Json {
  const f = FLIGHTS[id];
  return {
    ...flightMini(id),
    spacecraft: spacecraft(f.spacecraft, 'detailed'),
    response_mode: 'detailed',
    launch_crew: f.launchCrew,
    onboard_crew: [],
    landing_crew: [],
    docking_events: DOCKING_IDS.filter((d) => DOCKINGS[d].fvChaser === id).map(dockingForChaser),
  };
}

/** SpacecraftFlightForDockingEvent (what a station's docking port says is docked). */
function flightForDocking(id: number): Json {
  const f = FLIGHTS[id];
  return { id, url: `${API}/spacecraft_flights/${id}/`, spacecraft: spacecraft(f.spacecraft, 'detailed'), launch: launchMini(f.launch) };
}

const PAYLOADS: Record<number, { name: string; manufacturer: number; operator: number; mass: number }> = {
  51: { name: 'Cygnus NG-21', manufacturer: 257, operator: 44, mass: 3700.0 },
  52: { name: 'Dream Chaser Tenacity', manufacturer: 1024, operator: 44, mass: 9000.0 },
};

function payloadMini(id: number): Json {
  const p = PAYLOADS[id];
  return { response_mode: 'list', id, name: p.name, type: { id: 6, name: 'Cargo' }, manufacturer: agencyMini(p.manufacturer), operator: agencyMini(p.operator), image: null };
}

function payloadNormal(id: number): Json {
  const p = PAYLOADS[id];
  return {
    ...payloadMini(id),
    response_mode: 'normal',
    manufacturer: agencyNormal(p.manufacturer),
    operator: agencyNormal(p.operator),
    wiki_link: `https://en.wikipedia.org/wiki/${encodeURIComponent(p.name.replace(/ /g, '_'))}`,
    info_link: `https://www.nasa.gov/${slugify(p.name)}/`,
    program: [programMini(17)],
    cost: null,
    mass: p.mass,
    description: `${p.name} (fixture payload).`,
  };
}

const PAYLOAD_FLIGHTS: Record<number, { payload: number; launch: LaunchKey; landing: Json }> = {
  801: { payload: 51, launch: 'L03', landing: landing(7201, 12, 'reentry', null) },
  802: { payload: 52, launch: 'L05', landing: landing(7202, 11, 'splashdown', true) },
};

function payloadFlight(id: number, mode: 'list' | 'normal'): Json {
  const f = PAYLOAD_FLIGHTS[id];
  return {
    response_mode: mode,
    id,
    url: `${API}/payload_flights/${id}/`,
    destination: 'International Space Station',
    amount: 1,
    payload: mode === 'list' ? payloadMini(f.payload) : payloadNormal(f.payload),
    launch: launchMini(f.launch),
    landing: f.landing,
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Space stations, docking locations and docking events                                           */
/* ---------------------------------------------------------------------------------------------- */

interface StationDef {
  name: string;
  status: 1 | 2 | 3;
  type: 1 | 2;
  founded: string;
  deorbited: string | null;
  orbit: string;
  owners: number[];
  crew: number | null;
  docked: number | null;
  volume: number;
  height: number | null;
  width: number | null;
  mass: number | null;
  activeExpeditions: number[];
  activeDockings: number[];
}

const STATION_STATUS = { 1: { id: 1, name: 'Active' }, 2: { id: 2, name: 'De-Orbited' }, 3: { id: 3, name: 'In Development' } };
const STATION_TYPE = { 1: { id: 1, name: 'Government' }, 2: { id: 2, name: 'Commercial' } };

export const STATIONS: Record<number, StationDef> = {
  4: {
    name: 'International Space Station', status: 1, type: 1, founded: '1998-11-20', deorbited: null, orbit: 'Low Earth Orbit', owners: [44, 63, 27, 37, 16],
    crew: 7, docked: 3, volume: 916, height: 73.0, width: 109.0, mass: 420.0, activeExpeditions: [73], activeDockings: [12, 13],
  },
  18: {
    name: 'Tiangong space station', status: 1, type: 1, founded: '2021-04-29', deorbited: null, orbit: 'Low Earth Orbit', owners: [17],
    crew: 3, docked: 1, volume: 340, height: 55.6, width: 27.0, mass: 100.0, activeExpeditions: [200], activeDockings: [],
  },
  2: {
    name: 'Mir', status: 2, type: 1, founded: '1986-02-19', deorbited: '2001-03-23', orbit: 'Low Earth Orbit', owners: [63],
    crew: 0, docked: 0, volume: 350, height: 19.0, width: 31.0, mass: 129.7, activeExpeditions: [], activeDockings: [],
  },
  3: {
    name: 'Salyut 7', status: 2, type: 1, founded: '1982-04-19', deorbited: '1991-02-07', orbit: 'Low Earth Orbit', owners: [63],
    crew: 0, docked: 0, volume: 90, height: 16.0, width: 4.15, mass: 19.8, activeExpeditions: [], activeDockings: [],
  },
  19: {
    name: 'Haven-1', status: 3, type: 2, founded: '2026-05-01', deorbited: null, orbit: 'Low Earth Orbit', owners: [1100],
    crew: null, docked: null, volume: 45, height: 10.1, width: 3.8, mass: 14.0, activeExpeditions: [], activeDockings: [],
  },
  20: {
    name: 'Lunar Gateway', status: 3, type: 1, founded: '2027-11-01', deorbited: null, orbit: 'Lunar Orbit', owners: [44, 27, 37, 16],
    crew: null, docked: null, volume: 125, height: null, width: null, mass: null, activeExpeditions: [], activeDockings: [],
  },
};
export const STATION_IDS = Object.keys(STATIONS).map(Number);

function stationMini(id: number): Json {
  return { id, url: `${API}/space_stations/${id}/`, name: STATIONS[id].name, image: image(8000 + id, STATIONS[id].name) };
}

function stationNormal(id: number): Json {
  const s = STATIONS[id];
  return {
    ...stationMini(id),
    status: STATION_STATUS[s.status],
    founded: s.founded,
    deorbited: s.deorbited,
    description: `${s.name} (fixture space station).`,
    orbit: s.orbit,
    type: STATION_TYPE[s.type],
  };
}

/** SpaceStationDetailed (an expedition's station). */
function stationDetailed(id: number): Json {
  return { ...stationNormal(id), owners: STATIONS[id].owners.map(agencyNormal) };
}

/** SpaceStationDetailedEndpoint: what `/space_stations/{id}/` answers. */
function stationEndpoint(id: number): Json {
  const s = STATIONS[id];
  return {
    ...stationDetailed(id),
    response_mode: 'detailed',
    active_expeditions: s.activeExpeditions.map(expeditionMini),
    height: s.height,
    width: s.width,
    mass: s.mass,
    volume: s.volume,
    onboard_crew: s.crew,
    docked_vehicles: s.docked,
    docking_location: DOCKING_LOCATION_IDS.filter((l) => DOCKING_LOCATIONS[l].station === id).map((l) => ({
      id: l,
      name: DOCKING_LOCATIONS[l].name,
      currently_docked: dockingForStation(DOCKING_LOCATIONS[l].docked),
    })),
    active_docking_events: s.activeDockings.map(dockingForChaser),
  };
}

export const DOCKING_LOCATIONS: Record<number, { name: string; station: number; spacecraftConfig: number; payload: number; docked: number }> = {
  2: { name: 'Harmony Forward', station: 4, spacecraftConfig: 18, payload: 51, docked: 12 },
  5: { name: 'Rassvet Nadir', station: 4, spacecraftConfig: 12, payload: 51, docked: 13 },
  30: { name: 'Tianhe Forward', station: 18, spacecraftConfig: 30, payload: 52, docked: 14 },
  40: { name: 'Kvant-1 Aft', station: 2, spacecraftConfig: 9, payload: 52, docked: 15 },
};
const DOCKING_LOCATION_IDS = Object.keys(DOCKING_LOCATIONS).map(Number);

function dockingLocation(id: number): Json {
  const l = DOCKING_LOCATIONS[id];
  return { id, name: l.name, spacestation: stationMini(l.station), spacecraft: spacecraftConfigNormal(l.spacecraftConfig), payload: payloadMini(l.payload) };
}

interface DockingDef {
  docking: string;
  departure: string | null;
  location: number;
  stTarget: number;
  fvTarget: number;
  pfTarget: number;
  fvChaser: number;
  stChaser: number;
  pfChaser: number;
}

export const DOCKINGS: Record<number, DockingDef> = {
  11: { docking: '2019-03-15T01:01:00Z', departure: '2019-10-03T07:37:00Z', location: 5, stTarget: 4, fvTarget: 9004, pfTarget: 801, fvChaser: 9001, stChaser: 18, pfChaser: 802 },
  12: { docking: '2024-09-29T21:30:00Z', departure: null, location: 2, stTarget: 4, fvTarget: 9001, pfTarget: 802, fvChaser: 9002, stChaser: 18, pfChaser: 801 },
  13: { docking: '2025-06-15T05:30:00Z', departure: null, location: 5, stTarget: 4, fvTarget: 9002, pfTarget: 801, fvChaser: 9004, stChaser: 18, pfChaser: 801 },
  14: { docking: '2024-11-17T00:00:00Z', departure: '2025-04-30T12:00:00Z', location: 30, stTarget: 18, fvTarget: 9001, pfTarget: 802, fvChaser: 9002, stChaser: 4, pfChaser: 802 },
  15: { docking: '2000-04-06T11:31:00Z', departure: '2000-06-16T00:44:00Z', location: 40, stTarget: 2, fvTarget: 9004, pfTarget: 802, fvChaser: 9001, stChaser: 18, pfChaser: 801 },
};
export const DOCKING_IDS = Object.keys(DOCKINGS).map(Number);

const dockingBase = (id: number): Json => ({ id, url: `${API}/docking_events/${id}/`, docking: DOCKINGS[id].docking, departure: DOCKINGS[id].departure });

/** DockingEventForChaserNormal (a flight's and a station's docking events). */
function dockingForChaser(id: number): Json {
  const d = DOCKINGS[id];
  return {
    ...dockingBase(id),
    docking_location: dockingLocation(d.location),
    space_station_target: stationNormal(d.stTarget),
    flight_vehicle_target: flightNormal(d.fvTarget),
    payload_flight_target: payloadFlight(d.pfTarget, 'normal'),
  };
}

/** DockingEventDetailedSerializerForSpacestation (what occupies a docking port). */
function dockingForStation(id: number): Json {
  const d = DOCKINGS[id];
  return {
    ...dockingBase(id),
    flight_vehicle_chaser: flightForDocking(d.fvChaser),
    space_station_chaser: stationNormal(d.stChaser),
    payload_flight_chaser: payloadFlight(d.pfChaser, 'normal'),
  };
}

/** DockingEventEndpointDetailed. */
function dockingDetailed(id: number): Json {
  const d = DOCKINGS[id];
  return {
    ...dockingBase(id),
    docking_location: dockingLocation(d.location),
    space_station_target: stationMini(d.stTarget),
    flight_vehicle_target: flightMini(d.fvTarget),
    payload_flight_target: payloadFlight(d.pfTarget, 'list'),
    response_mode: 'detailed',
    flight_vehicle_chaser: flightNormal(d.fvChaser),
    space_station_chaser: stationNormal(d.stChaser),
    payload_flight_chaser: payloadFlight(d.pfChaser, 'normal'),
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Expeditions and spacewalks                                                                     */
/* ---------------------------------------------------------------------------------------------- */

interface ExpeditionDef { name: string; station: number; start: string; end: string | null; crew: Array<[number, number, keyof typeof CREW_ROLE]>; patches: number[] }

export const EXPEDITIONS: Record<number, ExpeditionDef> = {
  59: {
    name: 'Expedition 59', station: 4, start: '2019-03-14T19:14:00Z', end: '2019-06-24T23:25:00Z', patches: [],
    crew: [[7301, 101, 'Commander'], [7302, 102, 'Flight Engineer'], [7303, 103, 'Flight Engineer']],
  },
  72: {
    name: 'Expedition 72', station: 4, start: '2024-09-23T07:37:00Z', end: '2025-04-19T21:57:00Z', patches: [372],
    crew: [[7311, 201, 'Commander'], [7312, 202, 'Flight Engineer'], [7313, 203, 'Flight Engineer'], [7314, 101, 'Flight Engineer'], [7315, 102, 'Flight Engineer'], [7316, 104, 'Flight Engineer']],
  },
  73: {
    name: 'Expedition 73', station: 4, start: '2025-04-19T21:57:00Z', end: null, patches: [373],
    crew: [[7321, 204, 'Commander'], [7322, 205, 'Flight Engineer'], [7323, 206, 'Flight Engineer'], [7324, 207, 'Flight Engineer']],
  },
  74: { name: 'Expedition 74', station: 4, start: '2025-12-08T00:00:00Z', end: null, patches: [], crew: [] },
  200: {
    name: 'Shenzhou-20', station: 18, start: '2025-04-24T09:17:00Z', end: '2025-11-14T08:00:00Z', patches: [],
    crew: [[7331, 301, 'Commander'], [7332, 302, 'Flight Engineer'], [7333, 303, 'Flight Engineer']],
  },
  28: {
    name: 'Mir EO-28', station: 2, start: '2000-04-06T09:31:00Z', end: '2000-06-16T00:44:00Z', patches: [],
    crew: [[7341, 401, 'Commander'], [7342, 402, 'Flight Engineer']],
  },
};
export const EXPEDITION_IDS = Object.keys(EXPEDITIONS).map(Number);

const PATCHES: Record<number, { name: string; agency: number }> = {
  372: { name: 'Expedition 72 Patch', agency: 44 },
  373: { name: 'Expedition 73 Patch', agency: 44 },
};

function missionPatch(id: number): Json {
  const p = PATCHES[id];
  return {
    id,
    name: p.name,
    priority: 100,
    image_url: `https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/mission_patch_images/${slugify(p.name)}.png`,
    agency: agencyMini(p.agency),
    response_mode: 'normal',
  };
}

function expeditionMini(id: number): Json {
  const e = EXPEDITIONS[id];
  return { id, url: `${API}/expeditions/${id}/`, name: e.name, start: e.start, end: e.end };
}

/** ExpeditionNormalSerializerForSpacewalk. */
function expeditionForSpacewalk(id: number): Json {
  const e = EXPEDITIONS[id];
  return { ...expeditionMini(id), spacestation: stationNormal(e.station), mission_patches: e.patches.map(missionPatch) };
}

function expeditionNormal(id: number): Json {
  const e = EXPEDITIONS[id];
  return {
    ...expeditionMini(id),
    response_mode: 'normal',
    spacestation: stationNormal(e.station),
    mission_patches: e.patches.map(missionPatch),
    spacewalks: SPACEWALK_IDS.filter((w) => SPACEWALKS[w].expedition === id).map(spacewalkList),
  };
}

function expeditionDetailed(id: number): Json {
  const e = EXPEDITIONS[id];
  return {
    ...expeditionNormal(id),
    response_mode: 'detailed',
    spacestation: stationDetailed(e.station),
    crew: e.crew.map(([flight, astronaut, role]) => astronautFlight(flight, astronaut, role)),
  };
}

interface SpacewalkDef {
  name: string;
  start: string | null;
  end: string | null;
  duration: string | null;
  location: string | null;
  crew: Array<[number, number]>;
  station: number | null;
  expedition: number | null;
  flight: number | null;
  event: number | null;
  program: number[];
}

export const SPACEWALKS: Record<number, SpacewalkDef> = {
  1: {
    name: 'US EVA 53', start: '2019-03-22T12:01:00Z', end: '2019-03-22T18:40:00Z', duration: 'PT6H39M', location: 'International Space Station',
    crew: [[7401, 102], [7402, 103]], station: 4, expedition: 59, flight: 9001, event: null, program: [17],
  },
  2: {
    name: 'US EVA 91', start: '2025-01-16T12:01:00Z', end: '2025-01-16T18:01:00Z', duration: 'PT6H', location: 'International Space Station',
    crew: [[7411, 102], [7412, 201]], station: 4, expedition: 72, flight: 9002, event: 802, program: [17],
  },
  3: {
    name: 'VKD-63', start: '2024-12-19T14:24:00Z', end: '2024-12-19T21:41:00Z', duration: 'PT7H17M', location: 'International Space Station',
    crew: [[7421, 101], [7422, 104]], station: 4, expedition: 72, flight: null, event: null, program: [17],
  },
  4: {
    name: 'Shenzhou-20 EVA 1', start: '2025-05-22T13:00:00Z', end: '2025-05-22T18:30:00Z', duration: 'PT5H30M', location: 'Tiangong space station',
    crew: [[7431, 301], [7432, 302]], station: 18, expedition: 200, flight: null, event: null, program: [],
  },
  5: {
    name: 'Mir EO-28 EVA 1', start: '2000-05-12T10:44:00Z', end: '2000-05-12T15:47:00Z', duration: 'PT5H3M', location: 'Mir',
    crew: [[7441, 401], [7442, 402]], station: 2, expedition: 28, flight: null, event: null, program: [],
  },
  6: {
    name: 'Artemis III Moonwalk 1', start: '2027-09-01T00:00:00Z', end: null, duration: null, location: 'Lunar South Pole',
    crew: [], station: null, expedition: null, flight: null, event: null, program: [12],
  },
};
export const SPACEWALK_IDS = Object.keys(SPACEWALKS).map(Number);

function spacewalkList(id: number): Json {
  const w = SPACEWALKS[id];
  return { response_mode: 'list', id, url: `${API}/spacewalks/${id}/`, name: w.name, start: w.start, end: w.end, duration: w.duration, location: w.location };
}

function spacewalkDetailed(id: number): Json {
  const w = SPACEWALKS[id];
  return {
    ...spacewalkList(id),
    response_mode: 'detailed',
    crew: w.crew.map(([flight, astronaut]) => astronautFlight(flight, astronaut, 'Spacewalker')),
    spacestation: w.station === null ? null : stationNormal(w.station),
    expedition: w.expedition === null ? null : expeditionForSpacewalk(w.expedition),
    spacecraft_flight: w.flight === null ? null : flightDetailed(w.flight),
    event: w.event === null ? null : eventNormal(w.event),
    program: w.program.map(programNormal),
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Events and updates                                                                             */
/* ---------------------------------------------------------------------------------------------- */

const EVENT_TYPES: Record<number, Json> = {
  2: { id: 2, name: 'Docking' },
  3: { id: 3, name: 'Press Event' },
  4: { id: 4, name: 'Flyby' },
  5: { id: 5, name: 'EVA' },
  9: { id: 9, name: 'Spacecraft Event' },
};

const PRECISION = {
  SEC: { id: 0, name: 'Second', abbrev: 'SEC', description: 'The T-0 is accurate to the second.' },
  MIN: { id: 1, name: 'Minute', abbrev: 'MIN', description: 'The T-0 is accurate to the minute.' },
  DAY: { id: 5, name: 'Day', abbrev: 'DAY', description: 'The T-0 is accurate to the day.' },
};

interface EventDef {
  name: string;
  type: number;
  date: string;
  lastUpdated: string;
  precision: keyof typeof PRECISION;
  location: string | null;
  duration: string | null;
  webcastLive: boolean;
  agencies: number[];
  launches: LaunchKey[];
  stations: number[];
  expeditions: number[];
  program: number[];
  astronauts: number[];
  videos: Json[];
  infos: Json[];
}

export const EVENTS: Record<number, EventDef> = {
  801: {
    name: 'Soyuz MS-12 Docking', type: 2, date: '2019-03-15T01:01:00Z', lastUpdated: '2019-03-16T00:00:00Z', precision: 'MIN', location: 'International Space Station',
    duration: null, webcastLive: false, agencies: [63, 44], launches: ['L01'], stations: [4], expeditions: [59], program: [17], astronauts: [101, 102, 103],
    videos: [], infos: [infoUrl('https://www.nasa.gov/soyuz-ms-12-docking/', 'Soyuz MS-12 docks to the station')],
  },
  802: {
    name: 'US EVA 91', type: 5, date: '2025-01-16T12:01:00Z', lastUpdated: '2025-01-17T09:00:00Z', precision: 'MIN', location: 'International Space Station',
    duration: 'PT6H', webcastLive: false, agencies: [44], launches: [], stations: [4], expeditions: [72], program: [17], astronauts: [102, 201],
    videos: [vidUrl(VIDEO.nasaTv, 'NASA TV', 'NASA')], infos: [],
  },
  803: {
    name: 'Progress MS-31 Docking', type: 2, date: '2025-06-15T05:30:00Z', lastUpdated: '2025-06-15T06:00:00Z', precision: 'MIN', location: 'International Space Station',
    duration: null, webcastLive: false, agencies: [63], launches: ['L08'], stations: [4], expeditions: [73], program: [17], astronauts: [],
    videos: [vidUrl(VIDEO.nasaTv, 'NASA TV', 'NASA')], infos: [],
  },
  804: {
    name: 'Shenzhou-20 EVA 2', type: 5, date: '2025-06-14T12:00:00Z', lastUpdated: '2025-06-14T20:00:00Z', precision: 'MIN', location: 'Tiangong space station',
    duration: 'PT6H', webcastLive: false, agencies: [17], launches: [], stations: [18], expeditions: [200], program: [], astronauts: [301, 303],
    videos: [], infos: [],
  },
  805: {
    name: 'Artemis II Lunar Flyby', type: 4, date: '2026-04-06T00:00:00Z', lastUpdated: '2025-05-20T00:00:00Z', precision: 'DAY', location: 'Moon',
    duration: null, webcastLive: false, agencies: [44, 16], launches: ['L10'], stations: [], expeditions: [], program: [12], astronauts: [],
    videos: [], infos: [],
  },
  806: {
    name: 'Starship Flight 10 Press Conference', type: 3, date: '2025-06-20T18:00:00Z', lastUpdated: '2025-06-15T10:00:00Z', precision: 'MIN', location: 'Starbase, TX',
    duration: 'PT1H', webcastLive: true, agencies: [121], launches: [], stations: [], expeditions: [], program: [], astronauts: [],
    videos: [vidUrl(VIDEO.starship, 'Starship Flight 10 Briefing', 'SpaceX')], infos: [],
  },
  807: {
    name: 'Europa Clipper Mars Flyby', type: 4, date: '2025-03-01T17:57:00Z', lastUpdated: '2025-03-02T00:00:00Z', precision: 'MIN', location: 'Mars',
    duration: null, webcastLive: false, agencies: [44], launches: ['L04'], stations: [], expeditions: [], program: [], astronauts: [],
    videos: [], infos: [],
  },
  808: {
    name: "Chang'e 6 Lunar Ascent", type: 9, date: '2024-06-04T23:38:00Z', lastUpdated: '2024-06-05T00:00:00Z', precision: 'MIN', location: 'Moon',
    duration: null, webcastLive: false, agencies: [17, 27], launches: ['L12'], stations: [], expeditions: [], program: [30], astronauts: [],
    videos: [], infos: [],
  },
};
export const EVENT_IDS = Object.keys(EVENTS).map(Number);

export const eventSlug = (id: number) => slugify(EVENTS[id].name);

function eventMini(id: number): Json {
  const e = EVENTS[id];
  return { id, url: `${API}/events/${id}/`, name: e.name, info_urls: e.infos, vid_urls: e.videos, image: image(9000 + id, e.name), date: e.date };
}

function eventNormal(id: number): Json {
  const e = EVENTS[id];
  return {
    ...eventMini(id),
    slug: eventSlug(id),
    type: EVENT_TYPES[e.type],
    description: `${e.name} (fixture event).`,
    webcast_live: e.webcastLive,
    location: e.location,
    date_precision: PRECISION[e.precision],
  };
}

function update(id: number, comment: string, createdOn: string): Json {
  return { id, profile_image: null, comment, info_url: null, created_by: 'fixture', created_on: createdOn };
}

function eventDetailed(id: number): Json {
  const e = EVENTS[id];
  return {
    ...eventNormal(id),
    response_mode: 'detailed',
    duration: e.duration,
    updates: [update(30000 + id, `Added ${e.name}.`, e.lastUpdated)],
    last_updated: e.lastUpdated,
    agencies: e.agencies.map(agencyMini),
    launches: e.launches.map(launchBasic),
    expeditions: e.expeditions.map(expeditionNormal),
    spacestations: e.stations.map(stationNormal),
    program: e.program.map(programNormal),
    astronauts: e.astronauts.map(astronautNormal),
  };
}

/**
 * Updates about programs. LL2's Update serializer does not say what an update is about; the importer
 * stores the `program` these name (launch and event updates get theirs from the object nesting them).
 */
export const PROGRAM_UPDATES: Record<number, { program: number; createdOn: string }> = {
  30917: { program: 17, createdOn: '2025-05-01T00:00:00Z' },
  30912: { program: 12, createdOn: '2025-05-20T00:00:00Z' },
};

/** Every update id the fixtures hold: one per launch, one per event, the program ones. */
export const UPDATE_IDS = [
  ...Array.from({ length: 13 }, (_, i) => 20001 + i),
  ...EVENT_IDS.map((e) => 30000 + e),
  ...Object.keys(PROGRAM_UPDATES).map(Number),
];

/** created_on of every update, by id (launch updates are created on their launch's last_updated). */
export function updateCreatedOn(id: number): string {
  if (id < 30000) return LAUNCHES[`L${String(id - 20000).padStart(2, '0')}` as LaunchKey].last_updated as string;
  if (PROGRAM_UPDATES[id]) return PROGRAM_UPDATES[id].createdOn;
  return EVENTS[id - 30000].lastUpdated;
}

/* ---------------------------------------------------------------------------------------------- */
/* Import                                                                                         */
/* ---------------------------------------------------------------------------------------------- */


/** The documents, in the order they are imported (each as LL2 would answer its detailed list). */
export const DOCUMENTS: Array<{ entity: string; results: Json[] }> = [
  { entity: 'celestial_body', results: [EARTH_DETAILED] },
  { entity: 'space_station', results: STATION_IDS.map(stationEndpoint) },
  { entity: 'docking_event', results: DOCKING_IDS.map(dockingDetailed) },
  { entity: 'expedition', results: EXPEDITION_IDS.map(expeditionDetailed) },
  { entity: 'spacewalk', results: SPACEWALK_IDS.map(spacewalkDetailed) },
  { entity: 'event', results: EVENT_IDS.map(eventDetailed) },
  {
    entity: 'update',
    results: Object.entries(PROGRAM_UPDATES).map(([id, u]) => ({ ...update(Number(id), `${PROGRAMS[u.program].name} news.`, u.createdOn), program: programNormal(u.program) })),
  },
];

/** Imports the launch fixtures, then this world on top of them. */
export async function importStationsEventsFixtures(database: Database): Promise<void> {
  await importLaunchFixtures(database);
  for (const doc of DOCUMENTS) await importDocument(database, page(doc.results), { entity: doc.entity, version: '2.3.0' });
}

/** A fresh database with the fixtures, and an app whose clock is pinned to `now`. */
export async function stationsEventsFixtureApp(now: Date = FIXED_NOW): Promise<TestApp> {
  const database = await freshDatabase();
  await importStationsEventsFixtures(database);
  return testApp({ database, now });
}

/* ---------------------------------------------------------------------------------------------- */
/* What the tests ask                                                                             */
/* ---------------------------------------------------------------------------------------------- */

/** The list paths of the group, by a short name. */
export const PATHS = {
  events: '/2.3.0/events/',
  upcoming: '/2.3.0/events/upcoming/',
  previous: '/2.3.0/events/previous/',
  expeditions: '/2.3.0/expeditions/',
  spacewalks: '/2.3.0/spacewalks/',
  docking_events: '/2.3.0/docking_events/',
  space_stations: '/2.3.0/space_stations/',
  updates: '/2.3.0/updates/',
} as const;
export type Where = keyof typeof PATHS;
export const WHERES = Object.keys(PATHS) as Where[];

/** The modes each list path offers (the discriminator mapping of its Polymorphic* schema). */
export const MODES: Record<Where, Array<'list' | 'normal' | 'detailed'>> = {
  events: ['list', 'normal', 'detailed'],
  upcoming: ['list', 'normal', 'detailed'],
  previous: ['list', 'normal', 'detailed'],
  expeditions: ['normal', 'detailed'],
  spacewalks: ['list', 'normal', 'detailed'],
  docking_events: ['normal', 'detailed'],
  space_stations: ['normal', 'detailed'],
  updates: [],
};

/**
 * What each list holds without filters at FIXED_NOW. Upcoming events: date from 24 h ago on (804 is
 * exactly 24 h old, 803 6.5 h); previous: date up to now (803 and 804 are in both).
 */
export const BASELINE: Record<Where, number[]> = {
  events: EVENT_IDS,
  upcoming: [803, 804, 805, 806],
  previous: [801, 802, 803, 804, 807, 808],
  expeditions: EXPEDITION_IDS,
  spacewalks: SPACEWALK_IDS,
  docking_events: DOCKING_IDS,
  space_stations: STATION_IDS,
  updates: UPDATE_IDS,
};

export type { Pairs };

/** The URL of a list with these parameters (limit=100 by default so one page holds everything). */
export function listUrl(where: Where, pairs: Pairs, extra: Pairs = [['limit', '100']]): string {
  const qs = new URLSearchParams([...pairs, ...extra]).toString();
  return `${PATHS[where]}${qs ? `?${qs}` : ''}`;
}

export { sortedIds };
