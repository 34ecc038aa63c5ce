import type { FilterDecl, Lookup } from '../api/filters.ts';
import type { ResourceDecl } from '../api/resource.ts';
import { model } from '../model/entities.ts';
import { v230 } from '../serialize/v2.3.0/index.ts';
import { datePart, events230 } from './events/v2.3.0.ts';
import { isoSeconds } from './launches/filters.ts';

/**
 * 2.3.0 endpoints of this group (see src/resources/README.md): events (and their upcoming/previous
 * lists, in ./events/), expeditions, spacewalks, docking events, space stations and updates.
 */

const cmp: Lookup[] = ['exact', 'gt', 'gte', 'lt', 'lte'];
const range: Lookup[] = ['gt', 'gte', 'lt', 'lte'];

/** A resource without upcoming/previous: listed by id unless `extra` says otherwise. */
function resource(path: string, entity: keyof typeof model, extra: Omit<Partial<ResourceDecl>, 'help'> & Pick<ResourceDecl, 'modes' | 'detailShape' | 'help'>): ResourceDecl {
  return {
    version: '2.3.0',
    path,
    entity: model[entity],
    defaultMode: 'normal',
    shapes: v230,
    filters: [],
    search: {},
    ordering: {},
    defaultOrdering: ['id'],
    ...extra,
  };
}

const expeditions = resource('expeditions', 'expedition', {
  modes: { normal: 'ExpeditionNormal', detailed: 'ExpeditionDetailed' },
  detailShape: 'ExpeditionDetailed',
  filters: [
    { name: 'crew__astronaut', type: 'int', path: 'crew.astronaut.id' },
    { name: 'crew__astronaut__agency', type: 'int', path: 'crew.astronaut.agency.id' },
    { name: 'end', type: 'datetime', lookups: range },
    {
      // under way: started, and not ended yet (no end, or an end still to come)
      name: 'is_active',
      type: 'bool',
      sql: ([v], { eb, now }) => {
        const at = isoSeconds(now);
        const active = eb.and([eb('expedition.start', '<=', at), eb.or([eb('expedition.end', 'is', null), eb('expedition.end', '>', at)])]);
        return v ? active : eb.not(active);
      },
    },
    { name: 'name', type: 'text' },
    { name: 'space_station', type: 'int', path: 'spacestation.id' },
    { name: 'start', type: 'datetime', lookups: range },
  ],
  search: {
    crew__astronaut__agency__abbrev: 'crew.astronaut.agency.abbrev',
    crew__astronaut__agency__name: 'crew.astronaut.agency.name',
    crew__astronaut__name: 'crew.astronaut.name',
    crew__astronaut__nationality__nationality_name: 'crew.astronaut.nationality.nationality_name',
    name: 'name',
  },
  ordering: { end: 'end', id: 'id', start: 'start' },
  help: { viewName: 'Expedition', filterExample: 'space_station=18', searchExample: 'Kelly', orderingExample: '-start' },
});

const spacewalks = resource('spacewalks', 'spacewalk', {
  modes: { list: 'SpacewalkList', normal: 'SpacewalkEndpointNormal', detailed: 'SpacewalkEndpointDetailed' },
  detailShape: 'SpacewalkEndpointDetailed',
  filters: [
    { name: 'astronaut__ids', type: 'int', list: 'csv', path: 'crew.astronaut.id' },
    datePart('spacewalk.start', 'day'),
    { name: 'end', type: 'datetime', lookups: cmp },
    { name: 'event__ids', type: 'int', list: 'csv', path: 'event.id' },
    { name: 'id', type: 'int' },
    { name: 'ids', type: 'int', list: 'csv', path: 'id' },
    { name: 'launch__ids', type: 'uuid', list: 'csv', path: 'spacecraft_flight.launch.id' },
    datePart('spacewalk.start', 'month'),
    { name: 'name', type: 'text', lookups: ['exact', 'contains'] },
    // the agencies owning the station the spacewalk was made from
    { name: 'owner__ids', type: 'int', list: 'csv', path: 'spacestation.owners.id' },
    { name: 'program__ids', type: 'int', list: 'csv', path: 'program.id' },
    { name: 'program__name', type: 'text', lookups: ['exact', 'contains'], path: 'program.name' },
    { name: 'spacestation__ids', type: 'int', list: 'csv', path: 'spacestation.id' },
    { name: 'start', type: 'datetime', lookups: range },
    datePart('spacewalk.start', 'year'),
  ],
  search: {
    crew__astronaut__name: 'crew.astronaut.name',
    location: 'location',
    name: 'name',
    program__name: 'program.name',
  },
  ordering: { duration: 'duration', end: 'end', id: 'id', name: 'name', start: 'start' },
  help: { viewName: 'Spacewalk', filterExample: 'program__name=Apollo', searchExample: 'Hubble', orderingExample: '-duration' },
});

