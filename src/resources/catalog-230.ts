import { sql, type Expression, type SqlBool } from 'kysely';
import { containsCondition, type FilterContext, type FilterDecl, type Lookup } from '../api/filters.ts';
import { pathCondition } from '../api/model-path.ts';
import type { ResourceDecl } from '../api/resource.ts';
import type { Entity } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { v230 } from '../serialize/v2.3.0/index.ts';

/**
 * 2.3.0 endpoints of the catalog group: agencies, astronauts, celestial bodies, locations, pads,
 * programs and mission patches; see src/resources/README.md. Filters, search fields and ordering
 * fields are those each operation of the official 2.3.0 document lists.
 */

const CMP: Lookup[] = ['exact', 'gt', 'gte', 'lt', 'lte'];
const RANGE: Lookup[] = ['gt', 'gte', 'lt', 'lte'];
const TEXT: Lookup[] = ['exact', 'contains'];

/** `name`, `name__gt`, ... on an integer column. */
const ints = (...names: string[]): FilterDecl[] => names.map((name) => ({ name, type: 'int', lookups: CMP }));

/** Exact text and case-sensitive containment (`name`, `name__contains`; `location__name` through the model). */
const text = (name: string): FilterDecl => ({ name, type: 'text', lookups: TEXT });

/** A boolean as the column stores it: SQLite keeps 1/0, and its driver cannot bind a JavaScript boolean. */
const stored = (v: boolean, ctx: FilterContext) => (ctx.dialect === 'sqlite' ? (v ? 1 : 0) : v);

/** A boolean column: the engine binds it as each database stores it. */
const bool = (name: string): FilterDecl => ({ name, type: 'bool' });

/** A boolean column that may be unknown (null): then `derived` says what it is. */
const derivedBool = (name: string, derived: (ctx: FilterContext) => Expression<SqlBool>): FilterDecl => ({
  name,
  type: 'bool',
  sql: ([v], ctx) => ctx.eb(sql`coalesce(${sql.ref(`${ctx.entity.table}.${name}`)}, ${derived(ctx)})`, '=', stored(v, ctx)),
});

/** Text that is neither null nor blank (Django's CharFields store "" for "none"). */
const filled = (ctx: FilterContext, column: string): Expression<SqlBool> =>
  ctx.eb.and([ctx.eb(sql.ref(column), 'is not', null), ctx.eb(sql.ref(column), '<>', '')]);

/** Case-insensitive containment in a text reached through the model (`nationality.nationality_name`). */
const icontainsPath = (ctx: FilterContext, path: string, value: string): Expression<SqlBool> =>
  pathCondition(ctx.eb, ctx.entity, path, (col) => containsCondition(ctx, col, value, true));

function resource(path: string, entity: Entity, decl: Omit<ResourceDecl, 'version' | 'path' | 'entity' | 'shapes'>): ResourceDecl {
  return { version: '2.3.0', path, entity, shapes: v230, ...decl };
}

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/agencies/                                                                               */
/* ---------------------------------------------------------------------------------------------- */

const AGENCY_COUNTS = [
  'attempted_landings',
  'consecutive_successful_landings',
  'consecutive_successful_launches',
  'failed_landings',
  'failed_launches',
  'pending_launches',
  'successful_landings',
  'successful_launches',
  'total_launch_count',
];

