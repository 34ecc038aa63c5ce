/**
 * A small hand-made set of 2.3.0 launches (detailed shape, modelled on seed 000) for the launch
 * filter tests. Thirteen launches, keyed L01..L13, chosen so that every documented launch filter
 * has something to tell apart:
 *
 * | key | NET (UTC)            | provider (parent)            | pad / location / body          | orbit (body)        | crew | notes
 * |-----|----------------------|------------------------------|--------------------------------|---------------------|------|------
 * | L01 | 2019-03-14 19:14:08  | ROSCOSMOS 63                 | 1/5, Baikonur 15, Earth        | LEO (Earth)         | yes  | program ISS
 * | L02 | 2024-09-28 17:17:22  | SpaceX 121                   | SLC-40, Cape Canaveral 12      | LEO                 | yes  | B1085, programs ISS + CCP, same NET as L03
 * | L03 | 2024-09-28 17:17:22  | SpaceX 121                   | LC-39A, Kennedy 27             | LEO                 | no   | B1077
 * | L04 | 2024-10-14 16:06:00  | SpaceX 121                   | LC-39A, Kennedy 27             | Helio-N/A (Sun)     | no   | 3 boosters, 2 video URLs
 * | L05 | 2024-10-04 10:25:00  | ULA 124                      | SLC-41, Cape Canaveral 12      | GTO                 | no   | partial failure
 * | L06 | 2024-05-19 14:35:00  | Blue Origin 141              | Corn Ranch 29                  | Suborbital 'Sub'    | yes  | orbital counts null
 * | L07 | 2023-12-15 04:05:00  | Rocket Lab 147               | LC-1A, Mahia 10                | SSO                 | no   | failure, '%' and '_' in names
 * | L08 | 2025-06-15 02:00:00  | Progress RSC 1046 (ROSCOSMOS)| 31/6, Baikonur 15              | LEO                 | no   | uncrewed spacecraft stage; 10 h before NOW
 * | L09 | 2025-06-16 09:30:00  | Khrunichev 96 (ROSCOSMOS)    | 35/1, Plesetsk 6               | GTO                 | no   | Go
 * | L10 | 2026-04-01 22:00:00  | NASA 44                      | LC-39B, Kennedy 27             | Lunar flyby (Moon)  | yes  | program Artemis
 * | L11 | 2025-11-20 21:00:00  | Arianespace 115              | ELA-4, Kourou 13               | (no mission)        | no   | every count null
 * | L12 | 2024-06-04 23:38:00  | CNSA 17                      | Chang'e 6 site, Apollo Basin 205, Moon | Lunar Orbit (Moon) | no | launched from the Moon
 * | L13 | 2025-06-14 12:00:00  | CAS Space 1040               | LA-140, Jiuquan 17             | PO                  | no   | exactly 24 h before NOW
 *
 * The clock of the app is pinned to FIXED_NOW (2025-06-15T12:00:00Z).
 */
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, testApp, type TestApp } from './app.ts';
import * as ll2 from './ll2-objects.ts';
import {
  API, COUNTRY, EARTH, agencyFrom, autoLogos, crewAstronaut, launchObject, mission, vidUrl, LAUNCH_STATUS, NET_PRECISION, agencyStats, celestialBody, plainProgram, celestialBodyMini, fixtureLocationText, image, wikiUrl,
  type Agency, type Json,
} from './ll2-objects.ts';

export const FIXED_NOW = new Date('2025-06-15T12:00:00Z');


export const LAUNCH_IDS = {
  L01: '0b7c1a01-5e2d-4f3a-9c81-7d2e4f6a0001',
  L02: '0b7c1a02-5e2d-4f3a-9c81-7d2e4f6a0002',
  L03: '0b7c1a03-5e2d-4f3a-9c81-7d2e4f6a0003',
  L04: '0b7c1a04-5e2d-4f3a-9c81-7d2e4f6a0004',
  L05: '0b7c1a05-5e2d-4f3a-9c81-7d2e4f6a0005',
  L06: '0b7c1a06-5e2d-4f3a-9c81-7d2e4f6a0006',
  L07: '0b7c1a07-5e2d-4f3a-9c81-7d2e4f6a0007',
  L08: '0b7c1a08-5e2d-4f3a-9c81-7d2e4f6a0008',
  L09: '0b7c1a09-5e2d-4f3a-9c81-7d2e4f6a0009',
  L10: '0b7c1a10-5e2d-4f3a-9c81-7d2e4f6a0010',
  L11: '0b7c1a11-5e2d-4f3a-9c81-7d2e4f6a0011',
  L12: '0b7c1a12-5e2d-4f3a-9c81-7d2e4f6a0012',
  L13: '0b7c1a13-5e2d-4f3a-9c81-7d2e4f6a0013',
} as const;

export type LaunchKey = keyof typeof LAUNCH_IDS;
export const ALL_KEYS = Object.keys(LAUNCH_IDS) as LaunchKey[];

const KEY_BY_ID = new Map<string, LaunchKey>(ALL_KEYS.map((k) => [LAUNCH_IDS[k], k]));

