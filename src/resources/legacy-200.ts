import { sql } from 'kysely';
import type { FilterContext, FilterDecl, Lookup } from '../api/filters.ts';
import type { Mode, ResourceDecl } from '../api/resource.ts';
import { model } from '../model/entities.ts';
import { v200 } from '../serialize/v2.0.0/index.ts';
import { previousEventScope, upcomingEventScope } from './events/v2.3.0.ts';

/**
 * The 2.0.0 endpoints beyond launches; see src/resources/README.md. Singular paths, string agency
 * types and image URLs (src/serialize/v2.0.0/resources.ts). Filters, search and ordering follow the
 * docstrings of the live 2.0.0 pages where known and otherwise the SLN api/v350 views, LL2 2.0.0's
 * ancestor; filters 2.3.0 declares the same way are spelled the same.
 */

const CMP: Lookup[] = ['exact', 'gt', 'gte', 'lt', 'lte'];
const TEXT: Lookup[] = ['exact', 'contains'];

/** A boolean as the column stores it: SQLite keeps 1/0, and its driver cannot bind a JavaScript boolean. */
const stored = (v: boolean, ctx: FilterContext) => (ctx.dialect === 'sqlite' ? (v ? 1 : 0) : v);
const bool = (name: string): FilterDecl => ({
  name,
  type: 'bool',
  sql: ([v], ctx) => ctx.eb(sql.ref(`${ctx.entity.table}.${name}`), '=', stored(v, ctx)),
});
const text = (name: string, path?: string): FilterDecl => ({ name, type: 'text', lookups: TEXT, ...(path ? { path } : {}) });
const int = (name: string, path?: string): FilterDecl => ({ name, type: 'int', ...(path ? { path } : {}) });
const ids = (name: string, path: string): FilterDecl => ({ name, type: 'int', list: 'csv', path });

function resource(
  path: string,
  entity: keyof typeof model,
  decl: { modes: Partial<Record<Mode, string>>; defaultMode?: Mode; detailShape: string; help: ResourceDecl['help'] } & Partial<
    Pick<ResourceDecl, 'filters' | 'search' | 'ordering' | 'defaultOrdering' | 'scope'>
  >,
): ResourceDecl {
  return {
    version: '2.0.0',
    path,
    entity: model[entity],
    shapes: v200,
    defaultMode: decl.defaultMode ?? (Object.keys(decl.modes)[0] as Mode),
    filters: [],
    search: {},
    ordering: { id: 'id' },
    defaultOrdering: ['id'],
    ...decl,
  };
}

const MODES = (modes: string) => `MODE: ${modes} EXAMPLE: ?mode=${modes.split(',')[0].trim().replace(/'/g, '')}`;

const agencies = resource('agencies', 'agency', {
  modes: { list: 'AgencyCommon', detailed: 'AgencyEndpointDetailed200' },
  detailShape: 'AgencyEndpointDetailed200',
  filters: [
    { name: 'id', type: 'int' },
    text('name'),
    bool('featured'),
    { name: 'agency_type', type: 'text', path: 'type.name' },
    { name: 'country_code', type: 'text', lookups: TEXT },
    text('abbrev'),
  ],
  search: { name: 'name', abbrev: 'abbrev' },
  ordering: { id: 'id', name: 'name', featured: 'featured' },
  help: {
    viewName: 'Agency',
    intro: [
      'API endpoint that allows Agencies to be viewed.',
      'GET: Return a list of all the existing users.',
      "FILTERS: Parameters - 'featured', 'agency_type', 'country_code' Example - /2.0.0/agencies/?featured=true",
      MODES("'list', 'detailed'"),
      "SEARCH: Fields - 'name', 'abbrev'",
      "ORDERING: Fields - 'id', 'name', 'featured'",
    ],
    filterExample: 'featured=true',
    searchExample: 'SpaceX',
  },
});

