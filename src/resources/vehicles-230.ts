import type { Expression, SqlBool } from 'kysely';
import type { FilterContext } from '../api/filters.ts';
import { pathCondition } from '../api/model-path.ts';
import type { ResourceDecl } from '../api/resource.ts';
import { children, type Entity } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { bool, choices, CMP, date, datetime, ids, int, intContains, ints, resource, sameNames, TALLIES, text, textContains } from './define.ts';

/**
 * The 2.3.0 vehicle endpoints: launcher configuration families, launcher configurations, launchers,
 * landings, payloads, payload flights, spacecraft, spacecraft configuration families, spacecraft
 * configurations and spacecraft flights. Filters, search fields and orderings are the ones each
 * endpoint's description in the official contract lists.
 */

const tallyOrdering = sameNames(...TALLIES);

/**
 * The same view of an entity with one more to-many hop, for filters and search fields that LL2 spells
 * through a reverse foreign key the model does not declare (a payload's `payloadflight`). Only paths
 * (filters, search) read it; serializers keep using the model's own entity.
 */
function withReverse(entity: Entity, name: string, target: string, fk: string): Entity {
  return { ...entity, relations: { ...entity.relations, [name]: children(target, fk) } };
}

/* ------------------------------------------------------------------------------------------------ */

const launcherConfigurationFamilies = resource('2.3.0', 'launcher_configuration_families', 'launcher_config_family', {
  modes: { list: 'LauncherConfigFamilyMini', normal: 'LauncherConfigFamilyNormal', detailed: 'LauncherConfigFamilyDetailed' },
  detailShape: 'LauncherConfigFamilyDetailed',
  filters: [
    ...ints(...TALLIES),
    date('maiden_flight', CMP),
    textContains('manufacturer__abbrev'),
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
    int('manufacturer__id'),
    intContains('manufacturer__id', 'manufacturer.id'),
    textContains('manufacturer__name'),
    textContains('name'),
  ],
  search: { manufacturer__abbrev: 'manufacturer.abbrev', manufacturer__name: 'manufacturer.name', name: 'name' },
  ordering: { ...tallyOrdering, name: 'name' },
  help: {
    viewName: 'Launcher Configuration Family',
    filterExample: 'manufacturer__name=SpaceX',
    searchExample: 'Ariane',
    orderingExample: '-total_launch_count',
  },
});

