/**
 * A small hand-made set of complete 2.3.0 objects for the vehicle endpoints (launcher configuration
 * families, launcher configurations, launchers, landings, payloads, payload flights, spacecraft,
 * spacecraft configuration families, spacecraft configurations, spacecraft flights).
 *
 * Every object is written in its most complete form (the union of the keys of all the shapes that show
 * it), so that each endpoint's pages in every mode and its `{id}` detail are complete. The data reach the
 * database as LL2 documents: eight launches in detailed mode (their rockets carry the first stages with
 * boosters and landings, the spacecraft flights with their crews, the payload flights), plus the
 * objects no launch reaches (families, configurations, spacecraft and payloads that never flew).
 *
 * | launch | name                                         | rocket (config)    | first stages (landing)                            | spacecraft flights (landing) | payload flights (landing)
 * |--------|----------------------------------------------|--------------------|---------------------------------------------------|------------------------------|--------------------------
 * | X1     | Falcon 9 Block 5 | Crew-9                    | Falcon 9 (164)     | B1085 (LD1 RTLS LZ-1)                             | SF1 Freedom (LD2)            | -
 * | X2     | Falcon Heavy | Europa Clipper                | Falcon Heavy (161) | B1064 (LD3), B1065 (LD4), Unknown (LD11, no attempt) | -                         | PF1 Europa Clipper (LD13)
 * | X3     | Falcon 9 Block 5 | Starlink Group 9-17       | Falcon 9 (164)     | B1062 (LD5 ASDS, failed)                          | -                            | PF2 Starlink x21 (LD14)
 * | X4     | Soyuz 2.1a | Soyuz MS-25                     | Soyuz 2.1a (27)    | -                                                 | SF2 Soyuz MS-25 (LD6)        | -
 * | X5     | Long March 2F | Reusable Spacecraft Flight 3 | Long March 2F (60) | -                                                 | SF3 reusable craft (LD7)     | PF3 return capsule (LD8)
 * | X6     | New Glenn | NG-1                             | New Glenn (600)    | GS1-SN001 (LD9 ASDS, failed)                      | -                            | PF4 Blue Ring Pathfinder (LD15)
 * | X7     | Falcon 9 Block 5 | Starlink Group 12-5       | Falcon 9 (164)     | B1080 (LD10 ASDS)                                 | -                            | PF5 Starlink x23 (LD16)
 * | X8     | Falcon 9 Block 5 | Crew-4                    | Falcon 9 (164)     | -                                                 | SF4 Freedom (LD12)           | -
 *
 * The official document declares some relations non-nullable that LL2 answers null in practice (a
 * flight's `landing`, a first stage's `previous_flight`, every target of a docking event); the data
 * respect the document: every flight has a landing (LD13-16 are "no attempt" entries), every first
 * stage a previous flight, and no flight has docking events. The one requirement no landing can meet
 * (a first stage, a spacecraft flight and a payload flight at once) is in the validator's
 * KNOWN_DEVIATIONS (test/support/openapi.ts).
 */
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, testApp, type TestApp } from './app.ts';
import * as ll2 from './ll2-objects.ts';
import {
  API, COUNTRY, LAUNCH_STATUS, NET_PRECISION, agencyDetailed, agencyFrom, crewAstronaut, launchObject, mission, agencyStats, celestialBodyMini, fixtureLocationText, image, page, plainProgram, wikiUrl,
  type Agency, type AgencyDef, type Json,
} from './ll2-objects.ts';

/* ---------------------------------------------------------------------------------------------- */
/* Agencies                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

export const AGENCIES: Record<number, Omit<AgencyDef, 'id'>> = {
  121: { name: 'SpaceX', abbrev: 'SpX', type: 'Commercial', country: ['USA'], founding_year: 2002 },
  44: { name: 'National Aeronautics and Space Administration', abbrev: 'NASA', type: 'Government', country: ['USA'], founding_year: 1958 },
  63: { name: 'Russian Federal Space Agency (ROSCOSMOS)', abbrev: 'RFSA', type: 'Government', country: ['RUS'], founding_year: 1992 },
  115: { name: 'Arianespace', abbrev: 'ASA', type: 'Commercial', country: ['FRA'], founding_year: 1980 },
  27: { name: 'European Space Agency', abbrev: 'ESA', type: 'Multinational', country: ['FRA', 'DEU'], founding_year: 1975 },
  88: { name: 'China Aerospace Science and Technology Corporation', abbrev: 'CASC', type: 'Government', country: ['CHN'], founding_year: 1999 },
  257: { name: 'Northrop Grumman', abbrev: 'NG', type: 'Commercial', country: ['USA'], founding_year: 1994 },
  141: { name: 'Blue Origin', abbrev: 'BO', type: 'Commercial', country: ['USA'], founding_year: 2000 },
};

function agencyOf(id: number): Agency {
  const a = AGENCIES[id];
  return agencyFrom({ id, ...a }, { featured: a.type === 'Commercial', description: `${a.name} (fixture agency).`, logo: image(3000 + id, `${a.name} logo`), social_logo: null });
}

/** An agency with every key of AgencyDetailed (it is shown as AgencyMini, AgencyNormal and AgencyDetailed). */
function agency(id: number): Json {
  const stats = agencyStats({ total_launch_count: 100, consecutive_successful_launches: 10, successful_launches: 95, failed_launches: 5, pending_launches: 3 });
  return agencyDetailed(agencyOf(id), stats, { info_url: null, wiki_url: wikiUrl(AGENCIES[id].name), social_media_links: [] }, 'detailed');
}

const agencyMini = (id: number): Json => ll2.agencyMini(agencyOf(id));

/* ---------------------------------------------------------------------------------------------- */
/* Places and programs                                                                            */
/* ---------------------------------------------------------------------------------------------- */

