import type { MissionTypeName } from './lookup-tables.ts';

/** Spacecraft configurations, the named reusable vehicles, and what a flight of each looks like. */

export interface SpacecraftFamilySpec {
  name: string;
  manufacturer: string;
  parent?: string;
  description: string;
}

export const SPACECRAFT_FAMILIES: SpacecraftFamilySpec[] = [
  { name: 'Vostok', manufacturer: 'OKB1', description: 'The first crewed spacecraft.' },
  { name: 'Voskhod', manufacturer: 'OKB1', parent: 'Vostok', description: 'A multi-crew derivative of the Vostok spacecraft.' },
  { name: 'Soyuz', manufacturer: 'Energia', description: 'Soviet and Russian crewed spacecraft flying since 1967.' },
  { name: 'Progress', manufacturer: 'Energia', parent: 'Soyuz', description: 'Uncrewed cargo spacecraft derived from Soyuz.' },
  { name: 'Mercury', manufacturer: 'MDAC', description: 'The first American crewed spacecraft.' },
  { name: 'Gemini', manufacturer: 'MDAC', description: 'Two-person American spacecraft.' },
  { name: 'Apollo', manufacturer: 'NAA', description: 'The spacecraft of the Apollo lunar programme.' },
  { name: 'Space Shuttle', manufacturer: 'RI', description: 'Reusable winged orbiters.' },
  { name: 'Shenzhou', manufacturer: 'CAST', description: 'The Chinese crewed spacecraft.' },
  { name: 'Tianzhou', manufacturer: 'CAST', description: 'Chinese cargo spacecraft for the Tiangong space station.' },
  { name: 'Dragon', manufacturer: 'SpX', description: 'Reusable capsules for cargo and crew.' },
  { name: 'Cygnus', manufacturer: 'NG', description: 'An expendable cargo spacecraft.' },
  { name: 'HTV', manufacturer: 'MHI', description: 'Japanese cargo spacecraft for the ISS.' },
  { name: 'ATV', manufacturer: 'Airbus', description: 'European cargo spacecraft for the ISS.' },
  { name: 'Starliner', manufacturer: 'Boeing', description: 'A reusable crew capsule.' },
  { name: 'Orion', manufacturer: 'LM', description: 'The crewed spacecraft of the Artemis programme.' },
  { name: 'Gaganyaan', manufacturer: 'ISRO', description: 'The Indian crewed spacecraft.' },
  { name: 'Mengzhou', manufacturer: 'CAST', description: 'The next-generation Chinese crewed spacecraft.' },
  { name: 'New Shepard', manufacturer: 'BO', description: 'A suborbital crew capsule.' },
  { name: 'SpaceShipTwo', manufacturer: 'VG', description: 'Suborbital spaceplanes.' },
  { name: 'X-37', manufacturer: 'Boeing', description: 'Uncrewed reusable spaceplanes.' },
  { name: 'Chinese reusable spacecraft', manufacturer: 'CASC', description: 'Uncrewed Chinese reusable spaceplanes.' },
  { name: 'Dream Chaser', manufacturer: 'SNC', description: 'A lifting-body cargo spaceplane.' },
  { name: 'Starship', manufacturer: 'SpX', description: 'The upper stage of the Starship system, a spacecraft of its own.' },
];

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
  /** Name of further vehicles when the named ones are busy. */
  nextVehicle?: (n: number) => [name: string, serial: string];
  /** Texts that the type alone does not describe well. */
  capability?: string;
  details?: string;
}

