import { REAL_AGENCIES, SYNTHETIC_AGENCY_WORDS, type AgencySpec } from './agencies-data.ts';
import { BODIES, ORBITS } from './celestial-data.ts';
import { COUNTRIES, country, type CountryRow } from './countries.ts';
import type { Astronaut } from './people.ts';
import type { Images } from './images.ts';
import { agencyTypeId, CELESTIAL_TYPE, IMAGE_LICENSE, payloadTypeId, programTypeId, STATION_STATUS, STATION_TYPE } from './lookup-tables.ts';
import { PROGRAMS } from './programs-data.ts';
import type { Rng } from './rng.ts';
import { LANDING_LOCATIONS_DATA, LOCATIONS_DATA, type LocationSpec } from './sites-data.ts';
import { SPACECRAFT_CONFIGS, SPACECRAFT_FAMILIES, STATION_FACTS, STATIONS, type SpacecraftConfigSpec, type StationSpec } from './spacecraft-data.ts';
import type { TableWriter } from './table-writer.ts';
import { MEDIA_HOST, stamp, stem, wikiUrl } from './text.ts';
import { isoDateTime, timedeltaText, utc } from './time.ts';
import { msOfYear } from './activity.ts';
import { FAMILIES, PARENT_FAMILIES, type ConfigSpec, type FamilySpec, type SizeClass } from './vehicles-data.ts';

/**
 * The world the launches happen in: every agency, site, vehicle, spacecraft, station and programme,
 * with its id. Objects whose rows depend on the launches (maiden flights, active pads, a pad's
 * agencies...) are kept here and written after the launches; the rest is written while building.
 * Their statistics are not counted here: src/stats computes them from the rows written.
 */

/** An agency of the catalog: the facts of its spec (real or fictional) with the ids and forms its rows take. */
export interface Agency extends Omit<AgencySpec, 'type' | 'countries' | 'wiki'> {
  id: number;
  type: number;
  countries: CountryRow[];
  wikiUrl: string | null;
  description: string;
  administrator: string | null;
  imageId: number | null;
  logoId: number | null;
  socialLogoId: number | null;
  socialLinks: Array<[socialMedia: number, url: string]>;
}

export interface Body {
  id: number;
  name: string;
}

export interface Location {
  id: number;
  spec: LocationSpec;
  body: Body;
  countryId: number | null;
  imageId: number | null;
  pads: Pad[];
}

export interface Pad {
  id: number;
  name: string;
  location: Location;
  lat: number;
  lon: number;
  imageId: number | null;
  mapImage: string | null;
  wikiUrl: string | null;
  description: string;
  agencies: number[];
  /** NET of the latest launch from this pad so far, upcoming ones included (whether the pad is active). */
  previousNet: number | null;
}

export interface Site {
  pad: Pad;
  from: number;
  to?: number;
}

export interface Family {
  id: number;
  name: string;
  spec?: FamilySpec;
  parentId: number | null;
  manufacturerIds: number[];
  description: string;
  configs: Config[];
  sites: Site[];
  maiden: number | null;
  activeUntil: number | null;
}

export interface Config {
  id: number;
  spec: ConfigSpec;
  family: Family;
  name: string;
  fullName: string;
  variant: string;
  size: SizeClass;
  sites: Site[];
  providers: Array<[agency: number, from: number, to?: number]>;
  manufacturerId: number;
  imageId: number | null;
  programIds: number[];
  physical: Record<string, number | null>;
  /** Launches generated so far, upcoming ones included (the first one is the maiden flight). */
  launches: number;
  maiden: number | null;
  suborbital: boolean;
}

export interface LandingLocation {
  id: number;
  key: string;
  locationId: number | null;
  body: Body;
  imageId: number | null;
  name: string;
}

export interface SpacecraftFamily {
  id: number;
  name: string;
  manufacturerId: number;
  parentId: number | null;
  description: string;
  maiden: number | null;
}

export interface SpacecraftConfig {
  id: number;
  spec: SpacecraftConfigSpec;
  family: SpacecraftFamily;
  agencyId: number;
  imageId: number | null;
  maiden: number | null;
  /** Named vehicles waiting for their first flight, and the count of extra ones made. */
  unused: Array<[name: string, serial: string, from: number, to?: number]>;
  extra: number;
}

