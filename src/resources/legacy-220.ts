import { sql, type SqlBool } from 'kysely';
import { containsCondition, type FilterDecl, type Lookup } from '../api/filters.ts';
import type { Mode, ResourceDecl } from '../api/resource.ts';
import { model } from '../model/entities.ts';
import { v220 } from '../serialize/v2.2.0/index.ts';
import { catalog230 } from './catalog-230.ts';
import { launches230 } from './launches/v2.3.0.ts';
import { stationsEvents230 } from './stations-events-230.ts';
import { vehicles230 } from './vehicles-230.ts';

/**
 * The 2.2.0 endpoints (reference/2.2.0-endpoints.md): singular paths, the 2.2.0 models (src/serialize/v2.2.0/).
 * Filters, search and ordering are those of the matching 2.3.0 declaration where 2.2.0 has a filter of
 * the same name; the few 2.2.0-only names are declared here.
 */

const all230 = [...launches230, ...catalog230, ...vehicles230, ...stationsEvents230];
const decl230 = (path: string): ResourceDecl => {
  const d = all230.find((r) => r.path === path);
  if (!d) throw new Error(`no 2.3.0 declaration ${path}`);
  return d;
};

/** The 2.3.0 filters of `path` that 2.2.0 also has, by name. */
const filtersOf = (path: string, names: string[]): FilterDecl[] => decl230(path).filters.filter((f) => names.includes(f.name));
const renamed = (path: string, from: string, to: string): FilterDecl => ({ ...decl230(path).filters.find((f) => f.name === from)!, name: to });

const CMP: Lookup[] = ['exact', 'gt', 'gte', 'lt', 'lte'];

/** A number column compared as 2.2.0 did, as text (`founding_year__contains=19`, `latitude=28.5`). */
const asText = (name: string, table: string): FilterDecl => ({
  name,
  type: 'text',
  lookups: ['exact', 'contains'],
  sql: ([v], ctx, lookup) => {
    const col = sql`cast(${sql.ref(`${table}.${name}`)} as text)`;
    return lookup === 'contains' ? containsCondition(ctx, col, v, false) : ctx.eb(col, '=', v);
  },
});

interface Decl {
  path: string;
  entity: keyof typeof model;
  modes: Partial<Record<Mode, string>>;
  detailShape: string;
  filters?: FilterDecl[];
  search?: Record<string, string>;
  ordering?: Record<string, string>;
  defaultOrdering?: string[];
  scope?: ResourceDecl['scope'];
  viewName: string;
  singleton?: number;
}

const resource = (d: Decl): ResourceDecl => ({
  version: '2.2.0',
  path: d.path,
  entity: model[d.entity],
  modes: d.modes,
  defaultMode: d.modes.normal ? 'normal' : (Object.keys(d.modes)[0] as Mode),
  detailShape: d.detailShape,
  shapes: v220,
  filters: d.filters ?? [],
  search: d.search ?? {},
  ordering: d.ordering ?? {},
  defaultOrdering: d.defaultOrdering ?? ['id'],
  scope: d.scope,
  singleton: d.singleton,
  help: { viewName: d.viewName },
});

/* config lookups -------------------------------------------------------------------------------- */

function config(path: string, entity: keyof typeof model, shape: string, label = 'name'): ResourceDecl {
  return resource({
    path: `config/${path}`,
    entity,
    modes: { normal: shape },
    detailShape: shape,
    search: { [label]: label },
    ordering: { id: 'id', [label]: label },
    viewName: shape,
  });
}

const configs: ResourceDecl[] = [
  config('agencytype', 'agency_type', 'AgencyType'),
  config('astronautrole', 'astronaut_role', 'AstronautRole', 'role'),
  config('astronautstatus', 'astronaut_status', 'AstronautStatus'),
  config('astronauttype', 'astronaut_type', 'AstronautType'),
  config('dockinglocation', 'docking_location', 'DockingLocation'),
  config('eventtype', 'event_type', 'EventType'),
  config('firststagetype', 'first_stage_type', 'FirstStageType'),
  config('landinglocation', 'landing_location', 'LandingLocation'),
  config('landingtype', 'landing_type', 'LandingType'),
  config('launchstatus', 'launch_status', 'LaunchStatus'),
  config('missiontype', 'mission_type', 'MissionType'),
  config('netprecision', 'net_precision', 'NetPrecision'),
  config('noticetype', 'notice_type', 'NoticeType'),
  config('orbit', 'orbit', 'Orbit'),
  config('roadclosurestatus', 'road_closure_status', 'RoadClosureStatus'),
  config('spacecraftstatus', 'spacecraft_status', 'SpacecraftStatus'),
  config('spacestationstatus', 'space_station_status', 'SpaceStationStatus'),
];