const launcherConfigurations = resource('2.3.0', 'launcher_configurations', 'launcher_config', {
  modes: { list: 'LauncherConfigList', normal: 'LauncherConfigNormal', detailed: 'LauncherConfigDetailed' },
  detailShape: 'LauncherConfigDetailed',
  filters: [
    bool('active'),
    ...ints(...TALLIES),
    choices('families', 'families.id'),
    // on a to-many relation `contains` means "has this member" (DRF-SEMANTICS.md)
    choices('families__contains', 'families.id'),
    textContains('full_name'),
    bool('is_placeholder'),
    date('maiden_flight', CMP),
    textContains('manufacturer__name'),
    textContains('name'),
    choices('program', 'program.id'),
    choices('program__contains', 'program.id'),
  ],
  search: { full_name: 'full_name', manufacturer__abbrev: 'manufacturer.abbrev', manufacturer__name: 'manufacturer.name', name: 'name' },
  ordering: {
    ...tallyOrdering,
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

const launchers = resource('2.3.0', 'launchers', 'launcher', {
  modes: { list: 'LauncherMini', normal: 'LauncherNormal', detailed: 'LauncherDetailed' },
  detailShape: 'LauncherDetailed',
  filters: [
    ...ints('attempted_landings'),
    datetime('first_launch_date'),
    bool('flight_proven'),
    ...ints('flights'),
    int('id'),
    intContains('id', 'id'),
    bool('is_placeholder'),
    datetime('last_launch_date'),
    ids('launcher_config__ids', 'launcher_config.id'),
    textContains('launcher_config__manufacturer__name'),
    textContains('serial_number'),
    int('status', 'status.id'),
    ...ints('successful_landings'),
  ],
  search: { serial_number: 'serial_number', status__name: 'status.name' },
  ordering: sameNames('attempted_landings', 'flight_proven', 'flights', 'id', 'successful_landings'),
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

const landings = resource('2.3.0', 'landings', 'landing', {
  modes: { list: 'LandingEndpointList', normal: 'LandingEndpointNormal', detailed: 'LandingEndpointDetailed' },
  detailShape: 'LandingEndpointDetailed',
  filters: [
    bool('attempt'),
    { ...ids('firststage_launch__ids', undefined, 'uuid'), sql: (values, ctx) => firstStageLaunches(values, ctx) },
    ids('landing_location__ids', 'landing_location.id'),
    ids('landing_type__ids', 'type.id'),
    ids('launcher__ids', 'firststage.launcher.id'),
    ids('launcher_config__ids', 'firststage.launcher.launcher_config.id'),
    ids('launcher_serial_numbers', 'firststage.launcher.serial_number', 'text'),
    ids('spacecraft__ids', 'spacecraftflight.spacecraft.id'),
    ids('spacecraft_config__ids', 'spacecraftflight.spacecraft.spacecraft_config.id'),
    ids('spacecraft_launch__ids', 'spacecraftflight.launch.id', 'uuid'),
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

const payloads = resource('2.3.0', 'payloads', withReverse(model.payload, 'payloadflight', 'payload_flight', 'payload_id'), {
  modes: { list: 'PayloadMini', normal: 'PayloadNormal', detailed: 'PayloadDetailed' },
  detailShape: 'PayloadDetailed',
  filters: [
    int('manufacturer__id'),
    text('manufacturer__name'),
    text('name'),
    int('operator', 'operator.id'),
    int('operator__id'),
    text('operator__name'),
    int('program__id'),
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

const payloadFlights = resource('2.3.0', 'payload_flights', 'payload_flight', {
  modes: { list: 'PayloadFlightMini', normal: 'PayloadFlightNormal', detailed: 'PayloadFlightDetailed' },
  detailShape: 'PayloadFlightDetailed',
  filters: [int('payload', 'payload.id')],
  // LL2 names no search fields: DRF's SearchFilter then ignores ?search= (see the vehicles tests)
  search: {},
  // nor ordering fields: DRF's OrderingFilter then accepts the serializer's readable model fields
  ordering: { amount: 'amount', destination: 'destination', id: 'id' },
  help: { viewName: 'Payload Flight', filterExample: 'payload=2' },
});

const spacecraft = resource('2.3.0', 'spacecraft', 'spacecraft', {
  modes: { normal: 'SpacecraftNormal', detailed: 'SpacecraftEndpointDetailed' },
  detailShape: 'SpacecraftEndpointDetailed',
  filters: [
    bool('in_space'),
    bool('is_placeholder'),
    text('name'),
    int('spacecraft_config', 'spacecraft_config.id'),
    int('status', 'status.id'),
  ],
  search: { name: 'name', spacecraft_config__name: 'spacecraft_config.name' },
  ordering: sameNames('flights_count', 'id', 'mission_ends_count', 'time_docked', 'time_in_space'),
  help: { viewName: 'Spacecraft', filterExample: 'is_placeholder=True', searchExample: 'Endeavour', orderingExample: '-flights_count' },
});

const spacecraftConfigurationFamilies = resource('2.3.0', 'spacecraft_configuration_families', 'spacecraft_config_family', {
  modes: { list: 'SpacecraftConfigFamilyMini', normal: 'SpacecraftConfigFamilyNormal', detailed: 'SpacecraftConfigFamilyEndpointDetailed' },
  detailShape: 'SpacecraftConfigFamilyEndpointDetailed',
  filters: [
    int('manufacturer', 'manufacturer.id'),
    text('name'),
  ],
  search: { manufacturer__abbrev: 'manufacturer.abbrev', manufacturer__name: 'manufacturer.name', name: 'name' },
  ordering: { name: 'name' },
  help: { viewName: 'Spacecraft Configuration Family', filterExample: 'manufacturer=121', searchExample: 'Northrop', orderingExample: 'name' },
});

const spacecraftConfigurations = resource('2.3.0', 'spacecraft_configurations', 'spacecraft_config', {
  modes: { normal: 'SpacecraftConfigNormal', detailed: 'SpacecraftConfigDetailed' },
  detailShape: 'SpacecraftConfigDetailed',
  filters: [
    int('agency', 'agency.id'),
    bool('human_rated'),
    bool('in_use'),
    text('name'),
  ],
  search: { agency__abbrev: 'agency.abbrev', agency__name: 'agency.name', name: 'name' },
  ordering: { name: 'name' },
  help: { viewName: 'Spacecraft Configuration', filterExample: 'human_rated=True', searchExample: 'Dragon', orderingExample: 'name' },
});

const spacecraftFlights = resource('2.3.0', 'spacecraft_flights', 'spacecraft_flight', {
  modes: { normal: 'SpacecraftFlightNormal', detailed: 'SpacecraftFlightDetailed' },
  detailShape: 'SpacecraftFlightDetailed',
  filters: [int('spacecraft', 'spacecraft.id')],
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
