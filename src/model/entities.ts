import { child, children, defineEntities, many, one, parent, reverse, via } from './define.ts';

/**
 * The normalized LL2 data model: one entity per object kind found in LL2 responses, with every field
 * any supported version sends. Field names are the 2.3.0 JSON names; values only older versions carry
 * (launch_library_id, inhold, ...) are kept as extra columns and left out by the 2.3.0 serializers.
 */

const agencyStats =
  'total_launch_count:int, consecutive_successful_launches:int, successful_launches:int, failed_launches:int, ' +
  'pending_launches:int, consecutive_successful_landings:int, successful_landings:int, failed_landings:int, ' +
  'attempted_landings:int, successful_landings_spacecraft:int, failed_landings_spacecraft:int, ' +
  'attempted_landings_spacecraft:int, successful_landings_payload:int, failed_landings_payload:int, ' +
  'attempted_landings_payload:int';

const vehicleStats =
  'total_launch_count:int, consecutive_successful_launches:int, successful_launches:int, failed_launches:int, ' +
  'pending_launches:int, attempted_landings:int, successful_landings:int, failed_landings:int, ' +
  'consecutive_successful_landings:int';

const launchCounts =
  'orbital_launch_attempt_count:int, location_launch_attempt_count:int, pad_launch_attempt_count:int, ' +
  'agency_launch_attempt_count:int, orbital_launch_attempt_count_year:int, location_launch_attempt_count_year:int, ' +
  'pad_launch_attempt_count_year:int, agency_launch_attempt_count_year:int';