const EARTH: Json = {
  ...ll2.EARTH,
  image: image(2040, 'Earth'),
  total_attempted_launches: 7000,
  successful_launches: 6500,
  failed_launches: 500,
  total_attempted_landings: 600,
  successful_landings: 560,
  failed_landings: 40,
};
const earthMini: Json = celestialBodyMini(1, 'Earth');

interface LocationDef { name: string; country: string; lat: number; lon: number; tz: string }
const LOCATIONS: Record<number, LocationDef> = {
  12: { name: 'Cape Canaveral SFS, FL, USA', country: 'USA', lat: 28.49, lon: -80.58, tz: 'America/New_York' },
  27: { name: 'Kennedy Space Center, FL, USA', country: 'USA', lat: 28.6, lon: -80.6, tz: 'America/New_York' },
  15: { name: 'Baikonur Cosmodrome, Republic of Kazakhstan', country: 'KAZ', lat: 45.92, lon: 63.342, tz: 'Asia/Qyzylorda' },
  17: { name: "Jiuquan Satellite Launch Center, People's Republic of China", country: 'CHN', lat: 40.958, lon: 100.291, tz: 'Asia/Shanghai' },
};

function location(id: number): Json {
  const l = LOCATIONS[id];
  return ll2.location({
    id, name: l.name, celestial_body: EARTH, active: true, country: COUNTRY[l.country], ...fixtureLocationText(id, l.name),
    longitude: l.lon, latitude: l.lat, timezone_name: l.tz, total_launch_count: 100 + id, total_landing_count: 10 + id,
  });
}

interface PadDef { name: string; location: number; agencies: number[] }
const PADS: Record<number, PadDef> = {
  80: { name: 'Space Launch Complex 40', location: 12, agencies: [121] },
  87: { name: 'Launch Complex 39A', location: 27, agencies: [121, 44] },
  85: { name: '31/6', location: 15, agencies: [63] },
  20: { name: 'Launch Area 4 (SLS-1)', location: 17, agencies: [88] },
  36: { name: 'Launch Complex 36', location: 12, agencies: [141] },
};

function pad(id: number): Json {
  const p = PADS[id];
  const l = LOCATIONS[p.location];
  return ll2.pad({
    id, name: p.name, active: true, agencies: p.agencies.map(agency), image: null, description: '', info_url: null, wiki_url: '',
    latitude: l.lat, longitude: l.lon, country: COUNTRY[l.country],
    total_launch_count: 10 + id, orbital_launch_attempt_count: 10 + id, fastest_turnaround: 'P2DT8H', location: location(p.location),
  });
}

const ORBITS: Record<string, Json> = {
  LEO: { id: 8, name: 'Low Earth Orbit', abbrev: 'LEO', celestial_body: earthMini },
  MEO: { id: 9, name: 'Medium Earth Orbit', abbrev: 'MEO', celestial_body: earthMini },
  Helio: { id: 24, name: 'Heliocentric N/A', abbrev: 'Helio-N/A', celestial_body: { response_mode: 'list', id: 3, name: 'Sun' } },
};

const PROGRAMS: Record<number, { name: string; agencies: number[]; start: string }> = {
  17: { name: 'International Space Station', agencies: [44, 63, 27], start: '1998-11-20T00:00:00Z' },
  19: { name: 'Commercial Crew Program', agencies: [44], start: '2011-01-01T00:00:00Z' },
  26: { name: 'Tiangong Space Station', agencies: [88], start: '2021-04-29T00:00:00Z' },
};

function program(id: number): Json {
  const p = PROGRAMS[id];
  return plainProgram(id, p.name, p.agencies.map(agencyMini), p.start);
}

/* ---------------------------------------------------------------------------------------------- */
/* Launcher configuration families, configurations, launchers                                     */
/* ---------------------------------------------------------------------------------------------- */

/** The tallies of launcher configurations and their families, in this order. */
export const STATS = [
  'attempted_landings',
  'consecutive_successful_landings',
  'consecutive_successful_launches',
  'failed_landings',
  'failed_launches',
  'pending_launches',
  'successful_landings',
  'successful_launches',
  'total_launch_count',
] as const;
export type Stat = (typeof STATS)[number];
type Stats = [number, number, number, number, number, number, number, number, number];
const statsOf = (s: Stats): Record<Stat, number> => Object.fromEntries(STATS.map((k, i) => [k, s[i]])) as Record<Stat, number>;

export interface LauncherFamilyDef {
  name: string;
  manufacturer: number[];
  parent: number | null;
  active: boolean;
  maiden_flight: string | null;
  stats: Record<Stat, number>;
}

export const LAUNCHER_FAMILIES: Record<number, LauncherFamilyDef> = {
  1: { name: 'Falcon', manufacturer: [121], parent: null, active: true, maiden_flight: '2010-06-04', stats: statsOf([400, 100, 300, 5, 2, 20, 395, 420, 425]) },
  2: { name: 'Falcon 9', manufacturer: [121], parent: 1, active: true, maiden_flight: '2010-06-05', stats: statsOf([390, 98, 290, 5, 2, 18, 385, 410, 414]) },
  3: { name: 'Soyuz', manufacturer: [63], parent: null, active: true, maiden_flight: '1966-11-28', stats: statsOf([0, 0, 50, 0, 30, 2, 0, 1700, 1730]) },
  4: { name: 'Ariane', manufacturer: [115, 27], parent: null, active: true, maiden_flight: '1979-12-24', stats: statsOf([0, 0, 10, 0, 8, 3, 0, 240, 251]) },
  5: { name: 'Long March', manufacturer: [88], parent: null, active: true, maiden_flight: '1970-04-24', stats: statsOf([2, 1, 60, 1, 12, 10, 1, 500, 522]) },
  6: { name: 'Antares', manufacturer: [257], parent: null, active: false, maiden_flight: '2013-04-21', stats: statsOf([0, 0, 2, 0, 1, 0, 0, 17, 18]) },
  7: { name: 'New Glenn', manufacturer: [141], parent: null, active: true, maiden_flight: null, stats: statsOf([2, 1, 2, 1, 0, 2, 1, 2, 2]) },
};

