import type { Expression, SqlBool } from 'kysely';
import { type FilterContext, type FilterDecl, type Lookup } from '../api/filters.ts';
import { pathCondition } from '../api/model-path.ts';
import type { Mode, ResourceDecl } from '../api/resource.ts';
import { children, type Entity } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { v230 } from '../serialize/v2.3.0/index.ts';

/**
 * The 2.3.0 vehicle endpoints: launcher configuration families, launcher configurations, launchers,
 * landings, payloads, payload flights, spacecraft, spacecraft configuration families, spacecraft
 * configurations and spacecraft flights. Filters, search fields and orderings are the ones each
 * endpoint's description in the official contract lists.
 */

const cmp: Lookup[] = ['exact', 'gt', 'gte', 'lt', 'lte'];

/** The launch and landing tallies LL2 keeps on launcher configurations and their families. */
const STATS = [
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
const statFilters: FilterDecl[] = STATS.map((name) => ({ name, type: 'int', lookups: cmp }));
const statOrdering: Record<string, string> = Object.fromEntries(STATS.map((s) => [s, s]));

/** A boolean column: the engine binds it as each database stores it. */
const bool = (name: string): FilterDecl => ({ name, type: 'bool' });

/** `__contains` on an integer (`id__contains=12`): Django, and the engine, match the number's text. */
const intContains = (name: string, path: string): FilterDecl => ({ name, type: 'number', lookups: ['contains'], path });

/** A ModelMultipleChoiceFilter (`families=1&families=2`): repeated keys of existing rows, OR-ed. */
const multiChoice = (name: string, path: string): FilterDecl => ({ name, type: 'int', list: 'repeat', choice: true, path });

/**
 * The same view of an entity with one more to-many hop, for filters and search fields that LL2 spells
 * through a reverse foreign key the model does not declare (a payload's `payloadflight`). Only paths
 * (filters, search) read it; serializers keep using the model's own entity.
 */
function withReverse(entity: Entity, name: string, target: string, fk: string): Entity {
  return { ...entity, relations: { ...entity.relations, [name]: children(target, fk) } };
}

interface Decl {
  path: string;
  entity: Entity;
  modes: Partial<Record<Mode, string>>;
  detailShape: string;
  filters: FilterDecl[];
  search: Record<string, string>;
  ordering: Record<string, string>;
  help: ResourceDecl['help'];
}

const resource = (d: Decl): ResourceDecl => ({
  version: '2.3.0',
  shapes: v230,
  defaultMode: 'normal',
  defaultOrdering: ['id'],
  ...d,
});

/* ------------------------------------------------------------------------------------------------ */

const launcherConfigurationFamilies = resource({
  path: 'launcher_configuration_families',
  entity: model.launcher_config_family,
  modes: { list: 'LauncherConfigFamilyMini', normal: 'LauncherConfigFamilyNormal', detailed: 'LauncherConfigFamilyDetailed' },
  detailShape: 'LauncherConfigFamilyDetailed',
  filters: [
    ...statFilters,
    { name: 'maiden_flight', type: 'date', lookups: cmp },
    { name: 'manufacturer__abbrev', type: 'text', lookups: ['exact', 'contains'] },
    {
      name: 'manufacturer__country_code',
      type: 'text',
      // the agency's own country code (generated data), or one of its countries (2.3.0 documents)
      sql: ([v], ctx) =>
        ctx.eb.or([
          pathCondition(ctx.eb, ctx.entity, 'manufacturer.country_code', (c) => ctx.eb(c, '=', v)),
          pathCondition(ctx.eb, ctx.entity, 'manufacturer.country.alpha_3_code', (c) => ctx.eb(c, '=', v)),
        ]),
    },
    { name: 'manufacturer__id', type: 'int' },
    intContains('manufacturer__id', 'manufacturer.id'),
    { name: 'manufacturer__name', type: 'text', lookups: ['exact', 'contains'] },
    { name: 'name', type: 'text', lookups: ['exact', 'contains'] },
  ],
  search: { manufacturer__abbrev: 'manufacturer.abbrev', manufacturer__name: 'manufacturer.name', name: 'name' },
  ordering: { ...statOrdering, name: 'name' },
  help: {
    viewName: 'Launcher Configuration Family',
    filterExample: 'manufacturer__name=SpaceX',
    searchExample: 'Ariane',
    orderingExample: '-total_launch_count',
  },
});

const launcherConfigurations = resource({
  path: 'launcher_configurations',
  entity: model.launcher_config,
  modes: { list: 'LauncherConfigList', normal: 'LauncherConfigNormal', detailed: 'LauncherConfigDetailed' },
  detailShape: 'LauncherConfigDetailed',
  filters: [
    bool('active'),
    ...statFilters,
    multiChoice('families', 'families.id'),
    // on a to-many relation `contains` means "has this member" (DRF-SEMANTICS.md)
    multiChoice('families__contains', 'families.id'),
    { name: 'full_name', type: 'text', lookups: ['exact', 'contains'] },
    bool('is_placeholder'),
    { name: 'maiden_flight', type: 'date', lookups: cmp },
    { name: 'manufacturer__name', type: 'text', lookups: ['exact', 'contains'] },
    { name: 'name', type: 'text', lookups: ['exact', 'contains'] },
    multiChoice('program', 'program.id'),
    multiChoice('program__contains', 'program.id'),
  ],
  search: { full_name: 'full_name', manufacturer__abbrev: 'manufacturer.abbrev', manufacturer__name: 'manufacturer.name', name: 'name' },
  ordering: {
    ...statOrdering,
    gto_capacity: 'gto_capacity',
    launch_cost: 'launch_cost',
    launch_mass: 'launch_mass',
    leo_capacity: 'leo_capacity',
    maiden_flight: 'maiden_flight',
    name: 'name',
  },
  help: {
    viewName: 'Launcher Configuration',
    filterExample: 'manufacturer__name=SpaceX',
    searchExample: 'Soyuz',
    orderingExample: '-total_launch_count',
  },
});

const launchers = resource({
  path: 'launchers',
  entity: model.launcher,
  modes: { list: 'LauncherMini', normal: 'LauncherNormal', detailed: 'LauncherDetailed' },
  detailShape: 'LauncherDetailed',
  filters: [
    { name: 'attempted_landings', type: 'int', lookups: cmp },
    { name: 'first_launch_date', type: 'datetime' },
    bool('flight_proven'),
    { name: 'flights', type: 'int', lookups: cmp },
    { name: 'id', type: 'int' },
    intContains('id', 'id'),
    bool('is_placeholder'),
    { name: 'last_launch_date', type: 'datetime' },
    { name: 'launcher_config__ids', type: 'int', list: 'csv', path: 'launcher_config.id' },
    { name: 'launcher_config__manufacturer__name', type: 'text', lookups: ['exact', 'contains'] },
    { name: 'serial_number', type: 'text', lookups: ['exact', 'contains'] },
    { name: 'status', type: 'int', path: 'status.id' },
    { name: 'successful_landings', type: 'int', lookups: cmp },
  ],
  search: { serial_number: 'serial_number', status__name: 'status.name' },
  ordering: {
    attempted_landings: 'attempted_landings',
    flight_proven: 'flight_proven',
    flights: 'flights',
    id: 'id',
    successful_landings: 'successful_landings',
  },
  help: { viewName: 'Launcher', filterExample: 'is_placeholder=True', searchExample: 'B1048', orderingExample: '-flights' },
});

/** Landings of first stages flown on one of these launches (a first stage's launch is its rocket's). */
const firstStageLaunches = (values: string[], ctx: FilterContext): Expression<SqlBool> =>
  ctx.eb(
    'landing.id',
    'in',
    ctx.eb
      .selectFrom('first_stage as fs')
      .select('fs.landing_id')
      .where('fs.rocket_id', 'in', ctx.eb.selectFrom('rocket as r').select('r.id').where('r.launch_id', 'in', values)),
  );

const landings = resource({
  path: 'landings',
  entity: model.landing,
  modes: { list: 'LandingEndpointList', normal: 'LandingEndpointNormal', detailed: 'LandingEndpointDetailed' },
  detailShape: 'LandingEndpointDetailed',
  filters: [
    bool('attempt'),
    { name: 'firststage_launch__ids', type: 'uuid', list: 'csv', sql: (values, ctx) => firstStageLaunches(values, ctx) },
    { name: 'landing_location__ids', type: 'int', list: 'csv', path: 'landing_location.id' },
    { name: 'landing_type__ids', type: 'int', list: 'csv', path: 'type.id' },
    { name: 'launcher__ids', type: 'int', list: 'csv', path: 'firststage.launcher.id' },
    { name: 'launcher_config__ids', type: 'int', list: 'csv', path: 'firststage.launcher.launcher_config.id' },
    { name: 'launcher_serial_numbers', type: 'text', list: 'csv', path: 'firststage.launcher.serial_number' },
    { name: 'spacecraft__ids', type: 'int', list: 'csv', path: 'spacecraftflight.spacecraft.id' },
    { name: 'spacecraft_config__ids', type: 'int', list: 'csv', path: 'spacecraftflight.spacecraft.spacecraft_config.id' },
    { name: 'spacecraft_launch__ids', type: 'uuid', list: 'csv', path: 'spacecraftflight.launch.id' },
    bool('success'),
  ],
  search: {
    firststage__launcher__launcher_config__name: 'firststage.launcher.launcher_config.name',
    firststage__launcher__serial_number: 'firststage.launcher.serial_number',
    firststage__rocket__launch__name: 'firststage.rocket.launch.name',
    landing_location__abbrev: 'landing_location.abbrev',
    landing_location__name: 'landing_location.name',
    spacecraftflight__rocket__launch__name: 'spacecraftflight.rocket.launch.name',
    spacecraftflight__spacecraft__name: 'spacecraftflight.spacecraft.name',
    spacecraftflight__spacecraft__serial_number: 'spacecraftflight.spacecraft.serial_number',
    spacecraftflight__spacecraft__spacecraft_config__name: 'spacecraftflight.spacecraft.spacecraft_config.name',
  },
  ordering: { downrange_distance: 'downrange_distance', id: 'id' },
  help: { viewName: 'Landing', filterExample: 'spacecraft__ids=39,37', searchExample: 'B1059', orderingExample: 'downrange_distance' },
});

const payloads = resource({
  path: 'payloads',
  entity: withReverse(model.payload, 'payloadflight', 'payload_flight', 'payload_id'),
  modes: { list: 'PayloadMini', normal: 'PayloadNormal', detailed: 'PayloadDetailed' },
  detailShape: 'PayloadDetailed',
  filters: [
    { name: 'manufacturer__id', type: 'int' },
    { name: 'manufacturer__name', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'operator', type: 'int', path: 'operator.id' },
    { name: 'operator__id', type: 'int' },
    { name: 'operator__name', type: 'text' },
    { name: 'program__id', type: 'int' },
  ],
  search: {
    manufacturer__name: 'manufacturer.name',
    name: 'name',
    operator__name: 'operator.name',
    payloadflight__destination: 'payloadflight.destination',
    payloadflight__rocket__launch__name: 'payloadflight.rocket.launch.name',
  },
  ordering: { id: 'id', name: 'name', payloadflight__rocket__launch__net: 'payloadflight.rocket.launch.net' },
  help: { viewName: 'Payload', filterExample: 'program__id=18', searchExample: 'EarthCare', orderingExample: '-payloadflight__rocket__launch__net' },
});

const payloadFlights = resource({
  path: 'payload_flights',
  entity: model.payload_flight,
  modes: { list: 'PayloadFlightMini', normal: 'PayloadFlightNormal', detailed: 'PayloadFlightDetailed' },
  detailShape: 'PayloadFlightDetailed',
  filters: [{ name: 'payload', type: 'int', path: 'payload.id' }],
  // LL2 names no search fields: DRF's SearchFilter then ignores ?search= (see the vehicles tests)
  search: {},
  // nor ordering fields: DRF's OrderingFilter then accepts the serializer's readable model fields
  ordering: { amount: 'amount', destination: 'destination', id: 'id' },
  help: { viewName: 'Payload Flight', filterExample: 'payload=2' },
});

const spacecraft = resource({
  path: 'spacecraft',
  entity: model.spacecraft,
  modes: { normal: 'SpacecraftNormal', detailed: 'SpacecraftEndpointDetailed' },
  detailShape: 'SpacecraftEndpointDetailed',
  filters: [
    bool('in_space'),
    bool('is_placeholder'),
    { name: 'name', type: 'text' },
    { name: 'spacecraft_config', type: 'int', path: 'spacecraft_config.id' },
    { name: 'status', type: 'int', path: 'status.id' },
  ],
  search: { name: 'name', spacecraft_config__name: 'spacecraft_config.name' },
  ordering: {
    flights_count: 'flights_count',
    id: 'id',
    mission_ends_count: 'mission_ends_count',
    time_docked: 'time_docked',
    time_in_space: 'time_in_space',
  },
  help: { viewName: 'Spacecraft', filterExample: 'is_placeholder=True', searchExample: 'Endeavour', orderingExample: '-flights_count' },
});

const spacecraftConfigurationFamilies = resource({
  path: 'spacecraft_configuration_families',
  entity: model.spacecraft_config_family,
  modes: { list: 'SpacecraftConfigFamilyMini', normal: 'SpacecraftConfigFamilyNormal', detailed: 'SpacecraftConfigFamilyEndpointDetailed' },
  detailShape: 'SpacecraftConfigFamilyEndpointDetailed',
  filters: [
    { name: 'manufacturer', type: 'int', path: 'manufacturer.id' },
    { name: 'name', type: 'text' },
  ],
  search: { manufacturer__abbrev: 'manufacturer.abbrev', manufacturer__name: 'manufacturer.name', name: 'name' },
  ordering: { name: 'name' },
  help: { viewName: 'Spacecraft Configuration Family', filterExample: 'manufacturer=121', searchExample: 'Northrop', orderingExample: 'name' },
});

const spacecraftConfigurations = resource({
  path: 'spacecraft_configurations',
  entity: model.spacecraft_config,
  modes: { normal: 'SpacecraftConfigNormal', detailed: 'SpacecraftConfigDetailed' },
  detailShape: 'SpacecraftConfigDetailed',
  filters: [
    { name: 'agency', type: 'int', path: 'agency.id' },
    bool('human_rated'),
    bool('in_use'),
    { name: 'name', type: 'text' },
  ],
  search: { agency__abbrev: 'agency.abbrev', agency__name: 'agency.name', name: 'name' },
  ordering: { name: 'name' },
  help: { viewName: 'Spacecraft Configuration', filterExample: 'human_rated=True', searchExample: 'Dragon', orderingExample: 'name' },
});

const spacecraftFlights = resource({
  path: 'spacecraft_flights',
  entity: model.spacecraft_flight,
  modes: { normal: 'SpacecraftFlightNormal', detailed: 'SpacecraftFlightDetailed' },
  detailShape: 'SpacecraftFlightDetailed',
  filters: [{ name: 'spacecraft', type: 'int', path: 'spacecraft.id' }],
  search: {},
  ordering: { destination: 'destination', id: 'id', mission_end: 'mission_end' },
  help: { viewName: 'Spacecraft Flight', filterExample: 'spacecraft=289' },
});

/** 2.3.0 endpoints of this group; see src/resources/README.md. */
export const vehicles230: ResourceDecl[] = [
  launcherConfigurationFamilies,
  launcherConfigurations,
  launchers,
  landings,
  payloads,
  payloadFlights,
  spacecraft,
  spacecraftConfigurationFamilies,
  spacecraftConfigurations,
  spacecraftFlights,
];
