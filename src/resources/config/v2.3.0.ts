import type { ResourceDecl } from '../../api/resource.ts';
import { model } from '../../model/entities.ts';
import { v230 } from '../../serialize/v2.3.0/index.ts';

/**
 * The 29 `/2.3.0/config/*` lookup lists. LL2 documents `search` and `ordering` on them without naming
 * fields; they search and sort by the lookup's name (its role or abbreviation where it has no name).
 */
function config(path: string, entity: string, shape: string, label = 'name'): ResourceDecl {
  const e = model[entity];
  return {
    version: '2.3.0',
    path: `config/${path}`,
    entity: e,
    modes: { normal: shape },
    defaultMode: 'normal',
    detailShape: shape,
    shapes: v230,
    filters: [],
    search: { [label]: label },
    ordering: { id: 'id', [label]: label },
    defaultOrdering: ['id'],
    help: { viewName: shape },
  };
}

export const config230: ResourceDecl[] = [
  config('agency_types', 'agency_type', 'AgencyType'),
  config('astronaut_roles', 'astronaut_role', 'AstronautRole', 'role'),
  config('astronaut_statuses', 'astronaut_status', 'AstronautStatus'),
  config('astronaut_types', 'astronaut_type', 'AstronautType'),
  config('celestial_body_types', 'celestial_body_type', 'CelestialBodyType'),
  config('countries', 'country', 'Country'),
  config('docking_locations', 'docking_location', 'DockingLocation'),
  config('event_types', 'event_type', 'EventType'),
  config('first_stage_types', 'first_stage_type', 'FirstStageType'),
  config('image_licenses', 'image_license', 'ImageLicense'),
  config('image_variant_types', 'image_variant_type', 'ImageVariantType'),
  config('infourl_types', 'info_url_type', 'InfoURLType'),
  config('landing_locations', 'landing_location', 'LandingLocation'),
  config('landing_types', 'landing_type', 'LandingType'),
  config('languages', 'language', 'Language'),
  config('launch_statuses', 'launch_status', 'LaunchStatus'),
  config('launcher_statuses', 'launcher_status', 'LauncherStatus'),
  config('mission_types', 'mission_type', 'MissionType'),
  config('net_precisions', 'net_precision', 'NetPrecision'),
  config('notice_types', 'notice_type', 'NoticeType'),
  config('orbits', 'orbit', 'Orbit'),
  config('payload_types', 'payload_type', 'PayloadType'),
  config('program_types', 'program_type', 'ProgramType'),
  config('road_closure_statuses', 'road_closure_status', 'RoadClosureStatus'),
  config('space_station_statuses', 'space_station_status', 'SpaceStationStatus'),
  config('spacecraft_configuration_types', 'spacecraft_config_type', 'SpacecraftConfigType'),
  config('spacecraft_statuses', 'spacecraft_status', 'SpacecraftStatus'),
  config('timeline_event_types', 'timeline_event_type', 'TimelineEventType', 'abbrev'),
  config('vidurl_types', 'vid_url_type', 'VidURLType'),
];
