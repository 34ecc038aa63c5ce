import type { ResourceDecl } from '../../api/resource.ts';
import { configLookup } from '../define.ts';

/**
 * The 29 `/2.3.0/config/*` lookup lists: path, entity, shape, and the label they search and sort by
 * where it is not the name (a role, an abbreviation). 2.2.0 serves some of them too (legacy-220.ts).
 */
export const CONFIG_LOOKUPS: Array<[path: string, entity: string, shape: string, label?: string]> = [
  ['agency_types', 'agency_type', 'AgencyType'],
  ['astronaut_roles', 'astronaut_role', 'AstronautRole', 'role'],
  ['astronaut_statuses', 'astronaut_status', 'AstronautStatus'],
  ['astronaut_types', 'astronaut_type', 'AstronautType'],
  ['celestial_body_types', 'celestial_body_type', 'CelestialBodyType'],
  ['countries', 'country', 'Country'],
  ['docking_locations', 'docking_location', 'DockingLocation'],
  ['event_types', 'event_type', 'EventType'],
  ['first_stage_types', 'first_stage_type', 'FirstStageType'],
  ['image_licenses', 'image_license', 'ImageLicense'],
  ['image_variant_types', 'image_variant_type', 'ImageVariantType'],
  ['infourl_types', 'info_url_type', 'InfoURLType'],
  ['landing_locations', 'landing_location', 'LandingLocation'],
  ['landing_types', 'landing_type', 'LandingType'],
  ['languages', 'language', 'Language'],
  ['launch_statuses', 'launch_status', 'LaunchStatus'],
  ['launcher_statuses', 'launcher_status', 'LauncherStatus'],
  ['mission_types', 'mission_type', 'MissionType'],
  ['net_precisions', 'net_precision', 'NetPrecision'],
  ['notice_types', 'notice_type', 'NoticeType'],
  ['orbits', 'orbit', 'Orbit'],
  ['payload_types', 'payload_type', 'PayloadType'],
  ['program_types', 'program_type', 'ProgramType'],
  ['road_closure_statuses', 'road_closure_status', 'RoadClosureStatus'],
  ['space_station_statuses', 'space_station_status', 'SpaceStationStatus'],
  ['spacecraft_configuration_types', 'spacecraft_config_type', 'SpacecraftConfigType'],
  ['spacecraft_statuses', 'spacecraft_status', 'SpacecraftStatus'],
  ['timeline_event_types', 'timeline_event_type', 'TimelineEventType', 'abbrev'],
  ['vidurl_types', 'vid_url_type', 'VidURLType'],
];

export const config230: ResourceDecl[] = CONFIG_LOOKUPS.map(([path, entity, shape, label]) => configLookup('2.3.0', path, entity, shape, label));