export interface Spacecraft {
  id: number;
  name: string;
  serial: string | null;
  config: SpacecraftConfig;
  imageId: number | null;
  reusable: boolean;
  inSpace: boolean;
  busyUntil: number;
  lastEnd: number | null;
  destroyed: boolean;
  retireAfter: number | null;
  description: string;
  /** Flight rows written so far, upcoming ones included: the `pos` of the next one in its flights. */
  flightRows: number;
}

export interface Port {
  id: number;
  name: string;
  config: string;
  module: number;
  /** When the vehicle docked there leaves (Infinity while it stays): ports are handed out free first. */
  busyUntil: number;
}

/** A docking event written at a station: what `currently_docked` and `active_docking_events` read. */
export interface DockingRecord {
  id: number;
  port: Port;
  docking: number;
  departure: number | null;
  /** The spacecraft flight that docked (null: a module carried by a payload flight). */
  flightId: number | null;
}

/** A crewed flight that reached a station (docked before the anchor): expeditions are built from them. */
export interface StationVisit {
  flightId: number;
  launchId: string;
  missionName: string;
  crew: Astronaut[];
  arrive: number;
  /** Departure, or the planned end while the crew is still aboard at the anchor. */
  leave: number;
  ended: boolean;
  programIds: number[];
}

export interface Station {
  id: number;
  spec: StationSpec;
  founded: number;
  deorbited: number | null;
  ports: Port[];
  modules: Array<{ payloadId: number; name: string; family: string; notBefore: number; flightId: number | null }>;
  lastFlightId: number | null;
  /** The static columns, written with the counts that follow from the flights once they are known. */
  row: Record<string, unknown>;
  ownerIds: number[];
  programId: number | null;
  dockings: DockingRecord[];
  visits: StationVisit[];
}

export interface Program {
  id: number;
  key: string;
  name: string;
  agencyIds: number[];
  patchIds: number[];
}

export interface Catalog {
  agencies: Agency[];
  agencyByKey: Map<string, Agency>;
  syntheticAgencies: Agency[];
  bodies: Map<string, Body>;
  orbitIds: Map<string, number>;
  locations: Location[];
  locationByKey: Map<string, Location>;
  families: Family[];
  configs: Config[];
  configByName: Map<string, Config>;
  landingLocations: Map<string, LandingLocation>;
  spacecraftFamilies: SpacecraftFamily[];
  spacecraftConfigs: Map<string, SpacecraftConfig>;
  spacecraft: Spacecraft[];
  stations: Map<string, Station>;
  programs: Map<string, Program>;
  socialMediaIds: number[];
  /** Payload manufacturers by country (agency ids). */
  manufacturers: Map<string, number[]>;
  nextIds: { missionPatch: number; payload: number; spacecraft: number };
  /** Static columns of the celestial bodies and landing locations, completed with counts at the end. */
  bodyRows: Map<string, Record<string, unknown>>;
  landingLocationRows: Map<string, Record<string, unknown>>;
}

/** Builds the catalog and writes its static tables (countries, lookups, images, orbits, programmes...). */
export function buildCatalog(rng: Rng, writer: TableWriter, images: Images, anchor: number): Catalog {
  for (const c of COUNTRIES) writer.add('country', { ...c });

  const cat: Catalog = {
    agencies: [],
    agencyByKey: new Map(),
    syntheticAgencies: [],
    bodies: new Map(),
    orbitIds: new Map(),
    locations: [],
    locationByKey: new Map(),
    families: [],
    configs: [],
    configByName: new Map(),
    landingLocations: new Map(),
    spacecraftFamilies: [],
    spacecraftConfigs: new Map(),
    spacecraft: [],
    stations: new Map(),
    programs: new Map(),
    socialMediaIds: [],
    manufacturers: new Map(),
    nextIds: { missionPatch: 1, payload: 1, spacecraft: 1 },
    bodyRows: new Map(),
    landingLocationRows: new Map(),
  };

  buildSocialMedia(cat, writer, images);
  buildAgencies(cat, rng.fork('agencies'), images);
  buildBodies(cat, writer, images);
  buildLocations(cat, rng.fork('sites'), images);
  buildPrograms(cat, rng.fork('programs'), writer, images);
  buildVehicles(cat, rng.fork('vehicles'), images, anchor);
  buildLandingLocations(cat, rng.fork('landing'), images);
  buildSpacecraft(cat, rng.fork('spacecraft'), images);
  buildStations(cat, rng.fork('stations'), writer, images, anchor);
  buildManufacturers(cat);
  return cat;
}