function launcherFamily(id: number): Json {
  const f = LAUNCHER_FAMILIES[id];
  return {
    response_mode: 'detailed',
    id,
    name: f.name,
    manufacturer: f.manufacturer.map(agency),
    parent: f.parent === null ? null : launcherFamily(f.parent),
    description: `The ${f.name} family of launch vehicles.`,
    active: f.active,
    maiden_flight: f.maiden_flight,
    ...f.stats,
  };
}

export interface LauncherConfigDef {
  name: string;
  full_name: string;
  variant: string;
  manufacturer: number;
  families: number[];
  program: number[];
  active: boolean;
  is_placeholder: boolean;
  reusable: boolean;
  maiden_flight: string | null;
  leo_capacity: number | null;
  gto_capacity: number | null;
  launch_mass: number | null;
  launch_cost: number | null;
  stats: Record<Stat, number>;
}

export const LAUNCHER_CONFIGS: Record<number, LauncherConfigDef> = {
  164: {
    name: 'Falcon 9', full_name: 'Falcon 9 Block 5', variant: 'Block 5', manufacturer: 121, families: [2], program: [17, 19], active: true, is_placeholder: false,
    reusable: true, maiden_flight: '2018-05-11', leo_capacity: 22800, gto_capacity: 8300, launch_mass: 549, launch_cost: 52000000,
    stats: statsOf([380, 95, 280, 4, 1, 15, 376, 390, 391]),
  },
  161: {
    name: 'Falcon Heavy', full_name: 'Falcon Heavy', variant: '', manufacturer: 121, families: [1], program: [], active: true, is_placeholder: false,
    reusable: true, maiden_flight: '2018-02-06', leo_capacity: 63800, gto_capacity: 26700, launch_mass: 1420, launch_cost: 97000000,
    stats: statsOf([20, 5, 11, 2, 0, 1, 18, 11, 11]),
  },
  27: {
    name: 'Soyuz 2.1a', full_name: 'Soyuz 2.1a', variant: '2.1a', manufacturer: 63, families: [3], program: [17], active: true, is_placeholder: false,
    reusable: false, maiden_flight: '2004-11-08', leo_capacity: 7020, gto_capacity: null, launch_mass: 312, launch_cost: 48500000,
    stats: statsOf([0, 0, 70, 0, 3, 4, 0, 120, 124]),
  },
  900: {
    name: 'Soyuz', full_name: 'Soyuz Unknown', variant: '', manufacturer: 63, families: [3], program: [], active: false, is_placeholder: true,
    reusable: false, maiden_flight: null, leo_capacity: null, gto_capacity: null, launch_mass: null, launch_cost: null,
    stats: statsOf([0, 0, 0, 0, 0, 0, 0, 0, 0]),
  },
  88: {
    name: 'Ariane 5', full_name: 'Ariane 5 ECA', variant: 'ECA', manufacturer: 115, families: [4], program: [], active: false, is_placeholder: false,
    reusable: false, maiden_flight: '2002-12-11', leo_capacity: 21000, gto_capacity: 10865, launch_mass: 777, launch_cost: 178000000,
    stats: statsOf([0, 0, 82, 0, 2, 0, 0, 82, 84]),
  },
  60: {
    name: 'Long March 2F', full_name: 'Long March 2F/G', variant: 'F/G', manufacturer: 88, families: [5], program: [26], active: true, is_placeholder: false,
    reusable: false, maiden_flight: '2011-09-29', leo_capacity: 8600, gto_capacity: null, launch_mass: 493, launch_cost: null,
    stats: statsOf([0, 0, 25, 0, 0, 2, 0, 25, 27]),
  },
  600: {
    name: 'New Glenn', full_name: 'New Glenn', variant: '', manufacturer: 141, families: [7], program: [], active: true, is_placeholder: false,
    reusable: true, maiden_flight: '2025-01-16', leo_capacity: 45000, gto_capacity: 13600, launch_mass: 1650, launch_cost: null,
    stats: statsOf([2, 1, 2, 1, 0, 2, 1, 2, 2]),
  },
};

function launcherConfig(id: number): Json {
  const c = LAUNCHER_CONFIGS[id];
  return ll2.launcherConfig({
    id, name: c.name, families: c.families.map(launcherFamily), full_name: c.full_name, variant: c.variant, active: c.active,
    is_placeholder: c.is_placeholder, manufacturer: agency(c.manufacturer), program: c.program.map(program), reusable: c.reusable,
    image: image(6000 + id, `${c.full_name} on the pad`), min_stage: 2, max_stage: 2, length: 70.0, diameter: 3.7,
    maiden_flight: c.maiden_flight, launch_cost: c.launch_cost, launch_mass: c.launch_mass, leo_capacity: c.leo_capacity,
    gto_capacity: c.gto_capacity, to_thrust: 7607.0, stats: c.stats, fastest_turnaround: c.reusable ? 'P9DT3H' : null,
  });
}

const LAUNCHER_STATUS: Record<number, Json> = {
  1: { id: 1, name: 'Active' },
  2: { id: 2, name: 'Lost' },
  3: { id: 3, name: 'Expended' },
  5: { id: 5, name: 'Unknown' },
};

export interface LauncherDef {
  serial_number: string;
  config: number;
  status: number;
  flight_proven: boolean;
  is_placeholder: boolean;
  flights: number;
  attempted_landings: number;
  successful_landings: number;
  first_launch_date: string | null;
  last_launch_date: string | null;
}