/** The fixture key of a launch id from a response (throws on an id that is not one of ours). */
export function keyOf(id: string): LaunchKey {
  const k = KEY_BY_ID.get(id);
  if (!k) throw new Error(`unexpected launch id in a response: ${id}`);
  return k;
}

/* ---------------------------------------------------------------------------------------------- */
/* Agencies                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

interface AgencyDef extends ll2.AgencyDef {
  parent: string | null;
  launchers: string;
  spacecraft: string;
  launches: number;
}

const ROSCOSMOS = 'Russian Federal Space Agency (ROSCOSMOS)';

const AGENCIES: Record<number, AgencyDef> = Object.fromEntries(
  (
    [
      { id: 121, name: 'SpaceX', abbrev: 'SpX', type: 'Commercial', country: ['USA'], parent: null, founding_year: 2002, launchers: 'Falcon', spacecraft: 'Dragon', launches: 480 },
      { id: 44, name: 'National Aeronautics and Space Administration', abbrev: 'NASA', type: 'Government', country: ['USA'], parent: null, founding_year: 1958, launchers: 'Space Shuttle | SLS', spacecraft: 'Orion', launches: 910 },
      { id: 63, name: ROSCOSMOS, abbrev: 'RFSA', type: 'Government', country: ['RUS'], parent: null, founding_year: 1992, launchers: 'Soyuz', spacecraft: 'Soyuz', launches: 1120 },
      { id: 96, name: 'Khrunichev State Research and Production Space Center', abbrev: 'KhSC', type: 'Government', country: ['RUS'], parent: ROSCOSMOS, founding_year: 1916, launchers: 'Proton | Angara', spacecraft: '', launches: 450 },
      { id: 1046, name: 'Progress Rocket Space Centre', abbrev: 'TsSKB-Progress', type: 'Government', country: ['RUS'], parent: ROSCOSMOS, founding_year: 1996, launchers: 'Soyuz', spacecraft: 'Progress', launches: 1250 },
      { id: 124, name: 'United Launch Alliance', abbrev: 'ULA', type: 'Commercial', country: ['USA'], parent: null, founding_year: 2006, launchers: 'Atlas | Delta | Vulcan', spacecraft: '', launches: 170 },
      { id: 141, name: 'Blue Origin', abbrev: 'BO', type: 'Commercial', country: ['USA'], parent: null, founding_year: 2000, launchers: 'New Shepard | New Glenn', spacecraft: 'New Shepard Capsule', launches: 30 },
      { id: 147, name: 'Rocket Lab', abbrev: 'RL', type: 'Commercial', country: ['USA', 'NZL'], parent: null, founding_year: 2006, launchers: 'Electron', spacecraft: 'Photon', launches: 60 },
      { id: 115, name: 'Arianespace', abbrev: 'ASA', type: 'Commercial', country: ['FRA'], parent: null, founding_year: 1980, launchers: 'Ariane | Vega', spacecraft: '', launches: 330 },
      { id: 17, name: 'China National Space Administration', abbrev: 'CNSA', type: 'Government', country: ['CHN'], parent: null, founding_year: 1993, launchers: 'Long March', spacecraft: "Chang'e", launches: 600 },
      { id: 1040, name: 'CAS Space', abbrev: 'CAS', type: 'Commercial', country: ['CHN'], parent: null, founding_year: 2018, launchers: 'Zhongke', spacecraft: '', launches: 12 },
      { id: 27, name: 'European Space Agency', abbrev: 'ESA', type: 'Multinational', country: ['FRA'], parent: null, founding_year: 1975, launchers: 'Ariane', spacecraft: 'ATV', launches: 0 },
      { id: 16, name: 'Canadian Space Agency', abbrev: 'CSA', type: 'Government', country: ['CAN'], parent: null, founding_year: 1989, launchers: '', spacecraft: '', launches: 0 },
      { id: 1029, name: 'ArianeGroup', abbrev: 'AG', type: 'Commercial', country: ['FRA'], parent: null, founding_year: 2015, launchers: 'Ariane', spacecraft: '', launches: 0 },
    ] as AgencyDef[]
  ).map((a) => [a.id, a]),
);

/** The agency as these fixtures show it (the statistics follow from its launch count). */
function agencyOf(id: number): Agency {
  const a = AGENCIES[id];
  const description = `${a.name} is a launch service provider and space agency used in the launch filter fixtures.`;
  return agencyFrom(a, { featured: a.launches > 100, description, launchers: a.launchers, spacecraft: a.spacecraft, parent: a.parent, ...autoLogos(id, a.name) });
}

const agencyMini = (id: number) => ll2.agencyMini(agencyOf(id));
/** AgencyNormal (as pads and spacecraft configurations nest it). */
const agencyNormal = (id: number) => ll2.agencyNormal(agencyOf(id));

