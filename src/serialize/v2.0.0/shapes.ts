/**
 * The 2.0.0 launch serializers, in LL2's key order (docs/research/2.0.0-launch-shapes.md).
 * `key@` values are computed in computed.ts; everything else is a column or a column reached through
 * `one` relations of the normalized model.
 */
export const shapes200: Record<string, [entity: string, fields: string]> = {
  // --- mode=list (§2): flat, 19 keys
  LaunchList: [
    'launch',
    'id url launch_library_id slug name status@ net window_end window_start ' +
      'mission=mission.name mission_type=mission.type.name pad=pad.name location=pad.location.name ' +
      'landing@ landing_success@ launcher@ orbit=mission.orbit.abbrev image@ infographic',
  ],

  // --- mode=normal (§1): LaunchSerializerCommon, exactly seed 002's objects
  LaunchNormal: [
    'launch',
    'id url launch_library_id slug name status@ net window_end window_start inhold@ tbdtime@ tbddate@ probability ' +
      'holdreason failreason hashtag launch_service_provider:AgencyMini rocket:Rocket mission:Mission pad:Pad ' +
      'webcast_live image@ infographic program:Program',
  ],
  AgencyMini: ['agency', 'id url name type=type.name'],
  Rocket: ['rocket', 'id configuration:LauncherConfigList'],
  LauncherConfigList: ['launcher_config', 'id launch_library_id url name family@ full_name variant'],
  Mission: ['mission', 'id launch_library_id name description launch_designator type=type.name orbit:Orbit'],
  Orbit: ['orbit', 'id name abbrev'],
  Pad: [
    'pad',
    'id url agency_id@ name info_url wiki_url map_url latitude@ longitude@ location:Location map_image total_launch_count',
  ],
  Location: ['location', 'id url name country_code@ map_image total_launch_count total_landing_count'],
  Program: ['program', 'id url name description agencies:AgencyMini image_url@ start_date end_date info_url wiki_url'],

  // --- mode=detailed and /{id}/ (§3): LaunchDetailed, 37 keys
  LaunchDetailed: [
    'launch',
    'id url launch_library_id slug name status@ net window_end window_start inhold@ tbdtime@ tbddate@ probability ' +
      'holdreason failreason hashtag launch_service_provider:AgencyDetailed rocket:RocketDetailed mission:Mission ' +
      'pad:Pad infoURLs=info_urls:InfoURL vidURLs=vid_urls:VidURL webcast_live image@ infographic program:Program ' +
      'orbital_launch_attempt_count location_launch_attempt_count pad_launch_attempt_count agency_launch_attempt_count ' +
      'orbital_launch_attempt_count_year location_launch_attempt_count_year pad_launch_attempt_count_year ' +
      'agency_launch_attempt_count_year',
  ],
  /** AgencySerializerDetailedCommon. */
  AgencyDetailed: [
    'agency',
    'id url name featured type=type.name country_code@ abbrev description administrator founding_year@ launchers ' +
      'spacecraft launch_library_url@ total_launch_count consecutive_successful_launches successful_launches ' +
      'failed_launches pending_launches consecutive_successful_landings successful_landings failed_landings ' +
      'attempted_landings info_url wiki_url logo_url@ image_url@ nation_url@',
  ],
  InfoURL: ['info_url', 'priority title description feature_image url'],
  VidURL: ['vid_url', 'priority title description feature_image url'],
  RocketDetailed: ['rocket', 'id configuration:LauncherConfigDetailed launcher_stage:FirstStage spacecraft_stage=spacecraft_stage[0]:SpacecraftFlightForLaunch'],
  /** LauncherConfigDetail. */
  LauncherConfigDetailed: [
    'launcher_config',
    'id launch_library_id url name description family@ full_name manufacturer:AgencyDetailed program:Program variant ' +
      'alias min_stage max_stage length diameter maiden_flight launch_mass@ leo_capacity@ gto_capacity@ to_thrust@ ' +
      'apogee@ vehicle_range@ image_url@ info_url wiki_url total_launch_count consecutive_successful_launches ' +
      'successful_launches failed_launches pending_launches',
  ],
  FirstStage: [
    'first_stage',
    'id type=type.name reused launcher_flight_number launcher:Launcher landing:Landing previous_flight_date ' +
      'turn_around_time_days@ previous_flight:LaunchMini',
  ],
  Launcher: [
    'launcher',
    'id url details flight_proven serial_number status=status.name image_url@ successful_landings attempted_landings ' +
      'flights last_launch_date first_launch_date',
  ],
  Landing: ['landing', 'id attempt success description location=landing_location:LandingLocation type:LandingType'],
  LandingLocation: ['landing_location', 'id name abbrev description location:Location successful_landings'],
  LandingType: ['landing_type', 'id name abbrev description'],
  LaunchMini: ['launch', 'id name'],

  /** SpacecraftFlightDetailedSerializerForLaunch: 2.0.0 shows one flight as an object. */
  SpacecraftFlightForLaunch: [
    'spacecraft_flight',
    'id url mission_end destination launch_crew:AstronautFlight onboard_crew:AstronautFlight ' +
      'landing_crew:AstronautFlight spacecraft:Spacecraft docking_events:DockingEvent',
  ],
  AstronautFlight: ['astronaut_flight', 'id role=role.role astronaut:Astronaut'],
  /** AstronautDetailedSerializerNoFlights. */
  Astronaut: [
    'astronaut',
    'id url name type:AstronautType status:AstronautStatus agency:AgencyMini date_of_birth date_of_death nationality@ twitter@ ' +
      'instagram@ bio profile_image@ wiki last_flight first_flight',
  ],
  Spacecraft: ['spacecraft', 'id url name serial_number status:SpacecraftStatus description spacecraft_config:SpacecraftConfig'],
  /** SpacecraftConfigurationDetailSerializer. */
  SpacecraftConfig: [
    'spacecraft_config',
    'id url name type:SpacecraftConfigType agency:AgencyCommon in_use capability history details maiden_flight height diameter ' +
      'human_rated crew_capacity payload_capacity flight_life image_url@ nation_url@ wiki_link info_link',
  ],
  /** AgencySerializer (the agency of a spacecraft configuration). */
  AgencyCommon: [
    'agency',
    'id url name featured type=type.name country_code@ abbrev description administrator founding_year@ launchers ' +
      'spacecraft parent image_url@',
  ],
  DockingEvent: ['docking_event', 'spacestation=space_station_target:SpaceStation docking departure docking_location:DockingLocation'],
  SpaceStation: ['space_station', 'id url name status:SpaceStationStatus founded description orbit image_url@'],
  DockingLocation: ['docking_location', 'id name'],
  AstronautType: ['astronaut_type', 'id name'],
  AstronautStatus: ['astronaut_status', 'id name'],
  SpacecraftStatus: ['spacecraft_status', 'id name'],
  SpacecraftConfigType: ['spacecraft_config_type', 'id name'],
  SpaceStationStatus: ['space_station_status', 'id name'],
};
