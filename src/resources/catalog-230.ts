import { sql, type Expression, type SqlBool } from 'kysely';
import { containsCondition, type FilterContext, type FilterDecl } from '../api/filters.ts';
import { pathCondition } from '../api/model-path.ts';
import type { ResourceDecl } from '../api/resource.ts';
import { bool, CMP, date, datetime, derivedBool, ids, int, intContains, ints, RANGE, resource, sameNames, TALLIES, text, textContains } from './define.ts';

/**
 * 2.3.0 endpoints of the catalog group: agencies, astronauts, celestial bodies, locations, pads,
 * programs and mission patches; see src/resources/README.md. Filters, search fields and ordering
 * fields are those each operation of the official 2.3.0 document lists.
 */

/** Text that is neither null nor blank (Django's CharFields store "" for "none"). */
const filled = (ctx: FilterContext, column: string): Expression<SqlBool> =>
  ctx.eb.and([ctx.eb(sql.ref(column), 'is not', null), ctx.eb(sql.ref(column), '<>', '')]);

/** Case-insensitive containment in a text reached through the model (`nationality.nationality_name`). */
const icontainsPath = (ctx: FilterContext, path: string, value: string): Expression<SqlBool> =>
  pathCondition(ctx.eb, ctx.entity, path, (col) => containsCondition(ctx, col, value, true));

/** A pad's coordinate, compared as a number (ranges only). */
const latLong = (name: string): FilterDecl => ({ name, type: 'number', lookups: RANGE });

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/agencies/                                                                               */
/* ---------------------------------------------------------------------------------------------- */