export const LAUNCHERS: Record<number, LauncherDef> = {
  62: { serial_number: 'B1062', config: 164, status: 2, flight_proven: true, is_placeholder: false, flights: 23, attempted_landings: 23, successful_landings: 22, first_launch_date: '2020-11-05T23:24:23Z', last_launch_date: '2024-08-28T07:48:00Z' },
  85: { serial_number: 'B1085', config: 164, status: 1, flight_proven: true, is_placeholder: false, flights: 3, attempted_landings: 3, successful_landings: 3, first_launch_date: '2024-09-28T17:17:22Z', last_launch_date: '2025-01-21T05:24:00Z' },
  64: { serial_number: 'B1064', config: 161, status: 3, flight_proven: true, is_placeholder: false, flights: 6, attempted_landings: 6, successful_landings: 6, first_launch_date: '2022-11-01T13:41:00Z', last_launch_date: '2024-10-14T16:06:00Z' },
  65: { serial_number: 'B1065', config: 161, status: 3, flight_proven: true, is_placeholder: false, flights: 6, attempted_landings: 5, successful_landings: 5, first_launch_date: '2022-11-01T13:41:00Z', last_launch_date: '2024-10-14T16:06:00Z' },
  900: { serial_number: 'Unknown', config: 161, status: 5, flight_proven: false, is_placeholder: true, flights: 0, attempted_landings: 0, successful_landings: 0, first_launch_date: null, last_launch_date: null },
  80: { serial_number: 'B1080', config: 164, status: 1, flight_proven: true, is_placeholder: false, flights: 14, attempted_landings: 14, successful_landings: 14, first_launch_date: '2023-05-21T21:30:00Z', last_launch_date: '2024-12-12T00:00:00Z' },
  1001: { serial_number: 'GS1-SN001', config: 600, status: 2, flight_proven: false, is_placeholder: false, flights: 1, attempted_landings: 1, successful_landings: 0, first_launch_date: '2025-01-16T07:03:00Z', last_launch_date: '2025-01-16T07:03:00Z' },
};