/* launches -------------------------------------------------------------------------------------- */

const LAUNCH_FILTERS = [
  'agency_launch_attempt_count', 'agency_launch_attempt_count_year', 'id', 'include_suborbital', 'is_crewed', 'last_updated',
  'launcher_config__id', 'location__ids', 'location_launch_attempt_count', 'location_launch_attempt_count_year', 'lsp__id',
  'lsp__name', 'mission__orbit__name', 'name', 'net', 'orbital_launch_attempt_count', 'orbital_launch_attempt_count_year', 'pad',
  'pad__location', 'pad_launch_attempt_count', 'pad_launch_attempt_count_year', 'program', 'rocket__configuration__full_name',
  'rocket__configuration__id', 'rocket__configuration__manufacturer__name', 'rocket__configuration__name',
  'rocket__spacecraftflight__spacecraft__id', 'rocket__spacecraftflight__spacecraft__name', 'serial_number', 'slug',
  'spacecraft_config__ids', 'status', 'status__ids', 'window_end', 'window_start', 'hide_recent_previous',
];

/** 2.2.0-only launch parameters: `lsp__ids`/`pad__ids` (repeated), and switches that no longer change results. */
const launchExtra: FilterDecl[] = [
  { name: 'lsp__ids', type: 'int', list: 'repeat', path: 'launch_service_provider.id' },
  { name: 'pad__ids', type: 'int', list: 'repeat', path: 'pad.id' },
  { name: 'related', type: 'text', sql: () => null },
  { name: 'strict_filtering', type: 'text', sql: () => null },
  { name: 'r_spacex_api_id', type: 'text', sql: () => sql<SqlBool>`1 = 0` },
];

function launches(path: string, from: string): ResourceDecl {
  const d = decl230(from);
  return resource({
    path,
    entity: 'launch',
    modes: { list: 'LaunchList', normal: 'LaunchSerializerCommon', detailed: 'LaunchDetailed' },
    detailShape: 'LaunchDetailed',
    filters: [...filtersOf(from, LAUNCH_FILTERS), ...launchExtra],
    search: Object.fromEntries(Object.entries(d.search).filter(([k]) => k !== 'launch_designator')),
    ordering: d.ordering,
    defaultOrdering: d.defaultOrdering,
    scope: d.scope,
    viewName: 'Launch',
  });
}

/* events ---------------------------------------------------------------------------------------- */

function events(path: string, from: string): ResourceDecl {
  const d = decl230(from);
  return resource({
    path,
    entity: 'event',
    modes: { normal: 'Events' },
    detailShape: 'Events',
    filters: filtersOf(from, ['id', 'program', 'slug', 'type', 'type__ids', 'hide_recent_previous']),
    search: d.search,
    defaultOrdering: d.defaultOrdering,
    scope: d.scope,
    viewName: 'Event',
  });
}

/* the rest -------------------------------------------------------------------------------------- */

const AGENCY = ['abbrev', 'administrator', 'attempted_landings', 'consecutive_successful_landings', 'consecutive_successful_launches',
  'description', 'failed_landings', 'failed_launches', 'featured', 'founding_year', 'id', 'name', 'pending_launches', 'spacecraft',
  'successful_landings', 'successful_launches', 'total_launch_count'];

