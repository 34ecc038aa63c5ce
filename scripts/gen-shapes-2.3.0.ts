/**
 * Writes src/serialize/v2.3.0/shapes.generated.ts: for each 2.3.0 schema we serve, the ordered keys
 * of the official contract (test/fixtures/openapi-2.3.0.contract.json) matched to the model.
 * A key the model cannot supply by name is written as `key@` (computed) and must appear in
 * src/serialize/v2.3.0/computed.ts. Run: npx tsx scripts/gen-shapes-2.3.0.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { model } from '../src/model/entities.ts';

/** Which entity each 2.3.0 schema serializes. */
export const schemaEntity: Record<string, string> = {
  AgencyDetailed: 'agency', AgencyEndpointDetailed: 'agency', AgencyMini: 'agency', AgencyNormal: 'agency', AgencyType: 'agency_type',
  AstronautDetailed: 'astronaut', AstronautEndpointDetailed: 'astronaut', AstronautEndpointNormal: 'astronaut',
  AstronautNormal: 'astronaut', AstronautFlight: 'astronaut_flight', AstronautRole: 'astronaut_role',
  AstronautStatus: 'astronaut_status', AstronautType: 'astronaut_type',
  CelestialBodyDetailed: 'celestial_body', CelestialBodyEndpointDetailed: 'celestial_body', CelestialBodyMini: 'celestial_body',
  CelestialBodyNormal: 'celestial_body', CelestialBodyType: 'celestial_body_type', Country: 'country',
  DockingEventDetailedSerializerForSpacestation: 'docking_event', DockingEventEndpointDetailed: 'docking_event',
  DockingEventEndpointNormal: 'docking_event', DockingEventForChaserNormal: 'docking_event',
  DockingLocation: 'docking_location', DockingLocationSerializerForSpacestation: 'docking_location',
  EventEndpointDetailed: 'event', EventEndpointList: 'event', EventEndpointNormal: 'event', EventMini: 'event', EventNormal: 'event',
  EventType: 'event_type',
  ExpeditionDetailed: 'expedition', ExpeditionMini: 'expedition', ExpeditionNormal: 'expedition', ExpeditionNormalSerializerForSpacewalk: 'expedition',
  FirstStageDetailedSerializerNoLanding: 'first_stage', FirstStageMini: 'first_stage', FirstStageNormal: 'first_stage',
  FirstStageNormalSerializerNoLanding: 'first_stage', FirstStageType: 'first_stage_type',
  Image: 'image', ImageLicense: 'image_license', ImageVariant: 'image_variant', ImageVariantType: 'image_variant_type',
  InfoURL: 'info_url', InfoURLType: 'info_url_type',
  Landing: 'landing', LandingEndpointDetailed: 'landing', LandingEndpointList: 'landing', LandingEndpointNormal: 'landing',
  LandingLocation: 'landing_location', LandingType: 'landing_type', Language: 'language',
  LaunchAndEventsDetailed: 'dashboard_section', LaunchAndEventsList: 'dashboard_section', LaunchAndEventsNormal: 'dashboard_section',
  LaunchBasic: 'launch', LaunchDetailed: 'launch', LaunchMini: 'launch', LaunchNormal: 'launch', LaunchStatus: 'launch_status',
  LauncherConfigDetailed: 'launcher_config', LauncherConfigDetailedSerializerNoManufacturer: 'launcher_config',
  LauncherConfigList: 'launcher_config', LauncherConfigNormal: 'launcher_config',
  LauncherConfigFamilyDetailed: 'launcher_config_family', LauncherConfigFamilyMini: 'launcher_config_family',
  LauncherConfigFamilyNormal: 'launcher_config_family',
  LauncherDetailed: 'launcher', LauncherMini: 'launcher', LauncherNormal: 'launcher', LauncherStatus: 'launcher_status',
  Location: 'location', LocationSerializerNoCelestialBody: 'location', LocationSerializerWithPads: 'location',
  Mission: 'mission', MissionPatch: 'mission_patch', MissionPatchDetailed: 'mission_patch', MissionType: 'mission_type',
  NetPrecision: 'net_precision', Notice: 'notice', NoticeType: 'notice_type', Orbit: 'orbit',
  Pad: 'pad', PadSerializerNoLocation: 'pad',
  PayloadDetailed: 'payload', PayloadMini: 'payload', PayloadNormal: 'payload', PayloadType: 'payload_type',
  PayloadFlightDetailed: 'payload_flight', PayloadFlightDetailedSerializerNoLanding: 'payload_flight',
  PayloadFlightMini: 'payload_flight', PayloadFlightMiniSerializerNoLanding: 'payload_flight',
  PayloadFlightNormal: 'payload_flight', PayloadFlightNormalSerializerNoLanding: 'payload_flight',
  PayloadFlightSerializerNoLaunch: 'payload_flight',
  ProgramMini: 'program', ProgramNormal: 'program', ProgramType: 'program_type',
  RoadClosure: 'road_closure', RoadClosureStatus: 'road_closure_status',
  RocketDetailed: 'rocket', RocketNormal: 'rocket', SocialMedia: 'social_media', SocialMediaLink: 'social_media_link',
  SpaceStationDetailed: 'space_station', SpaceStationDetailedEndpoint: 'space_station', SpaceStationEndpoint: 'space_station',
  SpaceStationMini: 'space_station', SpaceStationNormal: 'space_station',
  SpaceStationStatus: 'space_station_status', SpaceStationType: 'space_station_type',
  SpacecraftConfigDetailed: 'spacecraft_config', SpacecraftConfigNormal: 'spacecraft_config', SpacecraftConfigType: 'spacecraft_config_type',
  SpacecraftConfigFamilyDetailed: 'spacecraft_config_family', SpacecraftConfigFamilyEndpointDetailed: 'spacecraft_config_family',
  SpacecraftConfigFamilyMini: 'spacecraft_config_family', SpacecraftConfigFamilyNormal: 'spacecraft_config_family',
  SpacecraftDetailed: 'spacecraft', SpacecraftEndpointDetailed: 'spacecraft', SpacecraftNormal: 'spacecraft',
  SpacecraftStatus: 'spacecraft_status',
  SpacecraftFlightDetailed: 'spacecraft_flight', SpacecraftFlightDetailedSerializerNoLanding: 'spacecraft_flight',
  SpacecraftFlightDetailedSerializerNoLaunch: 'spacecraft_flight', SpacecraftFlightForDockingEvent: 'spacecraft_flight',
  SpacecraftFlightMini: 'spacecraft_flight', SpacecraftFlightMiniSerializerNoLanding: 'spacecraft_flight',
  SpacecraftFlightNormal: 'spacecraft_flight', SpacecraftFlightNormalSerializerNoLanding: 'spacecraft_flight',
  SpacewalkEndpointDetailed: 'spacewalk', SpacewalkEndpointNormal: 'spacewalk', SpacewalkList: 'spacewalk', SpacewalkNormal: 'spacewalk',
  StarshipDashboardDetailed: 'starship_dashboard', StarshipDashboardList: 'starship_dashboard', StarshipDashboardNormal: 'starship_dashboard',
  TimelineEvent: 'timeline_event', TimelineEventType: 'timeline_event_type', Update: 'update',
  VidURL: 'vid_url', VidURLType: 'vid_url_type', VidURLs: 'vid_url',
};

