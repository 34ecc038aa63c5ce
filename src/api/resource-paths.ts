/**
 * Where each entity's objects live in each API version (the path between the version and the id).
 * Used to build hyperlinked `url` fields and to recognise the kind of an imported object.
 */
export type ApiVersion = '2.0.0' | '2.2.0' | '2.3.0';

export const resourcePaths: Record<string, Partial<Record<ApiVersion, string>>> = {
  launch: { '2.3.0': 'launches', '2.2.0': 'launch', '2.0.0': 'launch' },
  agency: { '2.3.0': 'agencies', '2.2.0': 'agencies', '2.0.0': 'agencies' },
  pad: { '2.3.0': 'pads', '2.2.0': 'pad', '2.0.0': 'pad' },
  location: { '2.3.0': 'locations', '2.2.0': 'location', '2.0.0': 'location' },
  program: { '2.3.0': 'programs', '2.2.0': 'program', '2.0.0': 'program' },
  launcher_config: { '2.3.0': 'launcher_configurations', '2.2.0': 'config/launcher', '2.0.0': 'config/launcher' },
  launcher_config_family: { '2.3.0': 'launcher_configuration_families' },
  launcher: { '2.3.0': 'launchers', '2.2.0': 'launcher', '2.0.0': 'launcher' },
  astronaut: { '2.3.0': 'astronauts', '2.2.0': 'astronaut', '2.0.0': 'astronaut' },
  space_station: { '2.3.0': 'space_stations', '2.2.0': 'spacestation', '2.0.0': 'spacestation' },
  spacecraft: { '2.3.0': 'spacecraft', '2.2.0': 'spacecraft', '2.0.0': 'spacecraft' },
  spacecraft_config: { '2.3.0': 'spacecraft_configurations', '2.2.0': 'config/spacecraft', '2.0.0': 'config/spacecraft' },
  spacecraft_config_family: { '2.3.0': 'spacecraft_configuration_families' },
  spacecraft_flight: { '2.3.0': 'spacecraft_flights', '2.2.0': 'spacecraft/flight', '2.0.0': 'spacecraft/flight' },
  payload: { '2.3.0': 'payloads' },
  payload_flight: { '2.3.0': 'payload_flights' },
  landing: { '2.3.0': 'landings', '2.2.0': 'landing' },
  docking_event: { '2.3.0': 'docking_events', '2.2.0': 'docking_event', '2.0.0': 'docking_event' },
  mission_patch: { '2.3.0': 'mission_patches', '2.2.0': 'mission_patch' },
  celestial_body: { '2.3.0': 'celestial_bodies' },
  event: { '2.3.0': 'events', '2.2.0': 'event', '2.0.0': 'event' },
  expedition: { '2.3.0': 'expeditions', '2.2.0': 'expedition', '2.0.0': 'expedition' },
  spacewalk: { '2.3.0': 'spacewalks', '2.2.0': 'spacewalks' },
};

/** Path segments that list the same objects under another name (upcoming/previous launches). */
export const pathAliases: Record<string, string> = {
  'launches/upcoming': 'launches',
  'launches/previous': 'launches',
  'launch/upcoming': 'launch',
  'launch/previous': 'launch',
  'events/upcoming': 'events',
  'events/previous': 'events',
  'event/upcoming': 'event',
  'event/previous': 'event',
};