function launcher(id: number): Json {
  const l = LAUNCHERS[id];
  return {
    response_mode: 'detailed',
    id,
    url: `${API}/launchers/${id}/`,
    flight_proven: l.flight_proven,
    serial_number: l.serial_number,
    is_placeholder: l.is_placeholder,
    status: LAUNCHER_STATUS[l.status],
    image: l.is_placeholder ? null : image(7000 + id, `${l.serial_number} booster`),
    details: `Booster ${l.serial_number}.`,
    successful_landings: l.successful_landings,
    attempted_landings: l.attempted_landings,
    flights: l.flights,
    last_launch_date: l.last_launch_date,
    first_launch_date: l.first_launch_date,
    fastest_turnaround: l.flights > 1 ? 'P21DT4H' : null,
    launcher_config: launcherConfig(l.config),
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Landings                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

interface LandingLocationDef { name: string; abbrev: string; location: number | null }
const LANDING_LOCATIONS: Record<number, LandingLocationDef> = {
  1: { name: 'Landing Zone 1', abbrev: 'LZ-1', location: 12 },
  2: { name: 'Landing Zone 2', abbrev: 'LZ-2', location: 12 },
  3: { name: 'A Shortfall of Gravitas', abbrev: 'ASOG', location: null },
  4: { name: 'Gulf of Mexico', abbrev: 'GOM', location: null },
  5: { name: 'Kazakh Steppe', abbrev: 'KZS', location: 15 },
  6: { name: 'Dongfeng Landing Site', abbrev: 'DFL', location: 17 },
  7: { name: 'Jacklyn', abbrev: 'JAC', location: null },
  8: { name: 'Atlantic Ocean', abbrev: 'ATL', location: null },
  9: { name: 'South Pacific Ocean Uninhabited Area', abbrev: 'SPOUA', location: null },
};

function landingLocation(id: number): Json {
  const l = LANDING_LOCATIONS[id];
  return {
    id,
    name: l.name,
    active: true,
    abbrev: l.abbrev,
    description: `${l.name} (fixture landing location).`,
    location: l.location === null ? null : location(l.location),
    longitude: -80.5,
    latitude: 28.4,
    image: null,
    successful_landings: 50 + id,
    attempted_landings: 52 + id,
    failed_landings: 2,
    celestial_body: EARTH,
  };
}

const LANDING_TYPE: Record<number, Json> = {
  1: { id: 1, name: 'Autonomous Spaceport Drone Ship', abbrev: 'ASDS', description: 'The booster lands on a drone ship at sea.' },
  2: { id: 2, name: 'Return to Launch Site', abbrev: 'RTLS', description: 'The booster returns to land near the launch site.' },
  3: { id: 3, name: 'Splashdown', abbrev: 'SD', description: 'The vehicle lands in a body of water.' },
  4: { id: 4, name: 'Parachute Landing', abbrev: 'PL', description: 'The vehicle lands on ground under parachutes.' },
  5: { id: 5, name: 'Horizontal Landing', abbrev: 'HL', description: 'The vehicle lands on a runway.' },
  6: { id: 6, name: 'Ocean', abbrev: 'OCN', description: 'The booster falls into the ocean.' },
  7: { id: 7, name: 'Controlled Reentry', abbrev: 'CR', description: 'The payload is not meant to come back.' },
};

export interface LandingDef {
  attempt: boolean;
  success: boolean | null;
  description: string;
  downrange_distance: number | null;
  location: number;
  type: number;
}

export const LANDINGS: Record<number, LandingDef> = {
  1: { attempt: true, success: true, description: 'B1085 returned to Landing Zone 1.', downrange_distance: 9.5, location: 1, type: 2 },
  2: { attempt: true, success: true, description: 'Crew Dragon Freedom splashed down in the Gulf of Mexico.', downrange_distance: null, location: 4, type: 3 },
  3: { attempt: true, success: true, description: 'B1064 returned to Landing Zone 1.', downrange_distance: 12.1, location: 1, type: 2 },
  4: { attempt: true, success: true, description: 'B1065 returned to Landing Zone 2.', downrange_distance: 12.3, location: 2, type: 2 },
  5: { attempt: true, success: false, description: 'B1062 tipped over on the drone ship.', downrange_distance: 600.0, location: 3, type: 1 },
  6: { attempt: true, success: true, description: 'Soyuz MS-25 landed under parachutes.', downrange_distance: null, location: 5, type: 4 },
  7: { attempt: true, success: true, description: 'The reusable spacecraft landed on a runway.', downrange_distance: null, location: 6, type: 5 },
  8: { attempt: true, success: true, description: 'The return capsule landed under parachutes.', downrange_distance: null, location: 6, type: 4 },
  9: { attempt: true, success: false, description: 'GS1-SN001 was lost during the descent.', downrange_distance: 620.5, location: 7, type: 1 },
  10: { attempt: true, success: true, description: 'B1080 landed on the drone ship.', downrange_distance: 610.2, location: 3, type: 1 },
  11: { attempt: false, success: null, description: 'The center core was expended.', downrange_distance: null, location: 8, type: 6 },
  12: { attempt: true, success: true, description: 'Crew Dragon Freedom splashed down in the Atlantic Ocean.', downrange_distance: null, location: 8, type: 3 },
  13: { attempt: false, success: null, description: 'Europa Clipper does not come back.', downrange_distance: null, location: 9, type: 7 },
  14: { attempt: false, success: null, description: 'The Starlink satellites will reenter at the end of their life.', downrange_distance: null, location: 9, type: 7 },
  15: { attempt: false, success: null, description: 'Blue Ring Pathfinder stays in orbit.', downrange_distance: null, location: 9, type: 7 },
  16: { attempt: false, success: null, description: 'The Starlink satellites will reenter at the end of their life.', downrange_distance: null, location: 9, type: 7 },
};

function landing(id: number): Json {
  const l = LANDINGS[id];
  return {
    id,
    url: `${API}/landings/${id}/`,
    attempt: l.attempt,
    success: l.success,
    description: l.description,
    downrange_distance: l.downrange_distance,
    landing_location: landingLocation(l.location),
    type: LANDING_TYPE[l.type],
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Spacecraft                                                                                     */
/* ---------------------------------------------------------------------------------------------- */

export interface SpacecraftFamilyDef { name: string; manufacturer: number; parent: number | null; maiden_flight: string }
export const SPACECRAFT_FAMILIES: Record<number, SpacecraftFamilyDef> = {
  1: { name: 'Dragon', manufacturer: 121, parent: null, maiden_flight: '2010-12-08' },
  2: { name: 'Dragon 2', manufacturer: 121, parent: 1, maiden_flight: '2019-03-02' },
  3: { name: 'Soyuz', manufacturer: 63, parent: null, maiden_flight: '1967-04-23' },
  4: { name: 'Cygnus', manufacturer: 257, parent: null, maiden_flight: '2013-09-18' },
  5: { name: 'Shenlong', manufacturer: 88, parent: null, maiden_flight: '2020-09-04' },
};

function spacecraftFamily(id: number): Json {
  const f = SPACECRAFT_FAMILIES[id];
  return {
    response_mode: 'detailed',
    id,
    name: f.name,
    description: `The ${f.name} spacecraft family.`,
    manufacturer: agency(f.manufacturer),
    parent: f.parent === null ? null : spacecraftFamily(f.parent),
    maiden_flight: f.maiden_flight,
    spacecraft_flown: 10 + id,
    total_launch_count: 20 + id,
    successful_launches: 19 + id,
    failed_launches: 1,
    attempted_landings: 15,
    successful_landings: 14,
    failed_landings: 1,
  };
}

export interface SpacecraftConfigDef {
  name: string;
  type: Json;
  agency: number;
  family: number[];
  in_use: boolean;
  human_rated: boolean;
  crew_capacity: number | null;
}

const CAPSULE = { id: 2, name: 'Capsule' };
export const SPACECRAFT_CONFIGS: Record<number, SpacecraftConfigDef> = {
  18: { name: 'Crew Dragon', type: CAPSULE, agency: 121, family: [2], in_use: true, human_rated: true, crew_capacity: 4 },
  9: { name: 'Soyuz MS', type: CAPSULE, agency: 63, family: [3], in_use: true, human_rated: true, crew_capacity: 3 },
  31: { name: 'Chinese reusable spacecraft', type: { id: 3, name: 'Spaceplane' }, agency: 88, family: [5], in_use: true, human_rated: false, crew_capacity: null },
  17: { name: 'Cygnus', type: { id: 4, name: 'Cargo' }, agency: 257, family: [4], in_use: true, human_rated: false, crew_capacity: null },
  7: { name: 'Dragon 1', type: CAPSULE, agency: 121, family: [1], in_use: false, human_rated: false, crew_capacity: null },
};

function spacecraftConfig(id: number): Json {
  const c = SPACECRAFT_CONFIGS[id];
  return {
    response_mode: 'detailed',
    id,
    url: `${API}/spacecraft_configurations/${id}/`,
    name: c.name,
    type: c.type,
    agency: agency(c.agency),
    family: c.family.map(spacecraftFamily),
    in_use: c.in_use,
    image: image(8000 + id, `${c.name} render`),
    capability: 'Crew and cargo transport.',
    history: `${c.name} history.`,
    details: `${c.name} details.`,
    maiden_flight: null,
    height: 8.1,
    diameter: 4.0,
    human_rated: c.human_rated,
    crew_capacity: c.crew_capacity,
    payload_capacity: 6000,
    payload_return_capacity: 3000,
    flight_life: 'up to 210 days',
    wiki_link: '',
    info_link: '',
    spacecraft_flown: 5,
    total_launch_count: 12,
    successful_launches: 12,
    failed_launches: 0,
    attempted_landings: 11,
    successful_landings: 11,
    failed_landings: 0,
    fastest_turnaround: null,
  };
}

const SPACECRAFT_STATUS: Record<number, Json> = {
  1: { id: 1, name: 'Active' },
  4: { id: 4, name: 'Single Use' },
  5: { id: 5, name: 'Unknown' },
};

export interface SpacecraftDef {
  name: string;
  serial_number: string | null;
  config: number;
  status: number;
  in_space: boolean;
  is_placeholder: boolean;
  flights_count: number;
  mission_ends_count: number;
  time_in_space: string;
  time_docked: string;
}

export const SPACECRAFT: Record<number, SpacecraftDef> = {
  502: { name: 'Crew Dragon Freedom', serial_number: 'C212', config: 18, status: 1, in_space: false, is_placeholder: false, flights_count: 3, mission_ends_count: 3, time_in_space: 'P421DT6H', time_docked: 'P418DT1H' },
  501: { name: 'Crew Dragon Endeavour', serial_number: 'C206', config: 18, status: 1, in_space: true, is_placeholder: false, flights_count: 6, mission_ends_count: 5, time_in_space: 'P1000DT2H', time_docked: 'P990DT3H' },
  760: { name: 'Soyuz MS-25', serial_number: 'MS-25', config: 9, status: 4, in_space: false, is_placeholder: false, flights_count: 1, mission_ends_count: 1, time_in_space: 'P183DT23H23M', time_docked: 'P182DT20H' },
  560: { name: 'Chinese reusable experimental spacecraft', serial_number: null, config: 31, status: 1, in_space: false, is_placeholder: false, flights_count: 3, mission_ends_count: 3, time_in_space: 'P544DT13H48M', time_docked: 'P0D' },
  503: { name: 'Crew Dragon', serial_number: null, config: 18, status: 5, in_space: false, is_placeholder: true, flights_count: 0, mission_ends_count: 0, time_in_space: 'P0D', time_docked: 'P0D' },
};

function spacecraft(id: number): Json {
  const s = SPACECRAFT[id];
  return {
    response_mode: 'detailed',
    id,
    url: `${API}/spacecraft/${id}/`,
    name: s.name,
    serial_number: s.serial_number,
    is_placeholder: s.is_placeholder,
    image: s.is_placeholder ? null : image(9000 + id, `${s.name} in orbit`),
    in_space: s.in_space,
    time_in_space: s.time_in_space,
    time_docked: s.time_docked,
    flights_count: s.flights_count,
    mission_ends_count: s.mission_ends_count,
    status: SPACECRAFT_STATUS[s.status],
    description: `${s.name} (fixture spacecraft).`,
    spacecraft_config: spacecraftConfig(s.config),
    fastest_turnaround: s.flights_count > 1 ? 'P150DT2H' : null,
  };
}


const ASTRONAUTS: Record<number, { name: string; agency: number; country: string; born: string }> = {
  102: { name: 'Nick Hague', agency: 44, country: 'USA', born: '1975-09-14' },
  104: { name: 'Aleksandr Gorbunov', agency: 63, country: 'RUS', born: '1990-06-24' },
  110: { name: 'Oleg Novitsky', agency: 63, country: 'RUS', born: '1971-10-12' },
};

function astronautFlight(id: number, astronautId: number, role: 'Commander' | 'Mission Specialist'): Json {
  const a = ASTRONAUTS[astronautId];
  return ll2.astronautFlight(id, role, crewAstronaut({
    id: astronautId, name: a.name, agency: agencyMini(a.agency), born: a.born, country: a.country, type: 'Government',
    time_in_space: 'P300DT4H', eva_time: 'PT6H30M', age: 45, first_flight: '2018-10-11T08:40:15Z', last_flight: '2024-09-28T17:17:22Z',
  }));
}

export interface SpacecraftFlightDef {
  spacecraft: number;
  launch: LaunchKey;
  destination: string;
  mission_end: string | null;
  landing: number;
  duration: string | null;
  turn_around_time: string | null;
  launch_crew: Json[];
  landing_crew: Json[];
  docking_events: Json[];
}

export const SPACECRAFT_FLIGHTS: Record<number, SpacecraftFlightDef> = {
  1: {
    spacecraft: 502, launch: 'X1', destination: 'International Space Station', mission_end: '2025-03-18T21:57:00Z', landing: 2,
    duration: 'P171DT4H40M', turn_around_time: 'P701DT9H',
    launch_crew: [astronautFlight(1, 102, 'Commander'), astronautFlight(2, 104, 'Mission Specialist')],
    landing_crew: [astronautFlight(3, 102, 'Commander'), astronautFlight(4, 104, 'Mission Specialist')],
    docking_events: [],
  },
  2: {
    spacecraft: 760, launch: 'X4', destination: 'International Space Station', mission_end: '2024-09-23T11:59:00Z', landing: 6,
    duration: 'P183DT23H23M', turn_around_time: null,
    launch_crew: [astronautFlight(5, 110, 'Commander')], landing_crew: [astronautFlight(6, 110, 'Commander')], docking_events: [],
  },
  3: {
    spacecraft: 560, launch: 'X5', destination: 'Low Earth Orbit', mission_end: '2024-09-06T01:10:00Z', landing: 7,
    duration: 'P267DT11H10M', turn_around_time: 'P130DT2H', launch_crew: [], landing_crew: [], docking_events: [],
  },
  4: {
    spacecraft: 502, launch: 'X8', destination: 'International Space Station', mission_end: '2022-10-14T20:55:00Z', landing: 12,
    duration: 'P170DT13H3M', turn_around_time: null, launch_crew: [], landing_crew: [], docking_events: [],
  },
};

/** A spacecraft flight as a rocket's spacecraft stage carries it (every key but `launch`). */
function spacecraftFlight(id: number): Json {
  const f = SPACECRAFT_FLIGHTS[id];
  return {
    id,
    url: `${API}/spacecraft_flights/${id}/`,
    destination: f.destination,
    mission_end: f.mission_end,
    spacecraft: spacecraft(f.spacecraft),
    landing: landing(f.landing),
    duration: f.duration,
    turn_around_time: f.turn_around_time,
    response_mode: 'detailed',
    launch_crew: f.launch_crew,
    onboard_crew: [],
    landing_crew: f.landing_crew,
    docking_events: f.docking_events,
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Payloads                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

const PAYLOAD_TYPE: Record<number, Json> = {
  1: { id: 1, name: 'Satellite' },
  2: { id: 2, name: 'Space probe' },
  3: { id: 3, name: 'Capsule' },
  4: { id: 4, name: 'Module' },
};

export interface PayloadDef { name: string; type: number; manufacturer: number; operator: number; program: number[]; mass: number | null }
export const PAYLOADS: Record<number, PayloadDef> = {
  1: { name: 'Europa Clipper', type: 2, manufacturer: 44, operator: 44, program: [], mass: 6065 },
  2: { name: 'Starlink v2 mini', type: 1, manufacturer: 121, operator: 121, program: [], mass: 800 },
  3: { name: 'Reusable return capsule', type: 3, manufacturer: 88, operator: 88, program: [26], mass: 2000 },
  4: { name: 'Blue Ring Pathfinder', type: 1, manufacturer: 141, operator: 141, program: [], mass: null },
  5: { name: 'HALO', type: 4, manufacturer: 257, operator: 44, program: [17], mass: 8600 },
};

function payload(id: number): Json {
  const p = PAYLOADS[id];
  return {
    response_mode: 'detailed',
    id,
    name: p.name,
    type: PAYLOAD_TYPE[p.type],
    manufacturer: agency(p.manufacturer),
    operator: agency(p.operator),
    image: id === 4 ? null : image(9700 + id, `${p.name} render`),
    wiki_link: `https://en.wikipedia.org/wiki/${encodeURIComponent(p.name.replace(/ /g, '_'))}`,
    info_link: '',
    program: p.program.map(program),
    cost: null,
    mass: p.mass,
    description: `${p.name} (fixture payload).`,
  };
}

export interface PayloadFlightDef { payload: number; launch: LaunchKey; destination: string; amount: number; landing: number }
export const PAYLOAD_FLIGHTS: Record<number, PayloadFlightDef> = {
  1: { payload: 1, launch: 'X2', destination: 'Heliocentric orbit', amount: 1, landing: 13 },
  2: { payload: 2, launch: 'X3', destination: 'Low Earth Orbit', amount: 21, landing: 14 },
  3: { payload: 3, launch: 'X5', destination: 'Low Earth Orbit', amount: 1, landing: 8 },
  4: { payload: 4, launch: 'X6', destination: 'Medium Earth Orbit', amount: 1, landing: 15 },
  5: { payload: 2, launch: 'X7', destination: 'Low Earth Orbit', amount: 23, landing: 16 },
};

/** A payload flight as a rocket carries it (every key but `launch`). */
function payloadFlight(id: number): Json {
  const f = PAYLOAD_FLIGHTS[id];
  return {
    response_mode: 'detailed',
    id,
    url: `${API}/payload_flights/${id}/`,
    destination: f.destination,
    amount: f.amount,
    payload: payload(f.payload),
    landing: landing(f.landing),
    docking_events: [],
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Launches                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

export const LAUNCH_IDS = {
  X1: 'c0ffee01-7e1d-4c1e-9a5e-000000000001',
  X2: 'c0ffee02-7e1d-4c1e-9a5e-000000000002',
  X3: 'c0ffee03-7e1d-4c1e-9a5e-000000000003',
  X4: 'c0ffee04-7e1d-4c1e-9a5e-000000000004',
  X5: 'c0ffee05-7e1d-4c1e-9a5e-000000000005',
  X6: 'c0ffee06-7e1d-4c1e-9a5e-000000000006',
  X7: 'c0ffee07-7e1d-4c1e-9a5e-000000000007',
  X8: 'c0ffee08-7e1d-4c1e-9a5e-000000000008',
} as const;
export type LaunchKey = keyof typeof LAUNCH_IDS;

interface FirstStageDef { id: number; launcher: number; type: 'Core' | 'Side'; flight: number; landing: number; previous: LaunchKey }

interface LaunchDef {
  name: string;
  net: string;
  lsp: number;
  config: number;
  pad: number;
  orbit: keyof typeof ORBITS;
  programs: number[];
  stages: FirstStageDef[];
}

export const LAUNCH_DEFS: Record<LaunchKey, LaunchDef> = {
  X1: { name: 'Falcon 9 Block 5 | Crew-9', net: '2024-09-28T17:17:22Z', lsp: 121, config: 164, pad: 80, orbit: 'LEO', programs: [17, 19], stages: [{ id: 1, launcher: 85, type: 'Core', flight: 2, landing: 1, previous: 'X8' }] },
  X2: {
    name: 'Falcon Heavy | Europa Clipper', net: '2024-10-14T16:06:00Z', lsp: 121, config: 161, pad: 87, orbit: 'Helio', programs: [],
    stages: [
      { id: 2, launcher: 64, type: 'Side', flight: 6, landing: 3, previous: 'X3' },
      { id: 3, launcher: 65, type: 'Side', flight: 6, landing: 4, previous: 'X3' },
      { id: 4, launcher: 900, type: 'Core', flight: 2, landing: 11, previous: 'X8' },
    ],
  },
  X3: { name: 'Falcon 9 Block 5 | Starlink Group 9-17', net: '2024-08-28T07:48:00Z', lsp: 121, config: 164, pad: 80, orbit: 'LEO', programs: [], stages: [{ id: 5, launcher: 62, type: 'Core', flight: 23, landing: 5, previous: 'X8' }] },
  X4: { name: 'Soyuz 2.1a | Soyuz MS-25', net: '2024-03-23T12:36:00Z', lsp: 63, config: 27, pad: 85, orbit: 'LEO', programs: [17], stages: [] },
  X5: { name: 'Long March 2F | Reusable Spacecraft Flight 3', net: '2023-12-14T14:00:00Z', lsp: 88, config: 60, pad: 20, orbit: 'LEO', programs: [], stages: [] },
  X6: { name: 'New Glenn | NG-1', net: '2025-01-16T07:03:00Z', lsp: 141, config: 600, pad: 36, orbit: 'MEO', programs: [], stages: [{ id: 6, launcher: 1001, type: 'Core', flight: 2, landing: 9, previous: 'X7' }] },
  X7: { name: 'Falcon 9 Block 5 | Starlink Group 12-5', net: '2024-12-12T00:00:00Z', lsp: 121, config: 164, pad: 80, orbit: 'LEO', programs: [], stages: [{ id: 7, launcher: 80, type: 'Core', flight: 14, landing: 10, previous: 'X3' }] },
  X8: { name: 'Falcon 9 Block 5 | Crew-4', net: '2022-04-27T07:52:55Z', lsp: 121, config: 164, pad: 87, orbit: 'LEO', programs: [17, 19], stages: [] },
};

const LAUNCH_KEYS = Object.keys(LAUNCH_DEFS) as LaunchKey[];

function firstStage(s: FirstStageDef): Json {
  return {
    id: s.id,
    type: s.type,
    reused: s.flight > 1,
    launcher_flight_number: s.flight,
    launcher: launcher(s.launcher),
    previous_flight_date: LAUNCH_DEFS[s.previous].net,
    turn_around_time: 'P105DT16H12M',
    landing: landing(s.landing),
    previous_flight: { id: LAUNCH_IDS[s.previous], url: `${API}/launches/${LAUNCH_IDS[s.previous]}/`, name: LAUNCH_DEFS[s.previous].name },
  };
}

function launch(key: LaunchKey, n: number): Json {
  const d = LAUNCH_DEFS[key];
  const name = d.name.split(' | ')[1];
  return launchObject({
    id: LAUNCH_IDS[key],
    name: d.name,
    response_mode: 'detailed',
    launch_designator: `${d.net.slice(0, 4)}-${String(100 + n).padStart(3, '0')}`,
    status: LAUNCH_STATUS[3],
    last_updated: '2025-03-01T00:00:00Z',
    net: d.net,
    net_precision: NET_PRECISION.SEC,
    window_end: d.net,
    window_start: d.net,
    image: image(2700 + n, `${d.name} image`),
    launch_service_provider: agency(d.lsp),
    rocket: {
      id: 100 + n,
      configuration: launcherConfig(d.config),
      launcher_stage: d.stages.map(firstStage),
      spacecraft_stage: Object.entries(SPACECRAFT_FLIGHTS).filter(([, f]) => f.launch === key).map(([fid]) => spacecraftFlight(Number(fid))),
      payloads: Object.entries(PAYLOAD_FLIGHTS).filter(([, f]) => f.launch === key).map(([fid]) => payloadFlight(Number(fid))),
    },
    mission: mission(200 + n, name, 'Test Flight', ORBITS[d.orbit], [agency(d.lsp)]),
    pad: pad(d.pad),
    program: d.programs.map(program),
    counts: [6000, 900, 100, 300, 150, 60, 20, 80].map((base) => base + n),
    detailed: { updates: [], vid_urls: [], pad_turnaround: 'P3DT2H' },
  });
}

/* ---------------------------------------------------------------------------------------------- */
/* Import                                                                                         */
/* ---------------------------------------------------------------------------------------------- */


/** Imports the fixture objects into a database. */
export async function importVehicleFixtures(database: Database): Promise<void> {
  await importDocument(database, page(LAUNCH_KEYS.map((k, i) => launch(k, i + 1))), { entity: 'launch' });
  // what no launch reaches: families above the configurations, configurations, boosters, spacecraft and payloads that never flew
  await importDocument(database, page(Object.keys(LAUNCHER_FAMILIES).map((id) => launcherFamily(Number(id)))), { entity: 'launcher_config_family' });
  await importDocument(database, page(Object.keys(LAUNCHER_CONFIGS).map((id) => launcherConfig(Number(id)))), { entity: 'launcher_config' });
  await importDocument(database, page(Object.keys(LAUNCHERS).map((id) => launcher(Number(id)))), { entity: 'launcher' });
  await importDocument(database, page(Object.keys(SPACECRAFT_FAMILIES).map((id) => spacecraftFamily(Number(id)))), { entity: 'spacecraft_config_family' });
  await importDocument(database, page(Object.keys(SPACECRAFT_CONFIGS).map((id) => spacecraftConfig(Number(id)))), { entity: 'spacecraft_config' });
  await importDocument(database, page(Object.keys(SPACECRAFT).map((id) => spacecraft(Number(id)))), { entity: 'spacecraft' });
  await importDocument(database, page(Object.keys(PAYLOADS).map((id) => payload(Number(id)))), { entity: 'payload' });
}

/** A fresh database holding the fixtures, and an app serving it. */
export async function vehicleFixtureApp(): Promise<TestApp> {
  const database = await freshDatabase();
  await importVehicleFixtures(database);
  return testApp({ database, publicBaseUrl: 'https://ll.thespacedevs.com' });
}

/** The ids each list holds without filters. */
export const IDS = {
  launcher_configuration_families: Object.keys(LAUNCHER_FAMILIES).map(Number),
  launcher_configurations: Object.keys(LAUNCHER_CONFIGS).map(Number),
  launchers: Object.keys(LAUNCHERS).map(Number),
  landings: Object.keys(LANDINGS).map(Number),
  payloads: Object.keys(PAYLOADS).map(Number),
  payload_flights: Object.keys(PAYLOAD_FLIGHTS).map(Number),
  spacecraft: Object.keys(SPACECRAFT).map(Number),
  spacecraft_configuration_families: Object.keys(SPACECRAFT_FAMILIES).map(Number),
  spacecraft_configurations: Object.keys(SPACECRAFT_CONFIGS).map(Number),
  spacecraft_flights: Object.keys(SPACECRAFT_FLIGHTS).map(Number),
} as const;
export type VehiclePath = keyof typeof IDS;
export const VEHICLE_PATHS = Object.keys(IDS) as VehiclePath[];

/* ---------------------------------------------------------------------------------------------- */
/* A deviation of the official document                                                           */
/* ---------------------------------------------------------------------------------------------- */