export const SPACECRAFT_CONFIGS: SpacecraftConfigSpec[] = [
  { key: 'vostok', name: 'Vostok 3KA', family: 'Vostok', type: 'crewedCapsule', agency: 'OKB1', humanRated: true, crew: 1, from: 1960, to: 1963, height: 4.4, diameter: 2.43 },
  { key: 'voskhod', name: 'Voskhod 3KV', family: 'Voskhod', type: 'crewedCapsule', agency: 'OKB1', humanRated: true, crew: 3, from: 1964, to: 1966, height: 5, diameter: 2.43 },
  { key: 'mercury', name: 'Mercury', family: 'Mercury', type: 'crewedCapsule', agency: 'MDAC', humanRated: true, crew: 1, from: 1961, to: 1963, height: 3.3, diameter: 1.89 },
  { key: 'gemini', name: 'Gemini', family: 'Gemini', type: 'crewedCapsule', agency: 'MDAC', humanRated: true, crew: 2, from: 1964, to: 1966, height: 5.8, diameter: 3.05 },
  { key: 'apolloCsm', name: 'Apollo CSM', family: 'Apollo', type: 'crewedCapsule', agency: 'NAA', humanRated: true, crew: 3, from: 1966, to: 1975, height: 11, diameter: 3.9 },
  { key: 'soyuz7k', name: 'Soyuz 7K-OK', family: 'Soyuz', type: 'crewedCapsule', agency: 'OKB1', humanRated: true, crew: 3, from: 1966, to: 1971, height: 7.95, diameter: 2.72 },
  { key: 'soyuz7kt', name: 'Soyuz 7K-T', family: 'Soyuz', type: 'crewedCapsule', agency: 'OKB1', humanRated: true, crew: 2, from: 1973, to: 1981, height: 7.48, diameter: 2.72 },
  { key: 'soyuzT', name: 'Soyuz-T', family: 'Soyuz', type: 'crewedCapsule', agency: 'Energia', humanRated: true, crew: 3, from: 1979, to: 1986, height: 7, diameter: 2.72 },
  { key: 'soyuzTM', name: 'Soyuz-TM', family: 'Soyuz', type: 'crewedCapsule', agency: 'Energia', humanRated: true, crew: 3, from: 1986, to: 2002, height: 7, diameter: 2.72 },
  { key: 'soyuzTMA', name: 'Soyuz-TMA', family: 'Soyuz', type: 'crewedCapsule', agency: 'Energia', humanRated: true, crew: 3, from: 2002, to: 2011, height: 7.2, diameter: 2.72 },
  { key: 'soyuzTMAM', name: 'Soyuz-TMA-M', family: 'Soyuz', type: 'crewedCapsule', agency: 'Energia', humanRated: true, crew: 3, from: 2010, to: 2016, height: 7.2, diameter: 2.72 },
  { key: 'soyuzMS', name: 'Soyuz-MS', family: 'Soyuz', type: 'crewedCapsule', agency: 'Energia', humanRated: true, crew: 3, from: 2016, height: 7.2, diameter: 2.72 },
  { key: 'progress', name: 'Progress 7K-TG', family: 'Progress', type: 'cargo', agency: 'Energia', humanRated: false, crew: null, from: 1978, to: 1990, height: 7.48, diameter: 2.72 },
  { key: 'progressM', name: 'Progress-M', family: 'Progress', type: 'cargo', agency: 'Energia', humanRated: false, crew: null, from: 1989, to: 2009, height: 7.2, diameter: 2.72 },
  { key: 'progressMM', name: 'Progress-M-M', family: 'Progress', type: 'cargo', agency: 'Energia', humanRated: false, crew: null, from: 2008, to: 2015, height: 7.2, diameter: 2.72 },
  { key: 'progressMS', name: 'Progress-MS', family: 'Progress', type: 'cargo', agency: 'Energia', humanRated: false, crew: null, from: 2015, height: 7.2, diameter: 2.72 },
  {
    key: 'shuttle', name: 'Space Shuttle', family: 'Space Shuttle', type: 'spaceplane', agency: 'RI', humanRated: true, crew: 8, from: 1981, to: 2011, reusable: true, height: 37.24, diameter: 8.7,
    vehicles: [['Columbia', 'OV-102', 1981, 2003], ['Challenger', 'OV-099', 1983, 1986], ['Discovery', 'OV-103', 1984, 2011], ['Atlantis', 'OV-104', 1985, 2011], ['Endeavour', 'OV-105', 1992, 2011]],
    nextVehicle: (n) => [`Orbiter OV-${105 + n}`, `OV-${105 + n}`],
  },
  { key: 'shenzhou', name: 'Shenzhou', family: 'Shenzhou', type: 'crewedCapsule', agency: 'CAST', humanRated: true, crew: 3, from: 1999, height: 9.25, diameter: 2.8 },
  { key: 'tianzhou', name: 'Tianzhou', family: 'Tianzhou', type: 'cargo', agency: 'CAST', humanRated: false, crew: null, from: 2017, height: 10.6, diameter: 3.35 },
  {
    key: 'dragon1', name: 'Dragon 1', family: 'Dragon', type: 'cargo', agency: 'SpX', humanRated: false, crew: null, from: 2010, to: 2020, reusable: true, height: 6.1, diameter: 3.7,
    vehicles: [['Dragon C101', 'C101', 2010, 2010], ['Dragon C102', 'C102', 2012, 2012]],
    nextVehicle: (n) => [`Dragon C${102 + n}`, `C${102 + n}`],
  },
  {
    key: 'crewDragon', name: 'Crew Dragon', family: 'Dragon', type: 'crewedCapsule', agency: 'SpX', humanRated: true, crew: 4, from: 2019, reusable: true, height: 8.1, diameter: 4,
    vehicles: [['Crew Dragon Endeavour', 'C206', 2020], ['Crew Dragon Resilience', 'C207', 2020], ['Crew Dragon Endurance', 'C210', 2022], ['Crew Dragon Freedom', 'C212', 2022], ['Crew Dragon Grace', 'C213', 2025]],
    nextVehicle: (n) => [`Crew Dragon C${213 + n}`, `C${213 + n}`],
  },
  {
    key: 'cargoDragon', name: 'Cargo Dragon', family: 'Dragon', type: 'cargo', agency: 'SpX', humanRated: false, crew: null, from: 2020, reusable: true, height: 8.1, diameter: 4,
    vehicles: [['Cargo Dragon C208', 'C208', 2020], ['Cargo Dragon C209', 'C209', 2021], ['Cargo Dragon C211', 'C211', 2022]],
    nextVehicle: (n) => [`Cargo Dragon C${213 + 2 * n}`, `C${213 + 2 * n}`],
  },
  { key: 'cygnus', name: 'Cygnus', family: 'Cygnus', type: 'cargo', agency: 'NG', humanRated: false, crew: null, from: 2013, height: 6.39, diameter: 3.07 },
  { key: 'htv', name: 'H-II Transfer Vehicle', family: 'HTV', type: 'cargo', agency: 'MHI', humanRated: false, crew: null, from: 2009, to: 2020, height: 9.8, diameter: 4.4 },
  { key: 'htvx', name: 'HTV-X', family: 'HTV', type: 'cargo', agency: 'MHI', humanRated: false, crew: null, from: 2025, height: 8, diameter: 4.4 },
  { key: 'atv', name: 'Automated Transfer Vehicle', family: 'ATV', type: 'cargo', agency: 'Airbus', humanRated: false, crew: null, from: 2008, to: 2014, height: 10.3, diameter: 4.5 },
  {
    key: 'starliner', name: 'CST-100 Starliner', family: 'Starliner', type: 'crewedCapsule', agency: 'Boeing', humanRated: true, crew: 4, from: 2019, reusable: true, height: 5.03, diameter: 4.56,
    vehicles: [['Starliner Spacecraft 1', 'SC-1', 2019], ['Starliner Calypso', 'SC-3', 2024]],
    nextVehicle: (n) => [`Starliner Spacecraft ${3 + n}`, `SC-${3 + n}`],
  },
  { key: 'orion', name: 'Orion', family: 'Orion', type: 'crewedCapsule', agency: 'LM', humanRated: true, crew: 4, from: 2014, height: 3.3, diameter: 5.02 },
  { key: 'gaganyaan', name: 'Gaganyaan', family: 'Gaganyaan', type: 'crewedCapsule', agency: 'ISRO', humanRated: true, crew: 3, from: 2026, height: 7, diameter: 3.5 },
  { key: 'mengzhou', name: 'Mengzhou', family: 'Mengzhou', type: 'crewedCapsule', agency: 'CAST', humanRated: true, crew: 7, from: 2026, height: 8.8, diameter: 4.5 },
  {
    key: 'nsCapsule', name: 'New Shepard Crew Capsule', family: 'New Shepard', type: 'crewedCapsule', agency: 'BO', humanRated: true, crew: 6, from: 2015, reusable: true, height: 3.6, diameter: 3.7,
    vehicles: [['RSS First Step', 'CC-3', 2015], ['RSS H. G. Wells', 'CC-4', 2023]],
    nextVehicle: (n) => [`New Shepard Capsule CC-${4 + n}`, `CC-${4 + n}`],
  },
  {
    key: 'vssUnity', name: 'SpaceShipTwo', family: 'SpaceShipTwo', type: 'spaceplane', agency: 'VG', humanRated: true, crew: 8, from: 2018, reusable: true, height: 18.3, diameter: 2.3,
    vehicles: [['VSS Unity', 'VSS-002', 2018]],
    nextVehicle: (n) => [`VSS Delta ${n}`, `VSS-D${n}`],
  },
  {
    key: 'x37b', name: 'X-37B', family: 'X-37', type: 'spaceplane', agency: 'Boeing', humanRated: false, crew: null, from: 2010, reusable: true, height: 8.9, diameter: 4.5,
    vehicles: [['X-37B OTV-1', 'OTV-1', 2010], ['X-37B OTV-2', 'OTV-2', 2011]],
    nextVehicle: (n) => [`X-37B OTV-${2 + n}`, `OTV-${2 + n}`],
  },
  {
    key: 'csr', name: 'Chinese reusable experimental spacecraft', family: 'Chinese reusable spacecraft', type: 'spaceplane', agency: 'CASC', humanRated: false, crew: null, from: 2020, reusable: true,
    vehicles: [['Chinese reusable experimental spacecraft', 'CSR-1', 2020]],
    nextVehicle: (n) => [`Chinese reusable experimental spacecraft ${1 + n}`, `CSR-${1 + n}`],
  },
  {
    key: 'dreamChaser', name: 'Dream Chaser Cargo System', family: 'Dream Chaser', type: 'spaceplane', agency: 'SNC', humanRated: false, crew: null, from: 2026, reusable: true, height: 9, diameter: 7,
    vehicles: [['Dream Chaser Tenacity', 'DC-101', 2026]],
    nextVehicle: (n) => [`Dream Chaser DC-${101 + n}`, `DC-${101 + n}`],
  },
  {
    key: 'starship', name: 'Starship', family: 'Starship', type: 'capsule', agency: 'SpX', humanRated: false, crew: null, from: 2023, reusable: true, height: 52.1, diameter: 9,
    capability: 'Carries up to 100 tonnes to low Earth orbit; designed to be caught by the launch tower and reflown.',
    details: 'Starship is the fully reusable upper stage of the Starship system built by SpaceX; each ship is known by its serial number.',
    nextVehicle: (n) => [`Ship ${23 + n}`, `S${23 + n}`],
  },
];