/** AgencyDetailed (as a launch's provider and a configuration's manufacturer nest it). */
function agencyDetailed(id: number): Json {
  const n = AGENCIES[id].launches;
  const stats = agencyStats({
    total_launch_count: n,
    consecutive_successful_launches: Math.floor(n / 10),
    successful_launches: n - Math.floor(n / 20),
    failed_launches: Math.floor(n / 20),
    pending_launches: 3,
  });
  return ll2.agencyDetailed(agencyOf(id), stats, { info_url: null, wiki_url: wikiUrl(AGENCIES[id].name), social_media_links: [] });
}

const STATUS = LAUNCH_STATUS;

/* ---------------------------------------------------------------------------------------------- */
/* Places                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

const BODY: Record<number, Json> = {
  1: EARTH,
  2: celestialBody({
    id: 2, name: 'Moon', type: { id: 2, name: 'Satellite' }, diameter: 3474800.0, mass: 7.346e22, gravity: 1.62,
    length_of_day: '29 12:44:00', atmosphere: false, image: image(2041, 'Full Moon', 'NASA'),
    description: "The Moon is Earth's only natural satellite.", wiki_url: 'https://en.wikipedia.org/wiki/Moon',
  }),
  3: celestialBody({
    id: 3, name: 'Sun', type: { id: 3, name: 'Star' }, diameter: 1392700000.0, mass: 1.989e30, gravity: 274.0,
    length_of_day: '25 09:07:00', atmosphere: true, image: image(2042, 'The Sun', 'NASA SDO'),
    description: 'The Sun is the star at the centre of the Solar System.', wiki_url: 'https://en.wikipedia.org/wiki/Sun',
  }),
};

const bodyMini = (id: number): Json => celestialBodyMini(id, BODY[id].name);

interface LocationDef { id: number; name: string; body: number; country: string | null; lat: number; lon: number; tz: string }
const LOCATIONS: Record<number, LocationDef> = Object.fromEntries(
  (
    [
      { id: 15, name: 'Baikonur Cosmodrome, Republic of Kazakhstan', body: 1, country: 'KAZ', lat: 45.92, lon: 63.342, tz: 'Asia/Qyzylorda' },
      { id: 12, name: 'Cape Canaveral SFS, FL, USA', body: 1, country: 'USA', lat: 28.49, lon: -80.58, tz: 'America/New_York' },
      { id: 27, name: 'Kennedy Space Center, FL, USA', body: 1, country: 'USA', lat: 28.6, lon: -80.6, tz: 'America/New_York' },
      { id: 29, name: 'Corn Ranch, Van Horn, TX, USA', body: 1, country: 'USA', lat: 31.42, lon: -104.76, tz: 'America/Chicago' },
      { id: 10, name: 'Onenui Station, Mahia Peninsula, New Zealand', body: 1, country: 'NZL', lat: -39.26, lon: 177.86, tz: 'Pacific/Auckland' },
      { id: 6, name: 'Plesetsk Cosmodrome, Russian Federation', body: 1, country: 'RUS', lat: 62.93, lon: 40.58, tz: 'Europe/Moscow' },
      { id: 13, name: 'Guiana Space Centre, French Guiana', body: 1, country: 'GUF', lat: 5.16, lon: -52.65, tz: 'America/Cayenne' },
      { id: 205, name: 'Apollo Basin, Moon', body: 2, country: null, lat: -41.64, lon: -153.99, tz: 'UTC' },
      { id: 17, name: "Jiuquan Satellite Launch Center, People's Republic of China", body: 1, country: 'CHN', lat: 40.958056, lon: 100.291111, tz: 'Asia/Shanghai' },
    ] as LocationDef[]
  ).map((l) => [l.id, l]),
);

function location(id: number): Json {
  const l = LOCATIONS[id];
  return ll2.location({
    id, name: l.name, celestial_body: BODY[l.body], active: true, country: l.country ? COUNTRY[l.country] : null, ...fixtureLocationText(id, l.name),
    longitude: l.lon, latitude: l.lat, timezone_name: l.tz, total_launch_count: 100 + id, total_landing_count: 0,
  });
}

interface PadDef { id: number; name: string; location: number; agencies: number[] }
const PADS: Record<number, PadDef> = Object.fromEntries(
  (
    [
      { id: 7, name: '1/5', location: 15, agencies: [63] },
      { id: 85, name: '31/6', location: 15, agencies: [63] },
      { id: 80, name: 'Space Launch Complex 40', location: 12, agencies: [121] },
      { id: 29, name: 'Space Launch Complex 41', location: 12, agencies: [124] },
      { id: 87, name: 'Launch Complex 39A', location: 27, agencies: [121, 44] },
      { id: 88, name: 'Launch Complex 39B', location: 27, agencies: [44] },
      { id: 104, name: 'West Texas Suborbital Launch Site/ Corn Ranch', location: 29, agencies: [141] },
      { id: 166, name: 'Rocket Lab Launch Complex 1A', location: 10, agencies: [147] },
      { id: 43, name: 'Site 35/1', location: 6, agencies: [96] },
      { id: 200, name: 'ELA-4', location: 13, agencies: [115] },
      { id: 300, name: "Chang'e 6 Landing Site", location: 205, agencies: [17] },
      { id: 244, name: 'Launch Area 140', location: 17, agencies: [1040] },
    ] as PadDef[]
  ).map((p) => [p.id, p]),
);

function pad(id: number): Json {
  const p = PADS[id];
  const l = LOCATIONS[p.location];
  return ll2.pad({
    id, name: p.name, active: true, agencies: p.agencies.map(agencyNormal), image: null, description: '', info_url: null, wiki_url: null,
    latitude: l.lat, longitude: l.lon, country: l.country ? COUNTRY[l.country] : null,
    total_launch_count: 10 + id, orbital_launch_attempt_count: 10 + id, fastest_turnaround: null, location: location(p.location),
  });
}

const ORBITS: Record<number, Json> = {
  8: { id: 8, name: 'Low Earth Orbit', abbrev: 'LEO', celestial_body: bodyMini(1) },
  24: { id: 24, name: 'Heliocentric N/A', abbrev: 'Helio-N/A', celestial_body: bodyMini(3) },
  2: { id: 2, name: 'Geostationary Transfer Orbit', abbrev: 'GTO', celestial_body: bodyMini(1) },
  15: { id: 15, name: 'Suborbital', abbrev: 'Sub', celestial_body: bodyMini(1) },
  17: { id: 17, name: 'Sun-Synchronous Orbit', abbrev: 'SSO', celestial_body: bodyMini(1) },
  32: { id: 32, name: 'Lunar flyby', abbrev: 'Lunar Flyby', celestial_body: bodyMini(2) },
  33: { id: 33, name: 'Lunar Orbit', abbrev: 'LO', celestial_body: bodyMini(2) },
  13: { id: 13, name: 'Polar Orbit', abbrev: 'PO', celestial_body: bodyMini(1) },
};
/* ---------------------------------------------------------------------------------------------- */
/* Vehicles                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

interface ConfigDef { id: number; name: string; full_name: string; variant: string; manufacturer: number; reusable: boolean; maiden: string | null }
const CONFIGS: Record<number, ConfigDef> = Object.fromEntries(
  (
    [
      { id: 32, name: 'Soyuz', full_name: 'Soyuz FG', variant: 'FG', manufacturer: 1046, reusable: false, maiden: '2001-05-21' },
      { id: 164, name: 'Falcon 9', full_name: 'Falcon 9 Block 5', variant: 'Block 5', manufacturer: 121, reusable: true, maiden: '2018-05-11' },
      { id: 161, name: 'Falcon Heavy', full_name: 'Falcon Heavy', variant: '', manufacturer: 121, reusable: true, maiden: '2018-02-06' },
      { id: 496, name: 'Vulcan', full_name: 'Vulcan VC2S', variant: 'VC2S', manufacturer: 124, reusable: false, maiden: '2024-01-08' },
      { id: 145, name: 'New Shepard', full_name: 'New Shepard', variant: '', manufacturer: 141, reusable: true, maiden: '2015-04-29' },
      { id: 26, name: 'Electron', full_name: 'Electron', variant: '', manufacturer: 147, reusable: false, maiden: '2017-05-25' },
      { id: 27, name: 'Soyuz 2.1a', full_name: 'Soyuz 2.1a', variant: '2.1a', manufacturer: 1046, reusable: false, maiden: '2004-11-08' },
      { id: 140, name: 'Angara A5', full_name: 'Angara A5', variant: 'A5', manufacturer: 96, reusable: false, maiden: '2014-12-23' },
      { id: 188, name: 'SLS Block 1', full_name: 'Space Launch System Block 1', variant: 'Block 1', manufacturer: 44, reusable: false, maiden: '2022-11-16' },
      { id: 470, name: 'Ariane 6', full_name: 'Ariane 64', variant: '64', manufacturer: 1029, reusable: false, maiden: null },
      { id: 520, name: "Chang'e 6 Ascender", full_name: "Chang'e 6 Ascender", variant: '', manufacturer: 17, reusable: false, maiden: '2024-06-04' },
      { id: 541, name: 'Kinetica 2', full_name: 'Kinetica 2', variant: '', manufacturer: 1040, reusable: true, maiden: '2025-06-14' },
    ] as ConfigDef[]
  ).map((c) => [c.id, c]),
);

function launcherConfig(id: number): Json {
  const c = CONFIGS[id];
  return ll2.launcherConfig({
    id, name: c.name, families: [], full_name: c.full_name, variant: c.variant, active: true, is_placeholder: false,
    manufacturer: agencyDetailed(c.manufacturer), program: [], reusable: c.reusable, image: image(6000 + id, `${c.full_name} on the pad`),
    min_stage: 2, max_stage: 3, length: 50.0, diameter: 3.7, maiden_flight: c.maiden, launch_cost: null, launch_mass: 500.0,
    leo_capacity: 10000.0, gto_capacity: null, to_thrust: 7000.0,
    stats: {
      total_launch_count: 10, consecutive_successful_launches: 5, successful_launches: 9, failed_launches: 1, pending_launches: 2,
      attempted_landings: 0, successful_landings: 0, failed_landings: 0, consecutive_successful_landings: 0,
    },
    fastest_turnaround: null,
  });
}

/** A first stage (FirstStageNormal) with its booster (LauncherNormal). */
function firstStage(id: number, launcherId: number, serial: string, type: 'Core' | 'Side', flightNumber: number): Json {
  return {
    id,
    type,
    reused: flightNumber > 1,
    launcher_flight_number: flightNumber,
    launcher: {
      response_mode: 'normal',
      id: launcherId,
      url: `${API}/launchers/${launcherId}/`,
      flight_proven: flightNumber > 1,
      serial_number: serial,
      is_placeholder: false,
      status: { id: 1, name: 'Active' },
      image: null,
      details: `Booster ${serial}.`,
      successful_landings: flightNumber,
      attempted_landings: flightNumber,
      flights: flightNumber,
      last_launch_date: null,
      first_launch_date: null,
      fastest_turnaround: null,
    },
    previous_flight_date: null,
    turn_around_time: null,
    landing: null,
    previous_flight: null,
  };
}

