/**
 * The 2.2.0 serializers, in the key order of the 2.2.0 models (the client generated from LL2's
 * official 2.2.0 document). `key@` values are computed in computed.ts. Names are the 2.2.0 model names.
 */
export const shapes220: Record<string, [entity: string, fields: string]> = {
  // --- lookups (/config/*)
  AgencyType: ['agency_type', 'id name'],
  AstronautRole: ['astronaut_role', 'id role priority'],
  AstronautStatus: ['astronaut_status', 'id name'],
  AstronautType: ['astronaut_type', 'id name'],
  DockingLocation: ['docking_location', 'id name spacestation:SpaceStationSerializerForDocking'],
  EventType: ['event_type', 'id name'],
  FirstStageType: ['first_stage_type', 'id name'],
  LandingLocation: ['landing_location', 'id name abbrev description location:Location successful_landings'],
  LandingType: ['landing_type', 'id name abbrev description'],
  LaunchStatus: ['launch_status', 'id name abbrev description'],
  MissionType: ['mission_type', 'id name'],
  NetPrecision: ['net_precision', 'id name abbrev description'],
  NoticeType: ['notice_type', 'id name'],
  Orbit: ['orbit', 'id name abbrev'],
  RoadClosureStatus: ['road_closure_status', 'id name'],
  SpacecraftStatus: ['spacecraft_status', 'id name'],
  SpaceStationStatus: ['space_station_status', 'id name'],
  SpaceStationType: ['space_station_type', 'id name'],
  SpacecraftConfigType: ['spacecraft_config_type', 'id name'],
  ProgramType: ['program_type', 'id name'],
  InfoURLType: ['info_url_type', 'id name'],
  VidURLType: ['vid_url_type', 'id name'],
  Language: ['language', 'id name code'],
  TimelineEventType: ['timeline_event_type', 'id abbrev description'],

  // --- agencies
  AgencySerializerMini: ['agency', 'id url name type=type.name'],
  AgencyList: ['agency', 'id url name type=type.name'],
  Agency: [
    'agency',
    'id url name featured type=type.name country_code@ abbrev description administrator founding_year@ launchers spacecraft parent image_url@ logo_url@',
  ],
  AgencySerializerDetailedCommon: [
    'agency',
    'id url name featured type=type.name country_code@ abbrev description administrator founding_year@ launchers spacecraft ' +
      'launch_library_url@ total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches ' +
      'consecutive_successful_landings successful_landings failed_landings attempted_landings info_url wiki_url logo_url@ image_url@ nation_url@',
  ],
  AgencySerializerDetailed: [
    'agency',
    'id url name featured type=type.name country_code@ abbrev description administrator founding_year@ launchers spacecraft parent ' +
      'launch_library_url@ total_launch_count successful_launches consecutive_successful_launches failed_launches pending_launches ' +
      'successful_landings failed_landings attempted_landings consecutive_successful_landings info_url wiki_url logo_url@ image_url@ nation_url@ ' +
      'launcher_list:LauncherConfigDetailSerializerForAgency spacecraft_list:SpacecraftConfigurationDetail',
  ],

  // --- launches
  LaunchSerializerMini: ['launch', 'id name'],
  LaunchList: [
    'launch',
    'id url slug name status@ net window_end window_start mission=mission.name mission_type=mission.type.name pad=pad.name ' +
      'location=pad.location.name landing@ landing_success@ launcher@ orbit=mission.orbit.abbrev image@ infographic program:Program',
  ],
  LaunchSerializerCommon: [
    'launch',
    'id url slug name status@ last_updated net window_end window_start net_precision:NetPrecision probability weather_concerns holdreason failreason ' +
      'hashtag launch_service_provider:AgencySerializerMini rocket:RocketSerializerCommon mission:Mission pad:Pad webcast_live image@ ' +
      'infographic program:Program orbital_launch_attempt_count location_launch_attempt_count pad_launch_attempt_count ' +
      'agency_launch_attempt_count orbital_launch_attempt_count_year location_launch_attempt_count_year pad_launch_attempt_count_year ' +
      'agency_launch_attempt_count_year',
  ],
  LaunchDetailed: [
    'launch',
    'id url slug flightclub_url r_spacex_api_id@ name status@ last_updated updates:Update net net_precision:NetPrecision window_end ' +
      'window_start probability weather_concerns holdreason failreason hashtag launch_service_provider:AgencySerializerDetailedCommon ' +
      'rocket:RocketDetailed mission:MissionDetailed pad:Pad infoURLs=info_urls:InfoURL vidURLs=vid_urls:VidURL webcast_live ' +
      'timeline:TimelineEvent image@ ' +
      'infographic program:Program orbital_launch_attempt_count location_launch_attempt_count pad_launch_attempt_count ' +
      'agency_launch_attempt_count orbital_launch_attempt_count_year location_launch_attempt_count_year pad_launch_attempt_count_year ' +
      'agency_launch_attempt_count_year pad_turnaround mission_patches:MissionPatch type@',
  ],
  RocketSerializerCommon: ['rocket', 'id configuration:LauncherConfigList'],
  RocketDetailed: [
    'rocket',
    'id configuration:LauncherConfigDetail launcher_stage:FirstStage spacecraft_stage=spacecraft_stage[0]:SpacecraftFlightDetailedSerializerForLaunch',
  ],
  Mission: ['mission', 'id name description launch_designator type=type.name orbit:Orbit'],
  MissionDetailed: [
    'mission',
    'id name description launch_designator type=type.name orbit:Orbit agencies:AgencySerializerDetailedCommon info_urls:InfoURL vid_urls:VidURL',
  ],
  InfoURL: ['info_url', 'priority source title description feature_image url type:InfoURLType language:Language'],
  VidURL: ['vid_url', 'priority source publisher title description feature_image url type:VidURLType language:Language start_time end_time'],
  TimelineEvent: ['timeline_event', 'type:TimelineEventType relative_time'],
  Update: ['update', 'id profile_image comment info_url created_by created_on'],
  FirstStage: ['first_stage', 'id type=type.name reused launcher_flight_number launcher:LauncherDetailed landing:Landing previous_flight_date turn_around_time_days@ previous_flight:LaunchSerializerMini'],
  Landing: ['landing', 'id attempt success description downrange_distance location=landing_location:LandingLocation type:LandingType'],

  // --- places
  Location: ['location', 'id url name country_code@ description map_image timezone_name total_launch_count total_landing_count'],
  LocationDetail: ['location', 'id name country_code@ description map_image timezone_name total_launch_count total_landing_count pads:PadSerializerNoLocation'],
  Pad: [
    'pad',
    'id url agency_id@ name description info_url wiki_url map_url latitude@ longitude@ location:Location country_code@ map_image ' +
      'total_launch_count orbital_launch_attempt_count',
  ],
  PadSerializerNoLocation: ['pad', 'id url agency_id@ name description info_url wiki_url map_url latitude@ longitude@ country_code@ map_image total_launch_count'],

  // --- programs, patches
  Program: [
    'program',
    'id url name description agencies:AgencySerializerMini image_url@ start_date end_date info_url wiki_url mission_patches:MissionPatch type:ProgramType',
  ],
  MissionPatch: ['mission_patch', 'id name priority image_url agency:AgencySerializerMini'],

  // --- launcher configurations, launchers
  LauncherConfigList: ['launcher_config', 'id url name family@ full_name variant'],
  LauncherConfig: [
    'launcher_config',
    'id url name manufacturer:Agency program:Program family@ full_name variant reusable image_url@ info_url wiki_url',
  ],
  LauncherConfigDetail: [
    'launcher_config',
    'id url name active reusable description family@ full_name manufacturer:AgencySerializerDetailedCommon program:Program variant ' +
      'alias min_stage max_stage length diameter maiden_flight launch_cost@ launch_mass@ leo_capacity@ gto_capacity@ to_thrust@ ' +
      'apogee@ vehicle_range@ image_url@ info_url wiki_url total_launch_count consecutive_successful_launches successful_launches ' +
      'failed_launches pending_launches attempted_landings successful_landings failed_landings consecutive_successful_landings',
  ],
  LauncherConfigDetailSerializerForAgency: ['launcher_config', 'id url name description family@ full_name variant alias min_stage max_stage length diameter maiden_flight launch_mass@ leo_capacity@ gto_capacity@ to_thrust@ apogee@ vehicle_range@ image_url@ info_url wiki_url consecutive_successful_launches successful_launches failed_launches pending_launches attempted_landings successful_landings failed_landings consecutive_successful_landings'],
  Launcher: [
    'launcher',
    'id url flight_proven serial_number is_placeholder status=status.name details launcher_config:LauncherConfigList image_url@ ' +
      'flights last_launch_date first_launch_date',
  ],
  LauncherDetail: [
    'launcher',
    'id url flight_proven serial_number is_placeholder status=status.name details launcher_config:LauncherConfigDetail image_url@ ' +
      'successful_landings attempted_landings flights last_launch_date first_launch_date',
  ],

  // --- astronauts
  AstronautNormal: [
    'astronaut',
    'id url name status:AstronautStatus type:AstronautType in_space time_in_space eva_time age date_of_birth date_of_death ' +
      'nationality@ bio twitter@ instagram@ wiki agency:Agency profile_image@ profile_image_thumbnail@ flights_count landings_count ' +
      'spacewalks_count last_flight first_flight',
  ],
  AstronautDetailed: [
    'astronaut',
    'id url name status:AstronautStatus type:AstronautType in_space time_in_space eva_time agency:AgencySerializerMini age ' +
      'date_of_birth date_of_death nationality@ twitter@ instagram@ bio profile_image@ profile_image_thumbnail@ wiki ' +
      'flights:LaunchSerializerCommon landings:SpacecraftFlight flights_count landings_count spacewalks_count last_flight first_flight ' +
      'spacewalks:SpacewalkNormal',
  ],
  AstronautDetailedSerializerNoFlights: ['astronaut', 'id url name type:AstronautType in_space time_in_space status:AstronautStatus agency:AgencySerializerMini date_of_birth date_of_death nationality@ twitter@ instagram@ bio profile_image@ wiki last_flight first_flight'],
  Astronaut: ['astronaut', 'id url name status:AstronautStatus agency:AgencySerializerMini profile_image@ profile_image_thumbnail@'],
  LauncherDetailed: [
    'launcher',
    'id url details flight_proven serial_number status=status.name image_url@ successful_landings attempted_landings flights last_launch_date first_launch_date',
  ],
  SpacecraftFlightForDockingEvent: ['spacecraft_flight', 'id url spacecraft:SpacecraftDetailedNoFlights launch:LaunchSerializerCommon'],
  AstronautFlight: ['astronaut_flight', 'id role:AstronautRole astronaut:AstronautDetailedSerializerNoFlights'],

  // --- spacecraft
  SpacecraftConfig: ['spacecraft_config', 'id url name type:SpacecraftConfigType agency:AgencySerializerMini in_use image_url@'],
  SpacecraftConfiguration: [
    'spacecraft_config',
    'id url name agency:Agency in_use capability maiden_flight human_rated crew_capacity image_url@ nation_url@ wiki_link info_link',
  ],
  SpacecraftConfigurationDetail: [
    'spacecraft_config',
    'id url name type:SpacecraftConfigType agency:Agency in_use capability history details maiden_flight height diameter ' +
      'human_rated crew_capacity payload_capacity payload_return_capacity flight_life image_url@ nation_url@ wiki_link info_link',
  ],
  Spacecraft: ['spacecraft', 'id url name serial_number is_placeholder in_space time_in_space time_docked flights_count mission_ends_count status:SpacecraftStatus description spacecraft_config:SpacecraftConfig'],
  SpacecraftDetailedNoFlights: [
    'spacecraft',
    'id url name serial_number is_placeholder in_space time_in_space time_docked flights_count mission_ends_count status:SpacecraftStatus description spacecraft_config:SpacecraftConfigurationDetail',
  ],
  SpacecraftDetailed: [
    'spacecraft',
    'id url name serial_number is_placeholder in_space time_in_space time_docked flights_count mission_ends_count status:SpacecraftStatus description ' +
      'spacecraft_config:SpacecraftConfigurationDetail flights:SpacecraftFlight',
  ],
  SpacecraftFlight: [
    'spacecraft_flight',
    'id url destination mission_end spacecraft:Spacecraft launch:LaunchSerializerCommon landing:Landing',
  ],
  SpacecraftFlightDetailed: [
    'spacecraft_flight',
    'id url mission_end destination launch_crew:AstronautFlight onboard_crew:AstronautFlight landing_crew:AstronautFlight ' +
      'spacecraft:SpacecraftDetailedNoFlights launch:LaunchSerializerCommon landing:Landing docking_events:DockingEventSerializerForSpacecraftFlight',
  ],
  SpacecraftFlightDetailedSerializerForLaunch: [
    'spacecraft_flight',
    'id url mission_end destination launch_crew:AstronautFlight onboard_crew:AstronautFlight landing_crew:AstronautFlight ' +
      'spacecraft:SpacecraftDetailedNoFlights landing:Landing docking_events:DockingEventSerializerForSpacecraftFlight',
  ],
  SpacecraftFlightSerializerForDockingEvent: ['spacecraft_flight', 'id url destination mission_end spacecraft:Spacecraft'],
  SpacecraftFlightSerializerForDockingEventDetailed: [
    'spacecraft_flight',
    'id url destination mission_end spacecraft:SpacecraftDetailedNoFlights',
  ],

  // --- docking events, stations, expeditions, spacewalks
  DockingEventSerializerForSpacecraftFlight: ['docking_event', 'spacestation=space_station_target:SpaceStationSerializerForCommon docking departure docking_location:DockingLocation'],
  DockingEvent: [
    'docking_event',
    'id url launch_id@ docking departure flight_vehicle=flight_vehicle_chaser:SpacecraftFlightSerializerForDockingEvent docking_location:DockingLocation',
  ],
  DockingEventDetailed: [
    'docking_event',
    'id url launch_id@ docking departure flight_vehicle=flight_vehicle_chaser:SpacecraftFlightSerializerForDockingEventDetailed ' +
      'docking_location:DockingLocation space_station=space_station_target:SpaceStationSerializerForDockingEvent',
  ],
  DockingEventDetailedSerializerForSpacestation: ['docking_event', 'id url docking departure flight_vehicle=flight_vehicle_chaser:SpacecraftFlightForDockingEvent'],
  DockingLocationSerializerForSpacestation: ['docking_location', 'id name docked=currently_docked:DockingEventDetailedSerializerForSpacestation'],
  SpaceStationSerializerForDocking: ['space_station', 'id url name'],
  SpaceStationSerializerForDockingEvent: ['space_station', 'id url name image_url@'],
  SpaceStationSerializerForCommon: ['space_station', 'id url name status:SpaceStationStatus founded description orbit image_url@'],
  SpaceStationSerializerForExpedition: ['space_station', 'id url name status:SpaceStationStatus orbit image_url@'],
  SpaceStationDetailedSerializerForExpedition: ['space_station', 'id url name status:SpaceStationStatus founded description orbit image_url@ owners:AgencyList'],
  SpaceStation: [
    'space_station',
    'id url name status:SpaceStationStatus type:SpaceStationType founded deorbited description orbit owners:AgencyList ' +
      'active_expedition=active_expeditions:ExpeditionSerializerForSpacestation image_url@',
  ],
  SpaceStationDetailed: [
    'space_station',
    'id url name status:SpaceStationStatus type:SpaceStationType founded deorbited height width mass volume description orbit ' +
      'onboard_crew docked_vehicles owners:Agency active_expeditions:ExpeditionDetailedSerializerForSpacestation ' +
      'docking_location:DockingLocationSerializerForSpacestation image_url@',
  ],
  ExpeditionSerializerForSpacestation: ['expedition', 'id url name start end'],
  ExpeditionDetailedSerializerForSpacestation: ['expedition', 'id url name start end crew:AstronautFlightForExpedition'],
  ExpeditionDetailedSerializerForSpacewalk: [
    'expedition',
    'id url name start end spacestation:SpaceStationSerializerForExpedition mission_patches:MissionPatch',
  ],
  AstronautFlightForExpedition: ['astronaut_flight', 'id role:AstronautRole astronaut:Astronaut'],
  Expedition: [
    'expedition',
    'id url name start end spacestation:SpaceStationSerializerForExpedition mission_patches:MissionPatch spacewalks:SpacewalkList',
  ],
  ExpeditionDetail: [
    'expedition',
    'id url name start end spacestation:SpaceStationDetailedSerializerForExpedition crew:AstronautFlightForExpedition ' +
      'mission_patches:MissionPatch spacewalks:SpacewalkNormal',
  ],
  SpacewalkList: ['spacewalk', 'id url name start end duration location'],
  SpacewalkNormal: ['spacewalk', 'id url name start end duration location crew:AstronautFlight'],
  SpacewalkDetailed: [
    'spacewalk',
    'id url name start end duration location crew:AstronautFlight spacestation:SpaceStationSerializerForCommon ' +
      'expedition:ExpeditionDetailedSerializerForSpacewalk spacecraft_flight:SpacecraftFlightDetailed ' +
      'event:EventDetailedSerializerForSpacewalk program:Program',
  ],

  // --- events
  // today's 2.2.0 event (a real capture of 2024-03, test/fixtures/real/2.2.0/event-list-item-2024-03.json): the
  // early 2.2.0 keys plus `last_updated`, the link lists, `duration` and `agencies`; the capture's lists are
  // empty, so their nested shapes are those 2.2.0 uses elsewhere (a launch's links, a program's agencies)
  Events: [
    'event',
    'id url slug name updates:Update last_updated type:EventType description webcast_live location news_url@ video_url@ ' +
      'info_urls:InfoURL vid_urls:VidURL feature_image@ date date_precision:NetPrecision duration agencies:AgencySerializerMini ' +
      'launches:LaunchSerializerCommon expeditions:Expedition spacestations:SpaceStationSerializerForCommon program:Program',
  ],
  EventDetailedSerializerForSpacewalk: [
    'event',
    'id url slug name type:EventType description webcast_live location news_url@ video_url@ feature_image@ date date_precision:NetPrecision',
  ],

  // --- Starship dashboard
  StarshipDashboard: [
    'starship_dashboard',
    'updates:Update upcoming:StarshipDashboardUpcoming previous:StarshipDashboardUpcoming road_closures:RoadClosure ' +
      'notices:Notice live_streams:LiveStream vehicles:LauncherDetail orbiters:Orbiter',
  ],
  StarshipDashboardUpcoming: ['dashboard_section', 'launches:LaunchSerializerCommon events:Events'],
  RoadClosure: ['road_closure', 'id title status:RoadClosureStatus window_start window_end'],
  Notice: ['notice', 'id type:NoticeType date url'],
  LiveStream: ['vid_url', 'title description image=feature_image url'],
  Orbiter: ['spacecraft', 'id url name serial_number is_placeholder in_space time_in_space time_docked flights_count mission_ends_count status:SpacecraftStatus description spacecraft_config:SpacecraftConfigurationDetail'],
};
