import type { ResourceDecl } from '../api/resource.ts';
import { bool, CMP, date, datetime, ids, int, listWithViews, resource, text, textContains } from './define.ts';
import { previousEventScope, upcomingEventScope } from './events/v2.3.0.ts';

/**
 * The 2.0.0 endpoints beyond launches; see src/resources/README.md. Singular paths, string agency
 * types and image URLs (src/serialize/v2.0.0/resources.ts). Filters, search and ordering follow the
 * docstrings of the live 2.0.0 pages where known and otherwise the SLN api/v350 views, LL2 2.0.0's
 * ancestor; filters 2.3.0 declares the same way are spelled the same.
 */

interface Docstring {
  filters?: string[];
  /** A sample request the FILTERS line ends with. */
  example?: string;
  modes?: string[];
  search?: string[];
  ordering?: string[];
}

/**
 * The docstring a 2.0.0 list page shows atop its help: what the endpoint lists, then the filters,
 * modes, search and ordering fields the live page names (which are not always those it serves).
 */
function docstring(what: string, listed: string, d: Docstring): string[] {
  const names = (list: string[]) => list.map((n) => `'${n}'`).join(', ');
  return [
    `API endpoint that allows ${what} to be viewed.`,
    `GET: Return a list of ${listed}.`,
    ...(d.filters ? [`FILTERS: Parameters - ${names(d.filters)}${d.example ? ` Example - ${d.example}` : ''}`] : []),
    ...(d.modes ? [`MODE: ${names(d.modes)} EXAMPLE: ?mode=${d.modes[0]}`] : []),
    ...(d.search ? [`SEARCH: Fields - ${names(d.search)}`] : []),
    ...(d.ordering ? [`ORDERING: Fields - ${names(d.ordering)}`] : []),
  ];
}

const agencies = resource('2.0.0', 'agencies', 'agency', {
  modes: { list: 'AgencyCommon', detailed: 'AgencyEndpointDetailed200' },
  detailShape: 'AgencyEndpointDetailed200',
  filters: [
    int('id'),
    textContains('name'),
    bool('featured'),
    text('agency_type', 'type.name'),
    textContains('country_code'),
    textContains('abbrev'),
  ],
  search: { name: 'name', abbrev: 'abbrev' },
  ordering: { id: 'id', name: 'name', featured: 'featured' },
  help: {
    viewName: 'Agency',
    intro: docstring('Agencies', 'all the existing users', {
      filters: ['featured', 'agency_type', 'country_code'],
      example: '/2.0.0/agencies/?featured=true',
      modes: ['list', 'detailed'],
      search: ['name', 'abbrev'],
      ordering: ['id', 'name', 'featured'],
    }),
    filterExample: 'featured=true',
    searchExample: 'SpaceX',
  },
});

const astronaut = resource('2.0.0', 'astronaut', 'astronaut', {
  modes: { normal: 'Astronaut', list: 'AstronautList200', detailed: 'AstronautDetailed200' },
  detailShape: 'AstronautDetailed200',
  filters: [
    textContains('name'),
    int('status', 'status.id'),
    ids('status_ids', 'status.id'),
    text('nationality', 'nationality.nationality_name'),
    textContains('agency__name', 'agency.name'),
    textContains('agency__abbrev', 'agency.abbrev'),
    date('date_of_birth', CMP),
    date('date_of_death', CMP),
  ],
  search: { name: 'name', nationality: 'nationality.nationality_name', agency__name: 'agency.name', agency__abbrev: 'agency.abbrev' },
  ordering: { id: 'id', name: 'name', status: 'status.id', date_of_birth: 'date_of_birth' },
  help: {
    viewName: 'Astronaut',
    intro: docstring('Astronaut', 'all the existing astronauts', {
      filters: ['name', 'status', 'nationality', 'agency__name', 'agency__abbrev', 'date_of_birth', 'date_of_death', 'status_ids'],
      modes: ['normal', 'list', 'detailed'],
      search: ['name', 'nationality', 'agency__name', 'agency__abbrev'],
      ordering: ['name', 'status', 'date_of_birth'],
    }),
    filterExample: 'status=1',
    searchExample: 'Armstrong',
  },
});

