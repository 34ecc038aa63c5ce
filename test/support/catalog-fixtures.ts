/**
 * A small hand-made 2.3.0 catalog for the tests of the catalog endpoints (agencies, astronauts,
 * celestial bodies, locations, pads, programs, mission patches): complete 2.3.0 objects, built from
 * the definition tables below so that every copy of an object (an agency nested in a pad, in a
 * program, ...) is identical, and imported as the detailed documents LL2 would send.
 *
 * The tables are also what the tests compute their expectations from: a filter's expected ids are
 * read off these rows, never off the server.
 *
 * Agencies (11): 44 NASA, 121 SpaceX, 63 ROSCOSMOS (parent of 96 and 1046), 124 ULA, 147 Rocket Lab
 * (USA + NZL), 27 ESA (parent of 115 Arianespace), 16 CSA (every count null, no founding year), 1029
 * ArianeGroup. Celestial bodies: Earth, Moon, Sun, Mars. Locations (7, one on the Moon, one without
 * landing count), pads (9, one with no agencies), programs (5), mission patches (7, one without
 * agency), astronauts (9: a dog, a deceased one, two who never flew, one with two nationalities and
 * no agency), two launches, a spacecraft flight with its landing, a spacewalk and an expedition.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, testApp, type TestApp } from './app.ts';
import * as ll2 from './ll2-objects.ts';
import {
  AGENCY_TYPE, API, COUNTRY, LAUNCH_STATUS, NET_PRECISION, agencyFrom, autoLogos, launchObject, pick, LICENSE_CC, MEDIA, PROGRAM_TYPE, PUBLIC_BASE, agencyStats, celestialBody, page, slugify, wikiUrl,
  type Agency, type Json, type Location, type Pad, type ProgramLinks,
} from './ll2-objects.ts';
import { NOT_FILTERS, ODD_VALUES, assertBadRequest, assertSameMembers, listIds, lookupCases, type FilterCase, oddValueProblems, pageThrough, sortedIds, type Pairs } from './list-checks.ts';
import { contractParameters, validateBody, type ResponseMode } from './openapi.ts';

export { COUNTRY, NOT_FILTERS, ODD_VALUES, PUBLIC_BASE, lookupCases, sortedIds, type FilterCase, type Pairs };

/** The catalog's images: a credited one is CC-licensed, an uncredited one single-use. */
function image(id: number, name: string, credit: string | null = null): Json {
  return ll2.image(id, name, credit, credit ? { license: LICENSE_CC } : { single_use: true });
}

const SOCIAL = {
  X: { id: 1, name: 'X', url: 'https://x.com/', logo: image(9001, 'X logo') },
  Instagram: { id: 2, name: 'Instagram', url: 'https://instagram.com/', logo: null },
};

function socialLink(id: number, kind: keyof typeof SOCIAL, handle: string): Json {
  return { id, social_media: SOCIAL[kind], url: `${SOCIAL[kind].url}${handle}` };
}

/* ---------------------------------------------------------------------------------------------- */
/* Agencies                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

export { AGENCY_TYPE };

/** The nine counts the agencies endpoint filters on, in this order. */
export const AGENCY_COUNT_FIELDS = [
  'total_launch_count',
  'successful_launches',
  'failed_launches',
  'pending_launches',
  'consecutive_successful_launches',
  'attempted_landings',
  'successful_landings',
  'failed_landings',
  'consecutive_successful_landings',
] as const;

export interface AgencyDef extends ll2.AgencyDef {
  parent: string | null;
  featured: boolean;
  launchers: string;
  spacecraft: string;
  description: string | null;
  counts: Array<number | null>;
  launcherList?: number[];
  spacecraftList?: number[];
  social?: Json[];
}

const ROSCOSMOS = 'Russian Federal Space Agency (ROSCOSMOS)';
const ESA = 'European Space Agency';
const NULLS = AGENCY_COUNT_FIELDS.map(() => null);