/** What the station list does not say: its owners, programme, and size (metres, tonnes, cubic metres). */
export const STATION_FACTS: Record<string, { owners: string[]; program?: string; height: number; width: number; mass: number; volume: number }> = {
  'Salyut 1': { owners: ['SSP'], program: 'Salyut', height: 20, width: 4.15, mass: 18.5, volume: 99 },
  Skylab: { owners: ['NASA'], program: 'Skylab', height: 26.3, width: 17.3, mass: 77.1, volume: 361 },
  'Salyut 4': { owners: ['SSP'], program: 'Salyut', height: 15.8, width: 4.15, mass: 18.9, volume: 90 },
  'Salyut 6': { owners: ['SSP'], program: 'Salyut', height: 15.8, width: 4.15, mass: 19, volume: 90 },
  'Salyut 7': { owners: ['SSP'], program: 'Salyut', height: 16, width: 4.15, mass: 19, volume: 90 },
  Mir: { owners: ['SSP', 'RFSA'], program: 'Mir', height: 19, width: 31, mass: 129.7, volume: 350 },
  'International Space Station': { owners: ['NASA', 'RFSA', 'ESA', 'JAXA', 'CSA'], program: 'ISS', height: 73, width: 109, mass: 419.7, volume: 916 },
  'Tiangong-1': { owners: ['CMSA'], program: 'Tiangong', height: 10.4, width: 3.35, mass: 8.5, volume: 15 },
  'Tiangong-2': { owners: ['CMSA'], program: 'Tiangong', height: 10.4, width: 3.35, mass: 8.6, volume: 15 },
  Tiangong: { owners: ['CMSA'], program: 'Tiangong', height: 55.6, width: 30, mass: 100, volume: 340 },
  'Haven-1': { owners: ['Vast'], height: 10.1, width: 3.8, mass: 14, volume: 45 },
  'Lunar Gateway': { owners: ['NASA', 'ESA', 'JAXA', 'CSA'], program: 'Artemis', height: 15, width: 12, mass: 63, volume: 125 },
};

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