interface AstronautDef { id: number; name: string; agency: number; country: string; born: string }
const ASTRONAUTS: Record<number, AstronautDef> = Object.fromEntries(
  (
    [
      { id: 101, name: 'Aleksey Ovchinin', agency: 63, country: 'RUS', born: '1971-09-28' },
      { id: 102, name: 'Nick Hague', agency: 44, country: 'USA', born: '1975-09-14' },
      { id: 103, name: 'Christina Koch', agency: 44, country: 'USA', born: '1979-01-29' },
      { id: 104, name: 'Aleksandr Gorbunov', agency: 63, country: 'RUS', born: '1990-06-24' },
      { id: 105, name: 'Ed Dwight', agency: 141, country: 'USA', born: '1933-09-09' },
      { id: 106, name: 'Reid Wiseman', agency: 44, country: 'USA', born: '1975-11-11' },
      { id: 107, name: 'Victor Glover', agency: 44, country: 'USA', born: '1976-04-30' },
      { id: 108, name: 'Jeremy Hansen', agency: 16, country: 'CAN', born: '1976-01-27' },
    ] as AstronautDef[]
  ).map((a) => [a.id, a]),
);

function astronautFlight(id: number, astronautId: number, role: 'Commander' | 'Pilot' | 'Mission Specialist' | 'Passenger'): Json {
  const a = ASTRONAUTS[astronautId];
  return ll2.astronautFlight(id, role, crewAstronaut({
    id: a.id, name: a.name, agency: agencyMini(a.agency), born: a.born, country: a.country, type: a.agency === 141 ? 'Private' : 'Government',
    time_in_space: 'P30D', eva_time: 'P0D', age: 45, first_flight: null, last_flight: null,
  }));
}

