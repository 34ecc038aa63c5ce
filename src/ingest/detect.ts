/** Which entity and API version a JSON object belongs to, read from its own `url`. */

export type ApiVersion = '2.0.0' | '2.2.0' | '2.3.0';

/** Resource path (between the version and the id) → entity, for every version we read. */
const resourceEntity: Record<string, string> = {
  // 2.3.0 names
  launches: 'launch',
  'launches/upcoming': 'launch',
  'launches/previous': 'launch',
  agencies: 'agency',
  pads: 'pad',
  locations: 'location',
  programs: 'program',
  launcher_configurations: 'launcher_config',
  launcher_configuration_families: 'launcher_config_family',
  launchers: 'launcher',
  astronauts: 'astronaut',
  space_stations: 'space_station',
  spacecraft: 'spacecraft',
  spacecraft_configurations: 'spacecraft_config',
  spacecraft_configuration_families: 'spacecraft_config_family',
  spacecraft_flights: 'spacecraft_flight',
  payloads: 'payload',
  payload_flights: 'payload_flight',
  landings: 'landing',
  docking_events: 'docking_event',
  mission_patches: 'mission_patch',
  celestial_bodies: 'celestial_body',
  // 2.0.0 / 2.2.0 names
  launch: 'launch',
  'launch/upcoming': 'launch',
  'launch/previous': 'launch',
  pad: 'pad',
  location: 'location',
  program: 'program',
  'config/launcher': 'launcher_config',
  'config/spacecraft': 'spacecraft_config',
  launcher: 'launcher',
  astronaut: 'astronaut',
  spacestation: 'space_station',
  'spacecraft/flight': 'spacecraft_flight',
  docking_event: 'docking_event',
  mission_patch: 'mission_patch',
};

const URL_RE = /\/(2\.\d\.\d)\/(.+?)\/[^/]+\/(?:\?.*)?$/;

export function detectFromUrl(url: unknown): { version: ApiVersion; entity: string } | null {
  if (typeof url !== 'string') return null;
  const m = URL_RE.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
  if (!m) return null;
  const entity = resourceEntity[m[2]];
  if (!entity) return null;
  const version = m[1] === '2.3.0' ? '2.3.0' : m[1] === '2.0.0' ? '2.0.0' : '2.2.0';
  return { version, entity };
}
