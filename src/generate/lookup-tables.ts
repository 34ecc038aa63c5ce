/**
 * The small lookup tables (the 2.3.0 /config/* resources). Launch statuses and net precisions carry
 * LL2's real ids, names and descriptions, since clients hard-code them (status 3 = Success); the other
 * lists follow LL2's vocabulary with ids of our own.
 */

type LookupRows = Record<string, Array<Record<string, unknown>>>;

export const LAUNCH_STATUS = {
  go: 1,
  tbd: 2,
  success: 3,
  failure: 4,
  hold: 5,
  inFlight: 6,
  partialFailure: 7,
  tbc: 8,
  payloadDeployed: 9,
} as const;

export const NET_PRECISION = {
  second: 0,
  minute: 1,
  hour: 2,
  morning: 3,
  afternoon: 4,
  day: 5,
  week: 6,
  month: 7,
  q1: 8,
  h1: 12,
  year: 14,
  fiscalYear: 15,
} as const;

export const LANDING_TYPE = {
  asds: 1,
  rtls: 2,
  ocean: 3,
  parachute: 4,
  splashdown: 5,
  horizontal: 6,
  vertical: 7,
  catch: 8,
  reentry: 9,
} as const;

export const LAUNCHER_STATUS = { active: 1, inactive: 2, retired: 3, expended: 4, destroyed: 5, unknown: 6 } as const;
export const SPACECRAFT_STATUS = { active: 1, retired: 2, destroyed: 3, singleUse: 4, inSpace: 5 } as const;
export const SPACECRAFT_CONFIG_TYPE = { capsule: 1, cargo: 2, spaceplane: 3, crewedCapsule: 4, lander: 5 } as const;
export const ASTRONAUT_STATUS = { active: 1, retired: 2, inTraining: 3, deceased: 11 } as const;
export const ASTRONAUT_TYPE = { unknown: 1, government: 2, private: 3, nonHuman: 4 } as const;
export const ASTRONAUT_ROLE = { commander: 1, pilot: 2, flightEngineer: 3, missionSpecialist: 4, payloadSpecialist: 5, participant: 6 } as const;
export const STATION_STATUS = { active: 1, deorbited: 2, underConstruction: 3 } as const;
export const STATION_TYPE = { government: 1, commercial: 2, multinational: 3 } as const;
export const CELESTIAL_TYPE = { planet: 1, moon: 2, star: 3, dwarfPlanet: 4, asteroid: 5 } as const;
export const IMAGE_LICENSE = { unknown: 1, ccBy2: 2, ccBySa4: 3, nasa: 4, publicDomain: 5, ccBy4: 6 } as const;
export const INFO_URL_TYPE = { official: 1, wikipedia: 2, pressKit: 3, news: 4 } as const;
export const VID_URL_TYPE = { official: 1, unofficial: 2, recap: 3, animation: 4 } as const;
export const LANGUAGE = { english: 1, spanish: 2, russian: 3, chinese: 4, japanese: 5, french: 6, german: 7, hindi: 8 } as const;
export const FIRST_STAGE_TYPE = { core: 1, booster: 2 } as const;

/** Event types (the 2.3.0 /config/event_types/ resource). The order is the id. */
export const EVENT_TYPES = [
  'Docking',
  'Undocking',
  'Spacewalk',
  'Press Event',
  'Landing',
  'Static Fire',
  'Moon Landing',
  'Wet Dress Rehearsal',
  'Rollout',
  'Relocation',
  'Conference',
  'Celestial Event',
  'Spacecraft Event',
  'Crew Announcement',
] as const;
export type EventTypeName = (typeof EVENT_TYPES)[number];
export const eventTypeId = (name: EventTypeName) => EVENT_TYPES.indexOf(name) + 1;

export const NOTICE_TYPES = ['Notice to Mariners', 'Temporary Flight Restriction', 'Launch Hazard Area', 'Public Safety Notice'] as const;
export const ROAD_CLOSURE_STATUS = { scheduled: 1, possible: 2, revoked: 3, cancelled: 4 } as const;