const astronaut = resource('astronaut', 'astronaut', {
  modes: { normal: 'Astronaut', list: 'AstronautList200', detailed: 'AstronautDetailed200' },
  detailShape: 'AstronautDetailed200',
  filters: [
    text('name'),
    int('status', 'status.id'),
    ids('status_ids', 'status.id'),
    { name: 'nationality', type: 'text', path: 'nationality.nationality_name' },
    text('agency__name', 'agency.name'),
    text('agency__abbrev', 'agency.abbrev'),
    { name: 'date_of_birth', type: 'date', lookups: CMP },
    { name: 'date_of_death', type: 'date', lookups: CMP },
  ],
  search: { name: 'name', nationality: 'nationality.nationality_name', agency__name: 'agency.name', agency__abbrev: 'agency.abbrev' },
  ordering: { id: 'id', name: 'name', status: 'status.id', date_of_birth: 'date_of_birth' },
  help: {
    viewName: 'Astronaut',
    intro: [
      'API endpoint that allows Astronaut to be viewed.',
      'GET: Return a list of all the existing astronauts.',
      "FILTERS: Parameters - 'name', 'status', 'nationality', 'agency__name', 'agency__abbrev', 'date_of_birth', 'date_of_death', 'status_ids'",
      MODES("'normal', 'list', 'detailed'"),
      "SEARCH: Fields - 'name', 'nationality', 'agency__name', 'agency__abbrev'",
      "ORDERING: Fields - 'name', 'status', 'date_of_birth'",
    ],
    filterExample: 'status=1',
    searchExample: 'Armstrong',
  },
});

const launcherConfig = resource('config/launcher', 'launcher_config', {
  modes: { list: 'LauncherConfigList', detailed: 'LauncherConfigDetailed' },
  detailShape: 'LauncherConfigDetailed',
  filters: [
    text('name'),
    { name: 'family', type: 'text', lookups: TEXT, path: 'families.name' },
    text('full_name'),
    text('variant'),
    bool('active'),
    { name: 'launch_library_id', type: 'int' },
    int('manufacturer__id', 'manufacturer.id'),
    text('manufacturer__name', 'manufacturer.name'),
    bool('reusable'),
  ],
  search: { name: 'name', family: 'families.name', full_name: 'full_name', manufacturer__name: 'manufacturer.name' },
  ordering: { id: 'id', name: 'name', launch_mass: 'launch_mass', leo_capacity: 'leo_capacity', gto_capacity: 'gto_capacity' },
  help: {
    viewName: 'Launcher Config',
    intro: [
      'API endpoint that allows Launcher Configurations to be viewed.',
      'GET: Return a list of all the existing launcher configurations.',
      "FILTERS: Parameters - 'name', 'family', 'full_name', 'variant', 'active', 'launch_library_id', 'manufacturer__name'",
      MODES("'list', 'detailed'"),
      "SEARCH: Fields - 'name', 'family', 'full_name', 'manufacturer__name'",
      "ORDERING: Fields - 'id', 'name', 'launch_mass', 'leo_capacity', 'gto_capacity'",
    ],
    filterExample: 'active=true',
    searchExample: 'Falcon',
  },
});

const spacecraftConfig = resource('config/spacecraft', 'spacecraft_config', {
  modes: { list: 'SpacecraftConfigMini', detailed: 'SpacecraftConfig' },
  detailShape: 'SpacecraftConfig',
  filters: [text('name'), int('manufacturer', 'agency.id'), text('manufacturer__name', 'agency.name'), bool('in_use'), bool('human_rated')],
  search: { name: 'name', manufacturer__name: 'agency.name' },
  ordering: { id: 'id', name: 'name' },
  help: {
    viewName: 'Spacecraft Config',
    intro: [
      'API endpoint that allows Spacecraft Configurations to be viewed.',
      'GET: Return a list of all the existing spacecraft configurations.',
      "FILTERS: Parameters - 'name', 'manufacturer', 'in_use', 'human_rated'",
      MODES("'list', 'detailed'"),
      "SEARCH: Fields - 'name', 'manufacturer__name'",
    ],
    filterExample: 'in_use=true',
    searchExample: 'Dragon',
  },
});