export const model = defineEntities({
  // Small lookup tables (the 2.3.0 /config/* resources).
  country: { fields: 'name, alpha_2_code, alpha_3_code, nationality_name, nationality_name_composed' },
  image_license: { fields: 'name, priority:int, link' },
  image_variant_type: { fields: 'name' },
  agency_type: { fields: 'name' },
  launch_status: { fields: 'name, abbrev, description' },
  net_precision: { fields: 'name, abbrev, description' },
  celestial_body_type: { fields: 'name' },
  program_type: { fields: 'name' },
  launcher_status: { fields: 'name' },
  landing_type: { fields: 'name, abbrev, description' },
  first_stage_type: { fields: 'name' },
  spacecraft_status: { fields: 'name' },
  spacecraft_config_type: { fields: 'name' },
  astronaut_role: { fields: 'role, priority:int' },
  astronaut_status: { fields: 'name' },
  astronaut_type: { fields: 'name' },
  space_station_status: { fields: 'name' },
  space_station_type: { fields: 'name' },
  payload_type: { fields: 'name' },
  mission_type: { fields: 'name' },
  info_url_type: { fields: 'name' },
  vid_url_type: { fields: 'name' },
  language: { fields: 'name, code' },
  timeline_event_type: { fields: 'abbrev, description' },
  event_type: { fields: 'name' },
  notice_type: { fields: 'name' },
  road_closure_status: { fields: 'name' },

  image: {
    fields: 'name, image_url, thumbnail_url, credit, single_use:bool',
    relations: { license: one('image_license'), variants: children('image_variant', 'image_id') },
  },
  image_variant: { fields: 'image_url', relations: { type: one('image_variant_type') } },
  social_media: { fields: 'name, url', relations: { logo: one('image') } },
  social_media_link: { fields: 'url', relations: { social_media: one('social_media') } },

  agency: {
    fields:
      'name, abbrev, featured:bool, description, administrator, founding_year:int, launchers, spacecraft, parent, ' +
      `${agencyStats}, info_url, wiki_url, country_code, legacy_image_url, legacy_logo_url, legacy_nation_url, ` +
      // 2.0.0-2.2.0's link to the agency in Launch Library 1, as LL2 sent it (LL2 stopped sending it in 2024)
      'legacy_launch_library_url',
    relations: {
      type: one('agency_type', { lookup: 'name' }),
      country: many('country'),
      image: one('image'),
      logo: one('image'),
      social_logo: one('image'),
      social_media_links: children('social_media_link', 'agency_id'),
      launcher_list: many('launcher_config'),
      spacecraft_list: many('spacecraft_config'),
    },
    indexes: [['name']],
  },

  celestial_body: {
    fields:
      'name, diameter:real, mass:real, gravity:real, length_of_day, atmosphere:bool, description, wiki_url, ' +
      'total_attempted_launches:int, successful_launches:int, failed_launches:int, total_attempted_landings:int, ' +
      'successful_landings:int, failed_landings:int',
    relations: { type: one('celestial_body_type'), image: one('image'), locations: children('location', 'celestial_body_id') },
  },
  location: {
    fields:
      'name, active:bool, description, map_image, longitude:real, latitude:real, timezone_name, ' +
      'total_launch_count:int, total_landing_count:int, country_code',
    relations: {
      celestial_body: one('celestial_body'),
      country: one('country'),
      image: one('image'),
      pads: children('pad', 'location_id'),
    },
  },
  pad: {
    fields:
      'active:bool, name, description, info_url, wiki_url, map_url, latitude:real, longitude:real, map_image, ' +
      'total_launch_count:int, orbital_launch_attempt_count:int, fastest_turnaround:duration, agency_id:int, ' +
      // 2.0.0-2.2.0 send a pad's own country code and its coordinates as decimal text ("74.0"), kept as sent
      'country_code, legacy_latitude, legacy_longitude',
    relations: {
      location: one('location'),
      country: one('country'),
      image: one('image'),
      agencies: many('agency'),
    },
  },

  mission_patch: {
    fields: 'name, priority:int, image_url',
    relations: {
      agency: one('agency'),
      launches: reverse('launch', 'launch__mission_patches'),
      expeditions: reverse('expedition', 'expedition__mission_patches'),
      program: reverse('program', 'program__mission_patches'),
    },
  },
  program: {
    fields: 'name, info_url, wiki_url, description, start_date:datetime, end_date:datetime, legacy_image_url',
    relations: {
      image: one('image'),
      type: one('program_type'),
      agencies: many('agency'),
      mission_patches: many('mission_patch'),
    },
  },

  launcher_config_family: {
    fields: `name, description, active:bool, maiden_flight:date, ${vehicleStats}`,
    relations: { manufacturer: many('agency'), parent: one('launcher_config_family') },
  },
  launcher_config: {
    fields:
      'name, full_name, variant, active:bool, is_placeholder:bool, reusable:bool, info_url, wiki_url, description, ' +
      'alias, min_stage:int, max_stage:int, length:real, diameter:real, maiden_flight:date, launch_cost:int, ' +
      'launch_mass:real, leo_capacity:real, gto_capacity:real, geo_capacity:real, sso_capacity:real, ' +
      `to_thrust:real, apogee:real, ${vehicleStats}, fastest_turnaround:duration, launch_library_id:int, family, legacy_image_url`,
    relations: {
      families: many('launcher_config_family'),
      manufacturer: one('agency'),
      program: many('program'),
      image: one('image'),
    },
    indexes: [['name'], ['full_name']],
  },
  launcher: {
    fields:
      'flight_proven:bool, serial_number, is_placeholder:bool, details, successful_landings:int, ' +
      'attempted_landings:int, flights:int, last_launch_date:datetime, first_launch_date:datetime, fastest_turnaround:duration, ' +
      'legacy_image_url',
    // 2.0.0/2.2.0 name a launcher's status by its name only
    relations: { status: one('launcher_status', { lookup: 'name' }), image: one('image'), launcher_config: one('launcher_config') },
    indexes: [['serial_number']],
  },

  landing_location: {
    fields:
      'name, active:bool, abbrev, description, longitude:real, latitude:real, successful_landings:int, ' +
      'attempted_landings:int, failed_landings:int',
    relations: { location: one('location'), image: one('image'), celestial_body: one('celestial_body') },
  },
  landing: {
    fields: 'attempt:bool, success:bool, description, downrange_distance:real',
    relations: {
      landing_location: one('landing_location'),
      type: one('landing_type'),
      firststage: child('first_stage', 'landing_id'),
      spacecraftflight: child('spacecraft_flight', 'landing_id'),
      payloadflight: child('payload_flight', 'landing_id'),
    },
  },

  first_stage: {
    fields: 'reused:bool, launcher_flight_number:int, previous_flight_date:datetime, turn_around_time:duration, legacy_turn_around_days:int',
    relations: {
      type: one('first_stage_type', { lookup: 'name' }),
      launcher: one('launcher'),
      landing: one('landing'),
      previous_flight: one('launch'),
      // LL2's `firststage__rocket__launch__name` search walks from a stage to its launch
      rocket: parent('rocket', 'rocket_id'),
    },
  },

  spacecraft_config_family: {
    fields:
      'name, description, maiden_flight:date, spacecraft_flown:int, total_launch_count:int, ' +
      'successful_launches:int, failed_launches:int, attempted_landings:int, successful_landings:int, failed_landings:int',
    relations: {
      manufacturer: one('agency'),
      parent: one('spacecraft_config_family'),
      spacecraft: reverse('spacecraft_config', 'spacecraft_config__family'),
    },
  },
  spacecraft_config: {
    fields:
      'name, in_use:bool, capability, history, details, maiden_flight:date, height:real, diameter:real, ' +
      'human_rated:bool, crew_capacity:int, payload_capacity:int, payload_return_capacity:int, flight_life, ' +
      'wiki_link, info_link, spacecraft_flown:int, total_launch_count:int, successful_launches:int, ' +
      'failed_launches:int, attempted_landings:int, successful_landings:int, failed_landings:int, fastest_turnaround:duration, ' +
      'legacy_image_url, legacy_nation_url',
    relations: {
      type: one('spacecraft_config_type'),
      agency: one('agency'),
      family: many('spacecraft_config_family'),
      image: one('image'),
    },
  },
  spacecraft: {
    fields:
      'name, serial_number, is_placeholder:bool, in_space:bool, time_in_space:duration, time_docked:duration, flights_count:int, ' +
      'mission_ends_count:int, description, fastest_turnaround:duration',
    relations: {
      image: one('image'),
      status: one('spacecraft_status'),
      spacecraft_config: one('spacecraft_config'),
      flights: children('spacecraft_flight', 'spacecraft_id'),
    },
    indexes: [['name']],
  },

  astronaut: {
    fields:
      'name, in_space:bool, time_in_space:duration, eva_time:duration, age:int, date_of_birth:date, date_of_death:date, bio, wiki, ' +
      'last_flight:datetime, first_flight:datetime, flights_count:int, landings_count:int, spacewalks_count:int, has_flown:bool, is_human:bool, ' +
      'legacy_image_url, legacy_thumbnail_url, legacy_nationality, legacy_twitter, legacy_instagram',
    relations: {
      status: one('astronaut_status'),
      agency: one('agency'),
      image: one('image'),
      type: one('astronaut_type'),
      nationality: many('country'),
      social_media_links: children('social_media_link', 'astronaut_id'),
      flights: many('launch'),
      landings: many('spacecraft_flight'),
      spacewalks: many('spacewalk'),
    },
    indexes: [['name']],
  },
  // 2.0.0 names a crew member's role by its text only
  astronaut_flight: { relations: { role: one('astronaut_role', { lookup: 'role' }), astronaut: one('astronaut') } },

  space_station: {
    fields:
      'name, founded:date, deorbited:date, description, orbit, height:real, width:real, mass:real, volume:int, onboard_crew:int, ' +
      'docked_vehicles:int, legacy_image_url',
    relations: {
      image: one('image'),
      status: one('space_station_status'),
      // 2.0.0 names a station's type by its name only
      type: one('space_station_type', { lookup: 'name' }),
      owners: many('agency'),
      active_expeditions: many('expedition'),
      docking_location: children('docking_location', 'spacestation_id'),
      active_docking_events: many('docking_event'),
    },
  },
  payload: {
    fields: 'name, wiki_link, info_link, cost:int, mass:real, description',
    relations: {
      type: one('payload_type'),
      manufacturer: one('agency'),
      operator: one('agency'),
      image: one('image'),
      program: many('program'),
    },
  },
  docking_location: {
    fields: 'name',
    relations: {
      spacestation: one('space_station'),
      spacecraft: one('spacecraft_config'),
      payload: one('payload'),
      currently_docked: one('docking_event'),
    },
  },
  docking_event: {
    // 2.0.0-2.2.0 name the chaser's launch (`launch_id`) even when the document does not carry that launch
    fields: 'docking:datetime, departure:datetime, legacy_launch_id',
    relations: {
      docking_location: one('docking_location'),
      space_station_target: one('space_station'),
      flight_vehicle_target: one('spacecraft_flight'),
      payload_flight_target: one('payload_flight'),
      flight_vehicle_chaser: one('spacecraft_flight', { column: 'flight_vehicle_chaser_id' }),
      space_station_chaser: one('space_station'),
      payload_flight_chaser: one('payload_flight', { column: 'payload_flight_chaser_id' }),
    },
    indexes: [['docking', 'id']],
  },
  spacecraft_flight: {
    fields: 'destination, mission_end:datetime, duration:duration, turn_around_time:duration',
    relations: {
      rocket: one('rocket'),
      spacecraft: one('spacecraft'),
      landing: one('landing'),
      launch: via('launch', 'rocket', 'launch'),
      launch_crew: children('astronaut_flight', 'launch_crew_of_id'),
      onboard_crew: children('astronaut_flight', 'onboard_crew_of_id'),
      landing_crew: children('astronaut_flight', 'landing_crew_of_id'),
      docking_events: children('docking_event', 'flight_vehicle_chaser_id'),
    },
  },
  payload_flight: {
    fields: 'destination, amount:int',
    relations: {
      rocket: one('rocket'),
      payload: one('payload'),
      landing: one('landing'),
      launch: via('launch', 'rocket', 'launch'),
      docking_events: children('docking_event', 'payload_flight_chaser_id'),
    },
  },
  rocket: {
    relations: {
      launch: one('launch'),
      configuration: one('launcher_config'),
      launcher_stage: children('first_stage', 'rocket_id'),
      spacecraft_stage: children('spacecraft_flight', 'rocket_id'),
      payloads: children('payload_flight', 'rocket_id'),
    },
  },

  orbit: { fields: 'name, abbrev', relations: { celestial_body: one('celestial_body') } },
  info_url: {
    key: 'auto',
    fields: 'priority:int, source, title, description, feature_image, url',
    relations: { type: one('info_url_type'), language: one('language') },
  },
  vid_url: {
    key: 'auto',
    fields:
      'priority:int, source, publisher, title, description, feature_image, url, start_time:datetime, ' +
      'end_time:datetime, live:bool',
    relations: { type: one('vid_url_type'), language: one('language') },
  },
  mission: {
    fields: 'name, description, launch_library_id:int, launch_designator',
    relations: {
      type: one('mission_type', { lookup: 'name' }),
      image: one('image'),
      orbit: one('orbit', { lookup: 'name' }),
      agencies: many('agency'),
      info_urls: children('info_url', 'mission_id'),
      vid_urls: children('vid_url', 'mission_id'),
    },
  },
  update: {
    fields: 'profile_image, comment, info_url, created_by, created_on:datetime',
    relations: { launch: one('launch'), event: one('event'), program: one('program') },
    indexes: [['created_on']],
  },
  timeline_event: { key: 'auto', fields: 'relative_time:duration', relations: { type: one('timeline_event_type') } },

  event: {
    fields:
      'name, date:datetime, slug, description, webcast_live:bool, location, duration:duration, last_updated:datetime, ' +
      'legacy_news_url, legacy_video_url, legacy_feature_image',
    relations: {
      image: one('image'),
      type: one('event_type'),
      date_precision: one('net_precision'),
      info_urls: children('info_url', 'event_id'),
      vid_urls: children('vid_url', 'event_id'),
      updates: children('update', 'event_id'),
      agencies: many('agency'),
      launches: many('launch'),
      expeditions: many('expedition'),
      spacestations: many('space_station'),
      program: many('program'),
      astronauts: many('astronaut'),
    },
    indexes: [['date', 'id'], ['last_updated'], ['slug']],
  },
  expedition: {
    fields: 'name, start:datetime, end:datetime',
    relations: {
      spacestation: one('space_station'),
      mission_patches: many('mission_patch'),
      spacewalks: children('spacewalk', 'expedition_id'),
      crew: children('astronaut_flight', 'expedition_crew_of_id'),
    },
  },
  spacewalk: {
    fields: 'name, start:datetime, end:datetime, duration:duration, location',
    relations: {
      crew: children('astronaut_flight', 'spacewalk_crew_of_id'),
      spacestation: one('space_station'),
      expedition: one('expedition'),
      spacecraft_flight: one('spacecraft_flight'),
      event: one('event'),
      program: many('program'),
    },
  },
  notice: { fields: 'date:datetime, url', relations: { type: one('notice_type') } },
  road_closure: { fields: 'title, window_start:datetime, window_end:datetime', relations: { status: one('road_closure_status') } },
  /** The launches and events of one half (upcoming / previous) of the Starship dashboard. */
  dashboard_section: { key: 'auto', relations: { launches: many('launch'), events: many('event') } },
  /** LL2's Starship dashboard: one row (id 1) gathering what its page shows. */
  starship_dashboard: {
    singleton: true,
    relations: {
      updates: many('update'),
      live_streams: children('vid_url', 'dashboard_id'),
      road_closures: many('road_closure'),
      notices: many('notice'),
      vehicles: many('launcher'),
      orbiters: many('spacecraft'),
      upcoming: child('dashboard_section', 'upcoming_of_id'),
      previous: child('dashboard_section', 'previous_of_id'),
    },
  },

  launch: {
    key: 'uuid',
    fields:
      'name, slug, launch_designator, last_updated:datetime, net:datetime, window_end:datetime, ' +
      'window_start:datetime, infographic, probability:int, weather_concerns, failreason, hashtag, ' +
      `webcast_live:bool, flightclub_url, pad_turnaround:duration, ${launchCounts}, ` +
      'launch_library_id:int, inhold:bool, tbdtime:bool, tbddate:bool, holdreason, legacy_image_url',
    relations: {
      status: one('launch_status'),
      net_precision: one('net_precision'),
      image: one('image'),
      launch_service_provider: one('agency'),
      rocket: child('rocket', 'launch_id'),
      mission: one('mission'),
      pad: one('pad'),
      program: many('program'),
      mission_patches: many('mission_patch'),
      updates: children('update', 'launch_id'),
      info_urls: children('info_url', 'launch_id'),
      vid_urls: children('vid_url', 'launch_id'),
      timeline: children('timeline_event', 'launch_id'),
    },
    // (pad, net) and (provider, net): the derived statistics count a partition's launches before a NET
    indexes: [['net', 'id'], ['last_updated'], ['name'], ['slug'], ['window_start'], ['window_end'], ['pad_id', 'net'], ['launch_service_provider_id', 'net']],
  },
});

export type ModelName = keyof typeof model;
