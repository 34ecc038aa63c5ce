import { checkRows, checkTables, DataError, readData } from './data/load.ts';

/**
 * The small lookup tables (the 2.3.0 /config/* resources). Their rows are data/lookup-rows.json, the one
 * source the generator writes and migration 0002 seeds launch statuses from. Launch statuses and net
 * precisions carry LL2's real ids, names and descriptions, since clients hard-code them (status 3 =
 * Success); the other lists follow LL2's vocabulary with ids of our own. The constants below name the
 * ids the code picks; idOf() looks the rest up by name.
 */

type LookupRow = Record<string, unknown> & { id: number };
type LookupRows = Record<string, LookupRow[]>;

const ROWS: LookupRows = (() => {
  const tables = checkTables('lookup-rows.json', readData('lookup-rows'));
  return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, checkRows<LookupRow>(`lookup-rows.json ${table}`, rows, { id: 'number' })]));
})();

/** The rows of every lookup table, fresh objects on each call (the writer keeps what it is given). */
export function lookupRows(): LookupRows {
  return structuredClone(ROWS);
}

/** The rows of one lookup table (launch_status for migration 0002). */
export function lookupTable(table: string): LookupRow[] {
  const rows = ROWS[table];
  if (!rows) throw new DataError(`lookup-rows.json has no table ${table}`);
  return structuredClone(rows);
}

/** The id of the row of `table` whose `column` is `value`; an unknown value is a data error, never a silent null. */
function idOf(table: string, column = 'name'): (value: string) => number {
  const ids = new Map(lookupTable(table).map((r) => [r[column], r.id]));
  return (value) => {
    const id = ids.get(value);
    if (id === undefined) throw new DataError(`${table} has no row with ${column} ${JSON.stringify(value)}`);
    return id;
  };
}

const names = (table: string) => lookupTable(table).map((r) => String(r.name));

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

/** Names of the rows of event_type, mission_type, payload_type, agency_type, program_type (checked by the *Id functions). */
export type EventTypeName = string;
export type MissionTypeName = string;
export type PayloadTypeName = string;
export type AgencyTypeName = string;
export type ProgramTypeName = string;

export const eventTypeId = idOf('event_type');
export const missionTypeId = idOf('mission_type');
export const payloadTypeId = idOf('payload_type');
export const agencyTypeId = idOf('agency_type');
export const programTypeId = idOf('program_type');
/** Notice types in id order (ids 1..n). */
export const NOTICE_TYPES = names('notice_type');
/** Timeline event type ids by abbrev. */
export const TIMELINE: Record<string, number> = Object.fromEntries(lookupTable('timeline_event_type').map((r) => [r.abbrev, r.id]));
export const ROAD_CLOSURE_STATUS = { scheduled: 1, possible: 2, revoked: 3, cancelled: 4 } as const;