/** Ids of the mission types, by name (missions store the id; 2.3.0 shows the name). */
export const MISSION_TYPES = [
  'Communications',
  'Earth Science',
  'Planetary Science',
  'Astrophysics',
  'Heliophysics',
  'Human Exploration',
  'Robotic Exploration',
  'Government/Top Secret',
  'Tourism',
  'Unknown',
  'Resupply',
  'Test Flight',
  'Navigation',
  'Dedicated Rideshare',
  'Technology',
  'Meteorology',
  'Suborbital',
  'Biology',
] as const;
export type MissionTypeName = (typeof MISSION_TYPES)[number];
export const missionTypeId = (name: MissionTypeName) => MISSION_TYPES.indexOf(name) + 1;

export const PAYLOAD_TYPES = ['Satellite', 'CubeSat', 'Space Probe', 'Lander', 'Rover', 'Space Station Module', 'Test Article', 'Cargo', 'Mass Simulator'] as const;
export type PayloadTypeName = (typeof PAYLOAD_TYPES)[number];
export const payloadTypeId = (name: PayloadTypeName) => PAYLOAD_TYPES.indexOf(name) + 1;

export const AGENCY_TYPES = ['Government', 'Multinational', 'Commercial', 'Educational', 'Private', 'Unknown'] as const;
export type AgencyTypeName = (typeof AGENCY_TYPES)[number];
export const agencyTypeId = (name: AgencyTypeName) => AGENCY_TYPES.indexOf(name) + 1;

export const PROGRAM_TYPES = [
  'Human Spaceflight',
  'Space Station',
  'Lunar Exploration',
  'Planetary Exploration',
  'Satellite Constellation',
  'Navigation',
  'Earth Observation',
  'Cargo Resupply',
  'Technology Demonstration',
  'Scientific',
] as const;
export type ProgramTypeName = (typeof PROGRAM_TYPES)[number];
export const programTypeId = (name: ProgramTypeName) => PROGRAM_TYPES.indexOf(name) + 1;

/** Timeline event types: abbrev, description. The order is the id. */
export const TIMELINE_TYPES: Array<[abbrev: string, description: string]> = [
  ['Go/No-Go', 'Launch director polls the team for a go/no-go decision.'],
  ['Prop Load', 'Propellant loading begins.'],
  ['Engine Chill', 'Engine chill begins ahead of ignition.'],
  ['Strongback Retract', 'The strongback or transporter-erector retracts from the vehicle.'],
  ['Terminal Count', 'The terminal countdown begins.'],
  ['Liftoff', 'The vehicle lifts off from the launch pad.'],
  ['Max-Q', 'The vehicle passes through the moment of peak mechanical stress.'],
  ['MECO', 'Main engine cutoff.'],
  ['Stage Sep', 'The first and second stages separate.'],
  ['SES-1', 'Second stage engine start.'],
  ['Fairing Sep', 'The payload fairing halves separate.'],
  ['Boostback', 'The first stage performs its boostback burn.'],
  ['Entry Burn', 'The first stage performs its entry burn.'],
  ['Landing Burn', 'The first stage performs its landing burn.'],
  ['Landing', 'The first stage lands.'],
  ['SECO-1', 'Second stage engine cutoff.'],
  ['Payload Deploy', 'The payload separates from the upper stage.'],
];
export const TIMELINE = Object.fromEntries(TIMELINE_TYPES.map(([abbrev], i) => [abbrev, i + 1])) as Record<string, number>;