export const STATIONS: StationSpec[] = [
  { name: 'Salyut 1', founded: '1971-04-19', deorbited: '1971-10-11', type: 'government', orbit: 'Low Earth Orbit', description: 'The first space station.', modules: [['Salyut 1', 'Proton', 1971.29]], ports: [['Salyut 1 Forward', 'soyuz7k', 0]] },
  { name: 'Skylab', founded: '1973-05-14', deorbited: '1979-07-11', type: 'government', orbit: 'Low Earth Orbit', description: 'The first American space station.', modules: [['Skylab Orbital Workshop', 'Saturn', 1973.36]], ports: [['Skylab Axial Port', 'apolloCsm', 0]] },
  { name: 'Salyut 4', founded: '1974-12-26', deorbited: '1977-02-03', type: 'government', orbit: 'Low Earth Orbit', description: 'A Soviet civilian space station.', modules: [['Salyut 4', 'Proton', 1974.98]], ports: [['Salyut 4 Forward', 'soyuz7kt', 0]] },
  { name: 'Salyut 6', founded: '1977-09-29', deorbited: '1982-07-29', type: 'government', orbit: 'Low Earth Orbit', description: 'A second-generation Soviet space station with two docking ports.', modules: [['Salyut 6', 'Proton', 1977.74]], ports: [['Salyut 6 Forward', 'soyuz7kt', 0], ['Salyut 6 Aft', 'progress', 0]] },
  { name: 'Salyut 7', founded: '1982-04-19', deorbited: '1991-02-07', type: 'government', orbit: 'Low Earth Orbit', description: 'The last Salyut space station.', modules: [['Salyut 7', 'Proton', 1982.3]], ports: [['Salyut 7 Forward', 'soyuzT', 0], ['Salyut 7 Aft', 'progress', 0]] },
  {
    name: 'Mir', founded: '1986-02-20', deorbited: '2001-03-23', type: 'government', orbit: 'Low Earth Orbit', description: 'The first modular space station, assembled in orbit between 1986 and 1996.',
    modules: [['Mir Core Module', 'Proton', 1986.13], ['Kvant-1', 'Proton', 1987.25], ['Kvant-2', 'Proton', 1989.9], ['Kristall', 'Proton', 1990.41], ['Spektr', 'Proton', 1995.38], ['Priroda', 'Proton', 1996.31]],
    ports: [['Mir Core Forward', 'soyuzTM', 0], ['Kvant-1 Aft', 'progressM', 1], ['Kristall Docking Port', 'shuttle', 3]],
  },
  {
    name: 'International Space Station', founded: '1998-11-20', type: 'multinational', orbit: 'Low Earth Orbit', description: 'A modular space station in low Earth orbit, built and operated by five space agencies.',
    modules: [['Zarya', 'Proton', 1998.88], ['Unity', 'Space Shuttle', 1998.92], ['Zvezda', 'Proton', 2000.53], ['Destiny', 'Space Shuttle', 2001.1], ['Harmony', 'Space Shuttle', 2007.8], ['Columbus', 'Space Shuttle', 2008.1], ['Kibo', 'Space Shuttle', 2008.2], ['Rassvet', 'Space Shuttle', 2010.37], ['Nauka', 'Proton', 2021.55], ['Prichal', 'Soyuz', 2021.9]],
    ports: [['Harmony Forward', 'crewDragon', 4], ['Harmony Zenith', 'cargoDragon', 4], ['Harmony Nadir', 'htv', 4], ['Unity Nadir', 'cygnus', 1], ['Zvezda Aft', 'progressMS', 2], ['Rassvet Nadir', 'soyuzMS', 7], ['Prichal Nadir', 'soyuzMS', 9], ['Destiny Forward', 'shuttle', 3]],
  },
  { name: 'Tiangong-1', founded: '2011-09-29', deorbited: '2018-04-02', type: 'government', orbit: 'Low Earth Orbit', description: 'The first Chinese space laboratory.', modules: [['Tiangong-1', 'Long March 2', 2011.74]], ports: [['Tiangong-1 Forward', 'shenzhou', 0]] },
  { name: 'Tiangong-2', founded: '2016-09-15', deorbited: '2019-07-19', type: 'government', orbit: 'Low Earth Orbit', description: 'The second Chinese space laboratory.', modules: [['Tiangong-2', 'Long March 2', 2016.7]], ports: [['Tiangong-2 Forward', 'shenzhou', 0], ['Tiangong-2 Aft', 'tianzhou', 0]] },
  {
    name: 'Tiangong', founded: '2021-04-29', type: 'government', orbit: 'Low Earth Orbit', description: 'The Chinese modular space station.',
    modules: [['Tianhe', 'Long March 5', 2021.32], ['Wentian', 'Long March 5', 2022.55], ['Mengtian', 'Long March 5', 2022.83]],
    ports: [['Tianhe Forward', 'shenzhou', 0], ['Tianhe Radial', 'shenzhou', 0], ['Tianhe Aft', 'tianzhou', 0]],
  },
  { name: 'Haven-1', founded: '2027-05-01', type: 'commercial', orbit: 'Low Earth Orbit', description: 'A single-module commercial space station.', modules: [['Haven-1', 'Falcon', 2027.3]], ports: [['Haven-1 Forward', 'crewDragon', 0]] },
  { name: 'Lunar Gateway', founded: '2028-06-01', type: 'multinational', orbit: 'Near-rectilinear halo orbit', description: 'A planned space station in lunar orbit.', modules: [['Gateway PPE and HALO', 'Falcon', 2028.4]], ports: [['HALO Aft', 'orion', 0]] },
];

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

