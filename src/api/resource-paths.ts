/**
 * Where each entity's objects live in each API version (the path between the version and the id).
 * Used to build hyperlinked `url` fields and to recognise the kind of an imported object.
 */
export type ApiVersion = '2.0.0' | '2.1.0' | '2.2.0' | '2.3.0';

/** Served by every version: at `current` in 2.3.0 and at `legacy` (the singular LL2 used before) in 2.2.0, 2.1.0 and 2.0.0. */
const everywhere = (current: string, legacy = current): Partial<Record<ApiVersion, string>> => ({ '2.3.0': current, '2.2.0': legacy, '2.1.0': legacy, '2.0.0': legacy });

export const resourcePaths: Record<string, Partial<Record<ApiVersion, string>>> = {
  launch: everywhere('launches', 'launch'),
  agency: everywhere('agencies'),
  pad: everywhere('pads', 'pad'),
  location: everywhere('locations', 'location'),
  program: everywhere('programs', 'program'),
  launcher_config: everywhere('launcher_configurations', 'config/launcher'),
  launcher_config_family: { '2.3.0': 'launcher_configuration_families' },
  launcher: everywhere('launchers', 'launcher'),
  astronaut: everywhere('astronauts', 'astronaut'),
  space_station: everywhere('space_stations', 'spacestation'),
  spacecraft: everywhere('spacecraft'),
  spacecraft_config: everywhere('spacecraft_configurations', 'config/spacecraft'),
  spacecraft_config_family: { '2.3.0': 'spacecraft_configuration_families' },
  spacecraft_flight: everywhere('spacecraft_flights', 'spacecraft/flight'),
  payload: { '2.3.0': 'payloads' },
  payload_flight: { '2.3.0': 'payload_flights' },
  landing: { '2.3.0': 'landings', '2.2.0': 'landing' },
  docking_event: everywhere('docking_events', 'docking_event'),
  mission_patch: { '2.3.0': 'mission_patches', '2.2.0': 'mission_patch' },
  celestial_body: { '2.3.0': 'celestial_bodies' },
  event: everywhere('events', 'event'),
  expedition: everywhere('expeditions', 'expedition'),
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
