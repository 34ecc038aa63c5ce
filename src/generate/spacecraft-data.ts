import { fields, checkObject, checkRows, readData } from './data/load.ts';
import type { MissionTypeName } from './lookup-tables.ts';

/** Spacecraft configurations, the named reusable vehicles, and what a flight of each looks like: data/spacecraft.json. */

export interface SpacecraftFamilySpec {
  name: string;
  manufacturer: string;
  parent?: string;
  description: string;
}

export interface SpacecraftConfigSpec {
  key: string;
  name: string;
  family: string;
  type: 'capsule' | 'cargo' | 'spaceplane' | 'crewedCapsule';
  agency: string;
  humanRated: boolean;
  crew: number | null;
  from: number;
  to?: number;
  reusable?: boolean;
  height?: number;
  diameter?: number;
  /** Named vehicles of a reusable configuration: name, serial, first year, last year. */
  vehicles?: Array<[name: string, serial: string, from: number, to?: number]>;
  /** Name of further vehicles when the named ones are busy (in the JSON: templates with {n} = base + step * n). */
  nextVehicle?: (n: number) => [name: string, serial: string];
  /** Texts that the type alone does not describe well. */
  capability?: string;
  details?: string;
}

/** What the station list does not say: its owners, programme, and size (metres, tonnes, cubic metres). */
type StationFacts = Record<string, { owners: string[]; program?: string; height: number; width: number; mass: number; volume: number }>;

/** Space stations: name, founded, deorbited, type, status at the default anchor, orbit, country. */
export interface StationSpec {
  name: string;
  founded: string;
  deorbited?: string;
  type: 'government' | 'commercial' | 'multinational';
  orbit: string;
  description: string;
  /** Modules (flown as payloads) and the families that carry them. */
  modules: Array<[name: string, family: string, notBefore: number]>;
  /** Docking ports: name, the spacecraft configuration that usually docks there, module index. */
  ports: Array<[name: string, config: string, module: number]>;
}

/** One kind of spacecraft flight: which launches carry it, how often, where it goes, who flies. */
export interface SpacecraftMissionSpec {
  config: string;
  /** Launcher configurations that carry it, with the share of their launches that do. */
  carriers: Array<[config: string, share: number]>;
  /** Locations (keys) the flights leave from, when the vehicle uses only some of its carrier's sites. */
  sites?: string[];
  from: number;
  to: number;
  name: string;
  counter?: string;
  counterStart?: number;
  /** Crew size range; [0, 0] for uncrewed flights. `crewFrom` makes earlier flights uncrewed. */
  crew: [number, number];
  crewFrom?: number;
  /** Share of flights (after crewFrom) that carry crew. */
  crewedShare?: number;
  /** Crew agencies and weights; the first is the commander's agency. `private` means tourists. */
  crewAgencies: Array<[agency: string, weight: number]>;
  roles: 'fe' | 'ms' | 'sfp';
  stations?: Array<[station: string, from: number, to: number]>;
  /** Share of flights that go to a station when one is listed for the date. */
  stationShare?: number;
  landing: { type: 'parachute' | 'splashdown' | 'horizontal' | 'reentry'; at: string[] };
  days: [number, number];
  missionType: MissionTypeName;
  crewedMissionType?: MissionTypeName;
  orbit: string;
  program?: string;
  agency: string;
  description: string;
}

const SPACECRAFT = checkObject<Record<'families' | 'configs' | 'stationFacts' | 'stations' | 'missions', unknown>>('spacecraft.json', readData('spacecraft'), fields('families configs stations missions: array; stationFacts: object'));

export const SPACECRAFT_FAMILIES: SpacecraftFamilySpec[] = checkRows('spacecraft.json families', SPACECRAFT.families, fields('name manufacturer description: string; parent: string?'));

interface VehicleNames {
  name: string;
  serial: string;
  base: number;
  step?: number;
}

export const SPACECRAFT_CONFIGS: SpacecraftConfigSpec[] = checkRows<Omit<SpacecraftConfigSpec, 'nextVehicle'> & { nextVehicle?: VehicleNames }>(
  'spacecraft.json configs',
  SPACECRAFT.configs,
  fields('key name family agency: string; humanRated: boolean; crew to: number?; from: number; reusable: boolean?; vehicles: array?; nextVehicle: object?', {
    type: ['capsule', 'cargo', 'spaceplane', 'crewedCapsule'],
  }),
).map((c, i) => {
  const { nextVehicle, ...spec } = c;
  if (!nextVehicle) return spec;
  const names = checkObject<VehicleNames>(`spacecraft.json configs[${i}].nextVehicle`, nextVehicle, fields('name serial: string; base: number; step: number?'));
  const number = (n: number) => String(names.base + (names.step ?? 1) * n);
  return { ...spec, nextVehicle: (n: number): [string, string] => [names.name.replace('{n}', number(n)), names.serial.replace('{n}', number(n))] };
});

export const STATION_FACTS = SPACECRAFT.stationFacts as StationFacts;
for (const [name, facts] of Object.entries(STATION_FACTS)) {
  checkObject(`spacecraft.json stationFacts.${name}`, facts, fields('owners: string[]; program: string?; height width mass volume: number'));
}

export const STATIONS: StationSpec[] = checkRows('spacecraft.json stations', SPACECRAFT.stations, fields('name founded orbit description: string; deorbited: string?; modules ports: array', { type: ['government', 'commercial', 'multinational'] }));

export const SPACECRAFT_MISSIONS: SpacecraftMissionSpec[] = checkRows('spacecraft.json missions', SPACECRAFT.missions, fields('config name missionType orbit agency description: string; carriers crewAgencies: array; sites: string[]?; from to: number; counter crewedMissionType program: string?; counterStart crewFrom crewedShare stationShare: number?; crew days: number[]; stations: array?; landing: object', { roles: ['fe', 'ms', 'sfp'] }));