export function lookupRows(): LookupRows {
  const named = (names: readonly string[]) => names.map((name, i) => ({ id: i + 1, name }));
  return {
    image_license: [
      { id: 1, name: 'Unknown', priority: 9, link: null },
      { id: 2, name: 'CC BY 2.0', priority: 3, link: 'https://creativecommons.org/licenses/by/2.0/' },
      { id: 3, name: 'CC BY-SA 4.0', priority: 4, link: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      { id: 4, name: 'NASA Image and Media Guidelines', priority: 0, link: 'https://www.nasa.gov/nasa-brand-center/images-and-media/' },
      { id: 5, name: 'Public Domain', priority: 1, link: 'https://creativecommons.org/publicdomain/mark/1.0/' },
      { id: 6, name: 'CC BY 4.0', priority: 2, link: 'https://creativecommons.org/licenses/by/4.0/' },
    ],
    image_variant_type: named(['Thumbnail', 'Mobile', 'Desktop', 'Social']),
    agency_type: named(AGENCY_TYPES),
    launch_status: [
      { id: 1, name: 'Go for Launch', abbrev: 'Go', description: 'Current T-0 confirmed by official or reliable sources.' },
      { id: 2, name: 'To Be Determined', abbrev: 'TBD', description: "Current date is a 'No Earlier Than' estimation based on unreliable or interpreted sources." },
      { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'The launch vehicle successfully inserted its payload(s) into the target orbit(s).' },
      { id: 4, name: 'Launch Failure', abbrev: 'Failure', description: 'Either the launch vehicle did not reach orbit, or the payload(s) failed to separate.' },
      { id: 5, name: 'On Hold', abbrev: 'Hold', description: 'Launch has been paused. It can be resumed or the current window will be scrubbed.' },
      { id: 6, name: 'Launch in Flight', abbrev: 'In Flight', description: 'The launch vehicle has lifted off from the launch pad.' },
      { id: 7, name: 'Launch was a Partial Failure', abbrev: 'Partial Failure', description: 'Either the launch vehicle reached orbit but did not deliver its payload(s) to the right orbit(s), or one or more payloads failed to separate.' },
      { id: 8, name: 'To Be Confirmed', abbrev: 'TBC', description: 'Awaiting official confirmation - current date is known with some certainty.' },
      { id: 9, name: 'Payload Deployed', abbrev: 'Payload Deployed', description: 'The payload has been deployed into its target orbit; the final outcome of the launch is pending.' },
    ],
    net_precision: [
      { id: 0, name: 'Second', abbrev: 'SEC', description: 'The T-0 is accurate to the second.' },
      { id: 1, name: 'Minute', abbrev: 'MIN', description: 'The T-0 is accurate to the minute.' },
      { id: 2, name: 'Hour', abbrev: 'HR', description: 'The T-0 is accurate to the hour.' },
      { id: 3, name: 'Morning', abbrev: 'AM', description: 'The T-0 is accurate to the morning (local time).' },
      { id: 4, name: 'Afternoon', abbrev: 'PM', description: 'The T-0 is accurate to the afternoon (local time).' },
      { id: 5, name: 'Day', abbrev: 'DAY', description: 'The T-0 is accurate to the day.' },
      { id: 6, name: 'Week', abbrev: 'WEEK', description: 'The T-0 is accurate to the week.' },
      { id: 7, name: 'Month', abbrev: 'MONTH', description: 'The T-0 is accurate to the month.' },
      { id: 8, name: 'Quarter (Q1)', abbrev: 'Q1', description: 'The T-0 is accurate to the first quarter of the year.' },
      { id: 9, name: 'Quarter (Q2)', abbrev: 'Q2', description: 'The T-0 is accurate to the second quarter of the year.' },
      { id: 10, name: 'Quarter (Q3)', abbrev: 'Q3', description: 'The T-0 is accurate to the third quarter of the year.' },
      { id: 11, name: 'Quarter (Q4)', abbrev: 'Q4', description: 'The T-0 is accurate to the fourth quarter of the year.' },
      { id: 12, name: 'Half (H1)', abbrev: 'H1', description: 'The T-0 is accurate to the first half of the year.' },
      { id: 13, name: 'Half (H2)', abbrev: 'H2', description: 'The T-0 is accurate to the second half of the year.' },
      { id: 14, name: 'Year', abbrev: 'YEAR', description: 'The T-0 is accurate to the year.' },
      { id: 15, name: 'Fiscal Year', abbrev: 'FY', description: "The T-0 is accurate to the agency's fiscal year." },
    ],
    celestial_body_type: named(['Planet', 'Natural Satellite', 'Star', 'Dwarf Planet', 'Asteroid']),
    program_type: named(PROGRAM_TYPES),
    launcher_status: named(['Active', 'Inactive', 'Retired', 'Expended', 'Destroyed', 'Unknown']),
    landing_type: [
      { id: 1, name: 'Autonomous Spaceport Drone Ship', abbrev: 'ASDS', description: 'A propulsive landing on a drone ship at sea.' },
      { id: 2, name: 'Return to Launch Site', abbrev: 'RTLS', description: 'A propulsive landing on a pad near the launch site.' },
      { id: 3, name: 'Ocean Landing', abbrev: 'Ocean', description: 'A controlled soft landing in the ocean without recovery.' },
      { id: 4, name: 'Parachute Landing', abbrev: 'PL', description: 'A landing on land under parachutes.' },
      { id: 5, name: 'Splashdown', abbrev: 'SD', description: 'A landing in water under parachutes, followed by recovery.' },
      { id: 6, name: 'Horizontal Landing', abbrev: 'HL', description: 'Horizontal landing on a runway or flat surface.' },
      { id: 7, name: 'Vertical Landing', abbrev: 'VL', description: 'A propulsive vertical landing on a landing pad.' },
      { id: 8, name: 'Tower Catch', abbrev: 'Catch', description: 'The vehicle is caught by the arms of the launch tower.' },
      { id: 9, name: 'Destructive Reentry', abbrev: 'DRE', description: 'No recovery: the vehicle burns up on reentry at the end of its mission.' },
    ],
    first_stage_type: named(['Core', 'Strap-On Booster']),
    spacecraft_status: named(['Active', 'Retired', 'Destroyed', 'Single Use', 'In Space']),
    spacecraft_config_type: named(['Capsule', 'Cargo', 'Spaceplane', 'Crewed Capsule', 'Lander']),
    astronaut_role: [
      { id: 1, role: 'Commander', priority: 1 },
      { id: 2, role: 'Pilot', priority: 2 },
      { id: 3, role: 'Flight Engineer', priority: 3 },
      { id: 4, role: 'Mission Specialist', priority: 4 },
      { id: 5, role: 'Payload Specialist', priority: 5 },
      { id: 6, role: 'Spaceflight Participant', priority: 6 },
    ],
    astronaut_status: [
      { id: 1, name: 'Active' },
      { id: 2, name: 'Retired' },
      { id: 3, name: 'In-Training' },
      { id: 11, name: 'Deceased' },
    ],
    astronaut_type: named(['Unknown', 'Government', 'Private', 'Non-Human']),
    space_station_status: named(['Active', 'De-Orbited', 'Under Construction']),
    space_station_type: named(['Government', 'Commercial', 'Multinational']),
    payload_type: named(PAYLOAD_TYPES),
    mission_type: named(MISSION_TYPES),
    info_url_type: named(['Official Page', 'Wikipedia', 'Press Kit', 'News Article']),
    vid_url_type: named(['Official Webcast', 'Unofficial Webcast', 'Recap', 'Animation']),
    language: [
      { id: 1, name: 'English', code: 'en' },
      { id: 2, name: 'Spanish', code: 'es' },
      { id: 3, name: 'Russian', code: 'ru' },
      { id: 4, name: 'Chinese', code: 'zh' },
      { id: 5, name: 'Japanese', code: 'ja' },
      { id: 6, name: 'French', code: 'fr' },
      { id: 7, name: 'German', code: 'de' },
      { id: 8, name: 'Hindi', code: 'hi' },
    ],
    timeline_event_type: TIMELINE_TYPES.map(([abbrev, description], i) => ({ id: i + 1, abbrev, description })),
    event_type: named(EVENT_TYPES),
    notice_type: named(NOTICE_TYPES),
    road_closure_status: named(['Closure Scheduled', 'Possible Closure', 'Closure Revoked', 'Closure Cancelled']),
  };
}
