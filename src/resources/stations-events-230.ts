import type { FilterDecl } from '../api/filters.ts';
import type { ResourceDecl } from '../api/resource.ts';
import { choices, CMP, datePart, datetime, ids, int, ints, RANGE, resource, sameNames, text, textContains } from './define.ts';
import { events230 } from './events/v2.3.0.ts';
import { isoSeconds } from './launches/filters.ts';

/**
 * 2.3.0 endpoints of this group (see src/resources/README.md): events (and their upcoming/previous
 * lists, in ./events/), expeditions, spacewalks, docking events, space stations and updates.
 */

const expeditions = resource('2.3.0', 'expeditions', 'expedition', {
  modes: { normal: 'ExpeditionNormal', detailed: 'ExpeditionDetailed' },
  detailShape: 'ExpeditionDetailed',
  filters: [
    int('crew__astronaut', 'crew.astronaut.id'),
    int('crew__astronaut__agency', 'crew.astronaut.agency.id'),
    datetime('end', RANGE),
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
    text('name'),
    int('space_station', 'spacestation.id'),
    datetime('start', RANGE),
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

const spacewalks = resource('2.3.0', 'spacewalks', 'spacewalk', {
  modes: { list: 'SpacewalkList', normal: 'SpacewalkEndpointNormal', detailed: 'SpacewalkEndpointDetailed' },
  detailShape: 'SpacewalkEndpointDetailed',
  filters: [
    ids('astronaut__ids', 'crew.astronaut.id'),
    datePart('spacewalk.start', 'day'),
    datetime('end', CMP),
    ids('event__ids', 'event.id'),
    int('id'),
    ids('ids', 'id'),
    ids('launch__ids', 'spacecraft_flight.launch.id', 'uuid'),
    datePart('spacewalk.start', 'month'),
    textContains('name'),
    // the agencies owning the station the spacewalk was made from
    ids('owner__ids', 'spacestation.owners.id'),
    ids('program__ids', 'program.id'),
    textContains('program__name', 'program.name'),
    ids('spacestation__ids', 'spacestation.id'),
    datetime('start', RANGE),
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

const dockingEvents = resource('2.3.0', 'docking_events', 'docking_event', {
  modes: { normal: 'DockingEventEndpointNormal', detailed: 'DockingEventEndpointDetailed' },
  detailShape: 'DockingEventEndpointDetailed',
  filters: [
    datetime('docking', RANGE),
    int('docking_location__id'),
    int('flight_vehicle_chaser__id'),
    int('space_station_target__id'),
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
  ...ints('docked_vehicles'),
  int('id'),
  textContains('name'),
  ...ints('onboard_crew'),
  {
    // LL2 keeps a station's orbit as a key of its orbits (serialized as the orbit's name): the value
    // is that orbit's id, and our station keeps the name
    name: 'orbit',
    type: 'int',
    sql: (values, { eb }) => eb('space_station.orbit', 'in', eb.selectFrom('orbit').select('orbit.name').where('orbit.id', 'in', values)),
  },
  ids('owner__ids', 'owners.id'),
  choices('owners', 'owners.id'),
  int('status', 'status.id'),
  ids('status__ids', 'status.id'),
  int('type', 'type.id'),
];

const spaceStations = resource('2.3.0', 'space_stations', 'space_station', {
  modes: { normal: 'SpaceStationEndpoint', detailed: 'SpaceStationDetailedEndpoint' },
  detailShape: 'SpaceStationDetailedEndpoint',
  filters: stationFilters,
  search: { name: 'name', owners__abbrev: 'owners.abbrev', owners__name: 'owners.name' },
  ordering: { ...sameNames('docked_vehicles', 'founded', 'id', 'name', 'onboard_crew'), status: 'status_id', type: 'type_id', volume: 'volume' },
  help: { viewName: 'Space Station', filterExample: 'onboard_crew__gte=1', searchExample: 'Salyut', orderingExample: 'founded' },
});

/**
 * Updates: LL2 documents `?search=` here without naming fields (the view has none, so it changes
 * nothing), and lists the newest first.
 */
const updates = resource('2.3.0', 'updates', 'update', {
  modes: { normal: 'Update' },
  detailShape: 'Update',
  filters: [
    datetime('created_on'),
    { name: 'launch', type: 'uuid', path: 'launch.id' },
    int('launch__launch_service_provider', 'launch.launch_service_provider.id'),
    int('program', 'program.id'),
  ],
  ordering: { created_on: 'created_on' },
  defaultOrdering: ['-created_on'],
  help: { viewName: 'Update', filterExample: 'launch__launch_service_provider=121', orderingExample: '-created_on' },
});

/** 2.3.0 endpoints of this group; see src/resources/README.md. */
export const stationsEvents230: ResourceDecl[] = [...events230, expeditions, spacewalks, dockingEvents, spaceStations, updates];
