import type { MissionTypeName, PayloadTypeName } from './lookup-tables.ts';

/**
 * What uncrewed launches carry. A launch picks among the templates that fit its vehicle (country,
 * family or configuration) and date, by weight. Names use placeholders: `{n}` a running number per
 * template (or shared `counter`), `{g}` a constellation group like '6-12', `{op}` the first word of
 * the operator's name (numbered per operator), `{quirky}` a Rocket Lab-style mission name,
 * `{sounding}` a NASA sounding rocket designation.
 *
 * Operators are agency keys; `key@1990-2010` limits one to those years, `*` is a fictional operator.
 */
export interface MissionTemplate {
  name: string;
  counter?: string;
  start?: number;
  type: MissionTypeName;
  orbits: Array<[abbrev: string, weight: number]>;
  from: number;
  to?: number;
  weight: number | Array<[year: number, weight: number]>;
  countries?: string[];
  families?: string[];
  configs?: string[];
  operators: string[];
  payload?: {
    name?: string | ((year: number) => string);
    type?: PayloadTypeName;
    amount?: [number, number];
    /** One payload row shared by every flight (a constellation's satellite model). */
    shared?: boolean;
    /** Extra payload flights of small satellites (rideshares). */
    rideshares?: [number, number];
  };
  program?: string;
  suborbital?: boolean;
  description: string;
}

const EUROPE = ['FRA', 'ITA', 'DEU', 'ESP', 'GBR'];
const COMMERCIAL_GTO = ['USA', 'FRA', 'ITA', 'RUS', 'UKR', 'CHN', 'JPN', 'IND'];
/** Launching countries that sell launches to commercial customers. */
const ALL = ['USA', 'RUS', 'UKR', 'CHN', 'FRA', 'ITA', 'DEU', 'ESP', 'GBR', 'JPN', 'IND', 'KOR', 'BRA', 'AUS'];