const agencies = resource('2.3.0', 'agencies', 'agency', {
  modes: { list: 'AgencyMini', normal: 'AgencyNormal', detailed: 'AgencyEndpointDetailed' },
  detailShape: 'AgencyEndpointDetailed',
  filters: [
    textContains('abbrev'),
    ...ints(...TALLIES, 'founding_year'),
    // ISO 3166-1 alpha-3 codes (LL2's FAQ); an agency matches when one of its countries has one
    ids('country_code', 'country.alpha_3_code', 'text'),
    textContains('description'),
    bool('featured'),
    int('id'),
    textContains('name'),
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
    int('type__id'),
  ],
  search: { abbrev: 'abbrev', name: 'name' },
  ordering: sameNames(...[...TALLIES, 'featured', 'id', 'name'].sort()),
  help: { viewName: 'Agency', filterExample: 'abbrev=NASA', searchExample: 'SpaceX', orderingExample: '-total_launch_count' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/astronauts/                                                                             */
/* ---------------------------------------------------------------------------------------------- */

const astronauts = resource('2.3.0', 'astronauts', 'astronaut', {
  // LL2's list mode is the AstronautDetailed schema (whose response_mode is "list")
  modes: { list: 'AstronautDetailed', normal: 'AstronautEndpointNormal', detailed: 'AstronautEndpointDetailed' },
  detailShape: 'AstronautEndpointDetailed',
  filters: [
    ...ints('age'),
    ids('agency_ids', 'agency.id'),
    date('date_of_birth', CMP),
    date('date_of_death', CMP),
    datetime('first_flight', CMP),
    ...ints('flights_count'),
    // no 2.3.0 response carries these two, so an imported astronaut has them null: then it has flown
    // when it has a first flight (or flights), and is human unless its type is "Non-Human"
    derivedBool('has_flown', () => sql<SqlBool>`(astronaut.first_flight is not null or coalesce(astronaut.flights_count, 0) > 0)`),
    bool('in_space'),
    derivedBool('is_human', (ctx) =>
      ctx.eb.not(ctx.eb.exists(ctx.eb.selectFrom('astronaut_type').select('astronaut_type.id').whereRef('astronaut_type.id', '=', 'astronaut.type_id').where('astronaut_type.name', '=', 'Non-Human'))),
    ),
    ...ints('landings_count'),
    datetime('last_flight', CMP),
    {
      // "American", "russian": any of the astronaut's nationalities, any case
      name: 'nationality',
      type: 'text',
      sql: ([v], ctx) => icontainsPath(ctx, 'nationality.nationality_name', v),
    },
    ids('status_ids', 'status.id'),
    int('type__id'),
  ],
  search: {
    agency__abbrev: 'agency.abbrev',
    agency__name: 'agency.name',
    name: 'name',
    nationality__nationality_name: 'nationality.nationality_name',
  },
  ordering: {
    ...sameNames('age', 'date_of_birth', 'eva_time', 'flights_count', 'id', 'landings_count', 'last_flight', 'name', 'spacewalks_count'),
    status: 'status_id',
    time_in_space: 'time_in_space',
  },
  help: { viewName: 'Astronaut', filterExample: 'has_flown=true', searchExample: 'Pesquet', orderingExample: '-time_in_space' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/celestial_bodies/                                                                       */
/* ---------------------------------------------------------------------------------------------- */

const celestialBodies = resource('2.3.0', 'celestial_bodies', 'celestial_body', {
  modes: { list: 'CelestialBodyMini', normal: 'CelestialBodyNormal', detailed: 'CelestialBodyEndpointDetailed' },
  detailShape: 'CelestialBodyEndpointDetailed',
  search: { name: 'name', type__name: 'type.name' },
  ordering: { id: 'id', name: 'name' },
  help: { viewName: 'Celestial Body', searchExample: 'Mars', orderingExample: '-name' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/locations/                                                                              */
/* ---------------------------------------------------------------------------------------------- */

const locations = resource('2.3.0', 'locations', 'location', {
  modes: { normal: 'Location', detailed: 'LocationSerializerWithPads' },
  detailShape: 'LocationSerializerWithPads',
  filters: [
    bool('active'),
    text('country_code', 'country.alpha_3_code'),
    int('id'),
    textContains('name'),
    ...ints('total_landing_count', 'total_launch_count'),
  ],
  search: { country__alpha_3_code: 'country.alpha_3_code', name: 'name' },
  ordering: { total_landing_count: 'total_landing_count', total_launch_count: 'total_launch_count' },
  help: { viewName: 'Location', filterExample: 'country_code=NZL', searchExample: 'Cape Canaveral', orderingExample: '-total_launch_count' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/pads/                                                                                   */
/* ---------------------------------------------------------------------------------------------- */

const pads = resource('2.3.0', 'pads', 'pad', {
  modes: { normal: 'Pad' },
  detailShape: 'Pad',
  filters: [
    bool('active'),
    ids('agencies_ids', 'agencies.id'),
    int('id'),
    intContains('id', 'id'),
    latLong('latitude'),
    int('location__id'),
    textContains('location__name'),
    latLong('longitude'),
    textContains('name'),
    ...ints('orbital_launch_attempt_count', 'total_launch_count'),
  ],
  // the two counts are searched as text, as Django does (`UPPER(col::text) LIKE`)
  search: {
    location__name: 'location.name',
    name: 'name',
    orbital_launch_attempt_count: 'orbital_launch_attempt_count',
    total_launch_count: 'total_launch_count',
  },
  ordering: { id: 'id', location__id: 'location_id', location__name: 'location.name', ...sameNames('name', 'orbital_launch_attempt_count', 'total_launch_count') },
  help: { viewName: 'Pad', filterExample: 'location__id=11', searchExample: '39A', orderingExample: '-orbital_launch_attempt_count' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/programs/                                                                               */
/* ---------------------------------------------------------------------------------------------- */

const programs = resource('2.3.0', 'programs', 'program', {
  modes: { list: 'ProgramMini', normal: 'ProgramNormal' },
  detailShape: 'ProgramNormal',
  // LL2 documents `search` and `ordering` here without naming fields: the program's name and key
  search: { name: 'name' },
  ordering: { id: 'id', name: 'name' },
  help: { viewName: 'Program' },
});

/* ---------------------------------------------------------------------------------------------- */
/* /2.3.0/mission_patches/                                                                        */
/* ---------------------------------------------------------------------------------------------- */

const missionPatches = resource('2.3.0', 'mission_patches', 'mission_patch', {
  modes: { normal: 'MissionPatch', detailed: 'MissionPatchDetailed' },
  detailShape: 'MissionPatchDetailed',
  filters: [int('agency__id'), textContains('agency__name'), int('id'), ids('ids', 'id'), textContains('name')],
  search: { agency__name: 'agency.name', name: 'name' },
  ordering: { agency__name: 'agency.name', id: 'id', name: 'name', priority: 'priority' },
  help: { viewName: 'Mission Patch', filterExample: 'agency__id=147', searchExample: 'Ariane', orderingExample: 'priority' },
});

/** 2.3.0 endpoints of this group; see src/resources/README.md. */
export const catalog230: ResourceDecl[] = [agencies, astronauts, celestialBodies, locations, pads, programs, missionPatches];