const launcherConfig = resource('2.0.0', 'config/launcher', 'launcher_config', {
  modes: { list: 'LauncherConfigList', detailed: 'LauncherConfigDetailed' },
  detailShape: 'LauncherConfigDetailed',
  filters: [
    textContains('name'),
    textContains('family', 'families.name'),
    textContains('full_name'),
    textContains('variant'),
    bool('active'),
    int('launch_library_id'),
    int('manufacturer__id', 'manufacturer.id'),
    textContains('manufacturer__name', 'manufacturer.name'),
    bool('reusable'),
  ],
  search: { name: 'name', family: 'families.name', full_name: 'full_name', manufacturer__name: 'manufacturer.name' },
  ordering: { id: 'id', name: 'name', launch_mass: 'launch_mass', leo_capacity: 'leo_capacity', gto_capacity: 'gto_capacity' },
  help: {
    viewName: 'Launcher Config',
    intro: docstring('Launcher Configurations', 'all the existing launcher configurations', {
      filters: ['name', 'family', 'full_name', 'variant', 'active', 'launch_library_id', 'manufacturer__name'],
      modes: ['list', 'detailed'],
      search: ['name', 'family', 'full_name', 'manufacturer__name'],
      ordering: ['id', 'name', 'launch_mass', 'leo_capacity', 'gto_capacity'],
    }),
    filterExample: 'active=true',
    searchExample: 'Falcon',
  },
});

const spacecraftConfig = resource('2.0.0', 'config/spacecraft', 'spacecraft_config', {
  modes: { list: 'SpacecraftConfigMini', detailed: 'SpacecraftConfig' },
  detailShape: 'SpacecraftConfig',
  filters: [textContains('name'), int('manufacturer', 'agency.id'), textContains('manufacturer__name', 'agency.name'), bool('in_use'), bool('human_rated')],
  search: { name: 'name', manufacturer__name: 'agency.name' },
  ordering: { id: 'id', name: 'name' },
  help: {
    viewName: 'Spacecraft Config',
    intro: docstring('Spacecraft Configurations', 'all the existing spacecraft configurations', {
      filters: ['name', 'manufacturer', 'in_use', 'human_rated'],
      modes: ['list', 'detailed'],
      search: ['name', 'manufacturer__name'],
    }),
    filterExample: 'in_use=true',
    searchExample: 'Dragon',
  },
});

const dockingEvent = resource('2.0.0', 'docking_event', 'docking_event', {
  modes: { list: 'DockingEvent200', detailed: 'DockingEventDetailed200' },
  detailShape: 'DockingEventDetailed200',
  filters: [
    int('space_station__id', 'space_station_target.id'),
    int('flight_vehicle__id', 'flight_vehicle_chaser.id'),
    int('docking_location__id', 'docking_location.id'),
    datetime('docking', CMP),
    datetime('departure', CMP),
  ],
  search: { flight_vehicle__spacecraft__name: 'flight_vehicle_chaser.spacecraft.name', space_station__name: 'space_station_target.name' },
  ordering: { id: 'id', docking: 'docking', departure: 'departure' },
  defaultOrdering: ['docking', 'id'],
  help: {
    viewName: 'Docking Event',
    intro: docstring('Docking Events', 'all the existing docking events', {
      filters: ['space_station__id', 'flight_vehicle__id', 'docking_location__id', 'docking', 'departure'],
      modes: ['list', 'detailed'],
      ordering: ['id', 'docking', 'departure'],
    }),
    filterExample: 'space_station__id=4',
  },
});