const dockingEvents = resource('docking_events', 'docking_event', {
  modes: { normal: 'DockingEventEndpointNormal', detailed: 'DockingEventEndpointDetailed' },
  detailShape: 'DockingEventEndpointDetailed',
  filters: [
    { name: 'docking', type: 'datetime', lookups: range },
    { name: 'docking_location__id', type: 'int' },
    { name: 'flight_vehicle_chaser__id', type: 'int' },
    { name: 'space_station_target__id', type: 'int' },
  ],
  search: {
    docking_location__name: 'docking_location.name',
    flight_vehicle_chaser__spacecraft__name: 'flight_vehicle_chaser.spacecraft.name',
    flight_vehicle_target__spacecraft__name: 'flight_vehicle_target.spacecraft.name',
    payload_flight_chaser__payload__name: 'payload_flight_chaser.payload.name',
    payload_flight_target__payload__name: 'payload_flight_target.payload.name',
    space_station_chaser__name: 'space_station_chaser.name',
    space_station_target__name: 'space_station_target.name',
  },
  ordering: { departure: 'departure', docking: 'docking' },
  help: { viewName: 'Docking Event', filterExample: 'space_station_target__id=6', searchExample: 'Salyut', orderingExample: '-docking' },
});

const stationFilters: FilterDecl[] = [
  { name: 'docked_vehicles', type: 'int', lookups: cmp },
  { name: 'id', type: 'int' },
  { name: 'name', type: 'text', lookups: ['exact', 'contains'] },
  { name: 'onboard_crew', type: 'int', lookups: cmp },
  {
    // LL2 keeps a station's orbit as a key of its orbits (serialized as the orbit's name): the value
    // is that orbit's id, and our station keeps the name
    name: 'orbit',
    type: 'int',
    sql: (values, { eb }) => eb('space_station.orbit', 'in', eb.selectFrom('orbit').select('orbit.name').where('orbit.id', 'in', values)),
  },
  { name: 'owner__ids', type: 'int', list: 'csv', path: 'owners.id' },
  { name: 'owners', type: 'int', list: 'repeat', path: 'owners.id', choice: true },
  { name: 'status', type: 'int', path: 'status.id' },
  { name: 'status__ids', type: 'int', list: 'csv', path: 'status.id' },
  { name: 'type', type: 'int', path: 'type.id' },
];

const spaceStations = resource('space_stations', 'space_station', {
  modes: { normal: 'SpaceStationEndpoint', detailed: 'SpaceStationDetailedEndpoint' },
  detailShape: 'SpaceStationDetailedEndpoint',
  filters: stationFilters,
  search: { name: 'name', owners__abbrev: 'owners.abbrev', owners__name: 'owners.name' },
  ordering: {
    docked_vehicles: 'docked_vehicles',
    founded: 'founded',
    id: 'id',
    name: 'name',
    onboard_crew: 'onboard_crew',
    status: 'status_id',
    type: 'type_id',
    volume: 'volume',
  },
  help: { viewName: 'Space Station', filterExample: 'onboard_crew__gte=1', searchExample: 'Salyut', orderingExample: 'founded' },
});

/**
 * Updates: LL2 documents `?search=` here without naming fields (the view has none, so it changes
 * nothing), and lists the newest first.
 */
const updates = resource('updates', 'update', {
  modes: { normal: 'Update' },
  detailShape: 'Update',
  filters: [
    { name: 'created_on', type: 'datetime' },
    { name: 'launch', type: 'uuid', path: 'launch.id' },
    { name: 'launch__launch_service_provider', type: 'int', path: 'launch.launch_service_provider.id' },
    { name: 'program', type: 'int', path: 'program.id' },
  ],
  ordering: { created_on: 'created_on' },
  defaultOrdering: ['-created_on'],
  help: { viewName: 'Update', filterExample: 'launch__launch_service_provider=121', orderingExample: '-created_on' },
});

/** 2.3.0 endpoints of this group; see src/resources/README.md. */
export const stationsEvents230: ResourceDecl[] = [...events230, expeditions, spacewalks, dockingEvents, spaceStations, updates];