const dockingEvent = resource('docking_event', 'docking_event', {
  modes: { list: 'DockingEvent200', detailed: 'DockingEventDetailed200' },
  detailShape: 'DockingEventDetailed200',
  filters: [
    int('space_station__id', 'space_station_target.id'),
    int('flight_vehicle__id', 'flight_vehicle_chaser.id'),
    int('docking_location__id', 'docking_location.id'),
    { name: 'docking', type: 'datetime', lookups: CMP },
    { name: 'departure', type: 'datetime', lookups: CMP },
  ],
  search: { flight_vehicle__spacecraft__name: 'flight_vehicle_chaser.spacecraft.name', space_station__name: 'space_station_target.name' },
  ordering: { id: 'id', docking: 'docking', departure: 'departure' },
  defaultOrdering: ['docking', 'id'],
  help: {
    viewName: 'Docking Event',
    intro: [
      'API endpoint that allows Docking Events to be viewed.',
      'GET: Return a list of all the existing docking events.',
      "FILTERS: Parameters - 'space_station__id', 'flight_vehicle__id', 'docking_location__id', 'docking', 'departure'",
      MODES("'list', 'detailed'"),
      "ORDERING: Fields - 'id', 'docking', 'departure'",
    ],
    filterExample: 'space_station__id=4',
  },
});

const eventFilters: FilterDecl[] = [
  int('type', 'type.id'),
  ids('type__ids', 'type.id'),
  { name: 'date', type: 'datetime', lookups: CMP },
  ids('launch__ids', 'launches.id'),
];
const eventHelp = (viewName: string, what: string): ResourceDecl['help'] => ({
  viewName,
  intro: [
    `API endpoint that allows ${what} Events to be viewed.`,
    `GET: Return a list of ${what.toLowerCase()} events.`,
    "FILTERS: Parameters - 'type', 'type__ids', 'date', 'launch__ids'",
    "SEARCH: Fields - 'name'",
    "ORDERING: Fields - 'id', 'date'",
  ],
  filterExample: 'type=2',
  searchExample: 'Docking',
});
const event = (path: string, extra: Partial<ResourceDecl>, viewName: string, what: string) =>
  resource(path, 'event', {
    modes: { normal: 'Event200' },
    detailShape: 'Event200',
    filters: eventFilters,
    search: { name: 'name' },
    ordering: { id: 'id', date: 'date' },
    defaultOrdering: ['date', 'id'],
    help: eventHelp(viewName, what),
    ...extra,
  });

const expedition = resource('expedition', 'expedition', {
  modes: { normal: 'Expedition200', detailed: 'ExpeditionDetailed200' },
  detailShape: 'ExpeditionDetailed200',
  filters: [text('name'), int('space_station', 'spacestation.id'), { name: 'start', type: 'datetime', lookups: CMP }, { name: 'end', type: 'datetime', lookups: CMP }],
  search: { name: 'name', crew__astronaut__name: 'crew.astronaut.name' },
  ordering: { id: 'id', start: 'start', end: 'end' },
  help: {
    viewName: 'Expedition',
    intro: [
      'API endpoint that allows Expeditions to be viewed.',
      'GET: Return a list of all the existing expeditions.',
      "FILTERS: Parameters - 'name', 'space_station', 'start', 'end'",
      MODES("'normal', 'detailed'"),
      "SEARCH: Fields - 'name', 'crew__astronaut__name'",
      "ORDERING: Fields - 'id', 'start', 'end'",
    ],
    filterExample: 'space_station=4',
    searchExample: 'Expedition 60',
  },
});