interface SpacecraftConfigDef { id: number; name: string; agency: number; human_rated: boolean; crew: number | null }
const SPACECRAFT_CONFIGS: Record<number, SpacecraftConfigDef> = {
  9: { id: 9, name: 'Soyuz MS', agency: 63, human_rated: true, crew: 3 },
  18: { id: 18, name: 'Crew Dragon', agency: 121, human_rated: true, crew: 4 },
  21: { id: 21, name: 'New Shepard Crew Capsule', agency: 141, human_rated: true, crew: 6 },
  12: { id: 12, name: 'Progress MS', agency: 63, human_rated: false, crew: null },
  23: { id: 23, name: 'Orion', agency: 44, human_rated: true, crew: 4 },
};

/** A spacecraft stage (SpacecraftFlightDetailedSerializerNoLaunch) with its spacecraft and crew. */
function spacecraftFlight(id: number, spacecraftId: number, spacecraftName: string, configId: number, crew: Json[]): Json {
  const c = SPACECRAFT_CONFIGS[configId];
  return {
    id,
    url: `${API}/spacecraft_flights/${id}/`,
    destination: 'Low Earth Orbit',
    mission_end: null,
    spacecraft: {
      response_mode: 'detailed',
      id: spacecraftId,
      url: `${API}/spacecraft/${spacecraftId}/`,
      name: spacecraftName,
      serial_number: spacecraftName,
      is_placeholder: false,
      image: null,
      in_space: false,
      time_in_space: 'P10D',
      time_docked: 'P0D',
      flights_count: 1,
      mission_ends_count: 0,
      status: { id: 1, name: 'Active' },
      description: `${spacecraftName} (fixture spacecraft).`,
      spacecraft_config: {
        response_mode: 'detailed',
        id: c.id,
        url: `${API}/spacecraft_configurations/${c.id}/`,
        name: c.name,
        type: { id: 2, name: 'Capsule' },
        agency: agencyNormal(c.agency),
        family: [],
        in_use: true,
        image: null,
        capability: '',
        history: '',
        details: '',
        maiden_flight: null,
        height: null,
        diameter: null,
        human_rated: c.human_rated,
        crew_capacity: c.crew,
        payload_capacity: null,
        payload_return_capacity: null,
        flight_life: null,
        wiki_link: '',
        info_link: '',
        spacecraft_flown: 1,
        total_launch_count: 1,
        successful_launches: 1,
        failed_launches: 0,
        attempted_landings: 0,
        successful_landings: 0,
        failed_landings: 0,
        fastest_turnaround: null,
      },
      fastest_turnaround: null,
    },
    landing: null,
    duration: null,
    turn_around_time: null,
    response_mode: 'detailed',
    launch_crew: crew,
    onboard_crew: [],
    landing_crew: [],
    docking_events: [],
  };
}