function buildSocialMedia(cat: Catalog, writer: TableWriter, images: Images) {
  const platforms: Array<[string, string]> = [
    ['X', 'https://x.com/'],
    ['YouTube', 'https://www.youtube.com/'],
    ['Instagram', 'https://www.instagram.com/'],
    ['Facebook', 'https://www.facebook.com/'],
    ['LinkedIn', 'https://www.linkedin.com/'],
    ['Reddit', 'https://www.reddit.com/'],
    ['Bluesky', 'https://bsky.app/'],
    ['Threads', 'https://www.threads.net/'],
  ];
  platforms.forEach(([name, url], i) => {
    const logo = images.create(`${name} logo`, { at: utc(2023, 6, 1), folder: 'social_media_logos', ext: 'png', singleUse: true });
    writer.add('social_media', { id: i + 1, name, url, logo_id: logo });
    cat.socialMediaIds.push(i + 1);
  });
}

function handle(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').slice(0, 15) || 'space';
}

function socialLinks(rng: Rng, cat: Catalog, name: string, n: number): Array<[number, string]> {
  const bases = ['https://x.com/', 'https://www.youtube.com/@', 'https://www.instagram.com/', 'https://www.facebook.com/', 'https://www.linkedin.com/company/', 'https://www.reddit.com/user/', 'https://bsky.app/profile/', 'https://www.threads.net/@'];
  return rng.sample(cat.socialMediaIds, n).sort((a, b) => a - b).map((id) => [id, `${bases[id - 1]}${handle(name)}`]);
}

