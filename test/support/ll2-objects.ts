/**
 * Builders of the small LL2 2.3.0 objects every hand-made fixture nests (images, countries, agencies,
 * celestial bodies, locations, pads, programs, lookups), so that each is written once with LL2's keys
 * in LL2's order. A fixture file keeps its own definition tables and passes what differs (a
 * description, a count, an image) as arguments or overrides.
 */

export type Json = Record<string, any>;

export const PUBLIC_BASE = 'https://ll.thespacedevs.com';
export const API = `${PUBLIC_BASE}/2.3.0`;
export const MEDIA = 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media';

/** A readable, URL-safe form of a name (as LL2's media file names use). */
export const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** An English Wikipedia link to the article of that title. */
export const wikiUrl = (title: string) => `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;

/** These keys of an object, in this order. */
export function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

/** A `page` document as LL2 answers a list that fits on one page. */
export const page = (results: Json[]) => ({ count: results.length, next: null, previous: null, results });

export const LICENSE = { id: 1, name: 'Unknown', priority: 9, link: null };
export const LICENSE_CC = { id: 4, name: 'CC BY 2.0', priority: 4, link: 'https://creativecommons.org/licenses/by/2.0/' };

/** An Image; `over` replaces keys in place (the key order stays LL2's). */
export function image(id: number, name: string, credit: string | null = null, over: Json = {}): Json {
  const base = `${MEDIA}/images/${slugify(name)}_${id}`;
  return { id, name, image_url: `${base}.jpg`, thumbnail_url: `${base}_thumbnail.jpeg`, credit, license: LICENSE, single_use: false, variants: [], ...over };
}

export const COUNTRY: Record<string, Json> = {
  USA: { id: 2, name: 'United States of America', alpha_2_code: 'US', alpha_3_code: 'USA', nationality_name: 'American', nationality_name_composed: 'Americano' },
  RUS: { id: 3, name: 'Russia', alpha_2_code: 'RU', alpha_3_code: 'RUS', nationality_name: 'Russian', nationality_name_composed: 'Russo' },
  CHN: { id: 6, name: 'China', alpha_2_code: 'CN', alpha_3_code: 'CHN', nationality_name: 'Chinese', nationality_name_composed: 'Sino' },
  CAN: { id: 8, name: 'Canada', alpha_2_code: 'CA', alpha_3_code: 'CAN', nationality_name: 'Canadian', nationality_name_composed: 'Canado' },
  FRA: { id: 11, name: 'France', alpha_2_code: 'FR', alpha_3_code: 'FRA', nationality_name: 'French', nationality_name_composed: 'Franco' },
  GBR: { id: 12, name: 'United Kingdom', alpha_2_code: 'GB', alpha_3_code: 'GBR', nationality_name: 'British', nationality_name_composed: 'Anglo' },
  DEU: { id: 14, name: 'Germany', alpha_2_code: 'DE', alpha_3_code: 'DEU', nationality_name: 'German', nationality_name_composed: 'Germano' },
  JPN: { id: 20, name: 'Japan', alpha_2_code: 'JP', alpha_3_code: 'JPN', nationality_name: 'Japanese', nationality_name_composed: 'Nipo' },
  KAZ: { id: 33, name: 'Kazakhstan', alpha_2_code: 'KZ', alpha_3_code: 'KAZ', nationality_name: 'Kazakh', nationality_name_composed: 'Kazakho' },
  GUF: { id: 40, name: 'French Guiana', alpha_2_code: 'GF', alpha_3_code: 'GUF', nationality_name: 'French Guianese', nationality_name_composed: 'Guiano' },
  NZL: { id: 41, name: 'New Zealand', alpha_2_code: 'NZ', alpha_3_code: 'NZL', nationality_name: 'New Zealander', nationality_name_composed: 'Kiwi' },
  ZAF: { id: 55, name: 'South Africa', alpha_2_code: 'ZA', alpha_3_code: 'ZAF', nationality_name: 'South African', nationality_name_composed: 'Afro' },
};

/** The countries of these alpha-3 codes. */
export const countries = (codes: readonly string[]) => codes.map((c) => COUNTRY[c]);

/* ---------------------------------------------------------------------------------------------- */
/* Agencies                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

export const AGENCY_TYPE = {
  Government: { id: 1, name: 'Government' },
  Multinational: { id: 2, name: 'Multinational' },
  Commercial: { id: 3, name: 'Commercial' },
};

/** The statistics of AgencyDetailed, in LL2's order. */
export const AGENCY_STAT_FIELDS = [
  'total_launch_count',
  'consecutive_successful_launches',
  'successful_launches',
  'failed_launches',
  'pending_launches',
  'consecutive_successful_landings',
  'successful_landings',
  'failed_landings',
  'attempted_landings',
  'successful_landings_spacecraft',
  'failed_landings_spacecraft',
  'attempted_landings_spacecraft',
  'successful_landings_payload',
  'failed_landings_payload',
  'attempted_landings_payload',
] as const;

export type AgencyStats = Record<(typeof AGENCY_STAT_FIELDS)[number], number | null>;

/** Every statistic of an agency: those given, `rest` for the others. */
export function agencyStats(given: Partial<AgencyStats>, rest: number | null = 0): AgencyStats {
  return Object.fromEntries(AGENCY_STAT_FIELDS.map((f) => [f, f in given ? given[f] : rest])) as AgencyStats;
}

/** What an agency object holds besides its statistics and links. */
export interface Agency {
  id: number;
  name: string;
  abbrev: string;
  type: keyof typeof AGENCY_TYPE;
  featured: boolean;
  country: Json[];
  description: string | null;
  administrator: string | null;
  founding_year: number | null;
  launchers: string;
  spacecraft: string;
  parent: string | null;
  image: Json | null;
  logo: Json | null;
  social_logo: Json | null;
}

/** How the fixture files define an agency in their tables. */
export interface AgencyDef {
  id: number;
  name: string;
  abbrev: string;
  type: keyof typeof AGENCY_TYPE;
  country: string[];
  founding_year: number | null;
}

/**
 * An agency from a fixture table's row: what the row holds, what `shown` gives (how this fixture
 * describes and pictures it), and for the rest what most fixtures leave empty.
 */
export function agencyFrom(def: AgencyDef, shown: Pick<Agency, 'featured' | 'description' | 'logo' | 'social_logo'> & Partial<Agency>): Agency {
  const { id, name, abbrev, type, founding_year } = def;
  return { id, name, abbrev, type, country: countries(def.country), administrator: null, founding_year, launchers: '', spacecraft: '', parent: null, image: null, ...shown };
}

/** The logos LL2's image pipeline names `[AUTO] ...` (ids 3000+ and 4000+ in the fixtures), made by the fixture's `img`. */
export const autoLogos = (id: number, name: string, img: (id: number, name: string) => Json = image) => ({
  logo: img(3000 + id, `[AUTO] ${name} - logo`),
  social_logo: img(4000 + id, `[AUTO] ${name} - social_logo`),
});

/** AgencyMini (response_mode list). */
export function agencyMini(a: Pick<Agency, 'id' | 'name' | 'abbrev' | 'type'>): Json {
  return { response_mode: 'list', id: a.id, url: `${API}/agencies/${a.id}/`, name: a.name, abbrev: a.abbrev, type: AGENCY_TYPE[a.type] };
}

/** The keys AgencyNormal adds to AgencyMini, in LL2's order. */
const AGENCY_NORMAL_KEYS = ['featured', 'country', 'description', 'administrator', 'founding_year', 'launchers', 'spacecraft', 'parent', 'image', 'logo', 'social_logo'] as const;

/** AgencyNormal. */
export function agencyNormal(a: Agency): Json {
  return { ...agencyMini(a), response_mode: 'normal', ...pick(a, AGENCY_NORMAL_KEYS) };
}

/** AgencyDetailed: the normal form, the statistics and the links (LL2 says `normal` where it nests one). */
export function agencyDetailed(
  a: Agency,
  stats: AgencyStats,
  links: { info_url: string | null; wiki_url: string | null; social_media_links: Json[] },
  mode: 'normal' | 'detailed' = 'normal',
): Json {
  return { ...agencyNormal(a), response_mode: mode, ...stats, ...links };
}

/* ---------------------------------------------------------------------------------------------- */
/* Places                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

export interface CelestialBody {
  id: number;
  name: string;
  type: Json;
  diameter: number | null;
  mass: number | null;
  gravity: number | null;
  length_of_day: string | null;
  atmosphere: boolean;
  image: Json | null;
  description: string | null;
  wiki_url: string | null;
}

export const celestialBodyMini = (id: number, name: string): Json => ({ response_mode: 'list', id, name });

/** CelestialBodyNormal. */
export function celestialBody(b: CelestialBody): Json {
  return { response_mode: 'normal', ...b };
}

/** Earth as the fixtures nest it. */
export const EARTH: Json = celestialBody({
  id: 1,
  name: 'Earth',
  type: { id: 1, name: 'Planet' },
  diameter: 12742000.0,
  mass: 5.972168e24,
  gravity: 9.80655,
  length_of_day: '1 00:00:00',
  atmosphere: true,
  image: image(2040, 'Earth (Apollo 17)', 'NASA'),
  description: 'Earth is the third planet from the Sun.',
  wiki_url: 'https://en.wikipedia.org/wiki/Earth',
});

export interface Location {
  id: number;
  name: string;
  /** Left out where LL2 nests a location without its body (LocationSerializerNoCelestialBody). */
  celestial_body?: Json;
  active: boolean;
  country: Json | null;
  description: string | null;
  image: Json | null;
  longitude: number;
  latitude: number;
  timezone_name: string;
  total_launch_count: number | null;
  total_landing_count: number | null;
}

/** Location (normal mode). */
export function location(l: Location): Json {
  const { id, name, celestial_body, ...rest } = l;
  const { active, country, description, image: img, longitude, latitude, timezone_name, total_launch_count, total_landing_count } = rest;
  return {
    response_mode: 'normal',
    id,
    url: `${API}/locations/${id}/`,
    name,
    ...(celestial_body === undefined ? {} : { celestial_body }),
    active,
    country,
    description,
    image: img,
    map_image: `${MEDIA}/map_images/location_${id}.jpg`,
    longitude,
    latitude,
    timezone_name,
    total_launch_count,
    total_landing_count,
  };
}

/** The description and image the launch and vehicle fixtures give every location. */
export const fixtureLocationText = (id: number, name: string) => ({ description: `${name} (fixture location).`, image: image(5000 + id, `${name} overview`) });

export interface Pad {
  id: number;
  name: string;
  active: boolean;
  agencies: Json[];
  image: Json | null;
  description: string | null;
  info_url: string | null;
  wiki_url: string | null;
  latitude: number;
  longitude: number;
  country: Json | null;
  total_launch_count: number | null;
  orbital_launch_attempt_count: number | null;
  fastest_turnaround: string | null;
  /** Left out where LL2 nests a pad in its location (PadSerializerNoLocation). */
  location?: Json;
}

/** Pad. */
export function pad(p: Pad): Json {
  return {
    id: p.id,
    url: `${API}/pads/${p.id}/`,
    active: p.active,
    agencies: p.agencies,
    name: p.name,
    image: p.image,
    description: p.description,
    info_url: p.info_url,
    wiki_url: p.wiki_url,
    map_url: `https://www.google.com/maps?q=${p.latitude},${p.longitude}`,
    latitude: p.latitude,
    longitude: p.longitude,
    country: p.country,
    map_image: `${MEDIA}/map_images/pad_${p.id}.jpg`,
    total_launch_count: p.total_launch_count,
    orbital_launch_attempt_count: p.orbital_launch_attempt_count,
    fastest_turnaround: p.fastest_turnaround,
    ...(p.location === undefined ? {} : { location: p.location }),
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Vehicles                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