export const SPACECRAFT_MISSIONS: SpacecraftMissionSpec[] = [
  { config: 'vostok', carriers: [['Vostok 8K72K', 0.6]], sites: ['BAIK'], from: 1961.2, to: 1963.5, name: 'Vostok {n}', crew: [1, 1], crewAgencies: [['SSP', 1]], roles: 'fe', landing: { type: 'parachute', at: ['KZ'] }, days: [0.07, 5], missionType: 'Human Exploration', orbit: 'LEO', program: 'Vostok', agency: 'SSP', description: 'Single-seat Vostok orbital flight.' },
  { config: 'mercury', carriers: [['Atlas LV-3B', 0.5]], sites: ['CCSFS'], from: 1962.1, to: 1963.4, name: 'Mercury-Atlas {n}', counterStart: 6, crew: [1, 1], crewAgencies: [['NASA', 1]], roles: 'ms', landing: { type: 'splashdown', at: ['ATL', 'PAC'] }, days: [0.2, 1.5], missionType: 'Human Exploration', orbit: 'LEO', program: 'Mercury', agency: 'NASA', description: 'Orbital flight of the Mercury spacecraft.' },
  { config: 'voskhod', carriers: [['Voskhod 11A57', 0.15]], sites: ['BAIK'], from: 1964.7, to: 1965.3, name: 'Voskhod {n}', crew: [2, 3], crewAgencies: [['SSP', 1]], roles: 'fe', landing: { type: 'parachute', at: ['KZ'] }, days: [1, 1.1], missionType: 'Human Exploration', orbit: 'LEO', program: 'Voskhod', agency: 'SSP', description: 'Multi-crew Voskhod flight.' },
  { config: 'gemini', carriers: [['Titan II GLV', 0.9]], sites: ['CCSFS'], from: 1965.2, to: 1966.9, name: 'Gemini {n}', counterStart: 3, crew: [2, 2], crewAgencies: [['NASA', 1]], roles: 'ms', landing: { type: 'splashdown', at: ['ATL', 'PAC'] }, days: [0.2, 14], missionType: 'Human Exploration', orbit: 'LEO', program: 'Gemini', agency: 'NASA', description: 'Two-person Gemini flight practising rendezvous and spacewalks.' },
  { config: 'apolloCsm', carriers: [['Saturn V', 0.9], ['Saturn IB', 0.6]], sites: ['KSC', 'CCSFS'], from: 1968.75, to: 1972.96, name: 'Apollo {n}', counterStart: 7, crew: [3, 3], crewAgencies: [['NASA', 1]], roles: 'ms', landing: { type: 'splashdown', at: ['PAC'] }, days: [6, 12.5], missionType: 'Human Exploration', orbit: 'LO', program: 'Apollo', agency: 'NASA', description: 'Apollo lunar mission.' },
  { config: 'apolloCsm', carriers: [['Saturn IB', 0.9]], sites: ['KSC', 'CCSFS'], from: 1973.4, to: 1974.2, name: 'Skylab {n}', counterStart: 2, crew: [3, 3], crewAgencies: [['NASA', 1]], roles: 'ms', stations: [['Skylab', 1973.3, 1974.2]], stationShare: 1, landing: { type: 'splashdown', at: ['PAC'] }, days: [28, 84], missionType: 'Human Exploration', orbit: 'LEO', program: 'Skylab', agency: 'NASA', description: 'Crewed visit to the Skylab station.' },
  { config: 'soyuz7k', carriers: [['Soyuz 11A511', 0.2]], sites: ['BAIK'], from: 1967.3, to: 1971.6, name: 'Soyuz {n}', counter: 'Soyuz', crew: [1, 3], crewAgencies: [['SSP', 1]], roles: 'fe', stations: [['Salyut 1', 1971.3, 1971.6]], stationShare: 1, landing: { type: 'parachute', at: ['KZ'] }, days: [1, 24], missionType: 'Human Exploration', orbit: 'LEO', program: 'Soyuz', agency: 'SSP', description: 'Early Soyuz crewed flight.' },
  { config: 'soyuz7kt', carriers: [['Soyuz 11A511', 0.15], ['Soyuz-U', 0.06]], sites: ['BAIK'], from: 1973.7, to: 1981.3, name: 'Soyuz {n}', counter: 'Soyuz', counterStart: 12, crew: [2, 2], crewAgencies: [['SSP', 6], ['ESA', 1]], roles: 'fe', stations: [['Salyut 4', 1975, 1977], ['Salyut 6', 1977.75, 1981.4]], stationShare: 0.9, landing: { type: 'parachute', at: ['KZ'] }, days: [2, 180], missionType: 'Human Exploration', orbit: 'LEO', program: 'Soyuz', agency: 'SSP', description: 'Soyuz ferry flight to a Salyut station.' },
  { config: 'soyuzT', carriers: [['Soyuz-U', 0.06]], sites: ['BAIK'], from: 1980.4, to: 1986.3, name: 'Soyuz T-{n}', crew: [2, 3], crewAgencies: [['SSP', 6], ['ESA', 1], ['ISRO', 0.3]], roles: 'fe', stations: [['Salyut 6', 1980.4, 1981.5], ['Salyut 7', 1982.3, 1986.5]], stationShare: 0.95, landing: { type: 'parachute', at: ['KZ'] }, days: [7, 230], missionType: 'Human Exploration', orbit: 'LEO', program: 'Soyuz', agency: 'SSP', description: 'Soyuz-T flight to a Salyut station.' },
  { config: 'soyuzTM', carriers: [['Soyuz-U2', 0.3], ['Soyuz-U', 0.04]], sites: ['BAIK'], from: 1986.4, to: 2002.3, name: 'Soyuz TM-{n}', crew: [2, 3], crewAgencies: [['SSP', 5], ['RFSA', 5], ['ESA', 1], ['NASA', 0.5], ['JAXA', 0.3]], roles: 'fe', stations: [['Mir', 1986.3, 2000.5], ['International Space Station', 2000.8, 2002.4]], stationShare: 1, landing: { type: 'parachute', at: ['KZ'] }, days: [7, 200], missionType: 'Human Exploration', orbit: 'LEO', program: 'Soyuz', agency: 'RFSA', description: 'Soyuz-TM crew rotation flight.' },
  { config: 'soyuzTMA', carriers: [['Soyuz-FG', 0.45]], sites: ['BAIK'], from: 2002.8, to: 2011.9, name: 'Soyuz TMA-{n}', crew: [3, 3], crewAgencies: [['RFSA', 6], ['NASA', 4], ['ESA', 1], ['JAXA', 0.5], ['CSA', 0.3], ['private', 0.4]], roles: 'fe', stations: [['International Space Station', 2002.8, 2012]], stationShare: 1, landing: { type: 'parachute', at: ['KZ'] }, days: [10, 200], missionType: 'Human Exploration', orbit: 'LEO', program: 'ISS', agency: 'RFSA', description: 'Soyuz crew rotation flight to the International Space Station.' },
  { config: 'soyuzTMAM', carriers: [['Soyuz-FG', 0.45]], sites: ['BAIK'], from: 2010.8, to: 2016.5, name: 'Soyuz TMA-{n}M', crew: [3, 3], crewAgencies: [['RFSA', 6], ['NASA', 4], ['ESA', 1], ['JAXA', 0.5]], roles: 'fe', stations: [['International Space Station', 2010, 2017]], stationShare: 1, landing: { type: 'parachute', at: ['KZ'] }, days: [150, 200], missionType: 'Human Exploration', orbit: 'LEO', program: 'ISS', agency: 'RFSA', description: 'Soyuz crew rotation flight to the International Space Station.' },
  { config: 'soyuzMS', carriers: [['Soyuz-FG', 0.45], ['Soyuz-2.1a', 0.18]], sites: ['BAIK'], from: 2016.5, to: 2029, name: 'Soyuz MS-{n}', crew: [2, 3], crewAgencies: [['RFSA', 6], ['NASA', 3], ['ESA', 0.5], ['MBRSC', 0.2], ['private', 0.3]], roles: 'fe', stations: [['International Space Station', 2016, 2031]], stationShare: 1, landing: { type: 'parachute', at: ['KZ'] }, days: [10, 370], missionType: 'Human Exploration', orbit: 'LEO', program: 'ISS', agency: 'RFSA', description: 'Soyuz crew rotation flight to the International Space Station.' },
  { config: 'progress', carriers: [['Soyuz-U', 0.07]], sites: ['BAIK'], from: 1978, to: 1990, name: 'Progress {n}', crew: [0, 0], crewAgencies: [], roles: 'fe', stations: [['Salyut 6', 1978, 1981.5], ['Salyut 7', 1982.3, 1986], ['Mir', 1986.3, 1990]], stationShare: 1, landing: { type: 'reentry', at: ['PAC'] }, days: [20, 90], missionType: 'Resupply', orbit: 'LEO', program: 'Soyuz', agency: 'SSP', description: 'Uncrewed Progress cargo flight.' },
  { config: 'progressM', carriers: [['Soyuz-U', 0.12]], sites: ['BAIK'], from: 1989.6, to: 2009.5, name: 'Progress M-{n}', crew: [0, 0], crewAgencies: [], roles: 'fe', stations: [['Mir', 1989.6, 2000.8], ['International Space Station', 2000.6, 2009.6]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [30, 180], missionType: 'Resupply', orbit: 'LEO', program: 'ISS', agency: 'RFSA', description: 'Uncrewed Progress cargo flight.' },
  { config: 'progressMM', carriers: [['Soyuz-U', 0.3]], sites: ['BAIK'], from: 2008.9, to: 2015.6, name: 'Progress M-{n}M', crew: [0, 0], crewAgencies: [], roles: 'fe', stations: [['International Space Station', 2008, 2016]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [60, 180], missionType: 'Resupply', orbit: 'LEO', program: 'ISS', agency: 'RFSA', description: 'Uncrewed Progress cargo flight to the ISS.' },
  { config: 'progressMS', carriers: [['Soyuz-U', 0.3], ['Soyuz-2.1a', 0.3]], sites: ['BAIK'], from: 2015.9, to: 2029, name: 'Progress MS-{n}', crew: [0, 0], crewAgencies: [], roles: 'fe', stations: [['International Space Station', 2015, 2031]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [100, 250], missionType: 'Resupply', orbit: 'LEO', program: 'ISS', agency: 'RFSA', description: 'Uncrewed Progress cargo flight to the ISS.' },
  { config: 'shuttle', carriers: [['Space Shuttle', 1]], from: 1981.2, to: 2011.6, name: 'STS-{n}', crew: [2, 8], crewAgencies: [['NASA', 10], ['ESA', 0.6], ['CSA', 0.3], ['JAXA', 0.3], ['RFSA', 0.3]], roles: 'ms', stations: [['Mir', 1995.1, 1998.5], ['International Space Station', 1998.9, 2011.6]], stationShare: 0.6, landing: { type: 'horizontal', at: ['SLF', 'EDW'] }, days: [2, 17], missionType: 'Human Exploration', orbit: 'LEO', program: 'Space Shuttle', agency: 'NASA', description: 'Space Shuttle mission.' },
  { config: 'shenzhou', carriers: [['Long March 2F', 0.85]], sites: ['JSLC'], from: 1999.85, to: 2029, name: 'Shenzhou {n}', crew: [1, 3], crewFrom: 2003.75, crewAgencies: [['CMSA', 1]], roles: 'fe', stations: [['Tiangong-1', 2011.8, 2013.5], ['Tiangong-2', 2016.75, 2016.9], ['Tiangong', 2021.4, 2031]], stationShare: 1, landing: { type: 'parachute', at: ['DLS'] }, days: [1, 190], missionType: 'Human Exploration', orbit: 'LEO', program: 'China Manned Space Program', agency: 'CMSA', description: 'Shenzhou flight of the China Manned Space Program.' },
  { config: 'csr', carriers: [['Long March 2F', 0.15]], sites: ['JSLC'], from: 2020.6, to: 2029, name: 'Reusable Experimental Spacecraft {n}', crew: [0, 0], crewAgencies: [], roles: 'fe', landing: { type: 'horizontal', at: ['LNA'] }, days: [2, 300], missionType: 'Technology', orbit: 'LEO', agency: 'CASC', description: 'Flight of the Chinese reusable experimental spacecraft.' },
  { config: 'tianzhou', carriers: [['Long March 7', 0.4]], sites: ['WSLS'], from: 2017.3, to: 2029, name: 'Tianzhou {n}', crew: [0, 0], crewAgencies: [], roles: 'fe', stations: [['Tiangong-2', 2017.3, 2017.5], ['Tiangong', 2021.4, 2031]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [150, 300], missionType: 'Resupply', orbit: 'LEO', program: 'Tiangong', agency: 'CMSA', description: 'Tianzhou cargo flight.' },
  { config: 'dragon1', carriers: [['Falcon 9 v1.0', 0.6], ['Falcon 9 v1.1', 0.3], ['Falcon 9 Full Thrust', 0.15], ['Falcon 9 Block 5', 0.05]], sites: ['CCSFS', 'KSC'], from: 2010.9, to: 2020.3, name: 'SpX CRS-{n}', counter: 'CRS', crew: [0, 0], crewAgencies: [], roles: 'ms', stations: [['International Space Station', 2012.3, 2020.4]], stationShare: 0.95, landing: { type: 'splashdown', at: ['PAC'] }, days: [20, 40], missionType: 'Resupply', orbit: 'LEO', program: 'CRS', agency: 'NASA', description: 'Commercial cargo resupply flight to the ISS.' },
  { config: 'crewDragon', carriers: [['Falcon 9 Block 5', 0.03]], sites: ['CCSFS', 'KSC'], from: 2019.15, to: 2029, name: 'Crew-{n}', counterStart: 1, crew: [2, 4], crewFrom: 2020.35, crewAgencies: [['NASA', 6], ['ESA', 1], ['JAXA', 0.8], ['RFSA', 0.5], ['CSA', 0.3], ['private', 1.2]], roles: 'ms', stations: [['International Space Station', 2019, 2031]], stationShare: 0.9, landing: { type: 'splashdown', at: ['ATL', 'GOM', 'PAC'] }, days: [3, 200], missionType: 'Human Exploration', orbit: 'LEO', program: 'CCP', agency: 'NASA', description: 'Crew Dragon flight.' },
  { config: 'cargoDragon', carriers: [['Falcon 9 Block 5', 0.015]], sites: ['CCSFS', 'KSC'], from: 2020.9, to: 2029, name: 'SpX CRS-{n}', counter: 'CRS', counterStart: 21, crew: [0, 0], crewAgencies: [], roles: 'ms', stations: [['International Space Station', 2020, 2031]], stationShare: 1, landing: { type: 'splashdown', at: ['ATL', 'GOM', 'PAC'] }, days: [25, 40], missionType: 'Resupply', orbit: 'LEO', program: 'CRS', agency: 'NASA', description: 'Cargo Dragon resupply flight to the ISS.' },
  { config: 'cygnus', carriers: [['Antares 110', 0.5], ['Antares 120', 0.8], ['Antares 130', 1], ['Antares 230', 0.9], ['Antares 230+', 0.9], ['Antares 330', 0.8], ['Atlas V 401', 0.04], ['Falcon 9 Block 5', 0.004]], sites: ['WFF', 'CCSFS', 'KSC'], from: 2013.7, to: 2029, name: 'NG-{n}', crew: [0, 0], crewAgencies: [], roles: 'ms', stations: [['International Space Station', 2013, 2031]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [60, 160], missionType: 'Resupply', orbit: 'LEO', program: 'CRS', agency: 'NASA', description: 'Cygnus cargo resupply flight to the ISS.' },
  { config: 'htv', carriers: [['H-IIB', 1]], from: 2009.7, to: 2020.4, name: 'HTV-{n}', crew: [0, 0], crewAgencies: [], roles: 'ms', stations: [['International Space Station', 2009, 2021]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [40, 70], missionType: 'Resupply', orbit: 'LEO', program: 'ISS', agency: 'JAXA', description: 'H-II Transfer Vehicle cargo flight.' },
  { config: 'htvx', carriers: [['H3-24', 0.3]], from: 2025.8, to: 2029, name: 'HTV-X{n}', crew: [0, 0], crewAgencies: [], roles: 'ms', stations: [['International Space Station', 2025, 2031]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [180, 400], missionType: 'Resupply', orbit: 'LEO', program: 'ISS', agency: 'JAXA', description: 'HTV-X cargo flight.' },
  { config: 'atv', carriers: [['Ariane 5ES', 0.5]], from: 2008.2, to: 2014.6, name: 'ATV-{n}', crew: [0, 0], crewAgencies: [], roles: 'ms', stations: [['International Space Station', 2008, 2015]], stationShare: 1, landing: { type: 'reentry', at: ['SPOUA'] }, days: [150, 190], missionType: 'Resupply', orbit: 'LEO', program: 'ISS', agency: 'ESA', description: 'Automated Transfer Vehicle cargo flight.' },
  { config: 'starliner', carriers: [['Atlas V N22', 1]], sites: ['CCSFS'], from: 2019.9, to: 2029, name: 'Starliner-{n}', crew: [2, 4], crewFrom: 2024.4, crewAgencies: [['NASA', 1]], roles: 'ms', stations: [['International Space Station', 2019, 2031]], stationShare: 0.9, landing: { type: 'parachute', at: ['WSSH'] }, days: [2, 180], missionType: 'Human Exploration', orbit: 'LEO', program: 'CCP', agency: 'NASA', description: 'Starliner flight.' },
  { config: 'orion', carriers: [['Space Launch System (SLS)', 1], ['SLS Block 1B', 1]], from: 2022.8, to: 2029, name: 'Artemis {n}', counterStart: 1, crew: [4, 4], crewFrom: 2026.2, crewAgencies: [['NASA', 4], ['CSA', 1], ['ESA', 1]], roles: 'ms', stations: [['Lunar Gateway', 2028.5, 2031]], stationShare: 0.5, landing: { type: 'splashdown', at: ['PAC'] }, days: [10, 30], missionType: 'Human Exploration', orbit: 'LO', program: 'Artemis', agency: 'NASA', description: 'Artemis mission to the Moon.' },
  { config: 'gaganyaan', carriers: [['LVM3', 0.5]], from: 2026.0, to: 2029, name: 'Gaganyaan-{n}', crew: [2, 3], crewFrom: 2027.3, crewAgencies: [['ISRO', 1]], roles: 'fe', landing: { type: 'splashdown', at: ['BOB'] }, days: [1, 7], missionType: 'Human Exploration', orbit: 'LEO', program: 'Gaganyaan', agency: 'ISRO', description: 'Gaganyaan orbital flight.' },
  { config: 'mengzhou', carriers: [['Long March 10A', 0.7]], sites: ['WSLS'], from: 2026.5, to: 2029, name: 'Mengzhou-{n}', crew: [3, 3], crewFrom: 2027.5, crewAgencies: [['CMSA', 1]], roles: 'fe', stations: [['Tiangong', 2026, 2031]], stationShare: 1, landing: { type: 'parachute', at: ['DLS'] }, days: [30, 180], missionType: 'Human Exploration', orbit: 'LEO', program: 'China Manned Space Program', agency: 'CMSA', description: 'Mengzhou flight.' },
  { config: 'nsCapsule', carriers: [['New Shepard', 1]], from: 2015.3, to: 2029, name: 'NS-{n}', counter: 'NS', crew: [4, 6], crewFrom: 2021.5, crewedShare: 0.6, crewAgencies: [['private', 1]], roles: 'sfp', landing: { type: 'parachute', at: ['WTX'] }, days: [0.007, 0.008], missionType: 'Suborbital', crewedMissionType: 'Tourism', orbit: 'Sub', agency: 'BO', description: 'New Shepard suborbital flight.' },
  { config: 'vssUnity', carriers: [['SpaceShipTwo', 1], ['SpaceShip III (Delta)', 1]], from: 2018.9, to: 2029, name: 'Galactic {n}', crew: [2, 6], crewAgencies: [['private', 1]], roles: 'sfp', landing: { type: 'horizontal', at: ['SPAR'] }, days: [0.05, 0.06], missionType: 'Tourism', orbit: 'Sub', agency: 'VG', description: 'SpaceShipTwo suborbital flight.' },
  { config: 'x37b', carriers: [['Atlas V 501', 0.2], ['Falcon 9 Block 5', 0.003], ['Falcon Heavy', 0.1]], from: 2010.3, to: 2029, name: 'OTV-{n}', crew: [0, 0], crewAgencies: [], roles: 'ms', landing: { type: 'horizontal', at: ['SLF', 'EDW'] }, days: [200, 900], missionType: 'Government/Top Secret', orbit: 'LEO', agency: 'USSF', description: 'Classified X-37B orbital test vehicle mission.' },
  { config: 'dreamChaser', carriers: [['Vulcan VC4L', 0.3], ['Vulcan VC6L', 0.2]], from: 2026.3, to: 2029, name: 'SNC-{n}', crew: [0, 0], crewAgencies: [], roles: 'ms', stations: [['International Space Station', 2026, 2031]], stationShare: 1, landing: { type: 'horizontal', at: ['SLF'] }, days: [45, 75], missionType: 'Resupply', orbit: 'LEO', program: 'CRS', agency: 'NASA', description: 'Dream Chaser cargo flight to the ISS.' },
];