const eventHelp = (viewName: string, what: string): ResourceDecl['help'] => ({
  viewName,
  intro: docstring(`${what} Events`, `${what.toLowerCase()} events`, {
    filters: ['type', 'type__ids', 'date', 'launch__ids'],
    search: ['name'],
    ordering: ['id', 'date'],
  }),
  filterExample: 'type=2',
  searchExample: 'Docking',
});
/** `/2.0.0/event/` and its upcoming and previous views. */
const events = listWithViews('2.0.0', 'event', 'event', {
  modes: { normal: 'Event200' },
  detailShape: 'Event200',
  filters: [int('type', 'type.id'), ids('type__ids', 'type.id'), datetime('date', CMP), ids('launch__ids', 'launches.id')],
  search: { name: 'name' },
  ordering: { id: 'id', date: 'date' },
  defaultOrdering: ['date', 'id'],
  help: eventHelp('Event', 'All'),
}, {
  all: {},
  upcoming: { scope: upcomingEventScope, help: eventHelp('Upcoming Event', 'Upcoming') },
  previous: { scope: previousEventScope, defaultOrdering: ['-date', 'id'], help: eventHelp('Previous Event', 'Previous') },
});

const expedition = resource('2.0.0', 'expedition', 'expedition', {
  modes: { normal: 'Expedition200', detailed: 'ExpeditionDetailed200' },
  detailShape: 'ExpeditionDetailed200',
  filters: [textContains('name'), int('space_station', 'spacestation.id'), datetime('start', CMP), datetime('end', CMP)],
  search: { name: 'name', crew__astronaut__name: 'crew.astronaut.name' },
  ordering: { id: 'id', start: 'start', end: 'end' },
  help: {
    viewName: 'Expedition',
    intro: docstring('Expeditions', 'all the existing expeditions', {
      filters: ['name', 'space_station', 'start', 'end'],
      modes: ['normal', 'detailed'],
      search: ['name', 'crew__astronaut__name'],
      ordering: ['id', 'start', 'end'],
    }),
    filterExample: 'space_station=4',
    searchExample: 'Expedition 60',
  },
});

const launcher = resource('2.0.0', 'launcher', 'launcher', {
  modes: { list: 'Launcher', detailed: 'LauncherDetailed200' },
  detailShape: 'LauncherDetailed200',
  filters: [
    int('id'),
    textContains('serial_number'),
    bool('flight_proven'),
    int('launcher_config', 'launcher_config.id'),
    int('launcher_config__id', 'launcher_config.id'),
    textContains('launcher_config__manufacturer__name', 'launcher_config.manufacturer.name'),
    int('status', 'status.id'),
  ],
  search: { serial_number: 'serial_number', launcher_config__name: 'launcher_config.name' },
  ordering: { id: 'id', flight_proven: 'flight_proven', last_launch_date: 'last_launch_date', first_launch_date: 'first_launch_date', flights: 'flights' },
  help: {
    viewName: 'Launcher',
    intro: docstring('Launchers', 'all the existing launchers', {
      filters: ['id', 'serial_number', 'flight_proven', 'launcher_config', 'launcher_config__manufacturer__name', 'status'],
      modes: ['list', 'detailed'],
      search: ['serial_number', 'launcher_config__name'],
      ordering: ['id', 'flight_proven', 'last_launch_date', 'first_launch_date', 'flights'],
    }),
    filterExample: 'flight_proven=true',
    searchExample: 'B1049',
  },
});

const location = resource('2.0.0', 'location', 'location', {
  modes: { normal: 'Location' },
  detailShape: 'LocationDetailed200',
  filters: [int('id'), textContains('name'), text('country_code', 'country.alpha_3_code')],
  search: { name: 'name', country_code: 'country.alpha_3_code' },
  ordering: { id: 'id', name: 'name', total_launch_count: 'total_launch_count', total_landing_count: 'total_landing_count' },
  help: {
    viewName: 'Location',
    intro: docstring('Location instances', 'all the existing location instances', {
      filters: ['id', 'name', 'country_code'],
      search: ['name', 'country_code'],
      ordering: ['id', 'name', 'total_launch_count', 'total_landing_count'],
    }),
    filterExample: 'country_code=USA',
    searchExample: 'Florida',
  },
});