export interface LauncherConfig {
  id: number;
  name: string;
  families: Json[];
  full_name: string;
  variant: string;
  active: boolean;
  is_placeholder: boolean;
  /** Left out where LL2 nests a configuration in its manufacturer (`launcher_list`). */
  manufacturer?: Json;
  program: Json[];
  reusable: boolean;
  image: Json | null;
  min_stage: number;
  max_stage: number;
  length: number;
  diameter: number;
  maiden_flight: string | null;
  launch_cost: number | null;
  launch_mass: number | null;
  leo_capacity: number | null;
  gto_capacity: number | null;
  to_thrust: number;
  /** The launch and landing tallies, in the order the fixture gives them. */
  stats: Record<string, number | null>;
  fastest_turnaround: string | null;
}

/** LauncherConfigDetailed; what no fixture tells apart (links, alias, GEO/SSO capacity, apogee) is empty. */
export function launcherConfig(c: LauncherConfig): Json {
  return {
    response_mode: 'detailed',
    id: c.id,
    url: `${API}/launcher_configurations/${c.id}/`,
    name: c.name,
    families: c.families,
    full_name: c.full_name,
    variant: c.variant,
    active: c.active,
    is_placeholder: c.is_placeholder,
    ...(c.manufacturer === undefined ? {} : { manufacturer: c.manufacturer }),
    program: c.program,
    reusable: c.reusable,
    image: c.image,
    info_url: null,
    wiki_url: null,
    description: `${c.full_name} (fixture launcher configuration).`,
    alias: '',
    min_stage: c.min_stage,
    max_stage: c.max_stage,
    length: c.length,
    diameter: c.diameter,
    maiden_flight: c.maiden_flight,
    launch_cost: c.launch_cost,
    launch_mass: c.launch_mass,
    leo_capacity: c.leo_capacity,
    gto_capacity: c.gto_capacity,
    geo_capacity: null,
    sso_capacity: null,
    to_thrust: c.to_thrust,
    apogee: null,
    ...c.stats,
    fastest_turnaround: c.fastest_turnaround,
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Launches                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

/** The launch-attempt counts of a launch, in LL2's order. */
export const LAUNCH_COUNT_FIELDS = [
  'orbital_launch_attempt_count',
  'location_launch_attempt_count',
  'pad_launch_attempt_count',
  'agency_launch_attempt_count',
  'orbital_launch_attempt_count_year',
  'location_launch_attempt_count_year',
  'pad_launch_attempt_count_year',
  'agency_launch_attempt_count_year',
] as const;

export interface Launch {
  id: string;
  name: string;
  response_mode: 'normal' | 'detailed';
  launch_designator: string | null;
  status: Json;
  last_updated: string;
  net: string;
  net_precision: Json;
  window_start: string;
  window_end: string;
  image: Json | null;
  probability?: number | null;
  failreason?: string;
  launch_service_provider: Json;
  rocket: Json;
  mission: Json | null;
  pad: Json;
  program: Json[];
  /** The eight launch-attempt counts, in LAUNCH_COUNT_FIELDS order. */
  counts: Array<number | null>;
  /** What only the detailed mode carries. */
  detailed?: { updates: Json[]; vid_urls: Json[]; pad_turnaround: string };
}

/** LaunchNormal, or LaunchDetailed with `detailed`; what no fixture tells apart is empty. */
export function launchObject(l: Launch): Json {
  return {
    id: l.id,
    url: `${API}/launches/${l.id}/`,
    name: l.name,
    response_mode: l.response_mode,
    slug: slugify(l.name),
    launch_designator: l.launch_designator,
    status: l.status,
    last_updated: l.last_updated,
    net: l.net,
    net_precision: l.net_precision,
    window_end: l.window_end,
    window_start: l.window_start,
    image: l.image,
    infographic: null,
    probability: l.probability ?? null,
    weather_concerns: null,
    failreason: l.failreason ?? '',
    hashtag: null,
    launch_service_provider: l.launch_service_provider,
    rocket: l.rocket,
    mission: l.mission,
    pad: l.pad,
    webcast_live: false,
    program: l.program,
    ...Object.fromEntries(LAUNCH_COUNT_FIELDS.map((f, i) => [f, l.counts[i]])),
    ...(l.detailed && {
      flightclub_url: null,
      updates: l.detailed.updates,
      info_urls: [],
      vid_urls: l.detailed.vid_urls,
      timeline: [],
      pad_turnaround: l.detailed.pad_turnaround,
      mission_patches: [],
    }),
  };
}

/** A launch's mission, without links or image. */
export function mission(id: number, name: string, type: string, orbit: Json, agencies: Json[]): Json {
  return { id, name, type, description: `${name} (fixture mission).`, image: null, orbit, agencies, info_urls: [], vid_urls: [] };
}

/* ---------------------------------------------------------------------------------------------- */
/* Astronauts                                                                                     */
/* ---------------------------------------------------------------------------------------------- */

export const CREW_ROLE = {
  Commander: { id: 1, role: 'Commander', priority: 0 },
  Pilot: { id: 2, role: 'Pilot', priority: 2 },
  'Mission Specialist': { id: 3, role: 'Mission Specialist', priority: 4 },
  'Flight Engineer': { id: 5, role: 'Flight Engineer', priority: 5 },
  Spacewalker: { id: 12, role: 'Spacewalker', priority: 6 },
  Passenger: { id: 10, role: 'Passenger', priority: 10 },
};

/** An active astronaut as the crews of the launch, vehicle and station fixtures show one. */
export interface CrewAstronaut {
  id: number;
  name: string;
  /** AgencyMini. */
  agency: Json;
  born: string;
  country: string;
  type: 'Government' | 'Private';
  time_in_space: string;
  eva_time: string;
  age: number;
  first_flight: string | null;
  last_flight: string | null;
}

/** AstronautNormal. */
export function astronautNormal(a: Pick<CrewAstronaut, 'id' | 'name' | 'agency'>): Json {
  return { id: a.id, url: `${API}/astronauts/${a.id}/`, name: a.name, status: { id: 1, name: 'Active' }, agency: a.agency, image: null };
}

/** The astronaut of an AstronautFlight (AstronautDetailed; LL2 says `list` there). */
export function crewAstronaut(a: CrewAstronaut): Json {
  return {
    ...astronautNormal(a),
    response_mode: 'list',
    type: { id: 2, name: a.type },
    in_space: false,
    time_in_space: a.time_in_space,
    eva_time: a.eva_time,
    age: a.age,
    date_of_birth: a.born,
    date_of_death: null,
    nationality: [COUNTRY[a.country]],
    bio: `${a.name} (fixture astronaut).`,
    wiki: null,
    last_flight: a.last_flight,
    first_flight: a.first_flight,
    social_media_links: [],
  };
}

/** AstronautFlight. */
export const astronautFlight = (id: number, role: keyof typeof CREW_ROLE, astronaut: Json): Json => ({ id, role: CREW_ROLE[role], astronaut });

/* ---------------------------------------------------------------------------------------------- */
/* Programs and lookups                                                                           */
/* ---------------------------------------------------------------------------------------------- */

export const PROGRAM_TYPE = { Human: { id: 1, name: 'Human spaceflight' }, Robotic: { id: 2, name: 'Robotic exploration' } };

export interface ProgramLinks {
  id: number;
  name: string;
  image: Json | null;
  info_url: string | null;
  wiki_url: string | null;
}

export interface Program extends ProgramLinks {
  description: string;
  agencies: Json[];
  start_date: string;
  end_date: string | null;
  mission_patches: Json[];
  type: Json;
}

/** ProgramMini. */
export function programMini(p: ProgramLinks): Json {
  return { response_mode: 'list', id: p.id, url: `${API}/programs/${p.id}/`, name: p.name, image: p.image, info_url: p.info_url, wiki_url: p.wiki_url };
}

/** ProgramNormal. */
export function programNormal(p: Program): Json {
  return { ...programMini(p), response_mode: 'normal', ...pick(p, ['description', 'agencies', 'start_date', 'end_date', 'mission_patches', 'type']) };
}

/**
 * The program every launch and vehicle fixture nests: no links, no image, no patches, open-ended,
 * with the agencies as AgencyMini.
 */
export function plainProgram(id: number, name: string, agencies: Json[], start_date: string, type: Json = PROGRAM_TYPE.Human): Json {
  return programNormal({ id, name, image: null, info_url: null, wiki_url: null, description: `${name} (fixture program).`, agencies, start_date, end_date: null, mission_patches: [], type });
}

/** A video link (VidURL) of a launch or an event. */
export function vidUrl(url: string, title: string, publisher: string): Json {
  return {
    priority: 10,
    source: new URL(url).hostname,
    publisher,
    title,
    description: `${title} (fixture webcast).`,
    feature_image: null,
    url,
    type: { id: 1, name: 'Official Webcast' },
    language: { id: 1, name: 'English', code: 'en' },
    start_time: null,
    end_time: null,
    live: false,
  };
}

/** An information link (InfoURL) of a launch or an event. */
export function infoUrl(url: string, title: string): Json {
  return {
    priority: 10,
    source: new URL(url).hostname,
    title,
    description: `${title} (fixture link).`,
    feature_image: null,
    url,
    type: { id: 1, name: 'Official Page' },
    language: { id: 1, name: 'English', code: 'en' },
  };
}

/** Launch statuses as LL2 describes them. */
export const LAUNCH_STATUS: Record<number, Json> = {
  1: { id: 1, name: 'Go for Launch', abbrev: 'Go', description: 'Current T-0 confirmed by official or reliable sources.' },
  2: { id: 2, name: 'To Be Determined', abbrev: 'TBD', description: 'Current T-0 is not confirmed.' },
  3: { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'The launch vehicle successfully inserted its payload(s) into the target orbit(s).' },
  4: { id: 4, name: 'Launch Failure', abbrev: 'Failure', description: 'Either the launch vehicle did not reach orbit, or the payload(s) failed to separate.' },
  7: { id: 7, name: 'Launch was a Partial Failure', abbrev: 'Partial Failure', description: 'The mission was only partially successful.' },
};

/** NET precisions as LL2 describes them. */
export const NET_PRECISION = {
  SEC: { id: 0, name: 'Second', abbrev: 'SEC', description: 'The T-0 is accurate to the second.' },
  MIN: { id: 1, name: 'Minute', abbrev: 'MIN', description: 'The T-0 is accurate to the minute.' },
  DAY: { id: 5, name: 'Day', abbrev: 'DAY', description: 'The T-0 is accurate to the day.' },
  MONTH: { id: 7, name: 'Month', abbrev: 'M', description: 'The T-0 is accurate to the month.' },
};