const PROGRAMS: Record<number, Json> = {
  17: { id: 17, name: 'International Space Station', agencies: [44, 63, 27], type: { id: 1, name: 'Human spaceflight' }, start: '1998-11-20T00:00:00Z' },
  19: { id: 19, name: 'Commercial Crew Program', agencies: [44], type: { id: 1, name: 'Human spaceflight' }, start: '2011-01-01T00:00:00Z' },
  12: { id: 12, name: 'Artemis', agencies: [44, 27, 16], type: { id: 1, name: 'Human spaceflight' }, start: '2017-12-11T00:00:00Z' },
  30: { id: 30, name: 'Chinese Lunar Exploration Program', agencies: [17], type: { id: 2, name: 'Lunar exploration' }, start: '2004-01-23T00:00:00Z' },
};

function program(id: number): Json {
  const p = PROGRAMS[id];
  return plainProgram(id, p.name, p.agencies.map(agencyMini), p.start, p.type);
}

export const VIDEO = {
  crew9: 'https://www.youtube.com/watch?v=crew9-fixture',
  starlink: 'https://www.youtube.com/watch?v=starlink-10-5-fixture',
  clipper: 'https://www.youtube.com/watch?v=europa-clipper-fixture',
  nasaLive: 'https://www.nasa.gov/nasatv/',
};

/* ---------------------------------------------------------------------------------------------- */
/* Launches                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

/** The eight counts, in the order orbital, location, pad, agency, then the same four `_year`. */
type Counts = [number | null, number | null, number | null, number | null, number | null, number | null, number | null, number | null];

interface MissionDef { id: number; name: string; type: string; orbit: number; agencies: number[] }

interface LaunchDef {
  key: LaunchKey;
  name: string;
  designator: string | null;
  status: number;
  net: string;
  window_start: string;
  window_end: string;
  last_updated: string;
  lsp: number;
  config: number;
  rocketId: number;
  stages?: Json[];
  spacecraft?: Json[];
  mission: MissionDef | null;
  pad: number;
  programs: number[];
  videos: Json[];
  counts: Counts;
}