export const AGENCIES: AgencyDef[] = [
  {
    id: 44, name: 'National Aeronautics and Space Administration', abbrev: 'NASA', type: 'Government', country: ['USA'], parent: null,
    featured: true, founding_year: 1958, launchers: 'Space Shuttle | SLS', spacecraft: 'Orion',
    description: 'The civil space agency of the United States government.',
    counts: [910, 880, 30, 5, 40, 150, 140, 10, 20], social: [socialLink(501, 'X', 'NASA')],
  },
  {
    id: 121, name: 'SpaceX', abbrev: 'SpX', type: 'Commercial', country: ['USA'], parent: null,
    featured: true, founding_year: 2002, launchers: 'Falcon', spacecraft: 'Dragon',
    description: 'An American commercial launch service provider.',
    counts: [480, 470, 10, 30, 300, 420, 410, 10, 100], launcherList: [164], spacecraftList: [18],
    social: [socialLink(502, 'X', 'SpaceX'), socialLink(503, 'Instagram', 'spacex')],
  },
  {
    id: 63, name: ROSCOSMOS, abbrev: 'RFSA', type: 'Government', country: ['RUS'], parent: null,
    featured: true, founding_year: 1992, launchers: 'Soyuz | Angara', spacecraft: 'Soyuz',
    description: 'The state space corporation of Russia.',
    counts: [1120, 1080, 40, 5, 60, 0, 0, 0, 0],
  },
  {
    id: 96, name: 'Khrunichev State Research and Production Space Center', abbrev: 'KhSC', type: 'Government', country: ['RUS'], parent: ROSCOSMOS,
    featured: false, founding_year: 1916, launchers: 'Proton | Angara', spacecraft: '',
    description: 'A Russian manufacturer of launch vehicles.',
    counts: [450, 420, 30, 2, 20, 0, 0, 0, 0],
  },
  {
    id: 1046, name: 'Progress Rocket Space Centre', abbrev: 'TsSKB-Progress', type: 'Government', country: ['RUS'], parent: ROSCOSMOS,
    featured: false, founding_year: 1996, launchers: 'Soyuz', spacecraft: 'Progress',
    description: 'A Russian manufacturer of launch vehicles and spacecraft.',
    counts: [1250, 1200, 50, 8, 80, 0, 0, 0, 0], launcherList: [27],
  },
  {
    id: 124, name: 'United Launch Alliance', abbrev: 'ULA', type: 'Commercial', country: ['USA'], parent: null,
    featured: true, founding_year: 2006, launchers: 'Atlas | Delta | Vulcan', spacecraft: '',
    description: 'An American commercial launch service provider.',
    counts: [170, 169, 1, 10, 150, 0, 0, 0, 0],
  },
  {
    id: 147, name: 'Rocket Lab', abbrev: 'RL', type: 'Commercial', country: ['USA', 'NZL'], parent: null,
    featured: true, founding_year: 2006, launchers: 'Electron | Neutron', spacecraft: 'Photon',
    description: 'A commercial launch service provider of New Zealand and the United States.',
    counts: [60, 55, 5, 12, 10, 5, 4, 1, 2],
  },
  {
    id: 27, name: ESA, abbrev: 'ESA', type: 'Multinational', country: ['FRA', 'DEU'], parent: null,
    featured: false, founding_year: 1975, launchers: 'Ariane', spacecraft: 'ATV',
    description: 'An intergovernmental space agency of European states.',
    counts: [0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    id: 115, name: 'Arianespace', abbrev: 'ASA', type: 'Commercial', country: ['FRA'], parent: ESA,
    featured: true, founding_year: 1980, launchers: 'Ariane | Vega', spacecraft: '',
    description: 'A European commercial launch service provider.',
    counts: [330, 320, 10, 4, 20, 0, 0, 0, 0],
  },
  {
    id: 16, name: 'Canadian Space Agency', abbrev: 'CSA', type: 'Government', country: ['CAN'], parent: null,
    featured: false, founding_year: null, launchers: '', spacecraft: '',
    description: null,
    counts: NULLS,
  },
  {
    id: 1029, name: 'ArianeGroup', abbrev: 'AG', type: 'Commercial', country: ['FRA', 'DEU'], parent: null,
    featured: false, founding_year: 2015, launchers: 'Ariane 6', spacecraft: '',
    description: 'A European manufacturer of launch vehicles.',
    counts: [0, 0, 0, 2, 0, 0, 0, 0, 0],
  },
];

const AGENCY_BY_ID = new Map(AGENCIES.map((a) => [a.id, a]));
const agency = (id: number) => AGENCY_BY_ID.get(id)!;

/** The value a row of the agencies table holds for a field (the counts by name). */
export function agencyValue(a: AgencyDef, field: string): unknown {
  const i = (AGENCY_COUNT_FIELDS as readonly string[]).indexOf(field);
  return i >= 0 ? a.counts[i] : (a as unknown as Json)[field];
}

function agencyOf(id: number): Agency {
  const a = agency(id);
  return agencyFrom(a, {
    featured: a.featured,
    description: a.description,
    administrator: a.type === 'Government' ? `Administrator of ${a.abbrev}` : null,
    launchers: a.launchers,
    spacecraft: a.spacecraft,
    parent: a.parent,
    image: a.id % 2 ? null : image(2000 + id, `${a.name} headquarters`, 'Fixture credit'),
    ...autoLogos(id, a.name, image),
  });
}

export const agencyMini = (id: number): Json => ll2.agencyMini(agency(id));
export const agencyNormal = (id: number): Json => ll2.agencyNormal(agencyOf(id));

/** AgencyDetailed: the normal form, the statistics and the links (as a mission patch nests it). */
export function agencyDetailed(id: number): Json {
  const a = agency(id);
  // the landing counts of spacecraft and payloads are not in the table: 0, or null where every count is
  const stats = agencyStats(Object.fromEntries(AGENCY_COUNT_FIELDS.map((f, i) => [f, a.counts[i]])), a.counts[0] === null ? null : 0);
  const links = { info_url: a.featured ? `https://www.${slugify(a.abbrev)}.example/` : null, wiki_url: wikiUrl(a.name), social_media_links: a.social ?? [] };
  return ll2.agencyDetailed(agencyOf(id), stats, links);
}

/** AgencyEndpointDetailed: what `/agencies/{id}/` answers. */
export function agencyEndpointDetailed(id: number): Json {
  const a = agency(id);
  return {
    ...agencyDetailed(id),
    response_mode: 'detailed',
    launcher_list: (a.launcherList ?? []).map(launcherConfigNoManufacturer),
    spacecraft_list: (a.spacecraftList ?? []).map(spacecraftConfigDetailed),
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Vehicles (only what the catalog objects nest)                                                  */
/* ---------------------------------------------------------------------------------------------- */

const LAUNCHER_CONFIGS: Record<number, { name: string; full_name: string; variant: string; manufacturer: number }> = {
  164: { name: 'Falcon 9', full_name: 'Falcon 9 Block 5', variant: 'Block 5', manufacturer: 121 },
  27: { name: 'Soyuz 2.1a', full_name: 'Soyuz 2.1a', variant: '2.1a', manufacturer: 1046 },
};

function launcherConfigList(id: number): Json {
  const c = LAUNCHER_CONFIGS[id];
  return { response_mode: 'list', id, url: `${API}/launcher_configurations/${id}/`, name: c.name, families: [], full_name: c.full_name, variant: c.variant };
}

function launcherConfigNoManufacturer(id: number): Json {
  const c = LAUNCHER_CONFIGS[id];
  return ll2.launcherConfig({
    id, name: c.name, families: [], full_name: c.full_name, variant: c.variant, active: true, is_placeholder: false, program: [],
    reusable: id === 164, image: image(6000 + id, `${c.full_name} on the pad`), min_stage: 2, max_stage: 2, length: 70.0, diameter: 3.7,
    maiden_flight: '2018-05-11', launch_cost: 52000000, launch_mass: 549.0, leo_capacity: 22800.0, gto_capacity: 8300.0, to_thrust: 7607.0,
    stats: {
      total_launch_count: 400, consecutive_successful_launches: 300, successful_launches: 399, failed_launches: 1, pending_launches: 50,
      attempted_landings: 380, successful_landings: 375, failed_landings: 5, consecutive_successful_landings: 250,
    },
    fastest_turnaround: 'P8DT20H',
  });
}

const SPACECRAFT_CONFIG_TYPE = { id: 2, name: 'Capsule' };

function spacecraftConfigNormal(id: number): Json {
  // only Crew Dragon (18) is needed
  return {
    response_mode: 'normal',
    id,
    url: `${API}/spacecraft_configurations/${id}/`,
    name: 'Crew Dragon',
    type: SPACECRAFT_CONFIG_TYPE,
    agency: agencyMini(121),
    family: [],
    in_use: true,
    image: image(7000 + id, 'Crew Dragon'),
  };
}

function spacecraftConfigDetailed(id: number): Json {
  return {
    ...spacecraftConfigNormal(id),
    response_mode: 'detailed',
    agency: agencyNormal(121),
    capability: 'Crew and cargo transport to low Earth orbit.',
    history: 'First crewed flight in 2020.',
    details: '',
    maiden_flight: '2019-03-02',
    height: 8.1,
    diameter: 4.0,
    human_rated: true,
    crew_capacity: 4,
    payload_capacity: 6000,
    payload_return_capacity: 3000,
    flight_life: '210 days',
    wiki_link: 'https://en.wikipedia.org/wiki/SpaceX_Dragon_2',
    info_link: '',
    spacecraft_flown: 5,
    total_launch_count: 17,
    successful_launches: 17,
    failed_launches: 0,
    attempted_landings: 16,
    successful_landings: 16,
    failed_landings: 0,
    fastest_turnaround: 'P160D',
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Celestial bodies, locations, pads                                                              */
/* ---------------------------------------------------------------------------------------------- */

export const BODY_TYPE = { Planet: { id: 1, name: 'Planet' }, Satellite: { id: 2, name: 'Natural Satellite' }, Star: { id: 3, name: 'Star' } };

export interface BodyDef { id: number; name: string; type: keyof typeof BODY_TYPE; diameter: number | null; mass: number | null; gravity: number | null; day: string | null; atmosphere: boolean }

export const BODIES: BodyDef[] = [
  { id: 1, name: 'Earth', type: 'Planet', diameter: 12742000, mass: 5.972e24, gravity: 9.807, day: '23:56:04', atmosphere: true },
  { id: 2, name: 'Moon', type: 'Satellite', diameter: 3474800, mass: 7.342e22, gravity: 1.62, day: '27 07:43:00', atmosphere: false },
  { id: 3, name: 'Sun', type: 'Star', diameter: 1392700000, mass: 1.989e30, gravity: 274, day: null, atmosphere: true },
  { id: 4, name: 'Mars', type: 'Planet', diameter: 6779000, mass: null, gravity: null, day: '24:37:22', atmosphere: true },
];
const body = (id: number) => BODIES.find((b) => b.id === id)!;

export const celestialBodyMini = (id: number): Json => ll2.celestialBodyMini(id, body(id).name);

export function celestialBodyNormal(id: number): Json {
  const b = body(id);
  return celestialBody({
    id,
    name: b.name,
    type: BODY_TYPE[b.type],
    diameter: b.diameter,
    mass: b.mass,
    gravity: b.gravity,
    length_of_day: b.day,
    atmosphere: b.atmosphere,
    image: image(8000 + id, `${b.name} from space`),
    description: id === 4 ? null : `${b.name} (fixture celestial body).`,
    wiki_url: `https://en.wikipedia.org/wiki/${b.name}`,
  });
}

function bodyStats(id: number): Json {
  const launches = LOCATIONS.filter((l) => l.body === id).reduce((n, l) => n + l.launches, 0);
  return {
    total_attempted_launches: launches,
    successful_launches: launches,
    failed_launches: 0,
    total_attempted_landings: id === 2 ? 1 : 0,
    successful_landings: id === 2 ? 1 : 0,
    failed_landings: 0,
  };
}

/** CelestialBodyDetailed (as a location nests it: LL2 says `normal` there). */
export function celestialBodyDetailed(id: number): Json {
  return { ...celestialBodyNormal(id), ...bodyStats(id) };
}

export function celestialBodyEndpointDetailed(id: number): Json {
  return {
    ...celestialBodyDetailed(id),
    response_mode: 'detailed',
    locations: LOCATIONS.filter((l) => l.body === id).map((l) => locationNoBody(l.id)),
  };
}

export interface LocationDef { id: number; name: string; country: string | null; body: number; active: boolean; lat: number; lon: number; tz: string; launches: number; landings: number | null }

export const LOCATIONS: LocationDef[] = [
  { id: 12, name: 'Cape Canaveral SFS, FL, USA', country: 'USA', body: 1, active: true, lat: 28.488889, lon: -80.577778, tz: 'America/New_York', launches: 1000, landings: 50 },
  { id: 27, name: 'Kennedy Space Center, FL, USA', country: 'USA', body: 1, active: true, lat: 28.60822681, lon: -80.60428186, tz: 'America/New_York', launches: 250, landings: 3 },
  { id: 15, name: 'Baikonur Cosmodrome, Republic of Kazakhstan', country: 'KAZ', body: 1, active: true, lat: 45.92, lon: 63.342, tz: 'Asia/Qyzylorda', launches: 1550, landings: 0 },
  { id: 10, name: 'Onenui Station, Mahia Peninsula, New Zealand', country: 'NZL', body: 1, active: true, lat: -39.262833, lon: 177.864469, tz: 'Pacific/Auckland', launches: 60, landings: 0 },
  { id: 6, name: 'Plesetsk Cosmodrome, Russian Federation', country: 'RUS', body: 1, active: true, lat: 62.957, lon: 40.683, tz: 'Europe/Moscow', launches: 1640, landings: 0 },
  { id: 20, name: 'Kapustin Yar, Russian Federation', country: 'RUS', body: 1, active: false, lat: 48.5, lon: 45.75, tz: 'Europe/Volgograd', launches: 100, landings: null },
  { id: 205, name: 'Apollo Basin, Moon', country: null, body: 2, active: false, lat: -36.1, lon: -151.8, tz: 'UTC', launches: 1, landings: 1 },
];
const location = (id: number) => LOCATIONS.find((l) => l.id === id)!;

function locationOf(id: number): Location {
  const l = location(id);
  return {
    id,
    name: l.name,
    active: l.active,
    country: l.country ? COUNTRY[l.country] : null,
    description: l.id === 205 ? null : `${l.name} (fixture location).`,
    image: l.id === 20 ? null : image(5000 + id, `${l.name} overview`),
    longitude: l.lon,
    latitude: l.lat,
    timezone_name: l.tz,
    total_launch_count: l.launches,
    total_landing_count: l.landings,
  };
}

/** LocationSerializerNoCelestialBody. */
export const locationNoBody = (id: number): Json => ll2.location(locationOf(id));

/** Location (the normal mode, and what a pad nests). */
export const locationNormal = (id: number): Json => ll2.location({ ...locationOf(id), celestial_body: celestialBodyDetailed(location(id).body) });

export function locationWithPads(id: number): Json {
  return { ...locationNormal(id), response_mode: 'detailed', pads: PADS.filter((p) => p.location === id).map((p) => padNoLocation(p.id)) };
}

export interface PadDef { id: number; name: string; location: number; agencies: number[]; active: boolean; lat: number; lon: number; total: number; orbital: number | null }

export const PADS: PadDef[] = [
  { id: 80, name: 'Space Launch Complex 40', location: 12, agencies: [121], active: true, lat: 28.56194122, lon: -80.57735736, total: 300, orbital: 290 },
  { id: 29, name: 'Space Launch Complex 41', location: 12, agencies: [124], active: true, lat: 28.58341025, lon: -80.58303644, total: 110, orbital: 110 },
  { id: 87, name: 'Launch Complex 39A', location: 27, agencies: [121, 44], active: true, lat: 28.60822681, lon: -80.60428186, total: 200, orbital: 195 },
  { id: 88, name: 'Launch Complex 39B', location: 27, agencies: [44], active: true, lat: 28.62711233, lon: -80.62101503, total: 50, orbital: 50 },
  { id: 7, name: '1/5', location: 15, agencies: [63], active: true, lat: 45.92, lon: 63.342, total: 500, orbital: 480 },
  { id: 166, name: 'Rocket Lab Launch Complex 1A', location: 10, agencies: [147], active: true, lat: -39.26085, lon: 177.864933, total: 50, orbital: 50 },
  { id: 43, name: '35/1', location: 6, agencies: [96, 63], active: true, lat: 62.927, lon: 40.575, total: 20, orbital: 20 },
  { id: 112, name: 'Site 107', location: 20, agencies: [63], active: false, lat: 48.55, lon: 45.8, total: 60, orbital: 0 },
  { id: 300, name: "Chang'e 6 Landing Site", location: 205, agencies: [], active: false, lat: -41.6, lon: -153.98, total: 1, orbital: null },
];
const pad = (id: number) => PADS.find((p) => p.id === id)!;

function padOf(id: number): Pad {
  const p = pad(id);
  const l = location(p.location);
  return {
    id,
    name: p.name,
    active: p.active,
    agencies: [],
    image: id === 300 ? null : image(5500 + id, `${p.name} pad`),
    description: id === 88 ? null : `${p.name} (fixture pad).`,
    info_url: null,
    wiki_url: id === 87 ? 'https://en.wikipedia.org/wiki/Kennedy_Space_Center_Launch_Complex_39A' : '',
    latitude: p.lat,
    longitude: p.lon,
    country: l.country ? COUNTRY[l.country] : null,
    total_launch_count: p.total,
    orbital_launch_attempt_count: p.orbital,
    fastest_turnaround: id === 80 ? 'P2DT8H' : null,
  };
}

/** PadSerializerNoLocation (as a location's `pads` nests it). */
export function padNoLocation(id: number): Json {
  return ll2.pad({ ...padOf(id), agencies: pad(id).agencies.map(agencyMini) });
}

/** Pad: the only form of `/pads/`. */
export function padFull(id: number): Json {
  return ll2.pad({ ...padOf(id), agencies: pad(id).agencies.map(agencyNormal), location: locationNormal(pad(id).location) });
}

/* ---------------------------------------------------------------------------------------------- */
/* Programs and mission patches                                                                   */
/* ---------------------------------------------------------------------------------------------- */

export interface ProgramDef { id: number; name: string; agencies: number[]; type: keyof typeof PROGRAM_TYPE; start: string; end: string | null; patches: number[] }

export const PROGRAMS: ProgramDef[] = [
  { id: 17, name: 'International Space Station', agencies: [44, 63, 27], type: 'Human', start: '1998-11-20T06:40:00Z', end: null, patches: [12, 14] },
  { id: 12, name: 'Artemis', agencies: [44, 27, 16], type: 'Human', start: '2017-12-11T00:00:00Z', end: null, patches: [11] },
  { id: 19, name: 'Commercial Crew Program', agencies: [44, 121], type: 'Human', start: '2011-01-01T00:00:00Z', end: null, patches: [] },
  { id: 25, name: 'Mars Exploration Program', agencies: [44], type: 'Robotic', start: '1993-01-01T00:00:00Z', end: null, patches: [] },
  { id: 5, name: 'Apollo', agencies: [44], type: 'Human', start: '1961-01-01T00:00:00Z', end: '1972-12-19T19:24:59Z', patches: [] },
];
const program = (id: number) => PROGRAMS.find((p) => p.id === id)!;

function programLinks(id: number): ProgramLinks {
  const p = program(id);
  return {
    id,
    name: p.name,
    image: id === 25 ? null : image(9100 + id, `${p.name} program`),
    info_url: id === 17 ? 'https://www.nasa.gov/international-space-station/' : null,
    wiki_url: wikiUrl(p.name),
  };
}

export const programMini = (id: number): Json => ll2.programMini(programLinks(id));

export function programNormal(id: number): Json {
  const p = program(id);
  return ll2.programNormal({
    ...programLinks(id),
    description: `${p.name} (fixture program).`,
    agencies: p.agencies.map(agencyMini),
    start_date: p.start,
    end_date: p.end,
    mission_patches: p.patches.map(missionPatchNormal),
    type: PROGRAM_TYPE[p.type],
  });
}

export interface PatchDef { id: number; name: string; agency: number | null; priority: number; launches: string[]; expeditions: number[] }

export const PATCHES: PatchDef[] = [
  { id: 10, name: 'Crew-9', agency: 121, priority: 10, launches: ['LA'], expeditions: [] },
  { id: 11, name: 'Artemis II', agency: 44, priority: 5, launches: [], expeditions: [] },
  { id: 12, name: 'Expedition 72', agency: 63, priority: 10, launches: [], expeditions: [72] },
  { id: 13, name: 'Owl Night Long', agency: 147, priority: 0, launches: [], expeditions: [] },
  { id: 14, name: 'Soyuz MS-26', agency: 63, priority: 20, launches: ['LB'], expeditions: [] },
  { id: 15, name: 'Ariane 6 Maiden Flight', agency: 115, priority: 3, launches: [], expeditions: [] },
  { id: 16, name: 'Unaffiliated Test Patch', agency: null, priority: 1, launches: [], expeditions: [] },
];
const patch = (id: number) => PATCHES.find((p) => p.id === id)!;

export function missionPatchNormal(id: number): Json {
  const p = patch(id);
  return {
    id,
    name: p.name,
    priority: p.priority,
    image_url: `${MEDIA}/mission_patch_images/${slugify(p.name)}_${id}.png`,
    agency: p.agency === null ? null : agencyMini(p.agency),
    response_mode: 'normal',
  };
}

export function missionPatchDetailed(id: number): Json {
  const p = patch(id);
  return {
    ...missionPatchNormal(id),
    agency: p.agency === null ? null : agencyDetailed(p.agency),
    response_mode: 'detailed',
    launches: p.launches.map((k) => launchNormal(k as LaunchKey)),
    expeditions: p.expeditions.map(expeditionNormal),
    program: PROGRAMS.filter((pr) => pr.patches.includes(id)).map((pr) => programNormal(pr.id)),
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Launches, a spacecraft flight, a spacewalk and an expedition                                   */
/* ---------------------------------------------------------------------------------------------- */

export const LAUNCH_IDS = {
  LA: '5e0c2a01-7d3b-4c1e-9a55-0c2a7a0000a1',
  LB: '5e0c2a02-7d3b-4c1e-9a55-0c2a7a0000b2',
} as const;
type LaunchKey = keyof typeof LAUNCH_IDS;

const LAUNCH_DEFS: Record<LaunchKey, { name: string; net: string; lsp: number; pad: number; config: number; rocket: number; programs: number[] }> = {
  LA: { name: 'Falcon 9 Block 5 | Crew-9', net: '2024-09-28T17:17:22Z', lsp: 121, pad: 80, config: 164, rocket: 8101, programs: [19] },
  LB: { name: 'Soyuz 2.1a | Soyuz MS-26', net: '2024-09-11T16:23:15Z', lsp: 1046, pad: 7, config: 27, rocket: 8102, programs: [17] },
};

export function launchNormal(key: LaunchKey): Json {
  const d = LAUNCH_DEFS[key];
  const la = key === 'LA';
  return launchObject({
    id: LAUNCH_IDS[key],
    name: d.name,
    response_mode: 'normal',
    launch_designator: la ? '2024-179' : '2024-165',
    status: LAUNCH_STATUS[3],
    last_updated: '2024-10-01T00:00:00Z',
    net: d.net,
    net_precision: NET_PRECISION.SEC,
    window_end: d.net,
    window_start: d.net,
    image: image(2700 + (la ? 1 : 2), `${d.name} image`),
    launch_service_provider: agencyMini(d.lsp),
    rocket: { id: d.rocket, configuration: launcherConfigList(d.config) },
    mission: null,
    pad: padFull(d.pad),
    program: d.programs.map(programNormal),
    counts: la ? [6900, 950, 120, 380, 190, 80, 40, 100] : [6880, 1540, 480, 1190, 170, 10, 4, 12],
  });
}

function spacecraftFlightNormal(): Json {
  return {
    id: 901,
    url: `${API}/spacecraft_flights/901/`,
    destination: 'International Space Station',
    mission_end: '2025-03-18T21:57:00Z',
    spacecraft: {
      response_mode: 'normal',
      id: 502,
      url: `${API}/spacecraft/502/`,
      name: 'Crew Dragon Freedom',
      serial_number: 'C212',
      is_placeholder: false,
      image: null,
      in_space: false,
      time_in_space: 'P400DT2H',
      time_docked: 'P390D',
      flights_count: 3,
      mission_ends_count: 3,
      status: { id: 1, name: 'Active' },
      description: 'Crew Dragon Freedom (fixture spacecraft).',
      spacecraft_config: spacecraftConfigNormal(18),
      fastest_turnaround: null,
    },
    launch: launchNormal('LA'),
    landing: {
      id: 3001,
      url: `${API}/landings/3001/`,
      attempt: true,
      success: true,
      description: 'Splashdown off the coast of Florida.',
      downrange_distance: null,
      landing_location: {
        id: 40,
        name: 'Atlantic Ocean',
        active: true,
        abbrev: 'ATL',
        description: null,
        location: locationNoBody(12),
        longitude: -80.0,
        latitude: 29.5,
        image: null,
        successful_landings: 30,
        attempted_landings: 30,
        failed_landings: 0,
        celestial_body: celestialBodyNormal(1),
      },
      type: { id: 9, name: 'Splashdown', abbrev: 'SPL', description: 'A landing in water.' },
    },
    duration: 'P171DT3H32M',
    turn_around_time: 'P220DT13H52M',
    response_mode: 'normal',
  };
}

const SPACEWALK = { id: 50, name: 'Russian Spacewalk VKD-62', start: '2024-12-19T15:35:00Z', end: '2024-12-19T22:52:00Z', duration: 'PT7H17M', location: 'International Space Station' };

function spacewalkList(): Json {
  return { response_mode: 'list', id: SPACEWALK.id, url: `${API}/spacewalks/${SPACEWALK.id}/`, ...{ name: SPACEWALK.name, start: SPACEWALK.start, end: SPACEWALK.end, duration: SPACEWALK.duration, location: SPACEWALK.location } };
}

function spacewalkNormal(): Json {
  return {
    ...spacewalkList(),
    crew: [{ id: 7101, role: { id: 9, role: 'Spacewalker', priority: 0 }, astronaut: astronautDetailed(101) }],
  };
}

function expeditionNormal(id: number): Json {
  return {
    id,
    url: `${API}/expeditions/${id}/`,
    name: `Expedition ${id}`,
    start: '2024-09-23T07:37:00Z',
    end: null,
    response_mode: 'normal',
    spacestation: {
      id: 4,
      url: `${API}/space_stations/4/`,
      name: 'International Space Station',
      image: image(9400, 'International Space Station'),
      status: { id: 1, name: 'Active' },
      founded: '1998-11-20',
      deorbited: null,
      description: 'A modular space station in low Earth orbit.',
      orbit: 'Low Earth Orbit',
      type: { id: 1, name: 'Government' },
    },
    mission_patches: [missionPatchNormal(12)],
    spacewalks: [spacewalkList()],
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Astronauts                                                                                     */
/* ---------------------------------------------------------------------------------------------- */

export const ASTRONAUT_STATUS = { Active: { id: 1, name: 'Active' }, Retired: { id: 2, name: 'Retired' }, Training: { id: 3, name: 'In-Training' }, Deceased: { id: 11, name: 'Deceased' } };
export const ASTRONAUT_TYPE = { Government: { id: 2, name: 'Government' }, Private: { id: 3, name: 'Private' }, NonHuman: { id: 4, name: 'Non-Human' } };

export interface AstronautDef {
  id: number;
  name: string;
  agency: number | null;
  nationality: string[];
  status: keyof typeof ASTRONAUT_STATUS;
  type: keyof typeof ASTRONAUT_TYPE;
  date_of_birth: string | null;
  date_of_death: string | null;
  age: number | null;
  in_space: boolean;
  has_flown: boolean;
  is_human: boolean;
  flights_count: number;
  landings_count: number;
  spacewalks_count: number;
  first_flight: string | null;
  last_flight: string | null;
  time_in_space: string | null;
  /** time_in_space in seconds, to check the order LL2 gives (a duration, not a text). */
  time_in_space_s: number | null;
  eva_time: string;
  eva_time_s: number;
  flights?: LaunchKey[];
  landings?: boolean;
  spacewalks?: boolean;
  social?: Json[];
}

const D = 86400;
export const ASTRONAUTS: AstronautDef[] = [
  {
    id: 101, name: 'Aleksey Ovchinin', agency: 63, nationality: ['RUS'], status: 'Active', type: 'Government', date_of_birth: '1971-09-28', date_of_death: null, age: 53,
    in_space: false, has_flown: true, is_human: true, flights_count: 3, landings_count: 3, spacewalks_count: 1,
    first_flight: '2016-03-18T21:26:38Z', last_flight: '2024-09-11T16:23:15Z', time_in_space: 'P595DT6H19M', time_in_space_s: 595 * D + 6 * 3600 + 19 * 60,
    eva_time: 'PT7H17M', eva_time_s: 7 * 3600 + 17 * 60, flights: ['LB'], spacewalks: true,
  },
  {
    id: 102, name: 'Nick Hague', agency: 44, nationality: ['USA'], status: 'Active', type: 'Government', date_of_birth: '1975-09-14', date_of_death: null, age: 49,
    in_space: true, has_flown: true, is_human: true, flights_count: 3, landings_count: 2, spacewalks_count: 2,
    first_flight: '2018-10-11T08:40:15Z', last_flight: '2024-09-28T17:17:22Z', time_in_space: 'P374DT12H4M', time_in_space_s: 374 * D + 12 * 3600 + 4 * 60,
    eva_time: 'PT13H2M', eva_time_s: 13 * 3600 + 2 * 60, flights: ['LA'], landings: true, social: [socialLink(511, 'X', 'AstroHague')],
  },
  {
    id: 103, name: 'Christina Koch', agency: 44, nationality: ['USA'], status: 'Active', type: 'Government', date_of_birth: '1979-01-29', date_of_death: null, age: 46,
    in_space: false, has_flown: true, is_human: true, flights_count: 1, landings_count: 1, spacewalks_count: 6,
    first_flight: '2019-03-14T19:14:08Z', last_flight: '2019-03-14T19:14:08Z', time_in_space: 'P328DT13H58M', time_in_space_s: 328 * D + 13 * 3600 + 58 * 60,
    eva_time: 'P1DT18H15M', eva_time_s: D + 18 * 3600 + 15 * 60,
  },
  {
    id: 104, name: 'Thomas Pesquet', agency: 27, nationality: ['FRA'], status: 'Active', type: 'Government', date_of_birth: '1978-02-27', date_of_death: null, age: 47,
    in_space: false, has_flown: true, is_human: true, flights_count: 2, landings_count: 2, spacewalks_count: 4,
    first_flight: '2016-11-17T20:20:13Z', last_flight: '2021-04-23T09:49:02Z', time_in_space: 'P396DT11H34M', time_in_space_s: 396 * D + 11 * 3600 + 34 * 60,
    eva_time: 'P1DT15H54M', eva_time_s: D + 15 * 3600 + 54 * 60, social: [socialLink(512, 'Instagram', 'thom_astro')],
  },
  {
    id: 105, name: 'Yuri Gagarin', agency: 63, nationality: ['RUS'], status: 'Deceased', type: 'Government', date_of_birth: '1934-03-09', date_of_death: '1968-03-27', age: 34,
    in_space: false, has_flown: true, is_human: true, flights_count: 1, landings_count: 1, spacewalks_count: 0,
    first_flight: '1961-04-12T06:07:00Z', last_flight: '1961-04-12T06:07:00Z', time_in_space: 'PT1H48M', time_in_space_s: 108 * 60,
    eva_time: 'P0D', eva_time_s: 0,
  },
  {
    id: 106, name: 'Christopher Williams', agency: 44, nationality: ['USA'], status: 'Training', type: 'Government', date_of_birth: '1983-12-03', date_of_death: null, age: 41,
    in_space: false, has_flown: false, is_human: true, flights_count: 0, landings_count: 0, spacewalks_count: 0,
    first_flight: null, last_flight: null, time_in_space: null, time_in_space_s: null, eva_time: 'P0D', eva_time_s: 0,
  },
  {
    id: 107, name: 'Laika', agency: 63, nationality: ['RUS'], status: 'Deceased', type: 'NonHuman', date_of_birth: null, date_of_death: '1957-11-03', age: null,
    in_space: false, has_flown: true, is_human: false, flights_count: 1, landings_count: 0, spacewalks_count: 0,
    first_flight: '1957-11-03T02:30:42Z', last_flight: '1957-11-03T02:30:42Z', time_in_space: 'PT5H', time_in_space_s: 5 * 3600, eva_time: 'P0D', eva_time_s: 0,
  },
  {
    id: 108, name: 'Jeremy Hansen', agency: 16, nationality: ['CAN'], status: 'Active', type: 'Government', date_of_birth: '1976-01-27', date_of_death: null, age: 49,
    in_space: false, has_flown: false, is_human: true, flights_count: 0, landings_count: 0, spacewalks_count: 0,
    first_flight: null, last_flight: null, time_in_space: 'P0D', time_in_space_s: 0, eva_time: 'P0D', eva_time_s: 0,
  },
  {
    id: 109, name: 'Mark Shuttleworth', agency: null, nationality: ['ZAF', 'GBR'], status: 'Retired', type: 'Private', date_of_birth: '1973-09-18', date_of_death: null, age: 51,
    in_space: false, has_flown: true, is_human: true, flights_count: 1, landings_count: 1, spacewalks_count: 0,
    first_flight: '2002-04-25T06:26:35Z', last_flight: '2002-04-25T06:26:35Z', time_in_space: 'P9DT21H25M', time_in_space_s: 9 * D + 21 * 3600 + 25 * 60,
    eva_time: 'P0D', eva_time_s: 0,
  },
];
const astronaut = (id: number) => ASTRONAUTS.find((a) => a.id === id)!;

/** AstronautDetailed: LL2's `list` mode of `/astronauts/`, and what an AstronautFlight nests. */
export function astronautDetailed(id: number): Json {
  const a = astronaut(id);
  return {
    id,
    url: `${API}/astronauts/${id}/`,
    name: a.name,
    status: ASTRONAUT_STATUS[a.status],
    agency: a.agency === null ? null : agencyMini(a.agency),
    image: a.is_human ? image(9500 + id, `${a.name} portrait`, 'NASA') : null,
    response_mode: 'list',
    type: ASTRONAUT_TYPE[a.type],
    in_space: a.in_space,
    time_in_space: a.time_in_space,
    eva_time: a.eva_time,
    age: a.age,
    date_of_birth: a.date_of_birth,
    date_of_death: a.date_of_death,
    nationality: a.nationality.map((c) => COUNTRY[c]),
    bio: `${a.name} (fixture astronaut).`,
    wiki: a.is_human ? `https://en.wikipedia.org/wiki/${encodeURIComponent(a.name.replace(/ /g, '_'))}` : null,
    last_flight: a.last_flight,
    first_flight: a.first_flight,
    social_media_links: a.social ?? [],
  };
}

export function astronautNormal(id: number): Json {
  const a = astronaut(id);
  return {
    ...astronautDetailed(id),
    response_mode: 'normal',
    ...pick(a, ['flights_count', 'landings_count', 'spacewalks_count']),
  };
}

export function astronautEndpointDetailed(id: number): Json {
  const a = astronaut(id);
  return {
    ...astronautNormal(id),
    response_mode: 'detailed',
    flights: (a.flights ?? []).map(launchNormal),
    landings: a.landings ? [spacecraftFlightNormal()] : [],
    spacewalks: a.spacewalks ? [spacewalkNormal()] : [],
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Import                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

/** The documents imported, in order: each as LL2 answers its `{id}` route. */
export const DOCUMENTS: Array<{ entity: string; results: Json[] }> = [
  { entity: 'agency', results: AGENCIES.map((a) => agencyEndpointDetailed(a.id)) },
  { entity: 'celestial_body', results: BODIES.map((b) => celestialBodyEndpointDetailed(b.id)) },
  { entity: 'location', results: LOCATIONS.map((l) => locationWithPads(l.id)) },
  { entity: 'pad', results: PADS.map((p) => padFull(p.id)) },
  { entity: 'program', results: PROGRAMS.map((p) => programNormal(p.id)) },
  { entity: 'launch', results: (Object.keys(LAUNCH_IDS) as LaunchKey[]).map(launchNormal) },
  { entity: 'astronaut', results: ASTRONAUTS.map((a) => astronautEndpointDetailed(a.id)) },
  { entity: 'mission_patch', results: PATCHES.map((p) => missionPatchDetailed(p.id)) },
];

export async function importCatalogFixtures(database: Database): Promise<void> {
  for (const { entity, results } of DOCUMENTS) {
    await importDocument(database, page(results), { entity });
  }
}

/** A fresh database holding the catalog fixtures, served with LL2's public base URL. */
export async function catalogFixtureApp(): Promise<TestApp> {
  const database = await freshDatabase();
  await importCatalogFixtures(database);
  return testApp({ database, publicBaseUrl: PUBLIC_BASE });
}

/* ---------------------------------------------------------------------------------------------- */
/* Test harness shared by test/api/catalog-*.test.ts                                              */
/* ---------------------------------------------------------------------------------------------- */



export interface SearchCase {
  search: string;
  expect: number[];
  why?: string;
}

export interface OrderingCase {
  /** An ordering field LL2 documents for the endpoint. */
  field: string;
  /** The value LL2 sorts by (a duration in seconds, not its text); null sorts as PostgreSQL does. */
  key: (id: number) => number | string | null;
}

export interface BadCase {
  pairs: Pairs;
  body: Record<string, string[]>;
}

export interface EndpointSpec {
  /** The list path, `/2.3.0/agencies/`. */
  path: string;
  /** Every fixture id the endpoint lists, ascending. */
  ids: number[];
  cases: FilterCase[];
  bad: BadCase[];
  search: SearchCase[];
  ordering: OrderingCase[];
}

/**
 * The official document cannot tell an astronaut in `list` mode (AstronautDetailed) from one in
 * `normal` mode (AstronautEndpointNormal, whose extra counts are optional): such an object matches
 * two branches of PolymorphicAstronautEndpoint's `oneOf`. Every object is still checked against the
 * schema its mode maps to (and its `response_mode`); only that ambiguity of the oneOf is excused.
 */
export function contractErrors(path: string, body: unknown, mode?: ResponseMode): string[] {
  const errors = validateBody(path, body, mode ? { mode } : {});
  if (path !== '/2.3.0/astronauts/' || mode !== 'list') return errors;
  return errors.filter((e) => !/^PaginatedPolymorphicAstronautEndpointList \/results\/\d+: must match exactly one schema in oneOf \(matches \[0,1\]\)/.test(e));
}


export const CHOICE_ERROR = 'Select a valid choice. That choice is not one of the available choices.';


/**
 * The order LL2 (PostgreSQL) gives: nulls after every value ascending and before them descending;
 * ties are broken by the key in the same direction, as this server does.
 */
export function expectedOrder(ids: readonly number[], key: (id: number) => number | string | null, desc: boolean): number[] {
  return [...ids].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    let c = ka === null && kb === null ? 0 : ka === null ? 1 : kb === null ? -1 : ka < kb ? -1 : ka > kb ? 1 : 0;
    if (c === 0) c = a - b;
    return desc ? -c : c;
  });
}


/** A fixture table: its ids (ascending), a row by id, and the ids of the rows a predicate keeps. */
export function fixtureTable<T extends { id: number }>(rows: readonly T[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    ids: sortedIds(rows.map((r) => r.id)),
    row: (id: number): T => byId.get(id)!,
    where: (pred: (r: T) => boolean): number[] => rows.filter(pred).map((r) => r.id),
  };
}

/** An endpoint without filters (no cases, no bad values): its search cases, and ordering by id and by name. */
export function describeUnfiltered(path: string, rows: ReadonlyArray<{ id: number; name: string }>, search: SearchCase[], app: () => TestApp): void {
  const { ids, row } = fixtureTable(rows);
  describeEndpoint({ path, ids, cases: [], bad: [], search, ordering: [{ field: 'id', key: (id) => id }, { field: 'name', key: (id) => row(id).name }] }, app);
}

const pairsOf = (c: FilterCase): Pairs => (Array.isArray(c.value) ? c.value.map((v) => [c.param, v] as [string, string]) : [[c.param, c.value]]);
const labelOf = (c: FilterCase) => pairsOf(c).map(([k, v]) => `${k}=${v}`).join('&');

/**
 * The standard tests of one list endpoint: coverage of the contract's filter parameters, every
 * case, blank values, bad values (400 with DRF's body), odd values (never a 500), search, ordering,
 * paging and the `{id}` route's 404.
 */
export function describeEndpoint(spec: EndpointSpec, app: () => TestApp): void {
  const { path, ids } = spec;
  const params = contractParameters(path).map((p) => p.name);
  const filters = params.filter((p) => !NOT_FILTERS.has(p));

  const url = (pairs: Pairs, extra: Pairs = [['limit', '100']]) => {
    const qs = new URLSearchParams([...pairs, ...extra]).toString();
    return `${path}${qs ? `?${qs}` : ''}`;
  };
  const idsOf = (pairs: Pairs) => listIds(app(), url(pairs));
  const assertIds = async (pairs: Pairs, expected: readonly number[], message?: string) => {
    assertSameMembers(await idsOf(pairs), expected, message ?? url(pairs));
  };

  describe(`${path} filters`, () => {
    test('without a filter it lists every fixture object, by id', async () => {
      assert.deepStrictEqual(await idsOf([]), sortedIds(ids));
    });

    test('every filter parameter of the contract has a case that changes the result', () => {
      const missing = filters.filter((p) => !spec.cases.some((c) => c.param === p && JSON.stringify(sortedIds(c.expect)) !== JSON.stringify(sortedIds(ids))));
      assert.deepStrictEqual(missing, [], `filter parameters without a discriminating case: ${missing.join(', ')}`);
    });

    test('every case uses a parameter the contract documents', () => {
      assert.deepStrictEqual(spec.cases.filter((c) => !filters.includes(c.param)).map(labelOf), []);
    });

    for (const c of spec.cases) {
      test(`${labelOf(c)} -> [${sortedIds(c.expect).join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
        await assertIds(pairsOf(c), c.expect);
      });
    }

    test('an empty or blank value means no filter, for every parameter', async () => {
      for (const p of filters) {
        await assertIds([[p, '']], ids, `${p}=`);
        await assertIds([[p, '   ']], ids, `${p}=(3 spaces)`);
      }
    });

    test('unknown parameters are ignored', async () => {
      await assertIds([['nonsense', '1']], ids);
      await assertIds([['name__icontains', 'zzzz-no-such-thing']], ids);
    });
  });

  describe(`${path} invalid values: 400 with DRF error bodies`, () => {
    for (const c of spec.bad) {
      test(`${c.pairs.map(([k, v]) => `${k}=${v}`).join('&')} -> ${JSON.stringify(c.body)}`, () => assertBadRequest(app(), url(c.pairs), c.body));
    }
  });

  describe(`${path} odd values never cause a server error`, () => {
    for (const param of params) {
      test(param, async () => {
        assert.deepStrictEqual(await oddValueProblems(app(), (value) => url([[param, value]]), param), []);
      });
    }
  });

  describe(`${path} search`, () => {
    for (const c of spec.search) {
      test(`search=${JSON.stringify(c.search)} -> [${sortedIds(c.expect).join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
        await assertIds([['search', c.search]], c.expect);
      });
    }
  });

  describe(`${path} ordering`, () => {
    for (const o of spec.ordering) {
      // NULLs sort as on PostgreSQL (LL2): last ascending, first descending, on both databases
      for (const desc of [false, true]) {
        const ordering = `${desc ? '-' : ''}${o.field}`;
        test(`ordering=${ordering}`, async () => {
          assert.deepStrictEqual(await idsOf([['ordering', ordering]]), expectedOrder(ids, o.key, desc));
        });
      }
    }

    test('an unknown ordering field is ignored', async () => {
      assert.deepStrictEqual(await idsOf([['ordering', 'nonsense']]), sortedIds(ids));
      assert.deepStrictEqual(await idsOf([['ordering', '-no_such_field']]), sortedIds(ids));
    });

    for (const ordering of ['', ...spec.ordering.map((o) => `-${o.field}`)]) {
      test(`paging with limit=3${ordering ? ` and ordering=${ordering}` : ''} visits every object exactly once`, async () => {
        const urlAt = (offset: number) => url(ordering ? [['ordering', ordering]] : [], [['limit', '3'], ['offset', String(offset)]]);
        const { seen } = await pageThrough(app(), urlAt, 3, 60, ids.length);
        assert.deepStrictEqual(sortedIds(seen), sortedIds(ids), `visited ${seen.join(',')}`);
      });
    }
  });

  describe(`${path}{id}/`, () => {
    test('an unknown or malformed id answers 404 {"detail":"Not found."}', async () => {
      for (const id of ['999999', '0', '-1', 'abc', '1.5', '9'.repeat(30)]) {
        const res = await app().get(`${path}${id}/`);
        assert.equal(res.status, 404, `${path}${id}/`);
        assert.deepStrictEqual(res.body, { detail: 'Not found.' });
      }
    });

    test('every fixture object has its page', async () => {
      for (const id of ids) {
        const res = await app().get(`${path}${id}/`);
        assert.equal(res.status, 200, `${path}${id}/`);
        assert.equal(res.body.id, id);
      }
    });
  });
}
