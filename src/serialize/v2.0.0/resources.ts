import { dockingLaunchId, firstUrl, imageUrl } from '../computed-helpers.ts';
import type { Computed } from '../serializer.ts';

/**
 * The 2.0.0 serializers of the endpoints beyond launches (agencies, astronaut, config/*, docking_event,
 * event, expedition, launcher, location, pad, program, spacecraft, spacecraft/flight, spacestation).
 * Nested shapes shared with the launch serializers (AgencyMini, AgencyCommon, AgencyDetailed, Pad,
 * Location, Program, Launcher, LauncherConfigList/Detailed, Astronaut, AstronautFlight, Spacecraft,
 * SpacecraftConfig, SpaceStation, DockingEvent) are reused from shapes.ts. Sources: seed 003 (the
 * spacecraft flight list: SpacecraftFlight, SpacecraftWithConfig, SpacecraftConfigMini), the live
 * `/2.0.0/spacecraft/16/` page (Spacecraft with the detailed configuration) and the SLN api/v350
 * serializers for the rest.
 */
export const resourceShapes200: Record<string, [entity: string, fields: string]> = {
  // --- agencies (AgencySerializer for lists, AgencySerializerDetailed for detailed and /{id}/)
  AgencyEndpointDetailed200: [
    'agency',
    'id url name featured type=type.name country_code@ abbrev description administrator founding_year@ launchers ' +
      'spacecraft launch_library_url@ total_launch_count consecutive_successful_launches successful_launches ' +
      'failed_launches pending_launches consecutive_successful_landings successful_landings failed_landings ' +
      'attempted_landings info_url wiki_url logo_url@ image_url@ nation_url@ launcher_list:LauncherConfigDetailed200 ' +
      'spacecraft_list:SpacecraftConfigMini',
  ],
  /** The configurations listed by an agency (LauncherConfigDetailSerializerForAgency). */
  LauncherConfigDetailed200: [
    'launcher_config',
    'id launch_library_id url name description family@ full_name variant alias min_stage max_stage length diameter ' +
      'maiden_flight launch_mass@ leo_capacity@ gto_capacity@ to_thrust@ apogee@ vehicle_range@ image_url@ info_url ' +
      'wiki_url total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches',
  ],

  // --- astronaut
  AstronautList200: ['astronaut', 'id url name status:AstronautStatus agency:AgencyMini profile_image@'],
  AstronautDetailed200: [
    'astronaut',
    'id url name type:AstronautType status:AstronautStatus agency:AgencyCommon date_of_birth date_of_death nationality@ ' +
      'twitter@ instagram@ bio profile_image@ wiki last_flight first_flight flights:LaunchNormal landings:SpacecraftFlight',
  ],

  // --- config/spacecraft: the configuration nested in seed 003's spacecraft
  SpacecraftConfigMini: ['spacecraft_config', 'id url name type:SpacecraftConfigType agency:AgencyMini in_use image_url@'],

  // --- docking_event (DockingEventSerializer / DockingEventDetailedSerializer)
  DockingEvent200: [
    'docking_event',
    'id url launch_id@ docking departure flight_vehicle=flight_vehicle_chaser:SpacecraftFlightForDocking docking_location:DockingLocation',
  ],
  DockingEventDetailed200: [
    'docking_event',
    'id url launch_id@ docking departure flight_vehicle=flight_vehicle_chaser:SpacecraftFlightDetailed200 ' +
      'docking_location:DockingLocation space_station=space_station_target:SpaceStation',
  ],
  SpacecraftFlightForDocking: ['spacecraft_flight', 'id url destination mission_end spacecraft:SpacecraftWithConfig'],

  // --- event: the key order and the `slug`/`program` keys of a real 2.0.0 event page (captured 2020-09,
  // test/fixtures/real/2.0.0/event-list-2020.json), where the SLN serializers had name-description-type
  Event200: [
    'event',
    'id url slug name type:EventType200 description location news_url@ video_url@ feature_image@ date ' +
      'launches:LaunchNormal expeditions:Expedition200 spacestations:SpaceStation program:Program',
  ],
  EventType200: ['event_type', 'id name'],

  // --- expedition
  Expedition200: ['expedition', 'id url name start end spacestation:SpaceStation'],
  ExpeditionDetailed200: ['expedition', 'id url name start end spacestation:SpaceStation crew:AstronautFlight'],

  // --- launcher
  LauncherDetailed200: [
    'launcher',
    'id url details flight_proven serial_number status=status.name image_url@ successful_landings attempted_landings ' +
      'flights last_launch_date first_launch_date launcher_config:LauncherConfigList',
  ],

  // --- location
  LocationDetailed200: ['location', 'id url name country_code@ map_image total_launch_count total_landing_count pads:Pad'],

  // --- spacecraft and spacecraft/flight
  SpacecraftWithConfig: ['spacecraft', 'id url name serial_number status:SpacecraftStatus description spacecraft_config:SpacecraftConfigMini'],
  SpacecraftFlight: ['spacecraft_flight', 'id url destination mission_end spacecraft:SpacecraftWithConfig launch:LaunchNormal'],
  SpacecraftFlightDetailed200: [
    'spacecraft_flight',
    'id url mission_end destination launch_crew:AstronautFlight onboard_crew:AstronautFlight landing_crew:AstronautFlight ' +
      'spacecraft:Spacecraft launch:LaunchNormal docking_events:DockingEvent',
  ],

  // --- spacestation
  SpaceStationDetailed200: [
    'space_station',
    'id url name status:SpaceStationStatus type=type.name founded deorbited description orbit owners:AgencyMini ' +
      'active_expeditions:Expedition200 height width mass volume image_url@ onboard_crew docked_vehicles ' +
      'docking_location:DockingLocation',
  ],
};

/** The computed values of these shapes; `base` is the launch set's table, to reuse its agency/config values. */
export function resourceComputed200(base: Record<string, Computed>): Record<string, Computed> {
  const copy = (from: string, to: string, keys: string[]) => Object.fromEntries(keys.map((k) => [`${to}.${k}`, base[`${from}.${k}`]]));
  const dockingLaunch = dockingLaunchId;
  return {
    ...copy('AgencyDetailed', 'AgencyEndpointDetailed200', ['country_code', 'founding_year', 'launch_library_url', 'logo_url', 'image_url', 'nation_url']),
    ...copy('LauncherConfigDetailed', 'LauncherConfigDetailed200', ['family', 'launch_mass', 'leo_capacity', 'gto_capacity', 'to_thrust', 'apogee', 'vehicle_range', 'image_url']),
    'AstronautList200.profile_image': base['Astronaut.profile_image'],
    ...copy('Astronaut', 'AstronautDetailed200', ['nationality', 'twitter', 'instagram', 'profile_image']),
    'SpacecraftConfigMini.image_url': base['SpacecraftConfig.image_url'],
    'DockingEvent200.launch_id': dockingLaunch,
    'DockingEventDetailed200.launch_id': dockingLaunch,
    'Event200.news_url': firstUrl('legacy_news_url', 'info_urls'),
    'Event200.video_url': firstUrl('legacy_video_url', 'vid_urls'),
    'Event200.feature_image': imageUrl('event', 'legacy_feature_image'),
    'LauncherDetailed200.image_url': base['Launcher.image_url'],
    'LocationDetailed200.country_code': base['Location.country_code'],
    'SpaceStationDetailed200.image_url': base['SpaceStation.image_url'],
  };
}
