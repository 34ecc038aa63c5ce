import { sql, type SqlBool } from 'kysely';
import { containsCondition, type FilterDecl } from '../api/filters.ts';
import type { ResourceDecl } from '../api/resource.ts';
import { catalog230 } from './catalog-230.ts';
import { CONFIG_LOOKUPS } from './config/v2.3.0.ts';
import { configLookup, eachView, from230, int, ints, resource, TEXT, textContains } from './define.ts';
import { deriveStarshipDashboard } from './dashboard/derived.ts';
import { launches230 } from './launches/v2.3.0.ts';
import { stationsEvents230 } from './stations-events-230.ts';
import { vehicles230 } from './vehicles-230.ts';

/**
 * The 2.2.0 endpoints (reference/2.2.0-endpoints.md): singular paths, the 2.2.0 models (src/serialize/v2.2.0/).
 * Each is derived from its 2.3.0 twin (`from230`): the twin's filters, search, ordering and scope,
 * less the filters 2.2.0 lacks (`omit`), with the filters 2.2.0 names otherwise (`rename`) and its
 * own (`extra`); a name the twin does not have stops the start-up.
 */

const all230 = [...launches230, ...catalog230, ...vehicles230, ...stationsEvents230];
const twin = (path: string): ResourceDecl => {
  const d = all230.find((r) => r.path === path);
  if (!d) throw new Error(`no 2.3.0 declaration ${path}`);
  return d;
};

/** A number column compared as 2.2.0 did, as text (`founding_year__contains=19`, `latitude=28.5`). */
const asText = (name: string, table: string): FilterDecl => ({
  name,
  type: 'text',
  lookups: TEXT,
  sql: ([v], ctx, lookup) => {
    const col = sql`cast(${sql.ref(`${table}.${name}`)} as text)`;
    return lookup === 'contains' ? containsCondition(ctx, col, v, false) : ctx.eb(col, '=', v);
  },
});

/** 2.2.0-only launch parameters: `lsp__ids`/`pad__ids` (repeated), and switches that no longer change results. */
const launchExtra: FilterDecl[] = [
  { name: 'lsp__ids', type: 'int', list: 'repeat', path: 'launch_service_provider.id' },
  { name: 'pad__ids', type: 'int', list: 'repeat', path: 'pad.id' },
  { name: 'related', type: 'text', sql: () => null },
  { name: 'strict_filtering', type: 'text', sql: () => null },
  { name: 'r_spacex_api_id', type: 'text', sql: () => sql<SqlBool>`1 = 0` },
];

/** 2.3.0 launch filters that 2.2.0 does not have. */
const LAUNCH_OMIT = ['day', 'launch_designator', 'mission__agency__ids', 'mission__orbit__celestial_body__id', 'month',
  'pad__location__celestial_body__id', 'related_lsp__id', 'related_lsp__name', 'video_url', 'year'];

/** The lookup lists 2.2.0 serves: 2.3.0's, each at its entity's name without underscores (`config/agencytype/`). */
const CONFIG_220 = ['agency_type', 'astronaut_role', 'astronaut_status', 'astronaut_type', 'docking_location', 'event_type', 'first_stage_type',
  'landing_location', 'landing_type', 'launch_status', 'mission_type', 'net_precision', 'notice_type', 'orbit', 'road_closure_status',
  'spacecraft_status', 'space_station_status'];

const configs220: ResourceDecl[] = CONFIG_220.map((entity) => {
  const lookup = CONFIG_LOOKUPS.find(([, e]) => e === entity);
  if (!lookup) throw new Error(`2.2.0 config/${entity.replace(/_/g, '')}: 2.3.0 has no lookup list of ${entity}`);
  const [, , shape, label] = lookup;
  return configLookup('2.2.0', entity.replace(/_/g, ''), entity, shape, label);
});