const launcher = resource('launcher', 'launcher', {
  modes: { list: 'Launcher', detailed: 'LauncherDetailed200' },
  detailShape: 'LauncherDetailed200',
  filters: [
    { name: 'id', type: 'int' },
    text('serial_number'),
    bool('flight_proven'),
    int('launcher_config', 'launcher_config.id'),
    int('launcher_config__id', 'launcher_config.id'),
    text('launcher_config__manufacturer__name', 'launcher_config.manufacturer.name'),
    int('status', 'status.id'),
  ],
  search: { serial_number: 'serial_number', launcher_config__name: 'launcher_config.name' },
  ordering: { id: 'id', flight_proven: 'flight_proven', last_launch_date: 'last_launch_date', first_launch_date: 'first_launch_date', flights: 'flights' },
  help: {
    viewName: 'Launcher',
    intro: [
      'API endpoint that allows Launchers to be viewed.',
      'GET: Return a list of all the existing launchers.',
      "FILTERS: Parameters - 'id', 'serial_number', 'flight_proven', 'launcher_config', 'launcher_config__manufacturer__name', 'status'",
      MODES("'list', 'detailed'"),
      "SEARCH: Fields - 'serial_number', 'launcher_config__name'",
      "ORDERING: Fields - 'id', 'flight_proven', 'last_launch_date', 'first_launch_date', 'flights'",
    ],
    filterExample: 'flight_proven=true',
    searchExample: 'B1049',
  },
});

const location = resource('location', 'location', {
  modes: { normal: 'Location' },
  detailShape: 'LocationDetailed200',
  filters: [{ name: 'id', type: 'int' }, text('name'), { name: 'country_code', type: 'text', path: 'country.alpha_3_code' }],
  search: { name: 'name', country_code: 'country.alpha_3_code' },
  ordering: { id: 'id', name: 'name', total_launch_count: 'total_launch_count', total_landing_count: 'total_landing_count' },
  help: {
    viewName: 'Location',
    intro: [
      'API endpoint that allows Location instances to be viewed.',
      'GET: Return a list of all the existing location instances.',
      "FILTERS: Parameters - 'id', 'name', 'country_code'",
      "SEARCH: Fields - 'name', 'country_code'",
      "ORDERING: Fields - 'id', 'name', 'total_launch_count', 'total_landing_count'",
    ],
    filterExample: 'country_code=USA',
    searchExample: 'Florida',
  },
});

const pad = resource('pad', 'pad', {
  modes: { normal: 'Pad' },
  detailShape: 'Pad',
  filters: [{ name: 'id', type: 'int' }, text('name'), int('location__id', 'location.id'), { name: 'agency_id', type: 'int', path: 'agencies.id' }],
  search: { name: 'name', location__name: 'location.name' },
  ordering: { id: 'id', name: 'name', total_launch_count: 'total_launch_count' },
  help: {
    viewName: 'Pad',
    intro: [
      'API endpoint that allows Pad instances to be viewed.',
      'GET: Return a list of all the existing pad instances.',
      "FILTERS: Parameters - 'id', 'name', 'location__id', 'agency_id'",
      "SEARCH: Fields - 'name', 'location__name'",
      "ORDERING: Fields - 'id', 'name', 'total_launch_count'",
    ],
    filterExample: 'location__id=12',
    searchExample: 'Complex 39',
  },
});

const program = resource('program', 'program', {
  modes: { normal: 'Program' },
  detailShape: 'Program',
  filters: [text('name'), int('agencies__id', 'agencies.id')],
  search: { name: 'name' },
  ordering: { id: 'id', name: 'name', start_date: 'start_date', end_date: 'end_date' },
  help: {
    viewName: 'Program',
    intro: [
      'API endpoint that allows Programs to be viewed.',
      'GET: Return a list of all the existing programs.',
      "FILTERS: Parameters - 'name', 'agencies__id'",
      "SEARCH: Fields - 'name'",
      "ORDERING: Fields - 'id', 'name', 'start_date', 'end_date'",
    ],
    searchExample: 'Apollo',
  },
});