const others: ResourceDecl[] = [
  resource({
    path: 'agencies',
    entity: 'agency',
    modes: { normal: 'Agency', detailed: 'AgencySerializerDetailed' },
    detailShape: 'AgencySerializerDetailed',
    filters: [
      ...filtersOf('agencies', AGENCY.filter((n) => n !== 'id' && n !== 'founding_year')),
      { name: 'id', type: 'int', lookups: CMP },
      asText('founding_year', 'agency'),
      { name: 'administrator', type: 'text', lookups: ['exact', 'contains'] },
      { ...renamed('agencies', 'type__id', 'agency_type') },
      { ...renamed('agencies', 'parent__id', 'parent') },
    ],
    search: decl230('agencies').search,
    ordering: decl230('agencies').ordering,
    viewName: 'Agency',
  }),
  resource({
    path: 'astronaut',
    entity: 'astronaut',
    modes: { normal: 'AstronautNormal', detailed: 'AstronautDetailed' },
    detailShape: 'AstronautDetailed',
    filters: filtersOf('astronauts', ['age', 'agency_ids', 'date_of_birth', 'date_of_death', 'flights_count', 'has_flown', 'in_space',
      'is_human', 'landings_count', 'status_ids', 'type__id']),
    search: decl230('astronauts').search,
    ordering: decl230('astronauts').ordering,
    viewName: 'Astronaut',
  }),
  resource({
    path: 'config/launcher',
    entity: 'launcher_config',
    modes: { normal: 'LauncherConfig', detailed: 'LauncherConfigDetail' },
    detailShape: 'LauncherConfigDetail',
    filters: [
      ...filtersOf('launcher_configurations', ['active', 'consecutive_successful_launches', 'failed_launches', 'full_name',
        'manufacturer__name', 'name', 'pending_launches', 'program', 'program__contains', 'successful_launches', 'total_launch_count']),
      { name: 'family', type: 'text', lookups: ['exact', 'contains'], path: 'families.name' },
    ],
    search: decl230('launcher_configurations').search,
    ordering: decl230('launcher_configurations').ordering,
    viewName: 'Launcher Configuration',
  }),
  resource({
    path: 'config/spacecraft',
    entity: 'spacecraft_config',
    modes: { normal: 'SpacecraftConfiguration', detailed: 'SpacecraftConfigurationDetail' },
    detailShape: 'SpacecraftConfigurationDetail',
    filters: [...filtersOf('spacecraft_configurations', ['human_rated', 'in_use', 'name']), renamed('spacecraft_configurations', 'agency', 'manufacturer')],
    search: decl230('spacecraft_configurations').search,
    ordering: decl230('spacecraft_configurations').ordering,
    viewName: 'Spacecraft Configuration',
  }),
  resource({
    path: 'dashboard/starship',
    entity: 'starship_dashboard',
    singleton: 1,
    modes: { normal: 'StarshipDashboard' },
    detailShape: 'StarshipDashboard',
    viewName: 'Starship Dashboard',
  }),
  resource({
    path: 'docking_event',
    entity: 'docking_event',
    modes: { normal: 'DockingEvent', detailed: 'DockingEventDetailed' },
    detailShape: 'DockingEventDetailed',
    filters: [
      ...filtersOf('docking_events', ['docking', 'docking_location__id']),
      renamed('docking_events', 'flight_vehicle_chaser__id', 'flight_vehicle__id'),
      renamed('docking_events', 'space_station_target__id', 'space_station__id'),
    ],
    search: { docking_location__name: 'docking_location.name', flight_vehicle__spacecraft__name: 'flight_vehicle_chaser.spacecraft.name' },
    ordering: decl230('docking_events').ordering,
    defaultOrdering: decl230('docking_events').defaultOrdering,
    viewName: 'Docking Event',
  }),
  events('event', 'events'),
  events('event/upcoming', 'events/upcoming'),
  events('event/previous', 'events/previous'),
  resource({
    path: 'expedition',
    entity: 'expedition',
    modes: { normal: 'Expedition', detailed: 'ExpeditionDetail' },
    detailShape: 'ExpeditionDetail',
    filters: filtersOf('expeditions', ['crew__astronaut', 'crew__astronaut__agency', 'end', 'name', 'space_station', 'start']),
    search: decl230('expeditions').search,
    ordering: decl230('expeditions').ordering,
    defaultOrdering: decl230('expeditions').defaultOrdering,
    viewName: 'Expedition',
  }),
  launches('launch', 'launches'),
  launches('launch/upcoming', 'launches/upcoming'),
  launches('launch/previous', 'launches/previous'),
  resource({
    path: 'launcher',
    entity: 'launcher',
    modes: { normal: 'Launcher', detailed: 'LauncherDetail' },
    detailShape: 'LauncherDetail',
    filters: filtersOf('launchers', ['attempted_landings', 'first_launch_date', 'flight_proven', 'flights', 'id', 'id__contains',
      'is_placeholder', 'last_launch_date', 'launcher_config__ids', 'launcher_config__manufacturer__name', 'serial_number', 'successful_landings']),
    search: decl230('launchers').search,
    ordering: decl230('launchers').ordering,
    viewName: 'Launcher',
  }),
  resource({
    path: 'location',
    entity: 'location',
    modes: { normal: 'Location', detailed: 'LocationDetail' },
    detailShape: 'LocationDetail',
    filters: [
      ...filtersOf('locations', ['name', 'total_landing_count', 'total_launch_count']),
      { name: 'id', type: 'int', lookups: CMP },
      { name: 'country_code', type: 'text', lookups: ['exact', 'contains'], path: 'country.alpha_3_code' },
    ],
    search: { name: 'name' },
    viewName: 'Location',
  }),
  resource({
    path: 'mission_patch',
    entity: 'mission_patch',
    modes: { normal: 'MissionPatch' },
    detailShape: 'MissionPatch',
    filters: filtersOf('mission_patches', ['agency__id', 'agency__name', 'id', 'ids', 'name']),
    search: decl230('mission_patches').search,
    ordering: decl230('mission_patches').ordering,
    viewName: 'Mission Patch',
  }),
  resource({
    path: 'pad',
    entity: 'pad',
    modes: { normal: 'Pad' },
    detailShape: 'Pad',
    filters: [
      ...filtersOf('pads', ['id', 'location__id', 'location__name', 'name', 'orbital_launch_attempt_count', 'total_launch_count']),
      { name: 'agency_id', type: 'int', path: 'agencies.id' },
      asText('latitude', 'pad'),
      asText('longitude', 'pad'),
    ],
    search: decl230('pads').search,
    viewName: 'Pad',
  }),
  resource({
    path: 'program',
    entity: 'program',
    modes: { normal: 'Program' },
    detailShape: 'Program',
    search: decl230('programs').search,
    ordering: decl230('programs').ordering,
    viewName: 'Program',
  }),
  resource({
    path: 'spacecraft',
    entity: 'spacecraft',
    modes: { normal: 'Spacecraft', detailed: 'SpacecraftDetailed' },
    detailShape: 'SpacecraftDetailed',
    filters: filtersOf('spacecraft', ['name', 'spacecraft_config', 'status']),
    search: decl230('spacecraft').search,
    ordering: { id: 'id' },
    viewName: 'Spacecraft',
  }),
  resource({
    path: 'spacecraft/flight',
    entity: 'spacecraft_flight',
    modes: { normal: 'SpacecraftFlight', detailed: 'SpacecraftFlightDetailed' },
    detailShape: 'SpacecraftFlightDetailed',
    filters: filtersOf('spacecraft_flights', ['spacecraft']),
    viewName: 'Spacecraft Flight',
  }),
  resource({
    path: 'spacestation',
    entity: 'space_station',
    modes: { normal: 'SpaceStation', detailed: 'SpaceStationDetailed' },
    detailShape: 'SpaceStationDetailed',
    filters: filtersOf('space_stations', ['docked_vehicles', 'id', 'name', 'onboard_crew', 'orbit', 'owner__ids', 'owners', 'status', 'status__ids', 'type']),
    search: decl230('space_stations').search,
    ordering: decl230('space_stations').ordering,
    viewName: 'Space Station',
  }),
  resource({
    path: 'spacewalks',
    entity: 'spacewalk',
    modes: { normal: 'SpacewalkNormal', detailed: 'SpacewalkDetailed' },
    detailShape: 'SpacewalkDetailed',
    filters: filtersOf('spacewalks', ['astronaut__ids', 'end', 'event__ids', 'id', 'ids', 'launch__ids', 'name', 'owner__ids', 'program__ids',
      'program__name', 'spacestation__ids', 'start']),
    search: decl230('spacewalks').search,
    ordering: decl230('spacewalks').ordering,
    defaultOrdering: decl230('spacewalks').defaultOrdering,
    viewName: 'Spacewalk',
  }),
  resource({
    path: 'updates',
    entity: 'update',
    modes: { normal: 'Update' },
    detailShape: 'Update',
    filters: filtersOf('updates', ['created_on', 'launch', 'launch__launch_service_provider', 'program']),
    search: { comment: 'comment' },
    ordering: decl230('updates').ordering,
    defaultOrdering: decl230('updates').defaultOrdering,
    viewName: 'Update',
  }),
];

/** The 2.2.0 endpoints; see src/resources/README.md. */
export const legacy220: ResourceDecl[] = [...configs, ...others];