function buildAgencies(cat: Catalog, rng: Rng, images: Images) {
  const add = (a: Omit<Agency, 'id' | 'imageId' | 'logoId' | 'socialLogoId' | 'socialLinks' | 'description' | 'administrator'>, big: boolean) => {
    const id = cat.agencies.length + 1;
    const at = utc(Math.max(2019, a.founded ?? 2019), 1, 1) + rng.int(0, 1000) * 86400000;
    const stampAt = Math.min(at, utc(2025, 1, 1));
    const typeName = ['government', 'multinational', 'commercial', 'educational', 'private', 'unknown'][a.type - 1];
    const where = a.countries.length > 1 ? 'several countries' : a.countries[0].name;
    const agency: Agency = {
      ...a,
      id,
      imageId: rng.chance(big ? 0.8 : 0.35) ? images.create(`[AUTO] ${a.name} - image`, { at: stampAt, singleUse: true }) : null,
      logoId: rng.chance(big ? 0.98 : 0.8) ? images.create(`[AUTO] ${a.name} - logo`, { at: stampAt, ext: 'png', singleUse: true }) : null,
      socialLogoId: rng.chance(big ? 0.9 : 0.5) ? images.create(`[AUTO] ${a.name} - social_logo`, { at: stampAt, ext: 'png', singleUse: true }) : null,
      socialLinks: rng.chance(big ? 0.8 : 0.3) ? socialLinks(rng, cat, a.abbrev || a.name, rng.int(1, 3)) : [],
      description:
        `${a.name} is a ${typeName} space organisation from ${where}${a.founded ? `, founded in ${a.founded}` : ''}.` +
        (a.launchers ? ` It develops or operates the ${a.launchers.replace(/ \| /g, ', ')} launch vehicles.` : '') +
        (a.spacecraft ? ` Its spacecraft include ${a.spacecraft.replace(/ \| /g, ', ')}.` : ''),
      // invented names only for the fictional organisations; real ones keep administrator null
      administrator: a.key.startsWith('synthetic:') && rng.chance(0.6) ? `${rng.pick(['CEO', 'Director', 'Administrator', 'President'])}: ${rng.pick(['A.', 'B.', 'C.', 'D.', 'E.', 'J.', 'K.', 'L.', 'M.', 'S.'])} ${rng.pick(['Novak', 'Reyes', 'Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Ivanova', 'Chen', 'Patel', 'Schmidt'])}` : null,
    };
    cat.agencies.push(agency);
    cat.agencyByKey.set(a.key, agency);
    return agency;
  };
  const realKeys = new Map(REAL_AGENCIES.map((s) => [s.key, s]));
  for (const s of REAL_AGENCIES) {
    add(
      {
        key: s.key,
        name: s.name,
        abbrev: s.abbrev,
        type: agencyTypeId(s.type),
        countries: s.countries.map(country),
        founded: s.founded,
        parent: s.parent ? (realKeys.get(s.parent)?.name ?? null) : null,
        featured: s.featured,
        launchers: s.launchers,
        spacecraft: s.spacecraft,
        infoUrl: s.infoUrl,
        wikiUrl: wikiUrl(s.wiki),
      },
      s.featured || s.launchers !== '',
    );
  }
  // Fictional satellite operators and manufacturers round the list out to ~200 agencies.
  const parents = REAL_AGENCIES.filter((s) => s.type === 'Commercial' && !s.parent).map((s) => s.name);
  const weightsByCountry = COUNTRIES.map((c) => (c.alpha_3_code === 'USA' ? 12 : ['CHN', 'GBR', 'FRA', 'DEU', 'JPN', 'IND'].includes(c.alpha_3_code) ? 3 : 1));
  const used = new Set<string>();
  const { first, second } = SYNTHETIC_AGENCY_WORDS;
  while (cat.syntheticAgencies.length < 80) {
    const name = `${rng.pick(first)} ${rng.pick(second)}`;
    if (used.has(name)) continue;
    used.add(name);
    const c = rng.weighted(COUNTRIES, weightsByCountry);
    const type = rng.weighted(['Commercial', 'Educational', 'Private', 'Government'] as const, [14, 2, 2, 1]);
    const abbrev = name
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    const agency = add(
      {
        key: `synthetic:${name}`,
        name,
        abbrev,
        type: agencyTypeId(type),
        countries: [c],
        founded: rng.int(1985, 2022),
        parent: rng.chance(0.15) ? rng.pick(parents) : null,
        featured: false,
        launchers: '',
        spacecraft: '',
        infoUrl: rng.chance(0.6) ? `https://www.${stem(name).replace(/_/g, '')}.example.com/` : null,
        wikiUrl: null,
      },
      false,
    );
    cat.syntheticAgencies.push(agency);
  }
}

function buildBodies(cat: Catalog, writer: TableWriter, images: Images) {
  BODIES.forEach((b, i) => {
    const id = i + 1;
    const imageId = images.create(`${b.name}`, { at: utc(2024, 4, 2), credit: 'NASA', license: IMAGE_LICENSE.nasa, singleUse: true });
    cat.bodies.set(b.name, { id, name: b.name });
    cat.bodyRows.set(b.name, {
      id,
      name: b.name,
      diameter: b.diameter,
      mass: b.mass,
      gravity: b.gravity,
      length_of_day: timedeltaText(b.day),
      atmosphere: b.atmosphere,
      description: b.description,
      wiki_url: wikiUrl(b.name === 'Moon' ? 'Moon' : b.name === 'Sun' ? 'Sun' : b.name === 'Bennu' ? '101955 Bennu' : b.name === 'Ceres' ? 'Ceres (dwarf planet)' : b.name === 'Mercury' ? 'Mercury (planet)' : b.name),
      type_id: CELESTIAL_TYPE[b.type],
      image_id: imageId,
    });
  });
  ORBITS.forEach(([name, abbrev, body], i) => {
    writer.add('orbit', { id: i + 1, name, abbrev, celestial_body_id: cat.bodies.get(body)!.id });
    cat.orbitIds.set(abbrev, i + 1);
  });
}