const pad = resource('2.0.0', 'pad', 'pad', {
  modes: { normal: 'Pad' },
  detailShape: 'Pad',
  filters: [int('id'), textContains('name'), int('location__id', 'location.id'), int('agency_id', 'agencies.id')],
  search: { name: 'name', location__name: 'location.name' },
  ordering: { id: 'id', name: 'name', total_launch_count: 'total_launch_count' },
  help: {
    viewName: 'Pad',
    intro: docstring('Pad instances', 'all the existing pad instances', {
      filters: ['id', 'name', 'location__id', 'agency_id'],
      search: ['name', 'location__name'],
      ordering: ['id', 'name', 'total_launch_count'],
    }),
    filterExample: 'location__id=12',
    searchExample: 'Complex 39',
  },
});

const program = resource('2.0.0', 'program', 'program', {
  modes: { normal: 'Program' },
  detailShape: 'Program',
  filters: [textContains('name'), int('agencies__id', 'agencies.id')],
  search: { name: 'name' },
  ordering: { id: 'id', name: 'name', start_date: 'start_date', end_date: 'end_date' },
  help: {
    viewName: 'Program',
    intro: docstring('Programs', 'all the existing programs', {
      filters: ['name', 'agencies__id'],
      search: ['name'],
      ordering: ['id', 'name', 'start_date', 'end_date'],
    }),
    searchExample: 'Apollo',
  },
});

const spacecraft = resource('2.0.0', 'spacecraft', 'spacecraft', {
  modes: { list: 'SpacecraftWithConfig', detailed: 'Spacecraft' },
  detailShape: 'Spacecraft',
  filters: [textContains('name'), int('status', 'status.id'), int('spacecraft_config', 'spacecraft_config.id')],
  search: { name: 'name', serial_number: 'serial_number' },
  ordering: { id: 'id' },
  help: {
    viewName: 'Spacecraft',
    intro: docstring('Spacecrafts', 'all the existing spacecraft', {
      filters: ['name', 'status', 'spacecraft_config'],
      modes: ['list', 'detailed'],
      ordering: ['id'],
    }),
    filterExample: 'status=1',
    searchExample: 'Dragon',
  },
});

const spacecraftFlight = resource('2.0.0', 'spacecraft/flight', 'spacecraft_flight', {
  modes: { normal: 'SpacecraftFlight', detailed: 'SpacecraftFlightDetailed200' },
  detailShape: 'SpacecraftFlightDetailed200',
  filters: [
    int('spacecraft', 'spacecraft.id'),
    int('spacecraft__spacecraft_config', 'spacecraft.spacecraft_config.id'),
    { name: 'launch', type: 'uuid', path: 'launch.id' },
    textContains('destination'),
  ],
  search: { spacecraft__name: 'spacecraft.name', launch__name: 'launch.name', destination: 'destination' },
  ordering: { id: 'id', mission_end: 'mission_end' },
  help: {
    viewName: 'Spacecraft Flight',
    intro: docstring('Spacecraft Flights', 'all the existing spacecraft flights', {
      filters: ['spacecraft', 'spacecraft__spacecraft_config', 'launch', 'destination'],
      modes: ['normal', 'detailed'],
      ordering: ['id', 'mission_end'],
    }),
    filterExample: 'spacecraft=551',
    searchExample: 'Crew Dragon',
  },
});

const spacestation = resource('2.0.0', 'spacestation', 'space_station', {
  modes: { list: 'SpaceStation', detailed: 'SpaceStationDetailed200' },
  detailShape: 'SpaceStationDetailed200',
  filters: [textContains('name'), int('status', 'status.id'), int('owners', 'owners.id'), textContains('orbit'), int('type', 'type.id')],
  search: { name: 'name', owners__name: 'owners.name', owners__abbrev: 'owners.abbrev' },
  ordering: { id: 'id', status: 'status.id', type: 'type.id', founded: 'founded' },
  help: {
    viewName: 'Space Station',
    intro: docstring('Space Stations', 'all the existing space stations', {
      filters: ['name', 'status', 'owners', 'orbit', 'type'],
      modes: ['list', 'detailed'],
      search: ['name', 'owners__name', 'owners__abbrev'],
      ordering: ['id', 'status', 'type', 'founded'],
    }),
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
  ...events,
  expedition,
  launcher,
  location,
  pad,
  program,
  spacecraft,
  spacecraftFlight,
  spacestation,
];