const agencies = resource('agencies', model.agency, {
  modes: { list: 'AgencyMini', normal: 'AgencyNormal', detailed: 'AgencyEndpointDetailed' },
  defaultMode: 'normal',
  detailShape: 'AgencyEndpointDetailed',
  filters: [
    text('abbrev'),
    ...ints(...AGENCY_COUNTS, 'founding_year'),
    // ISO 3166-1 alpha-3 codes (LL2's FAQ); an agency matches when one of its countries has one
    { name: 'country_code', type: 'text', list: 'csv', path: 'country.alpha_3_code' },
    text('description'),
    bool('featured'),
    { name: 'id', type: 'int' },
    text('name'),
    {
      // the parent is stored as its name, as LL2 serializes it
      name: 'parent__id',
      type: 'int',
      sql: ([v], { eb }) => eb('agency.parent', 'in', eb.selectFrom('agency as parent_agency').select('parent_agency.name').where('parent_agency.id', '=', v)),
    },
    {
      // agencies that build spacecraft: their `spacecraft` text names some
      name: 'spacecraft',
      type: 'bool',
      sql: ([v], ctx) => (v ? filled(ctx, 'agency.spacecraft') : ctx.eb.not(filled(ctx, 'agency.spacecraft'))),
    },
    { name: 'type__id', type: 'int' },
  ],
  search: { abbrev: 'abbrev', name: 'name' },
  ordering: Object.fromEntries(
    [...AGENCY_COUNTS, 'featured', 'id', 'name'].sort().map((f) => [f, f]),
  ),
  defaultOrdering: ['id'],
  help: { viewName: 'Agency', filterExample: 'abbrev=NASA', searchExample: 'SpaceX', orderingExample: '-total_launch_count' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/astronauts/                                                                             */
/* ---------------------------------------------------------------------------------------------- */

const astronauts = resource('astronauts', model.astronaut, {
  // LL2's list mode is the AstronautDetailed schema (whose response_mode is "list")
  modes: { list: 'AstronautDetailed', normal: 'AstronautEndpointNormal', detailed: 'AstronautEndpointDetailed' },
  defaultMode: 'normal',
  detailShape: 'AstronautEndpointDetailed',
  filters: [
    ...ints('age'),
    { name: 'agency_ids', type: 'int', list: 'csv', path: 'agency.id' },
    { name: 'date_of_birth', type: 'date', lookups: CMP },
    { name: 'date_of_death', type: 'date', lookups: CMP },
    { name: 'first_flight', type: 'datetime', lookups: CMP },
    ...ints('flights_count'),
    // no 2.3.0 response carries these two, so an imported astronaut has them null: then it has flown
    // when it has a first flight (or flights), and is human unless its type is "Non-Human"
    derivedBool('has_flown', () => sql<SqlBool>`(astronaut.first_flight is not null or coalesce(astronaut.flights_count, 0) > 0)`),
    bool('in_space'),
    derivedBool('is_human', (ctx) =>
      ctx.eb.not(ctx.eb.exists(ctx.eb.selectFrom('astronaut_type').select('astronaut_type.id').whereRef('astronaut_type.id', '=', 'astronaut.type_id').where('astronaut_type.name', '=', 'Non-Human'))),
    ),
    ...ints('landings_count'),
    { name: 'last_flight', type: 'datetime', lookups: CMP },
    {
      // "American", "russian": any of the astronaut's nationalities, any case
      name: 'nationality',
      type: 'text',
      sql: ([v], ctx) => icontainsPath(ctx, 'nationality.nationality_name', v),
    },
    { name: 'status_ids', type: 'int', list: 'csv', path: 'status.id' },
    { name: 'type__id', type: 'int' },
  ],
  search: {
    agency__abbrev: 'agency.abbrev',
    agency__name: 'agency.name',
    name: 'name',
    nationality__nationality_name: 'nationality.nationality_name',
  },
  ordering: {
    age: 'age',
    date_of_birth: 'date_of_birth',
    eva_time: 'eva_time',
    flights_count: 'flights_count',
    id: 'id',
    landings_count: 'landings_count',
    last_flight: 'last_flight',
    name: 'name',
    spacewalks_count: 'spacewalks_count',
    status: 'status_id',
    time_in_space: 'time_in_space',
  },
  defaultOrdering: ['id'],
  help: { viewName: 'Astronaut', filterExample: 'has_flown=true', searchExample: 'Pesquet', orderingExample: '-time_in_space' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/celestial_bodies/                                                                       */
/* ---------------------------------------------------------------------------------------------- */

const celestialBodies = resource('celestial_bodies', model.celestial_body, {
  modes: { list: 'CelestialBodyMini', normal: 'CelestialBodyNormal', detailed: 'CelestialBodyEndpointDetailed' },
  defaultMode: 'normal',
  detailShape: 'CelestialBodyEndpointDetailed',
  filters: [],
  search: { name: 'name', type__name: 'type.name' },
  ordering: { id: 'id', name: 'name' },
  defaultOrdering: ['id'],
  help: { viewName: 'Celestial Body', searchExample: 'Mars', orderingExample: '-name' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/locations/                                                                              */
/* ---------------------------------------------------------------------------------------------- */

const locations = resource('locations', model.location, {
  modes: { normal: 'Location', detailed: 'LocationSerializerWithPads' },
  defaultMode: 'normal',
  detailShape: 'LocationSerializerWithPads',
  filters: [
    bool('active'),
    { name: 'country_code', type: 'text', path: 'country.alpha_3_code' },
    { name: 'id', type: 'int' },
    text('name'),
    ...ints('total_landing_count', 'total_launch_count'),
  ],
  search: { country__alpha_3_code: 'country.alpha_3_code', name: 'name' },
  ordering: { total_landing_count: 'total_landing_count', total_launch_count: 'total_launch_count' },
  defaultOrdering: ['id'],
  help: { viewName: 'Location', filterExample: 'country_code=NZL', searchExample: 'Cape Canaveral', orderingExample: '-total_launch_count' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/pads/                                                                                   */
/* ---------------------------------------------------------------------------------------------- */

const pads = resource('pads', model.pad, {
  modes: { normal: 'Pad' },
  defaultMode: 'normal',
  detailShape: 'Pad',
  filters: [
    bool('active'),
    { name: 'agencies_ids', type: 'int', list: 'csv', path: 'agencies.id' },
    { name: 'id', type: 'int' },
    {
      // Django matches the digits of the key as text (`CAST(id AS text) LIKE '%8%'`)
      name: 'id',
      type: 'number',
      lookups: ['contains'],
      sql: ([v], ctx) => containsCondition(ctx, sql`cast(${sql.ref('pad.id')} as text)`, String(v), false),
    },
    { name: 'latitude', type: 'number', lookups: RANGE },
    { name: 'location__id', type: 'int' },
    text('location__name'),
    { name: 'longitude', type: 'number', lookups: RANGE },
    text('name'),
    ...ints('orbital_launch_attempt_count', 'total_launch_count'),
  ],
  // the two counts are searched as text, as Django does (`UPPER(col::text) LIKE`)
  search: {
    location__name: 'location.name',
    name: 'name',
    orbital_launch_attempt_count: 'orbital_launch_attempt_count',
    total_launch_count: 'total_launch_count',
  },
  ordering: {
    id: 'id',
    location__id: 'location_id',
    location__name: 'location.name',
    name: 'name',
    orbital_launch_attempt_count: 'orbital_launch_attempt_count',
    total_launch_count: 'total_launch_count',
  },
  defaultOrdering: ['id'],
  help: { viewName: 'Pad', filterExample: 'location__id=11', searchExample: '39A', orderingExample: '-orbital_launch_attempt_count' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/programs/                                                                               */
/* ---------------------------------------------------------------------------------------------- */

const programs = resource('programs', model.program, {
  modes: { list: 'ProgramMini', normal: 'ProgramNormal' },
  defaultMode: 'normal',
  detailShape: 'ProgramNormal',
  filters: [],
  // LL2 documents `search` and `ordering` here without naming fields: the program's name and key
  search: { name: 'name' },
  ordering: { id: 'id', name: 'name' },
  defaultOrdering: ['id'],
  help: { viewName: 'Program' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/mission_patches/                                                                        */
/* ---------------------------------------------------------------------------------------------- */

const missionPatches = resource('mission_patches', model.mission_patch, {
  modes: { normal: 'MissionPatch', detailed: 'MissionPatchDetailed' },
  defaultMode: 'normal',
  detailShape: 'MissionPatchDetailed',
  filters: [
    { name: 'agency__id', type: 'int' },
    text('agency__name'),
    { name: 'id', type: 'int' },
    { name: 'ids', type: 'int', list: 'csv', path: 'id' },
    text('name'),
  ],
  search: { agency__name: 'agency.name', name: 'name' },
  ordering: { agency__name: 'agency.name', id: 'id', name: 'name', priority: 'priority' },
  defaultOrdering: ['id'],
  help: { viewName: 'Mission Patch', filterExample: 'agency__id=147', searchExample: 'Ariane', orderingExample: 'priority' },
});

/** 2.3.0 endpoints of this group; see src/resources/README.md. */
export const catalog230: ResourceDecl[] = [agencies, astronauts, celestialBodies, locations, pads, programs, missionPatches];
