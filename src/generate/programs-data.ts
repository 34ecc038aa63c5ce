import type { ProgramTypeName } from './lookup-tables.ts';

/** Spaceflight programmes: key (used by vehicles and missions), name, type, agencies, years, wiki title. */
export interface ProgramSpec {
  key: string;
  name: string;
  type: ProgramTypeName;
  agencies: string[];
  start: number;
  end?: number;
  wiki: string;
  description: string;
}

const P = (key: string, name: string, type: ProgramTypeName, agencies: string[], start: number, end: number | undefined, wiki: string, description: string): ProgramSpec => ({
  key, name, type, agencies, start, end, wiki, description,
});

export const PROGRAMS: ProgramSpec[] = [
  P('Vostok', 'Vostok programme', 'Human Spaceflight', ['SSP'], 1961, 1963, 'Vostok programme', 'The first Soviet crewed spaceflight programme.'),
  P('Mercury', 'Project Mercury', 'Human Spaceflight', ['NASA'], 1958, 1963, 'Project Mercury', 'The first crewed spaceflight programme of the United States.'),
  P('Voskhod', 'Voskhod programme', 'Human Spaceflight', ['SSP'], 1964, 1966, 'Voskhod programme', 'Soviet multi-crew spaceflights that followed Vostok.'),
  P('Gemini', 'Project Gemini', 'Human Spaceflight', ['NASA'], 1961, 1966, 'Project Gemini', 'Two-person flights that developed rendezvous and docking for Apollo.'),
  P('Apollo', 'Apollo program', 'Lunar Exploration', ['NASA'], 1961, 1972, 'Apollo program', 'The programme that landed the first humans on the Moon.'),
  P('Skylab', 'Skylab', 'Space Station', ['NASA'], 1973, 1979, 'Skylab', 'The first American space station.'),
  P('Soyuz', 'Soyuz programme', 'Human Spaceflight', ['SSP', 'RFSA'], 1967, undefined, 'Soyuz programme', 'The longest-running crewed spaceflight programme.'),
  P('Salyut', 'Salyut programme', 'Space Station', ['SSP'], 1971, 1986, 'Salyut programme', 'The first series of space stations.'),
  P('Mir', 'Mir', 'Space Station', ['SSP', 'RFSA'], 1986, 2001, 'Mir', 'A modular space station assembled in orbit from 1986.'),
  P('Space Shuttle', 'Space Shuttle program', 'Human Spaceflight', ['NASA'], 1972, 2011, 'Space Shuttle program', 'The crewed launch system of NASA from 1981 to 2011.'),
  P('ISS', 'International Space Station', 'Space Station', ['NASA', 'RFSA', 'ESA', 'JAXA', 'CSA'], 1998, undefined, 'International Space Station', 'A modular space station in low Earth orbit, built and operated by five space agencies.'),
  P('CRS', 'Commercial Resupply Services', 'Cargo Resupply', ['NASA', 'SpX', 'NG'], 2008, undefined, 'Commercial Resupply Services', 'Contracts for commercial cargo deliveries to the ISS.'),
  P('CCP', 'Commercial Crew Program', 'Human Spaceflight', ['NASA', 'SpX', 'Boeing'], 2010, undefined, 'Commercial Crew Program', 'Commercially operated crew transportation to the ISS.'),
  P('China Manned Space Program', 'China Manned Space Program', 'Human Spaceflight', ['CMSA'], 1992, undefined, 'China Manned Space Program', 'The Chinese crewed spaceflight programme.'),
  P('Tiangong', 'Tiangong program', 'Space Station', ['CMSA'], 2011, undefined, 'Tiangong program', 'The Chinese space station programme.'),
  P("Chang'e", 'Chinese Lunar Exploration Program', 'Lunar Exploration', ['CNSA'], 2007, undefined, 'Chinese Lunar Exploration Program', 'Robotic lunar orbiters, landers and sample-return missions.'),
  P('Artemis', 'Artemis', 'Lunar Exploration', ['NASA', 'ESA', 'JAXA', 'CSA'], 2017, undefined, 'Artemis program', 'The programme returning humans to the Moon.'),
  P('CLPS', 'Commercial Lunar Payload Services', 'Lunar Exploration', ['NASA'], 2018, undefined, 'Commercial Lunar Payload Services', 'Commercial robotic deliveries to the lunar surface.'),
  P('Luna', 'Luna programme', 'Lunar Exploration', ['SSP', 'RFSA'], 1959, undefined, 'Luna programme', 'Soviet and Russian robotic lunar missions.'),
  P('Venera', 'Venera', 'Planetary Exploration', ['SSP'], 1961, 1984, 'Venera', 'Soviet probes to Venus.'),
  P('Mars Exploration', 'Mars Exploration Program', 'Planetary Exploration', ['NASA', 'JPL'], 1993, undefined, 'Mars Exploration Program', 'Robotic exploration of Mars.'),
  P('Starlink', 'Starlink', 'Satellite Constellation', ['SpX'], 2019, undefined, 'Starlink', 'A satellite internet constellation in low Earth orbit.'),
  P('OneWeb', 'OneWeb', 'Satellite Constellation', ['OneWeb'], 2019, undefined, 'OneWeb', 'A satellite internet constellation.'),
  P('Kuiper', 'Project Kuiper', 'Satellite Constellation', ['Amazon'], 2023, undefined, 'Project Kuiper', 'A satellite internet constellation in low Earth orbit.'),
  P('Guowang', 'Guowang', 'Satellite Constellation', ['CSNG'], 2024, undefined, 'Guowang', 'A Chinese national satellite internet constellation.'),
  P('Qianfan', 'Qianfan', 'Satellite Constellation', ['SSST'], 2024, undefined, 'Qianfan (satellite constellation)', 'A Chinese commercial satellite internet constellation.'),
  P('Iridium', 'Iridium', 'Satellite Constellation', ['Iridium'], 1997, undefined, 'Iridium satellite constellation', 'A satellite constellation for voice and data communications.'),
  P('GPS', 'Global Positioning System', 'Navigation', ['USAF', 'USSF'], 1978, undefined, 'Global Positioning System', 'The American satellite navigation system.'),
  P('GLONASS', 'GLONASS', 'Navigation', ['SSP', 'RFSA'], 1982, undefined, 'GLONASS', 'The Russian satellite navigation system.'),
  P('BeiDou', 'BeiDou Navigation Satellite System', 'Navigation', ['CNSA', 'CASC'], 2000, undefined, 'BeiDou', 'The Chinese satellite navigation system.'),
  P('Galileo', 'Galileo', 'Navigation', ['ESA'], 2011, undefined, 'Galileo (satellite navigation)', 'The European satellite navigation system.'),
  P('Copernicus', 'Copernicus Programme', 'Earth Observation', ['ESA', 'EUMETSAT'], 2014, undefined, 'Copernicus Programme', 'The European Earth observation programme.'),
  P('Landsat', 'Landsat program', 'Earth Observation', ['NASA'], 1972, undefined, 'Landsat program', 'The longest-running programme of Earth imagery from space.'),
  P('Explorer', 'Explorers Program', 'Scientific', ['NASA'], 1958, undefined, 'Explorers Program', 'Small and medium science missions of NASA.'),
  P('Gaganyaan', 'Gaganyaan', 'Human Spaceflight', ['ISRO'], 2018, undefined, 'Gaganyaan', 'The Indian crewed orbital spacecraft programme.'),
];