const contract = JSON.parse(readFileSync(new URL('../test/fixtures/openapi-2.3.0.contract.json', import.meta.url), 'utf8'));
const schemas = contract.components.schemas as Record<string, any>;
const refOf = (p: any): string | undefined => {
  const r = p.$ref ?? p.allOf?.[0]?.$ref ?? p.items?.$ref ?? p.items?.allOf?.[0]?.$ref;
  return r?.split('/').pop();
};

const lines: string[] = [];
const computed = new Set<string>();
for (const [schema, entityName] of Object.entries(schemaEntity).sort()) {
  const entity = model[entityName];
  const props = schemas[schema].properties as Record<string, any>;
  const tokens: string[] = [];
  for (const [key, p] of Object.entries(props)) {
    const ref = refOf(p);
    if (key === 'url' || key === 'response_mode') tokens.push(key);
    else if (ref && entity.relations[key]) tokens.push(`${key}:${ref}`);
    else if (key === 'id' || entity.fields[key]) tokens.push(key);
    else if (!ref && entity.relations[key]?.kind === 'one' && (model[(entity.relations[key] as any).target].fields.name)) tokens.push(`${key}=${key}.name`);
    else {
      tokens.push(`${key}@`);
      computed.add(`${schema}.${key}`);
    }
  }
  const mode = props.response_mode?.default;
  lines.push(`  ${schema}: ['${entityName}', ${JSON.stringify(tokens.join(' '))}${mode ? `, '${mode}'` : ''}],`);
}
writeFileSync(
  new URL('../src/serialize/v2.3.0/shapes.generated.ts', import.meta.url),
  `// Generated by scripts/gen-shapes-2.3.0.ts from the official 2.3.0 contract: the keys of each schema, in order.
export const shapes230: Record<string, [entity: string, fields: string, responseMode?: string]> = {
${lines.join('\n')}
};
`,
);
console.log(`${lines.length} shapes; computed keys: ${[...computed].join(', ') || 'none'}`);