/** The 2.2.0 endpoints; see src/resources/README.md. */
export const legacy220: ResourceDecl[] = [
  ...configs220,
  from230(twin('agencies'), 'agencies', {
    modes: { normal: 'Agency', detailed: 'AgencySerializerDetailed' },
    detailShape: 'AgencySerializerDetailed',
    omit: ['country_code', 'founding_year', 'id'],
    rename: { agency_type: 'type__id', parent: 'parent__id' },
    extra: [...ints('id'), asText('founding_year', 'agency'), textContains('administrator')],
    viewName: 'Agency',
  }),
  from230(twin('astronauts'), 'astronaut', {
    modes: { normal: 'AstronautNormal', detailed: 'AstronautDetailed' },
    detailShape: 'AstronautDetailed',
    omit: ['first_flight', 'last_flight', 'nationality'],
    viewName: 'Astronaut',
  }),
  from230(twin('launcher_configurations'), 'config/launcher', {
    modes: { normal: 'LauncherConfig', detailed: 'LauncherConfigDetail' },
    detailShape: 'LauncherConfigDetail',
    omit: ['attempted_landings', 'consecutive_successful_landings', 'failed_landings', 'successful_landings', 'families', 'families__contains',
      'is_placeholder', 'maiden_flight'],
    extra: [textContains('family', 'families.name')],
    viewName: 'Launcher Configuration',
  }),
  from230(twin('spacecraft_configurations'), 'config/spacecraft', {
    modes: { normal: 'SpacecraftConfiguration', detailed: 'SpacecraftConfigurationDetail' },
    detailShape: 'SpacecraftConfigurationDetail',
    rename: { manufacturer: 'agency' },
    viewName: 'Spacecraft Configuration',
  }),
  resource('2.2.0', 'dashboard/starship', 'starship_dashboard', {
    singleton: 1,
    derive: deriveStarshipDashboard,
    modes: { normal: 'StarshipDashboard' },
    detailShape: 'StarshipDashboard',
    help: { viewName: 'Starship Dashboard' },
  }),
  from230(twin('docking_events'), 'docking_event', {
    modes: { normal: 'DockingEvent', detailed: 'DockingEventDetailed' },
    detailShape: 'DockingEventDetailed',
    rename: { flight_vehicle__id: 'flight_vehicle_chaser__id', space_station__id: 'space_station_target__id' },
    search: { docking_location__name: 'docking_location.name', flight_vehicle__spacecraft__name: 'flight_vehicle_chaser.spacecraft.name' },
    viewName: 'Docking Event',
  }),
  ...eachView('event', (path, _view, suffix) =>
    from230(twin(`events${suffix}`), path, {
      modes: { normal: 'Events' },
      detailShape: 'Events',
      omit: ['agency__ids', 'date', 'day', 'last_updated', 'month', 'video_url', 'year'],
      ordering: {},
      viewName: 'Event',
    }),
  ),
  from230(twin('expeditions'), 'expedition', {
    modes: { normal: 'Expedition', detailed: 'ExpeditionDetail' },
    detailShape: 'ExpeditionDetail',
    omit: ['is_active'],
    viewName: 'Expedition',
  }),
  ...eachView('launch', (path, _view, suffix) => {
    const from = twin(`launches${suffix}`);
    return from230(from, path, {
      modes: { list: 'LaunchList', normal: 'LaunchSerializerCommon', detailed: 'LaunchDetailed' },
      detailShape: 'LaunchDetailed',
      omit: LAUNCH_OMIT,
      extra: launchExtra,
      search: Object.fromEntries(Object.entries(from.search).filter(([k]) => k !== 'launch_designator')),
      viewName: 'Launch',
    });
  }),
  from230(twin('launchers'), 'launcher', {
    modes: { normal: 'Launcher', detailed: 'LauncherDetail' },
    detailShape: 'LauncherDetail',
    omit: ['status'],
    viewName: 'Launcher',
  }),
  from230(twin('locations'), 'location', {
    modes: { normal: 'Location', detailed: 'LocationDetail' },
    detailShape: 'LocationDetail',
    omit: ['active', 'country_code', 'id'],
    extra: [...ints('id'), textContains('country_code', 'country.alpha_3_code')],
    search: { name: 'name' },
    ordering: {},
    viewName: 'Location',
  }),
  from230(twin('mission_patches'), 'mission_patch', {
    modes: { normal: 'MissionPatch' },
    detailShape: 'MissionPatch',
    viewName: 'Mission Patch',
  }),
  from230(twin('pads'), 'pad', {
    modes: { normal: 'Pad' },
    detailShape: 'Pad',
    omit: ['active', 'agencies_ids', 'latitude', 'longitude'],
    extra: [int('agency_id', 'agencies.id'), asText('latitude', 'pad'), asText('longitude', 'pad')],
    ordering: {},
    viewName: 'Pad',
  }),
  from230(twin('programs'), 'program', {
    modes: { normal: 'Program' },
    detailShape: 'Program',
    viewName: 'Program',
  }),
  from230(twin('spacecraft'), 'spacecraft', {
    modes: { normal: 'Spacecraft', detailed: 'SpacecraftDetailed' },
    detailShape: 'SpacecraftDetailed',
    omit: ['in_space', 'is_placeholder'],
    ordering: { id: 'id' },
    viewName: 'Spacecraft',
  }),
  from230(twin('spacecraft_flights'), 'spacecraft/flight', {
    modes: { normal: 'SpacecraftFlight', detailed: 'SpacecraftFlightDetailed' },
    detailShape: 'SpacecraftFlightDetailed',
    ordering: {},
    viewName: 'Spacecraft Flight',
  }),
  from230(twin('space_stations'), 'spacestation', {
    modes: { normal: 'SpaceStation', detailed: 'SpaceStationDetailed' },
    detailShape: 'SpaceStationDetailed',
    viewName: 'Space Station',
  }),
  from230(twin('spacewalks'), 'spacewalks', {
    modes: { normal: 'SpacewalkNormal', detailed: 'SpacewalkDetailed' },
    detailShape: 'SpacewalkDetailed',
    omit: ['day', 'month', 'year'],
    viewName: 'Spacewalk',
  }),
  from230(twin('updates'), 'updates', {
    modes: { normal: 'Update' },
    detailShape: 'Update',
    search: { comment: 'comment' },
    viewName: 'Update',
  }),
];