const DEFS: LaunchDef[] = [
  {
    key: 'L01', name: 'Soyuz FG | Soyuz MS-12', designator: '2019-016', status: 3,
    net: '2019-03-14T19:14:08Z', window_start: '2019-03-14T19:14:08Z', window_end: '2019-03-14T19:14:08Z', last_updated: '2019-03-15T00:00:00Z',
    lsp: 63, config: 32, rocketId: 8001,
    spacecraft: [spacecraftFlight(9001, 501, 'Soyuz MS-12', 9, [astronautFlight(7001, 101, 'Commander'), astronautFlight(7002, 102, 'Pilot'), astronautFlight(7003, 103, 'Mission Specialist')])],
    mission: { id: 1001, name: 'Soyuz MS-12', type: 'Human Exploration', orbit: 8, agencies: [63, 44] },
    pad: 7, programs: [17], videos: [],
    counts: [5600, 1450, 210, 1100, 100, 15, 3, 10],
  },
  {
    key: 'L02', name: 'Falcon 9 Block 5 | Crew-9', designator: '2024-179', status: 3,
    net: '2024-09-28T17:17:22Z', window_start: '2024-09-28T17:17:22Z', window_end: '2024-09-28T17:17:22Z', last_updated: '2024-10-01T00:00:00Z',
    lsp: 121, config: 164, rocketId: 8002,
    stages: [firstStage(6001, 1085, 'B1085', 'Core', 2)],
    spacecraft: [spacecraftFlight(9002, 502, 'Crew Dragon Freedom', 18, [astronautFlight(7004, 102, 'Commander'), astronautFlight(7005, 104, 'Mission Specialist')])],
    mission: { id: 1002, name: 'Crew-9', type: 'Human Exploration', orbit: 8, agencies: [44, 121] },
    pad: 80, programs: [17, 19], videos: [vidUrl(VIDEO.crew9, 'Crew-9 Mission', 'SpaceX')],
    counts: [6900, 950, 120, 380, 190, 80, 40, 100],
  },
  {
    key: 'L03', name: 'Falcon 9 Block 5 | Starlink Group 10-5', designator: '2024-180', status: 3,
    net: '2024-09-28T17:17:22Z', window_start: '2024-09-28T15:00:00Z', window_end: '2024-09-28T19:00:00Z', last_updated: '2024-10-01T00:00:00Z',
    lsp: 121, config: 164, rocketId: 8003,
    stages: [firstStage(6002, 1077, 'B1077', 'Core', 14)],
    mission: { id: 1003, name: 'Starlink Group 10-5', type: 'Communications', orbit: 8, agencies: [] },
    pad: 87, programs: [], videos: [vidUrl(VIDEO.starlink, 'Starlink Mission', 'SpaceX')],
    counts: [6901, 951, 45, 381, 191, 81, 12, 101],
  },
  {
    key: 'L04', name: 'Falcon Heavy | Europa Clipper', designator: '2024-182', status: 3,
    net: '2024-10-14T16:06:00Z', window_start: '2024-10-14T16:06:00Z', window_end: '2024-10-14T16:06:00Z', last_updated: '2024-10-01T00:00:00Z',
    lsp: 121, config: 161, rocketId: 8004,
    stages: [firstStage(6003, 1064, 'B1064', 'Side', 6), firstStage(6004, 1065, 'B1065', 'Side', 6), firstStage(6005, 1086, 'B1086', 'Core', 1)],
    mission: { id: 1004, name: 'Europa Clipper', type: 'Planetary Science', orbit: 24, agencies: [44] },
    pad: 87, programs: [], videos: [vidUrl(VIDEO.clipper, 'Europa Clipper Launch', 'SpaceX'), vidUrl(VIDEO.nasaLive, 'NASA TV', 'NASA')],
    counts: [6950, 970, 190, 395, 210, 90, 8, 110],
  },
  {
    key: 'L05', name: 'Vulcan VC2S | Cert-2', designator: '2024-178', status: 7,
    net: '2024-10-04T10:25:00Z', window_start: '2024-10-04T10:00:00Z', window_end: '2024-10-04T13:00:00Z', last_updated: '2024-10-01T00:00:00Z',
    lsp: 124, config: 496, rocketId: 8005,
    mission: { id: 1005, name: 'Cert-2', type: 'Test Flight', orbit: 2, agencies: [124] },
    pad: 29, programs: [], videos: [],
    counts: [6930, 960, 101, 170, 200, 85, 2, 2],
  },
  {
    key: 'L06', name: 'New Shepard | NS-25', designator: null, status: 3,
    net: '2024-05-19T14:35:00Z', window_start: '2024-05-19T13:30:00Z', window_end: '2024-05-19T17:30:00Z', last_updated: '2024-05-20T08:00:00Z',
    lsp: 141, config: 145, rocketId: 8006,
    stages: [firstStage(6006, 1200, 'NS4', 'Core', 25)],
    spacecraft: [spacecraftFlight(9003, 503, 'RSS First Step', 21, [astronautFlight(7006, 105, 'Passenger')])],
    mission: { id: 1006, name: 'NS-25', type: 'Tourism', orbit: 15, agencies: [] },
    pad: 104, programs: [], videos: [],
    counts: [null, 30, 25, 25, null, 1, 1, 1],
  },
  {
    key: 'L07', name: 'Electron | Owl_Night Returns 100%', designator: '2023-200', status: 4,
    net: '2023-12-15T04:05:00Z', window_start: '2023-12-15T04:00:00Z', window_end: '2023-12-15T06:00:00Z', last_updated: '2023-12-16T10:00:00Z',
    lsp: 147, config: 26, rocketId: 8007,
    mission: { id: 1007, name: 'Owl_Night Returns 100%', type: 'Earth Science', orbit: 17, agencies: [] },
    pad: 166, programs: [], videos: [],
    counts: [6700, 40, 38, 42, 221, 9, 8, 10],
  },
  {
    key: 'L08', name: 'Soyuz 2.1a | Progress MS-31', designator: '2025-130', status: 3,
    net: '2025-06-15T02:00:00Z', window_start: '2025-06-15T02:00:00Z', window_end: '2025-06-15T02:00:00Z', last_updated: '2025-06-15T03:00:00Z',
    lsp: 1046, config: 27, rocketId: 8008,
    spacecraft: [spacecraftFlight(9004, 504, 'Progress MS-31', 12, [])],
    mission: { id: 1008, name: 'Progress MS-31', type: 'Resupply', orbit: 8, agencies: [63] },
    pad: 85, programs: [17], videos: [],
    counts: [7100, 1560, 120, 1200, 130, 6, 2, 8],
  },
  {
    key: 'L09', name: 'Angara A5 | Test Payload 100', designator: null, status: 1,
    net: '2025-06-16T09:30:00Z', window_start: '2025-06-16T09:00:00Z', window_end: '2025-06-16T13:00:00Z', last_updated: '2025-06-14T20:00:00Z',
    lsp: 96, config: 140, rocketId: 8009,
    mission: { id: 1009, name: 'Test Payload 100', type: 'Test Flight', orbit: 2, agencies: [] },
    pad: 43, programs: [], videos: [],
    counts: [7101, 300, 3, 40, 131, 4, 1, 3],
  },
  {
    key: 'L10', name: 'SLS Block 1 | Artemis II', designator: null, status: 2,
    net: '2026-04-01T22:00:00Z', window_start: '2026-04-01T22:00:00Z', window_end: '2026-04-02T00:00:00Z', last_updated: '2025-06-01T00:00:00Z',
    lsp: 44, config: 188, rocketId: 8010,
    spacecraft: [
      spacecraftFlight(9005, 505, 'Orion CM-003 Integrity', 23, [
        astronautFlight(7007, 106, 'Commander'),
        astronautFlight(7008, 107, 'Pilot'),
        astronautFlight(7009, 103, 'Mission Specialist'),
        astronautFlight(7010, 108, 'Mission Specialist'),
      ]),
    ],
    mission: { id: 1010, name: 'Artemis II', type: 'Human Exploration', orbit: 32, agencies: [44, 16] },
    pad: 88, programs: [12], videos: [vidUrl(VIDEO.nasaLive, 'NASA TV', 'NASA')],
    counts: [7400, 250, 20, 900, 60, 20, 2, 12],
  },
  {
    key: 'L11', name: 'Ariane 64 | Unknown Payload', designator: null, status: 2,
    net: '2025-11-20T21:00:00Z', window_start: '2025-11-20T20:00:00Z', window_end: '2025-11-21T00:00:00Z', last_updated: '2025-05-01T00:00:00Z',
    lsp: 115, config: 470, rocketId: 8011,
    mission: null,
    pad: 200, programs: [], videos: [],
    counts: [null, null, null, null, null, null, null, null],
  },
  {
    key: 'L12', name: "Chang'e 6 Ascender | Chang'e 6 Ascent", designator: null, status: 3,
    net: '2024-06-04T23:38:00Z', window_start: '2024-06-04T23:38:00Z', window_end: '2024-06-04T23:38:00Z', last_updated: '2024-06-05T00:00:00Z',
    lsp: 17, config: 520, rocketId: 8012,
    mission: { id: 1012, name: "Chang'e 6 Ascent", type: 'Planetary Science', orbit: 33, agencies: [17, 27] },
    pad: 300, programs: [30], videos: [],
    counts: [6800, 1, 1, 600, 110, 1, 1, 35],
  },
  {
    key: 'L13', name: 'Kinetica 2 | Demo Flight (Owl Night)', designator: '2025-128', status: 3,
    net: '2025-06-14T12:00:00Z', window_start: '2025-06-14T11:30:00Z', window_end: '2025-06-14T13:30:00Z', last_updated: '2025-06-14T13:00:00Z',
    lsp: 1040, config: 541, rocketId: 8013,
    mission: { id: 1013, name: 'Demo Flight (Owl Night)', type: 'Test Flight', orbit: 13, agencies: [] },
    pad: 244, programs: [], videos: [],
    counts: [7099, 90, 10, 12, 129, 5, 4, 4],
  },
];