export const MISSION_TEMPLATES: MissionTemplate[] = [
  // ------------------------------------------------------------ commercial, any launcher
  { name: '{op} EO-{n}', type: 'Earth Science', orbits: [['SSO', 3], ['LEO', 1]], from: 1998, weight: [[1998, 1], [2015, 3], [2029, 5]], countries: ALL, operators: ['*'], payload: { type: 'Satellite', rideshares: [0, 3] }, description: 'Earth observation satellite of a commercial operator.' },
  { name: '{op} Comsat {n}', type: 'Communications', orbits: [['GTO', 3], ['GEO', 1]], from: 1990, weight: [[1990, 1], [2029, 2]], countries: COMMERCIAL_GTO, operators: ['*'], payload: { type: 'Satellite' }, description: 'Geostationary communications satellite.' },
  { name: '{op} Pathfinder {n}', type: 'Technology', orbits: [['LEO', 2], ['SSO', 2]], from: 2010, weight: [[2010, 1], [2029, 3]], countries: ALL, operators: ['*'], payload: { type: 'CubeSat', rideshares: [0, 4] }, description: 'Technology demonstration satellite.' },
  { name: 'Intelsat {n}', type: 'Communications', orbits: [['GTO', 1]], from: 1965.3, weight: [[1965, 1], [1990, 3], [2029, 0.5]], countries: COMMERCIAL_GTO, operators: ['Intelsat'], payload: { type: 'Satellite' }, description: 'Geostationary communications satellite of Intelsat.' },
  { name: 'SES-{n}', type: 'Communications', orbits: [['GTO', 3], ['MEO', 1]], from: 1988.9, weight: 1.5, countries: COMMERCIAL_GTO, operators: ['SES'], payload: { type: 'Satellite' }, description: 'Communications satellite of SES.' },
  { name: 'Eutelsat {n}', type: 'Communications', orbits: [['GTO', 1]], from: 1983.4, weight: 1.5, countries: COMMERCIAL_GTO, operators: ['Eutelsat'], payload: { type: 'Satellite' }, description: 'Communications satellite of Eutelsat.' },
  { name: 'Inmarsat-{n}', type: 'Communications', orbits: [['GTO', 1]], from: 1990.8, weight: 0.5, countries: COMMERCIAL_GTO, operators: ['Inmarsat'], payload: { type: 'Satellite' }, description: 'Mobile communications satellite.' },
  { name: 'ViaSat-{n}', type: 'Communications', orbits: [['GTO', 1]], from: 2011.8, weight: 0.3, countries: ['USA', 'FRA'], operators: ['Viasat'], payload: { type: 'Satellite' }, description: 'High-throughput communications satellite.' },
  { name: 'Iridium {n}', type: 'Communications', orbits: [['LEO', 1]], from: 1997.3, to: 2019.1, weight: 1.5, families: ['Delta', 'Proton', 'Long March 2', 'Falcon', 'Rokot'], operators: ['Iridium'], payload: { name: (y) => (y < 2010 ? 'Iridium Block 1' : 'Iridium NEXT'), type: 'Satellite', amount: [5, 10], shared: true }, program: 'Iridium', description: 'Launch of Iridium communications satellites.' },
  { name: 'Globalstar M{n}', type: 'Communications', orbits: [['LEO', 1]], from: 1998.1, to: 2022.5, weight: 0.5, families: ['Delta', 'Soyuz', 'Falcon'], operators: ['Globalstar'], payload: { name: 'Globalstar', type: 'Satellite', amount: [4, 8], shared: true }, description: 'Launch of Globalstar satellites.' },
  { name: 'OneWeb {n}', type: 'Communications', orbits: [['LEO', 1]], from: 2019.1, to: 2023.9, weight: 6, families: ['Soyuz', 'Falcon', 'GSLV'], operators: ['OneWeb'], payload: { name: 'OneWeb', type: 'Satellite', amount: [34, 40], shared: true }, program: 'OneWeb', description: 'Launch of OneWeb broadband satellites.' },
  { name: 'Kuiper KA-{n}', type: 'Communications', orbits: [['LEO', 1]], from: 2025.3, weight: [[2025.3, 6], [2029, 20]], families: ['Atlas', 'Vulcan', 'Falcon', 'New Glenn', 'Ariane'], operators: ['Amazon'], payload: { name: 'Kuiper', type: 'Satellite', amount: [24, 48], shared: true }, program: 'Kuiper', description: 'Launch of Project Kuiper broadband satellites.' },
  { name: 'BlueBird {n}', type: 'Communications', orbits: [['LEO', 1]], from: 2024.7, weight: 0.5, families: ['Falcon', 'GSLV', 'New Glenn'], operators: ['ASTS'], payload: { name: 'BlueBird', type: 'Satellite', amount: [1, 5], shared: true }, description: 'Launch of direct-to-cell broadband satellites.' },
  // ------------------------------------------------------------ United States
  { name: 'Starlink Group {g}', counter: 'Starlink', type: 'Communications', orbits: [['LEO', 1]], from: 2019.35, weight: [[2019.35, 10], [2020, 22], [2022, 40], [2024, 50], [2029, 55]], configs: ['Falcon 9 Full Thrust', 'Falcon 9 Block 5'], operators: ['SpX'], payload: { name: (y) => (y < 2021.5 ? 'Starlink v1.0' : y < 2023 ? 'Starlink v1.5' : 'Starlink V2 Mini'), type: 'Satellite', amount: [21, 60], shared: true }, program: 'Starlink', description: 'A batch of Starlink satellites for the SpaceX broadband constellation.' },
  { name: 'Transporter-{n}', type: 'Dedicated Rideshare', orbits: [['SSO', 1]], from: 2021, weight: 1.5, configs: ['Falcon 9 Block 5'], operators: ['SpX'], payload: { name: 'Rideshare CubeSats', type: 'CubeSat', amount: [20, 60], shared: true, rideshares: [3, 8] }, description: 'Dedicated smallsat rideshare mission to sun-synchronous orbit.' },
  { name: 'Bandwagon-{n}', type: 'Dedicated Rideshare', orbits: [['LEO', 1]], from: 2024.3, weight: 0.6, configs: ['Falcon 9 Block 5'], operators: ['SpX'], payload: { name: 'Rideshare CubeSats', type: 'CubeSat', amount: [5, 20], shared: true, rideshares: [2, 5] }, description: 'Dedicated rideshare mission to mid-inclination orbit.' },
  { name: 'Flight {n}', counter: 'Starship', type: 'Test Flight', orbits: [['Sub', 1]], from: 2023, to: 2026.3, weight: 10, families: ['Starship'], operators: ['SpX'], payload: { name: 'Starlink Mass Simulator', type: 'Mass Simulator', amount: [1, 8], shared: true }, description: 'Integrated flight test of Starship and Super Heavy.' },
  { name: 'Flight {n}', counter: 'Starship', type: 'Test Flight', orbits: [['LEO', 1]], from: 2026.3, weight: 4, families: ['Starship'], operators: ['SpX'], description: 'Orbital flight test of Starship.' },
  { name: 'Starlink V3 Group {n}', type: 'Communications', orbits: [['LEO', 1]], from: 2026.3, weight: 6, families: ['Starship'], operators: ['SpX'], payload: { name: 'Starlink V3', type: 'Satellite', amount: [40, 60], shared: true }, program: 'Starlink', description: 'A batch of third-generation Starlink satellites.' },
  { name: 'HLS Propellant Transfer Demo {n}', type: 'Test Flight', orbits: [['LEO', 1]], from: 2026.5, weight: 1, families: ['Starship'], operators: ['SpX', 'NASA'], program: 'Artemis', description: 'Propellant transfer demonstration for the Starship Human Landing System.' },
  { name: 'USA {n}', type: 'Government/Top Secret', orbits: [['LEO', 3], ['SSO', 2], ['GEO', 1], ['HEO', 1], ['Molniya', 0.5]], from: 1958.5, weight: [[1958, 6], [1970, 8], [1990, 5], [2029, 3]], countries: ['USA'], operators: ['USAF@-2019', 'NRO', 'USSF@2020-'], payload: { type: 'Satellite' }, description: 'Classified payload for the United States government.' },
  { name: 'NROL-{n}', type: 'Government/Top Secret', orbits: [['LEO', 2], ['SSO', 2], ['HEO', 1], ['GEO', 1]], from: 1996, weight: 2, countries: ['USA'], operators: ['NRO'], payload: { type: 'Satellite' }, description: 'Classified payload for the National Reconnaissance Office.' },
  { name: 'GPS {n}', counter: 'GPS', start: 1, type: 'Navigation', orbits: [['MEO', 1]], from: 1978.1, weight: 1.5, countries: ['USA'], operators: ['USAF@-2019', 'USSF@2020-'], payload: { type: 'Satellite' }, program: 'GPS', description: 'Global Positioning System navigation satellite.' },
  { name: 'Discoverer {n}', type: 'Government/Top Secret', orbits: [['PO', 1]], from: 1959.1, to: 1962.2, weight: 10, families: ['Thor'], operators: ['USAF'], payload: { type: 'Satellite' }, description: 'Reconnaissance satellite with film-return capsule.' },
  { name: 'Explorer {n}', type: 'Astrophysics', orbits: [['LEO', 2], ['Elliptical', 1], ['HEO', 1]], from: 1958, weight: [[1958, 4], [1975, 1], [2029, 0.3]], countries: ['USA', 'ITA'], operators: ['NASA', 'GSFC'], payload: { type: 'Satellite' }, program: 'Explorer', description: 'Small science satellite of the Explorers Program.' },
  { name: 'Pioneer {n}', type: 'Planetary Science', orbits: [['Helio-N/A', 2], ['LTO', 1]], from: 1958.8, to: 1978.7, weight: 0.6, countries: ['USA'], operators: ['NASA'], payload: { type: 'Space Probe' }, description: 'Deep-space probe.' },
  { name: 'Mariner {n}', type: 'Planetary Science', orbits: [['Helio-N/A', 2], ['MO', 1]], from: 1962.5, to: 1973.9, weight: 0.5, countries: ['USA'], operators: ['NASA', 'JPL'], payload: { type: 'Space Probe' }, description: 'Planetary probe to Venus, Mars or Mercury.' },
  { name: 'Ranger {n}', type: 'Robotic Exploration', orbits: [['LTO', 1]], from: 1961.6, to: 1965.3, weight: 0.8, countries: ['USA'], operators: ['NASA', 'JPL'], payload: { type: 'Space Probe' }, description: 'Lunar impactor that returned close-up images.' },
  { name: 'Surveyor {n}', type: 'Robotic Exploration', orbits: [['LTO', 1]], from: 1966.4, to: 1968.1, weight: 1, countries: ['USA'], operators: ['NASA', 'JPL'], payload: { type: 'Lander' }, description: 'Robotic lunar lander.' },
  { name: 'Landsat {n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 1972.5, weight: 0.3, countries: ['USA'], operators: ['NASA'], payload: { type: 'Satellite' }, program: 'Landsat', description: 'Earth imaging satellite of the Landsat programme.' },
  { name: 'NOAA-{n}', type: 'Meteorology', orbits: [['SSO', 1]], from: 1970.9, to: 2017.9, weight: 0.8, countries: ['USA'], operators: ['NOAA'], payload: { type: 'Satellite' }, description: 'Polar-orbiting weather satellite.' },
  { name: 'GOES-{n}', type: 'Meteorology', orbits: [['GTO', 1]], from: 1975.8, weight: 0.5, countries: ['USA'], operators: ['NOAA'], payload: { type: 'Satellite' }, description: 'Geostationary weather satellite.' },
  { name: 'TDRS-{n}', type: 'Communications', orbits: [['GTO', 1]], from: 1983.3, to: 2017.7, weight: 0.4, countries: ['USA'], operators: ['NASA'], payload: { type: 'Satellite' }, description: 'Tracking and data relay satellite.' },
  { name: 'Mars Surveyor {n}', type: 'Planetary Science', orbits: [['MO', 2], ['Helio-N/A', 1]], from: 1996.8, weight: 0.2, countries: ['USA'], operators: ['NASA', 'JPL'], payload: { type: 'Space Probe' }, program: 'Mars Exploration', description: 'Robotic Mars orbiter, lander or rover.' },
  { name: 'Discovery Mission {n}', type: 'Planetary Science', orbits: [['Helio-N/A', 1]], from: 1996, weight: 0.3, countries: ['USA'], operators: ['NASA', 'APL', 'JPL'], payload: { type: 'Space Probe' }, description: 'Planetary science mission of the Discovery Program.' },
  { name: 'SMEX-{n}', type: 'Astrophysics', orbits: [['LEO', 2], ['ES-L2', 1]], from: 1992.5, weight: 0.3, countries: ['USA'], operators: ['NASA', 'GSFC'], payload: { type: 'Satellite' }, program: 'Explorer', description: 'Small Explorer science mission.' },
  { name: 'CLPS Lander {n}', type: 'Robotic Exploration', orbits: [['LTO', 1]], from: 2024, weight: 0.4, families: ['Falcon', 'Vulcan', 'New Glenn'], operators: ['FF', 'NASA'], payload: { type: 'Lander' }, program: 'CLPS', description: 'Commercial robotic delivery to the lunar surface.' },
  { name: '{quirky}', type: 'Earth Science', orbits: [['SSO', 3], ['LEO', 1]], from: 2017.3, weight: 10, configs: ['Electron'], operators: ['*', 'Planet', 'Spire', 'NRO', 'NASA'], payload: { type: 'Satellite', amount: [1, 4] }, description: 'Dedicated Electron launch for a small satellite customer.' },
  { name: 'Rocket 3 Mission {n}', type: 'Technology', orbits: [['LEO', 1]], from: 2020, to: 2023, weight: 5, families: ['Rocket 3'], operators: ['*', 'NASA'], payload: { type: 'CubeSat' }, description: 'Small satellite launch on Rocket 3.' },
  // ------------------------------------------------------------ Soviet Union / Russia / Ukraine
  { name: 'Sputnik {n}', type: 'Technology', orbits: [['LEO', 1]], from: 1957.7, to: 1961.3, weight: 10, families: ['Vostok'], operators: ['SSP'], payload: { type: 'Satellite' }, description: 'Early Soviet satellite.' },
  { name: 'Kosmos {n}', type: 'Government/Top Secret', orbits: [['LEO', 4], ['SSO', 2], ['Molniya', 1], ['Elliptical', 1], ['GEO', 0.5]], from: 1962.2, weight: [[1962.2, 30], [1975, 40], [1991, 20], [2029, 15]], countries: ['RUS', 'UKR'], operators: ['SSP@-1991', 'VKS@2015-', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Soviet or Russian satellite of the Kosmos series.' },
  { name: 'Luna {n}', counter: 'Luna', type: 'Robotic Exploration', orbits: [['LTO', 2], ['LO', 1]], from: 1958.9, to: 1976.7, weight: 2, families: ['Vostok', 'Molniya', 'Proton'], operators: ['SSP'], payload: { type: 'Space Probe' }, program: 'Luna', description: 'Soviet robotic lunar mission.' },
  { name: 'Luna {n}', counter: 'Luna', start: 25, type: 'Robotic Exploration', orbits: [['LTO', 1]], from: 2023.5, weight: 0.3, families: ['Soyuz', 'Angara'], operators: ['RFSA', 'Lavochkin'], payload: { type: 'Lander' }, program: 'Luna', description: 'Russian robotic lunar mission.' },
  { name: 'Venera {n}', type: 'Planetary Science', orbits: [['Helio-N/A', 1]], from: 1961.1, to: 1984, weight: 1.2, families: ['Molniya', 'Proton'], operators: ['SSP', 'Lavochkin'], payload: { type: 'Space Probe' }, program: 'Venera', description: 'Soviet probe to Venus.' },
  { name: 'Mars {n}', type: 'Planetary Science', orbits: [['MO', 1], ['Helio-N/A', 1]], from: 1960.8, to: 1973.7, weight: 0.8, families: ['Molniya', 'Proton'], operators: ['SSP', 'Lavochkin'], payload: { type: 'Space Probe' }, description: 'Soviet probe to Mars.' },
  { name: 'Molniya-1-{n}', type: 'Communications', orbits: [['Molniya', 1]], from: 1965.3, to: 2004.2, weight: 10, families: ['Molniya'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Communications satellite in a Molniya orbit.' },
  { name: 'Meteor-{n}', type: 'Meteorology', orbits: [['SSO', 1], ['PO', 1]], from: 1969.2, weight: 2, families: ['Vostok', 'Tsyklon', 'Soyuz'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Soviet or Russian weather satellite.' },
  { name: 'Gorizont {n}', type: 'Communications', orbits: [['GTO', 1]], from: 1978.9, to: 2000.5, weight: 3, families: ['Proton'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Geostationary communications satellite.' },
  { name: 'Ekran {n}', type: 'Communications', orbits: [['GTO', 1]], from: 1976.8, to: 1988.9, weight: 2, families: ['Proton'], operators: ['SSP'], payload: { type: 'Satellite' }, description: 'Direct-broadcast television satellite.' },
  { name: 'Raduga {n}', type: 'Communications', orbits: [['GTO', 1]], from: 1975.9, to: 1999.5, weight: 2, families: ['Proton'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Military geostationary communications satellite.' },
  { name: 'Glonass {n}', type: 'Navigation', orbits: [['MEO', 1]], from: 1982.8, weight: [[1982.8, 3], [2029, 2]], families: ['Proton', 'Soyuz'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { name: (y) => (y < 2003 ? 'Uragan' : y < 2011 ? 'Glonass-M' : 'Glonass-K'), type: 'Satellite', amount: [1, 3], shared: true }, program: 'GLONASS', description: 'GLONASS navigation satellites.' },
  { name: 'Express-AM{n}', type: 'Communications', orbits: [['GTO', 1]], from: 2003.9, weight: 2, families: ['Proton'], operators: ['RFSA'], payload: { type: 'Satellite' }, description: 'Russian geostationary communications satellite.' },
  { name: 'Yamal-{n}', type: 'Communications', orbits: [['GTO', 1]], from: 1999.7, weight: 0.5, families: ['Proton', 'Soyuz'], operators: ['GazpromSS'], payload: { type: 'Satellite' }, description: 'Communications satellite of Gazprom Space Systems.' },
  { name: 'Resurs-P {n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 2013.5, weight: 1, families: ['Soyuz'], operators: ['RFSA'], payload: { type: 'Satellite' }, description: 'Russian Earth observation satellite.' },
  { name: 'Gonets-M {n}', type: 'Communications', orbits: [['LEO', 1]], from: 2005.9, weight: 1, families: ['Rokot', 'Soyuz'], operators: ['RFSA'], payload: { name: 'Gonets-M', type: 'Satellite', amount: [3, 3], shared: true }, description: 'Low Earth orbit messaging satellites.' },
  { name: 'Strela-3 {n}', type: 'Government/Top Secret', orbits: [['LEO', 1]], from: 1985.1, to: 2010, weight: 2, families: ['Tsyklon', 'Rokot'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { name: 'Strela-3', type: 'Satellite', amount: [3, 6], shared: true }, description: 'Military communications satellites.' },
  { name: 'Bion-{n}', type: 'Biology', orbits: [['LEO', 1]], from: 1973.8, weight: 0.3, families: ['Soyuz', 'Voskhod'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Biological research satellite.' },
  { name: 'Foton-{n}', type: 'Technology', orbits: [['LEO', 1]], from: 1985.3, to: 2014.6, weight: 0.3, families: ['Soyuz'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Microgravity research satellite.' },
  { name: 'Okean-{n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 1979, to: 1999, weight: 0.5, families: ['Tsyklon'], operators: ['SSP@-1991', 'RFSA@1992-'], payload: { type: 'Satellite' }, description: 'Oceanographic satellite.' },
  { name: 'Dnepr Cluster Launch {n}', type: 'Dedicated Rideshare', orbits: [['SSO', 1]], from: 1999, to: 2016, weight: 1, families: ['Dnepr'], operators: ['Kosmotras'], payload: { name: 'Rideshare CubeSats', type: 'CubeSat', amount: [2, 30], shared: true, rideshares: [2, 6] }, description: 'Cluster launch of small satellites.' },
  // ------------------------------------------------------------ China
  { name: 'Dong Fang Hong {n}', type: 'Communications', orbits: [['LEO', 1], ['GTO', 1]], from: 1970.3, to: 1997.5, weight: 1, countries: ['CHN'], operators: ['CALT', 'CAST'], payload: { type: 'Satellite' }, description: 'Early Chinese satellite.' },
  { name: 'Fanhui Shi Weixing {n}', type: 'Earth Science', orbits: [['LEO', 1]], from: 1975.9, to: 2006, weight: 1.5, countries: ['CHN'], operators: ['CAST'], payload: { type: 'Satellite' }, description: 'Recoverable Earth observation satellite.' },
  { name: 'Shijian-{n}', type: 'Technology', orbits: [['LEO', 2], ['SSO', 1], ['GTO', 1]], from: 1971.2, weight: 1, countries: ['CHN'], operators: ['CAST', 'CASC'], payload: { type: 'Satellite' }, description: 'Chinese technology and science satellite.' },
  { name: 'Yaogan-{n}', type: 'Government/Top Secret', orbits: [['SSO', 2], ['LEO', 1]], from: 2006.3, weight: [[2006.3, 4], [2029, 6]], countries: ['CHN'], operators: ['CASC'], payload: { type: 'Satellite', amount: [1, 3] }, description: 'Chinese military reconnaissance satellite.' },
  { name: 'Fengyun-{n}', type: 'Meteorology', orbits: [['SSO', 1], ['GTO', 1]], from: 1988.7, weight: 0.8, countries: ['CHN'], operators: ['CNSA'], payload: { type: 'Satellite' }, description: 'Chinese weather satellite.' },
  { name: 'BeiDou-3 M{n}', type: 'Navigation', orbits: [['MEO', 2], ['IGSO', 1], ['GTO', 1]], from: 2000.8, weight: 3, families: ['Long March 3'], operators: ['CNSA'], payload: { type: 'Satellite', amount: [1, 2] }, program: 'BeiDou', description: 'BeiDou navigation satellite.' },
  { name: 'Zhongxing-{n}', type: 'Communications', orbits: [['GTO', 1]], from: 1990.3, weight: 3, families: ['Long March 3'], operators: ['CASC'], payload: { type: 'Satellite' }, description: 'Chinese geostationary communications satellite.' },
  { name: 'Gaofen-{n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 2013.3, weight: 2, countries: ['CHN'], operators: ['CNSA'], payload: { type: 'Satellite' }, description: 'High-resolution Earth observation satellite.' },
  { name: 'Jilin-1 {n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 2015.8, weight: 3, families: ['Long March 2', 'Long March 6', 'Long March 11', 'Kuaizhou', 'Ceres', 'Kinetica', 'Jielong'], operators: ['CGSTL'], payload: { name: 'Jilin-1 Gaofen', type: 'Satellite', amount: [1, 9], shared: true }, description: 'Commercial Earth observation satellites.' },
  { name: 'Shiyan-{n}', type: 'Technology', orbits: [['LEO', 1], ['SSO', 1]], from: 2004.3, weight: 2, countries: ['CHN'], operators: ['CASC'], payload: { type: 'Satellite' }, description: 'Experimental satellite.' },
  { name: "Chang'e {n}", type: 'Robotic Exploration', orbits: [['LTO', 1]], from: 2007.8, weight: 0.4, families: ['Long March 3', 'Long March 5'], operators: ['CNSA'], payload: { type: 'Lander' }, program: "Chang'e", description: 'Chinese lunar exploration mission.' },
  { name: 'Tianwen-{n}', type: 'Planetary Science', orbits: [['MO', 1], ['Helio-N/A', 1]], from: 2020.5, weight: 0.2, families: ['Long March 5', 'Long March 3'], operators: ['CNSA'], payload: { type: 'Space Probe' }, description: 'Chinese planetary exploration mission.' },
  { name: 'Guowang Group {n}', type: 'Communications', orbits: [['LEO', 1]], from: 2024.9, weight: [[2024.9, 4], [2025, 8], [2029, 15]], families: ['Long March 5', 'Long March 6', 'Long March 8', 'Long March 12'], operators: ['CSNG'], payload: { name: 'Guowang', type: 'Satellite', amount: [5, 10], shared: true }, program: 'Guowang', description: 'A batch of Guowang broadband satellites.' },
  { name: 'Qianfan Group {n}', type: 'Communications', orbits: [['PO', 1]], from: 2024.6, weight: [[2024.6, 4], [2029, 10]], families: ['Long March 6', 'Long March 8'], operators: ['SSST'], payload: { name: 'Qianfan', type: 'Satellite', amount: [18, 18], shared: true }, program: 'Qianfan', description: 'A batch of Qianfan broadband satellites.' },
  { name: 'Hulianwang Jishu Shiyan {n}', type: 'Technology', orbits: [['LEO', 1]], from: 2022, weight: 1, countries: ['CHN'], operators: ['CSNG'], payload: { type: 'Satellite' }, description: 'Internet technology test satellites.' },
  { name: 'Tianlian II-{n}', type: 'Communications', orbits: [['GTO', 1]], from: 2019.2, weight: 0.3, families: ['Long March 3'], operators: ['CNSA'], payload: { type: 'Satellite' }, description: 'Data relay satellite.' },
  // ------------------------------------------------------------ Europe
  { name: 'Sentinel-{n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 2014.2, weight: 0.8, countries: [...EUROPE, 'RUS', 'USA'], operators: ['ESA'], payload: { type: 'Satellite' }, program: 'Copernicus', description: 'Earth observation satellite of the Copernicus programme.' },
  { name: 'Galileo FOC FM{n}', type: 'Navigation', orbits: [['MEO', 1]], from: 2011.8, weight: 1, configs: ['Soyuz ST-B', 'Ariane 5ES', 'Falcon 9 Block 5', 'Ariane 62'], operators: ['ESA'], payload: { name: 'Galileo FOC', type: 'Satellite', amount: [2, 4], shared: true }, program: 'Galileo', description: 'Galileo navigation satellites.' },
  { name: 'Meteosat-{n}', type: 'Meteorology', orbits: [['GTO', 1]], from: 1977.9, weight: 0.5, countries: [...EUROPE, 'USA'], operators: ['ESA@-1986', 'EUMETSAT@1987-'], payload: { type: 'Satellite' }, description: 'European geostationary weather satellite.' },
  { name: 'Cosmic Vision {n}', type: 'Astrophysics', orbits: [['ES-L2', 2], ['Helio-N/A', 1]], from: 1990, weight: 0.3, countries: EUROPE, operators: ['ESA'], payload: { type: 'Space Probe' }, description: 'European science mission.' },
  { name: 'SPOT {n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 1986.1, to: 2014.5, weight: 0.4, countries: EUROPE, operators: ['CNES'], payload: { type: 'Satellite' }, description: 'French Earth observation satellite.' },
  { name: 'CSO-{n}', type: 'Government/Top Secret', orbits: [['SSO', 1]], from: 1995.5, weight: 0.3, countries: EUROPE, operators: ['CNES'], payload: { type: 'Satellite' }, description: 'French military reconnaissance satellite.' },
  // ------------------------------------------------------------ Japan
  { name: 'Tansei-{n}', type: 'Technology', orbits: [['LEO', 1]], from: 1970.1, to: 1985, weight: 1, families: ['Lambda', 'Mu'], operators: ['ISAS'], payload: { type: 'Satellite' }, description: 'Japanese test satellite.' },
  { name: 'Astro-{n}', type: 'Astrophysics', orbits: [['LEO', 1]], from: 1979, weight: 0.6, countries: ['JPN'], operators: ['ISAS@-2003', 'JAXA@2003-'], payload: { type: 'Satellite' }, description: 'Japanese astronomy satellite.' },
  { name: 'Himawari-{n}', type: 'Meteorology', orbits: [['GTO', 1]], from: 1977.5, weight: 0.4, countries: ['JPN', 'USA'], operators: ['NASDA@-2003', 'JAXA@2003-'], payload: { type: 'Satellite' }, description: 'Japanese geostationary weather satellite.' },
  { name: 'ETS-{n}', type: 'Technology', orbits: [['GTO', 1], ['LEO', 1]], from: 1975.7, weight: 0.5, countries: ['JPN'], operators: ['NASDA@-2003', 'JAXA@2003-'], payload: { type: 'Satellite' }, description: 'Engineering test satellite.' },
  { name: 'QZS-{n}', type: 'Navigation', orbits: [['IGSO', 1]], from: 2010.7, weight: 0.5, countries: ['JPN'], operators: ['JAXA'], payload: { type: 'Satellite' }, description: 'Quasi-Zenith navigation satellite.' },
  { name: 'IGS Optical {n}', type: 'Government/Top Secret', orbits: [['SSO', 1]], from: 2003.2, weight: 1.5, countries: ['JPN'], operators: ['JAXA'], payload: { type: 'Satellite' }, description: 'Japanese intelligence-gathering satellite.' },
  { name: 'ALOS-{n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 2006, weight: 0.5, countries: ['JPN'], operators: ['JAXA'], payload: { type: 'Satellite' }, description: 'Advanced Land Observing Satellite.' },
  // ------------------------------------------------------------ India
  { name: 'Rohini {n}', type: 'Technology', orbits: [['LEO', 1]], from: 1979.6, to: 1994.5, weight: 3, families: ['SLV'], operators: ['ISRO'], payload: { type: 'Satellite' }, description: 'Indian technology satellite.' },
  { name: 'Cartosat-{n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 1993.7, weight: 2, countries: ['IND'], operators: ['ISRO'], payload: { type: 'Satellite', rideshares: [0, 6] }, description: 'Indian Earth observation satellite.' },
  { name: 'GSAT-{n}', type: 'Communications', orbits: [['GTO', 1]], from: 2001.3, weight: 2, countries: ['IND', 'FRA'], operators: ['ISRO@-2021', 'NSIL@2022-'], payload: { type: 'Satellite' }, description: 'Indian geostationary communications satellite.' },
  { name: 'RISAT-{n}', type: 'Government/Top Secret', orbits: [['SSO', 1]], from: 2009.3, weight: 0.5, countries: ['IND'], operators: ['ISRO'], payload: { type: 'Satellite' }, description: 'Indian radar imaging satellite.' },
  { name: 'NVS-{n}', type: 'Navigation', orbits: [['IGSO', 1], ['GTO', 1]], from: 2013.5, weight: 0.6, countries: ['IND'], operators: ['ISRO'], payload: { type: 'Satellite' }, description: 'Indian regional navigation satellite.' },
  { name: 'Chandrayaan-{n}', type: 'Robotic Exploration', orbits: [['LTO', 1]], from: 2008.8, weight: 0.2, countries: ['IND'], operators: ['ISRO'], payload: { type: 'Lander' }, description: 'Indian lunar exploration mission.' },
  { name: 'EOS-{n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 2020.8, weight: 1, countries: ['IND'], operators: ['ISRO'], payload: { type: 'Satellite' }, description: 'Indian Earth observation satellite.' },
  // ------------------------------------------------------------ other countries
  { name: 'Ofek-{n}', type: 'Government/Top Secret', orbits: [['Retrograde', 1]], from: 1988.7, weight: 1, countries: ['ISR'], operators: ['IAI'], payload: { type: 'Satellite' }, description: 'Israeli reconnaissance satellite.' },
  { name: 'Noor-{n}', type: 'Government/Top Secret', orbits: [['LEO', 1]], from: 2020.3, weight: 1, countries: ['IRN'], operators: ['IRGC'], payload: { type: 'Satellite' }, description: 'Iranian military satellite.' },
  { name: 'Pars-{n}', type: 'Earth Science', orbits: [['LEO', 1], ['SSO', 1]], from: 2008.6, weight: 1, countries: ['IRN'], operators: ['ISA'], payload: { type: 'Satellite' }, description: 'Iranian research satellite.' },
  { name: 'Kwangmyongsong-{n}', type: 'Technology', orbits: [['SSO', 1]], from: 2009.2, to: 2016.2, weight: 1, countries: ['PRK'], operators: ['NADA'], payload: { type: 'Satellite' }, description: 'North Korean satellite.' },
  { name: 'Malligyong-{n}', type: 'Government/Top Secret', orbits: [['SSO', 1]], from: 2023.3, weight: 1, countries: ['PRK'], operators: ['NADA'], payload: { type: 'Satellite' }, description: 'North Korean reconnaissance satellite.' },
  { name: 'STSAT-2{n}', type: 'Technology', orbits: [['LEO', 1]], from: 2009.6, to: 2013.2, weight: 1, countries: ['KOR'], operators: ['KARI'], payload: { type: 'Satellite' }, description: 'South Korean science and technology satellite.' },
  { name: 'NEXTSat-{n}', type: 'Earth Science', orbits: [['SSO', 1]], from: 2021.7, weight: 1, countries: ['KOR'], operators: ['KARI'], payload: { type: 'Satellite', rideshares: [0, 4] }, description: 'South Korean satellite.' },
  { name: 'SATEC-{n}', type: 'Technology', orbits: [['LEO', 1]], from: 1997.8, to: 2003.7, weight: 1, countries: ['BRA'], operators: ['AEB'], payload: { type: 'Satellite' }, description: 'Brazilian technology satellite.' },
  { name: 'WRESAT', type: 'Technology', orbits: [['LEO', 1]], from: 1967, to: 1968, weight: 1, families: ['Sparta'], operators: ['WRE'], payload: { type: 'Satellite' }, description: 'The first Australian satellite.' },
  { name: 'Prospero {n}', type: 'Technology', orbits: [['LEO', 1]], from: 1969, to: 1972, weight: 1, families: ['Black Arrow'], operators: ['RAE'], payload: { type: 'Satellite' }, description: 'British technology satellite.' },
  { name: 'Asterix {n}', type: 'Technology', orbits: [['LEO', 1]], from: 1965, to: 1976, weight: 1, families: ['Diamant'], operators: ['CNES'], payload: { type: 'Satellite' }, description: 'French technology satellite.' },
  { name: 'Europa Test Flight {n}', type: 'Test Flight', orbits: [['LEO', 1]], from: 1964, to: 1972, weight: 1, families: ['Europa'], operators: ['ELDO'], description: 'Test flight of the Europa launch vehicle.' },
  // ------------------------------------------------------------ beyond Earth
  { name: 'Apollo {n} Lunar Module Ascent', counter: 'ApolloLM', start: 11, type: 'Human Exploration', orbits: [['LO', 1]], from: 1969.5, to: 1973, weight: 1, families: ['Apollo Lunar Module'], operators: ['NASA'], program: 'Apollo', description: 'Lift-off of the Apollo Lunar Module ascent stage from the lunar surface.' },
  { name: "Chang'e {n} Ascender", counter: 'ChangeAscent', start: 5, type: 'Robotic Exploration', orbits: [['LO', 1]], from: 2020.9, to: 2025, weight: 1, families: ["Chang'e Ascender"], operators: ['CNSA'], program: "Chang'e", description: 'Lift-off of the sample-return ascender from the lunar surface.' },
  // ------------------------------------------------------------ suborbital
  { name: '{sounding}', type: 'Heliophysics', orbits: [['Sub', 1]], from: 1962, weight: 2, families: ['Black Brant', 'Terrier'], operators: ['NASA', 'GSFC'], suborbital: true, payload: { type: 'Test Article' }, description: 'Sounding rocket flight for space science.' },
  { name: '{sounding}', type: 'Astrophysics', orbits: [['Sub', 1]], from: 1962, weight: 1, families: ['Black Brant', 'Terrier'], operators: ['NASA', 'APL'], suborbital: true, payload: { type: 'Test Article' }, description: 'Sounding rocket flight for astrophysics.' },
  { name: 'RockSat-X {n}', type: 'Technology', orbits: [['Sub', 1]], from: 2010, weight: 0.5, families: ['Terrier'], operators: ['NASA'], suborbital: true, payload: { type: 'Test Article' }, description: 'Student experiments on a sounding rocket.' },
  { name: 'GT {n}GM', type: 'Test Flight', orbits: [['Sub', 1]], from: 1962, weight: 1, families: ['Minuteman'], operators: ['USAF@-2019', 'USSF@2020-'], suborbital: true, description: 'Operational test launch of an unarmed ballistic missile.' },
  { name: 'TEXUS-{n}', type: 'Biology', orbits: [['Sub', 1]], from: 2004, weight: 1, families: ['VSB-30'], operators: ['DLR', 'SSC'], suborbital: true, payload: { type: 'Test Article' }, description: 'Microgravity research flight.' },
  { name: 'HASTE {n}', type: 'Test Flight', orbits: [['Sub', 1]], from: 2023.4, weight: 1, configs: ['Electron (HASTE)'], operators: ['USSF', 'NASA'], suborbital: true, description: 'Hypersonic test flight on a suborbital Electron.' },
];

/** Words for Rocket Lab-style mission names ('The Owl Spreads Its Wings'). */
export const QUIRKY = {
  first: ['The', 'Running', 'Still', 'Another', 'Return of the', 'Rise of the', 'Beginning of the', 'Love at First', 'A Data With', 'Owl Night', 'Catch Me If You', 'We Love the', 'Ready, Set,', "It's a", 'No Time to', 'Without Mission A', 'Stronger Together', 'Coming to a', 'Baby Come', "Don't Stop"],
  second: ['Owl', 'Fingers', 'Nebula', 'Quest', 'Insight', 'Destiny', 'Launch Window', 'Harvest', 'Mariner', 'Starlight', 'Stargazer', 'Kakapo', 'Kiwi', 'Tui', 'Whale', 'Beacon', 'Signal', 'Aurora', 'Horizon', 'Echo'],
};

export const SOUNDING_EXPERIMENTS = ['MaGIXS', 'CLASP', 'FOXSI', 'DEUCE', 'SubTEC', 'HiC', 'ACES', 'Hi-C Flare', 'CIBER', 'SPRITE', 'KiNET-X', 'EUNIS', 'VISIONS', 'Endurance', 'TRACERS-Pathfinder'];