function buildLocations(cat: Catalog, rng: Rng, images: Images) {
  let padId = 1;
  LOCATIONS_DATA.forEach((spec, i) => {
    const body = cat.bodies.get(spec.body)!;
    const location: Location = {
      id: i + 1,
      spec,
      body,
      countryId: spec.country ? country(spec.country).id : null,
      imageId: rng.chance(0.7) ? images.create(`${spec.name.split(',')[0]} launch site`, { at: utc(2023, 1, 1) + rng.int(0, 700) * 86400000, credit: rng.chance(0.5) ? 'Public domain' : null, license: rng.pick([1, 2, 5]) }) : null,
      pads: [],
    };
    const spread = spec.body === 'Earth' ? (spec.key === 'AIR' || spec.key === 'SEALAUNCH' ? 3 : 0.04) : 12;
    for (const name of spec.pads) {
      const lat = round(spec.lat + rng.float(-spread, spread), 6);
      const lon = round(spec.lon + rng.float(-spread, spread), 6);
      location.pads.push({
        id: padId++,
        name,
        location,
        lat,
        lon,
        imageId: rng.chance(0.3) ? images.create(`${name} (${spec.name.split(',')[0]})`, { at: utc(2023, 1, 1) + rng.int(0, 700) * 86400000 }) : null,
        mapImage: spec.body === 'Earth' && rng.chance(0.85) ? `${MEDIA_HOST}/map_images/pad_${stem(name)}_${stamp(utc(2020, 8, 3) + rng.int(0, 1500) * 86400000)}.jpg` : null,
        wikiUrl: rng.chance(0.3) ? wikiUrl(`${spec.name.split(',')[0]} ${name}`) : null,
        description: rng.chance(0.5) ? `${name} is a launch pad at ${spec.name.split(',')[0]}.` : '',
        agencies: [],
        previousNet: null,
      });
    }
    cat.locations.push(location);
    cat.locationByKey.set(spec.key, location);
  });
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function buildPrograms(cat: Catalog, rng: Rng, writer: TableWriter, images: Images) {
  PROGRAMS.forEach((p, i) => {
    const id = i + 1;
    const agencyIds = p.agencies.map((k) => cat.agencyByKey.get(k)!.id);
    const patchIds: number[] = [];
    const patches = rng.int(1, 3);
    for (let k = 0; k < patches; k++) {
      const patchId = cat.nextIds.missionPatch++;
      writer.add('mission_patch', {
        id: patchId,
        name: k === 0 ? `${p.name} Program Patch` : `${p.name} Patch ${k + 1}`,
        priority: k === 0 ? 10 : rng.int(1, 9),
        image_url: `${MEDIA_HOST}/mission_patch_images/${stem(p.name)}_${k}_${stamp(utc(2022, 1, 1) + rng.int(0, 900) * 86400000)}.png`,
        agency_id: rng.chance(0.9) ? agencyIds[0] : null,
      });
      patchIds.push(patchId);
    }
    writer.add('program', {
      id,
      name: p.name,
      info_url: rng.chance(0.5) ? `https://www.${p.agencies[0] === 'NASA' ? 'nasa.gov' : 'example.org'}/${stem(p.name).replace(/_/g, '-')}/` : null,
      wiki_url: wikiUrl(p.wiki),
      description: p.description,
      start_date: isoDateTime(Date.UTC(p.start, rng.int(0, 11), rng.int(1, 28))),
      end_date: p.end === undefined ? null : isoDateTime(Date.UTC(p.end, rng.int(0, 11), rng.int(1, 28))),
      legacy_image_url: null,
      image_id: rng.chance(0.85) ? images.create(`${p.name} program`, { at: utc(2022, 1, 1) + rng.int(0, 900) * 86400000, license: rng.pick([1, 4, 5]) }) : null,
      type_id: programTypeId(p.type),
    });
    agencyIds.forEach((target_id, pos) => writer.add('program__agencies', { owner_id: id, pos, target_id }));
    patchIds.forEach((target_id, pos) => writer.add('program__mission_patches', { owner_id: id, pos, target_id }));
    cat.programs.set(p.key, { id, key: p.key, name: p.name, agencyIds, patchIds });
  });
}

/** Parses 'LOC', 'LOC:Pad' and their '@from[-to]' suffix into pads; a bare location gives a few of its pads. */
function resolveSites(cat: Catalog, rng: Rng, specs: string[]): Site[] {
  const out: Site[] = [];
  for (const spec of specs) {
    const [where, years] = spec.split('@');
    const [locKey, padName] = where.split(':');
    const location = cat.locationByKey.get(locKey);
    if (!location) throw new Error(`generator: unknown launch site ${spec}`);
    let from = -Infinity;
    let to: number | undefined;
    if (years) {
      const [a, b] = years.split('-');
      if (a) from = Number(a);
      if (b) to = Number(b);
    }
    const pads = padName ? location.pads.filter((p) => p.name === padName) : rng.sample(location.pads, Math.min(location.pads.length, rng.int(1, 3)));
    if (!pads.length) throw new Error(`generator: unknown pad ${spec}`);
    for (const pad of pads) out.push({ pad, from, to });
  }
  return out;
}

const SIZES: Record<SizeClass, { length: [number, number]; diameter: [number, number]; leo: [number, number] | null; mass: [number, number]; cost: [number, number]; stages: [number, number] }> = {
  sub: { length: [8, 18], diameter: [0.4, 1.7], leo: null, mass: [1, 75], cost: [1, 10], stages: [1, 2] },
  s: { length: [15, 30], diameter: [1, 2.2], leo: [150, 1500], mass: [10, 120], cost: [5, 30], stages: [2, 4] },
  m: { length: [30, 55], diameter: [2.4, 3.8], leo: [2000, 9000], mass: [150, 500], cost: [40, 110], stages: [2, 3] },
  h: { length: [45, 70], diameter: [3, 5.4], leo: [10000, 30000], mass: [500, 1500], cost: [100, 400], stages: [2, 3] },
  sh: { length: [95, 123], diameter: [8, 10.1], leo: [50000, 150000], mass: [2500, 5000], cost: [1000, 2000], stages: [2, 3] },
};

function physical(rng: Rng, size: SizeClass, from: number): Record<string, number | null> {
  const s = SIZES[size];
  const mass = round(rng.float(...s.mass), 1);
  const leo = s.leo ? Math.round(rng.float(...s.leo) / 10) * 10 : null;
  const minStage = rng.int(s.stages[0], s.stages[1]);
  return {
    length: round(rng.float(...s.length), 1),
    diameter: round(rng.float(...s.diameter), 2),
    launch_mass: mass,
    leo_capacity: leo,
    gto_capacity: leo && size !== 's' ? Math.round((leo * rng.float(0.3, 0.45)) / 10) * 10 : null,
    geo_capacity: leo && (size === 'h' || size === 'sh') ? Math.round((leo * rng.float(0.12, 0.2)) / 10) * 10 : null,
    sso_capacity: leo ? Math.round((leo * rng.float(0.7, 0.85)) / 10) * 10 : null,
    to_thrust: round(mass * rng.float(12, 16), 0),
    apogee: size === 'sub' ? Math.round(rng.float(100, 400)) : null,
    min_stage: minStage,
    max_stage: minStage + (rng.chance(0.3) ? 1 : 0),
    launch_cost: from >= 2000 ? Math.min(2_000_000_000, Math.round(rng.float(...s.cost)) * 1_000_000) : null,
  };
}

function buildVehicles(cat: Catalog, rng: Rng, images: Images, anchor: number) {
  const agencyId = (k: string) => {
    const a = cat.agencyByKey.get(k);
    if (!a) throw new Error(`generator: unknown agency ${k}`);
    return a.id;
  };
  const familyByName = new Map<string, Family>();
  const newFamily = (name: string, manufacturers: string[], description: string, spec?: FamilySpec): Family => {
    const f: Family = {
      id: cat.families.length + 1,
      name,
      spec,
      parentId: null,
      manufacturerIds: manufacturers.map(agencyId),
      description,
      configs: [],
      sites: [],
      maiden: null,
      activeUntil: null,
    };
    cat.families.push(f);
    familyByName.set(name, f);
    return f;
  };
  for (const p of PARENT_FAMILIES) newFamily(p.name, p.manufacturers, p.description);
  let configId = 1;
  for (const spec of FAMILIES) {
    const family = newFamily(spec.name, spec.manufacturers, spec.description, spec);
    if (spec.parent) family.parentId = familyByName.get(spec.parent)!.id;
    family.sites = resolveSites(cat, rng, spec.sites);
    const last = spec.rate[spec.rate.length - 1][0];
    family.activeUntil = last >= 2026 ? null : msOfYear(last);
    for (const c of spec.configs) {
      const variant = c.variant ?? '';
      const fullName = c.name;
      const name = variant && fullName.endsWith(` ${variant}`) ? fullName.slice(0, -variant.length - 1) : fullName;
      const size = c.size ?? spec.size;
      const config: Config = {
        id: configId++,
        spec: c,
        family,
        name,
        fullName,
        variant,
        size,
        sites: c.sites ? resolveSites(cat, rng, c.sites) : family.sites,
        providers: (c.providers ?? spec.providers).map(([k, from, to]) => [agencyId(k), from, to]),
        manufacturerId: manufacturerOfEra(family.manufacturerIds, spec, c.from),
        imageId: rng.chance(0.9) ? images.create(`${fullName}`, { at: Math.min(anchor, utc(Math.max(2019, Math.floor(c.from)), 1, 1) + rng.int(0, 500) * 86400000), credit: rng.chance(0.6) ? cat.agencies.find((a) => a.id === family.manufacturerIds[0])!.name : null, license: rng.pick([1, 1, 2, 4, 5]) }) : null,
        programIds: (spec.programs ?? []).map((k) => cat.programs.get(k)!.id),
        physical: physical(rng, size, c.from),
        launches: 0,
        maiden: null,
        suborbital: Boolean(c.suborbital ?? spec.suborbital),
      };
      family.configs.push(config);
      cat.configs.push(config);
      cat.configByName.set(fullName, config);
    }
  }
}

/** A family lists its manufacturers in the order they took over; a configuration gets the one of its era. */
function manufacturerOfEra(ids: number[], spec: FamilySpec, from: number): number {
  const start = spec.rate[0][0];
  const end = Math.max(start + 1, Math.min(2026, spec.rate[spec.rate.length - 1][0]));
  const share = Math.min(0.999, Math.max(0, (from - start) / (end - start)));
  return ids[Math.floor(share * ids.length)];
}

function buildLandingLocations(cat: Catalog, rng: Rng, images: Images) {
  LANDING_LOCATIONS_DATA.forEach((spec, i) => {
    const location = spec.location ? cat.locationByKey.get(spec.location)! : null;
    cat.landingLocations.set(spec.key, {
      id: i + 1,
      key: spec.key,
      name: spec.name,
      locationId: location?.id ?? null,
      body: cat.bodies.get('Earth')!,
      imageId: rng.chance(0.6) ? images.create(spec.name, { at: utc(2024, 9, 20) + rng.int(0, 300) * 86400000, credit: rng.chance(0.5) ? 'Planet Labs' : null, singleUse: true }) : null,
    });
    cat.landingLocationRows.set(spec.key, {
      id: i + 1,
      name: spec.name,
      active: true,
      abbrev: spec.abbrev,
      description: spec.description,
      longitude: spec.lon,
      latitude: spec.lat,
      location_id: location?.id ?? null,
      celestial_body_id: cat.bodies.get('Earth')!.id,
    });
  });
}

function buildSpacecraft(cat: Catalog, rng: Rng, images: Images) {
  const agencyId = (k: string) => cat.agencyByKey.get(k)!.id;
  const familyByName = new Map<string, SpacecraftFamily>();
  SPACECRAFT_FAMILIES.forEach((f, i) => {
    const family: SpacecraftFamily = {
      id: i + 1,
      name: f.name,
      manufacturerId: agencyId(f.manufacturer),
      parentId: f.parent ? familyByName.get(f.parent)!.id : null,
      description: f.description,
      maiden: null,
    };
    cat.spacecraftFamilies.push(family);
    familyByName.set(f.name, family);
  });
  SPACECRAFT_CONFIGS.forEach((spec, i) => {
    cat.spacecraftConfigs.set(spec.key, {
      id: i + 1,
      spec,
      family: familyByName.get(spec.family)!,
      agencyId: agencyId(spec.agency),
      imageId: rng.chance(0.75) ? images.create(spec.name, { at: utc(2022, 1, 1) + rng.int(0, 900) * 86400000, license: rng.pick([1, 4, 5]) }) : null,
      maiden: null,
      unused: [...(spec.vehicles ?? [])],
      extra: 0,
    });
  });
}

function buildStations(cat: Catalog, rng: Rng, writer: TableWriter, images: Images, anchor: number) {
  let portId = 1;
  STATIONS.forEach((spec, i) => {
    const id = i + 1;
    const founded = Date.parse(`${spec.founded}T00:00:00Z`);
    const deorbited = spec.deorbited ? Date.parse(`${spec.deorbited}T00:00:00Z`) : null;
    const status = deorbited !== null && deorbited <= anchor ? STATION_STATUS.deorbited : founded > anchor ? STATION_STATUS.underConstruction : STATION_STATUS.active;
    const facts = STATION_FACTS[spec.name];
    const row = {
      id,
      name: spec.name,
      founded: spec.founded,
      deorbited: deorbited !== null && deorbited <= anchor ? spec.deorbited : null,
      description: spec.description,
      orbit: spec.orbit,
      height: facts?.height ?? null,
      width: facts?.width ?? null,
      mass: facts?.mass ?? null,
      volume: facts?.volume ?? null,
      image_id: rng.chance(0.85) ? images.create(spec.name, { at: utc(2022, 1, 1) + rng.int(0, 900) * 86400000, license: rng.pick([4, 5]) }) : null,
      status_id: status,
      type_id: STATION_TYPE[spec.type],
    };
    const station: Station = {
      id,
      spec,
      founded,
      deorbited,
      ports: [],
      modules: [],
      lastFlightId: null,
      row,
      ownerIds: (facts?.owners ?? []).map((k) => cat.agencyByKey.get(k)!.id),
      programId: facts?.program ? cat.programs.get(facts.program)!.id : null,
      dockings: [],
      visits: [],
    };
    const operator = spec.name === 'Tiangong' || spec.name.startsWith('Tiangong') ? 'CMSA' : spec.name === 'Haven-1' ? 'Vast' : spec.type === 'multinational' ? 'NASA' : spec.name === 'Skylab' ? 'NASA' : 'SSP';
    const manufacturer = operator === 'CMSA' ? 'CAST' : operator === 'Vast' ? 'Vast' : operator === 'NASA' ? 'Boeing' : 'Khrunichev';
    for (const [name, family, notBefore] of spec.modules) {
      const payloadId = cat.nextIds.payload++;
      writer.add('payload', {
        id: payloadId,
        name,
        wiki_link: wikiUrl(name) ?? '',
        info_link: '',
        cost: null,
        mass: Math.round(rng.float(10000, 25000)),
        description: `${name}, a module of ${spec.name}.`,
        type_id: payloadTypeId('Space Station Module'),
        manufacturer_id: cat.agencyByKey.get(manufacturer)!.id,
        operator_id: cat.agencyByKey.get(operator)!.id,
        image_id: rng.chance(0.5) ? images.create(name, { at: utc(2022, 1, 1) + rng.int(0, 900) * 86400000, license: 4 }) : null,
      });
      station.modules.push({ payloadId, name, family, notBefore, flightId: null });
    }
    // docking locations are written with the station, once what is docked at the anchor is known
    for (const [name, config, module] of spec.ports) station.ports.push({ id: portId++, name, config, module, busyUntil: -Infinity });
    cat.stations.set(spec.name, station);
  });
}

function buildManufacturers(cat: Catalog) {
  const pools: Record<string, string[]> = {
    USA: ['Boeing', 'LM', 'Maxar', 'NG', 'Ball', 'OSC'],
    RUS: ['Reshetnev', 'Lavochkin', 'Energia', 'Progress'],
    UKR: ['Yuzhnoye'],
    CHN: ['CAST', 'SAST', 'CGSTL'],
    FRA: ['Airbus', 'TAS'],
    ITA: ['TAS', 'ASI'],
    DEU: ['Airbus', 'DLR'],
    ESP: ['Airbus'],
    GBR: ['Airbus'],
    JPN: ['MHI', 'JAXA'],
    IND: ['ISRO'],
    ISR: ['IAI'],
    IRN: ['ISA'],
    PRK: ['NADA'],
    KOR: ['KARI'],
    BRA: ['AEB'],
    AUS: ['Gilmour'],
  };
  for (const [c, keys] of Object.entries(pools)) cat.manufacturers.set(c, keys.map((k) => cat.agencyByKey.get(k)!.id));
}