function launch(d: LaunchDef): Json {
  return launchObject({
    id: LAUNCH_IDS[d.key],
    name: d.name,
    response_mode: 'detailed',
    launch_designator: d.designator,
    status: STATUS[d.status],
    last_updated: d.last_updated,
    net: d.net,
    net_precision: d.status === 2 ? NET_PRECISION.MONTH : d.net.endsWith(':00Z') ? NET_PRECISION.MIN : NET_PRECISION.SEC,
    window_end: d.window_end,
    window_start: d.window_start,
    image: image(2700 + Number(d.key.slice(1)), `${d.name} image`),
    probability: d.status === 1 ? 80 : null,
    failreason: d.status === 4 ? 'Second stage anomaly.' : '',
    launch_service_provider: agencyDetailed(d.lsp),
    rocket: {
      id: d.rocketId,
      configuration: launcherConfig(d.config),
      launcher_stage: d.stages ?? [],
      spacecraft_stage: d.spacecraft ?? [],
      payloads: [],
    },
    mission: d.mission && mission(d.mission.id, d.mission.name, d.mission.type, ORBITS[d.mission.orbit], d.mission.agencies.map(agencyDetailed)),
    pad: pad(d.pad),
    program: d.programs.map(program),
    counts: d.counts,
    detailed: {
      updates: [{ id: 20000 + Number(d.key.slice(1)), profile_image: null, comment: 'Added launch.', info_url: null, created_by: 'fixture', created_on: d.last_updated }],
      vid_urls: d.videos,
      pad_turnaround: 'P30D',
    },
  });
}

/** The 13 launches as LL2 2.3.0 would send them in detailed mode, keyed L01..L13. */
export const LAUNCHES: Record<LaunchKey, Json> = Object.fromEntries(DEFS.map((d) => [d.key, launch(d)])) as Record<LaunchKey, Json>;

/** Imports the fixture launches into a database, as one page. */
export async function importLaunchFixtures(database: Database): Promise<void> {
  const results = ALL_KEYS.map((k) => LAUNCHES[k]);
  await importDocument(database, { count: results.length, next: null, previous: null, results }, { entity: 'launch' });
}

/** A fresh database with the fixture launches, and an app whose clock is pinned to `now`. */
export async function launchFixtureApp(now: Date = FIXED_NOW): Promise<TestApp> {
  const database = await freshDatabase();
  await importLaunchFixtures(database);
  return testApp({ database, now });
}