const spacecraft = resource('spacecraft', 'spacecraft', {
  modes: { list: 'SpacecraftWithConfig', detailed: 'Spacecraft' },
  detailShape: 'Spacecraft',
  filters: [text('name'), int('status', 'status.id'), int('spacecraft_config', 'spacecraft_config.id')],
  search: { name: 'name', serial_number: 'serial_number' },
  ordering: { id: 'id' },
  help: {
    viewName: 'Spacecraft',
    intro: [
      'API endpoint that allows Spacecrafts to be viewed.',
      'GET: Return a list of all the existing spacecraft.',
      "FILTERS: Parameters - 'name', 'status', 'spacecraft_config'",
      MODES("'list', 'detailed'"),
      "ORDERING: Fields - 'id'",
    ],
    filterExample: 'status=1',
    searchExample: 'Dragon',
  },
});

const spacecraftFlight = resource('spacecraft/flight', 'spacecraft_flight', {
  modes: { normal: 'SpacecraftFlight', detailed: 'SpacecraftFlightDetailed200' },
  detailShape: 'SpacecraftFlightDetailed200',
  filters: [
    int('spacecraft', 'spacecraft.id'),
    int('spacecraft__spacecraft_config', 'spacecraft.spacecraft_config.id'),
    { name: 'launch', type: 'uuid', path: 'launch.id' },
    text('destination'),
  ],
  search: { spacecraft__name: 'spacecraft.name', launch__name: 'launch.name', destination: 'destination' },
  ordering: { id: 'id', mission_end: 'mission_end' },
  help: {
    viewName: 'Spacecraft Flight',
    intro: [
      'API endpoint that allows Spacecraft Flights to be viewed.',
      'GET: Return a list of all the existing spacecraft flights.',
      "FILTERS: Parameters - 'spacecraft', 'spacecraft__spacecraft_config', 'launch', 'destination'",
      MODES("'normal', 'detailed'"),
      "ORDERING: Fields - 'id', 'mission_end'",
    ],
    filterExample: 'spacecraft=551',
    searchExample: 'Crew Dragon',
  },
});

const spacestation = resource('spacestation', 'space_station', {
  modes: { list: 'SpaceStation', detailed: 'SpaceStationDetailed200' },
  detailShape: 'SpaceStationDetailed200',
  filters: [text('name'), int('status', 'status.id'), int('owners', 'owners.id'), text('orbit'), int('type', 'type.id')],
  search: { name: 'name', owners__name: 'owners.name', owners__abbrev: 'owners.abbrev' },
  ordering: { id: 'id', status: 'status.id', type: 'type.id', founded: 'founded' },
  help: {
    viewName: 'Space Station',
    intro: [
      'API endpoint that allows Space Stations to be viewed.',
      'GET: Return a list of all the existing space stations.',
      "FILTERS: Parameters - 'name', 'status', 'owners', 'orbit', 'type'",
      MODES("'list', 'detailed'"),
      "SEARCH: Fields - 'name', 'owners__name', 'owners__abbrev'",
      "ORDERING: Fields - 'id', 'status', 'type', 'founded'",
    ],
    filterExample: 'status=1',
    searchExample: 'ISS',
  },
});

/** The 2.0.0 endpoints beyond launches. */
export const legacy200: ResourceDecl[] = [
  agencies,
  astronaut,
  launcherConfig,
  spacecraftConfig,
  dockingEvent,
  event('event', {}, 'Event', 'All'),
  event('event/upcoming', { scope: upcomingEventScope }, 'Upcoming Event', 'Upcoming'),
  event('event/previous', { scope: previousEventScope, defaultOrdering: ['-date', 'id'] }, 'Previous Event', 'Previous'),
  expedition,
  launcher,
  location,
  pad,
  program,
  spacecraft,
  spacecraftFlight,
  spacestation,
];
