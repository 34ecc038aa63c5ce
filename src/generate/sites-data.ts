/**
 * Launch sites (locations with their pads) and landing locations. Coordinates and names are public
 * facts; a few sites are on the Moon and Mars so that non-Earth celestial bodies appear.
 * `key;name;country alpha-3 or -;latitude;longitude;timezone;celestial body;pads separated by |`
 */
const LOCATIONS = `
CCSFS;Cape Canaveral SFS, FL, USA;USA;28.4889;-80.5778;America/New_York;Earth;Launch Complex 5|Launch Complex 14|Launch Complex 17A|Launch Complex 17B|Launch Complex 18A|Launch Complex 19|Launch Complex 34|Launch Complex 36A|Launch Complex 36B|Launch Complex 37B|Space Launch Complex 40|Space Launch Complex 41|Launch Complex 46
KSC;Kennedy Space Center, FL, USA;USA;28.5729;-80.649;America/New_York;Earth;Launch Complex 39A|Launch Complex 39B
VSFB;Vandenberg SFB, CA, USA;USA;34.742;-120.5724;America/Los_Angeles;Earth;Space Launch Complex 2W|Space Launch Complex 3E|Space Launch Complex 4E|Space Launch Complex 5|Space Launch Complex 6|Space Launch Complex 8|Launch Facility 10
WFF;Wallops Flight Facility, Virginia, USA;USA;37.8402;-75.4881;America/New_York;Earth;Launch Area 0A|Launch Area 0B|Launch Area 2|Launch Area 3|Launch Complex 3
WSMR;White Sands Missile Range, NM, USA;USA;32.3834;-106.4798;America/Denver;Earth;Launch Complex 36|Launch Complex 38
PFRR;Poker Flat Research Range, AK, USA;USA;65.1296;-147.4794;America/Anchorage;Earth;Launch Complex 4|Launch Complex 5
PSCA;Pacific Spaceport Complex, Alaska, USA;USA;57.4356;-152.3378;America/Anchorage;Earth;Launch Pad 1|Launch Pad 3B
RTS;Reagan Test Site, Kwajalein Atoll, Marshall Islands;MHL;9.0477;167.7431;Pacific/Kwajalein;Earth;Omelek Island|Meck Island
STB;SpaceX Starbase, TX, USA;USA;25.9972;-97.1561;America/Chicago;Earth;Orbital Launch Mount A|Orbital Launch Mount B
CORN;Corn Ranch, Van Horn, TX, USA;USA;31.4229;-104.7573;America/Chicago;Earth;Launch Site One
SPA;Spaceport America, NM, USA;USA;32.9903;-106.975;America/Denver;Earth;Runway 16/34
MOJ;Mojave Air and Space Port, CA, USA;USA;35.0594;-118.1517;America/Los_Angeles;Earth;Runway 12/30
MAHIA;Rocket Lab Launch Complex 1, Mahia Peninsula, New Zealand;NZL;-39.2615;177.8649;Pacific/Auckland;Earth;Launch Complex 1A|Launch Complex 1B
BAIK;Baikonur Cosmodrome, Republic of Kazakhstan;KAZ;45.92;63.342;Asia/Qyzylorda;Earth;Site 1/5|Site 31/6|Site 81/23|Site 81/24|Site 200/39|Site 200/40|Site 45/1|Site 90/19|Site 90/20|Site 110/37|Site 110/38|Site 109/95|Site 175/59
PLES;Plesetsk Cosmodrome, Russian Federation;RUS;62.9271;40.5777;Europe/Moscow;Earth;Site 41/1|Site 43/3|Site 43/4|Site 16/2|Site 132/1|Site 132/2|Site 133/3|Site 32/1|Site 32/2|Site 35/1
KY;Kapustin Yar, Russian Federation;RUS;48.5783;46.2547;Europe/Volgograd;Earth;Site 107|Mayak-2
VOST;Vostochny Cosmodrome, Siberia, Russian Federation;RUS;51.8844;128.3339;Asia/Yakutsk;Earth;Site 1S|Site 1A
YASNY;Yasny Cosmodrome, Russian Federation;RUS;51.0935;59.8421;Asia/Yekaterinburg;Earth;Site 370/13
JSLC;Jiuquan Satellite Launch Center, People's Republic of China;CHN;40.958056;100.291111;Asia/Shanghai;Earth;Launch Area 4 (SLS-1)|Launch Area 4 (SLS-2)|LC-43/94|LC-43/95|LC-43/96|Launch Area 2B|Launch Area 140|Launch Complex 138
TSLC;Taiyuan Satellite Launch Center, People's Republic of China;CHN;38.8491;111.608;Asia/Shanghai;Earth;Launch Complex 9|Launch Complex 9A|Launch Complex 16|Launch Complex 7
XSLC;Xichang Satellite Launch Center, People's Republic of China;CHN;28.2463;102.0266;Asia/Shanghai;Earth;Launch Complex 2|Launch Complex 3
WSLS;Wenchang Space Launch Site, People's Republic of China;CHN;19.6145;110.951;Asia/Shanghai;Earth;Launch Complex 101|Launch Complex 201|Commercial Launch Pad 1|Commercial Launch Pad 2
HAIYANG;Haiyang Oriental Spaceport, Yellow Sea, People's Republic of China;CHN;35.0;121.2;Asia/Shanghai;Earth;Tai Rui Barge|De Bo 3 Barge
CSG;Guiana Space Centre, French Guiana;FRA;5.2394;-52.7684;America/Cayenne;Earth;ELA-1|ELA-2|ELA-3|ELA-4|Soyuz Launch Complex|Vega Launch Complex|Diamant Launch Complex
HAMM;Hammaguir, Algeria;DZA;30.88;-3.04;Africa/Algiers;Earth;Brigitte|Béatrice
WOOM;Woomera Test Range, South Australia;AUS;-30.9553;136.5322;Australia/Adelaide;Earth;Launch Area 5B|Launch Area 8
BOWEN;Bowen Orbital Spaceport, Queensland, Australia;AUS;-19.9857;148.2334;Australia/Brisbane;Earth;Launch Pad 1
TNSC;Tanegashima Space Center, Japan;JPN;30.4009;130.9749;Asia/Tokyo;Earth;Yoshinobu Launch Complex LP-1|Yoshinobu Launch Complex LP-2|Osaki Launch Complex
USC;Uchinoura Space Center, Japan;JPN;31.251;131.0813;Asia/Tokyo;Earth;Mu Launch Pad|Lambda Launch Pad
KII;Spaceport Kii, Japan;JPN;33.5469;135.8886;Asia/Tokyo;Earth;Launch Pad
SDSC;Satish Dhawan Space Centre, India;IND;13.7199;80.2304;Asia/Kolkata;Earth;First Launch Pad|Second Launch Pad|SLV Launch Pad|Small Satellite Launch Complex
PALM;Palmachim Airbase, State of Israel;ISR;31.8848;34.6802;Asia/Jerusalem;Earth;Palmachim Launch Complex
SEMNAN;Imam Khomeini Spaceport, Semnan Space Center, Iran;IRN;35.2346;53.921;Asia/Tehran;Earth;Launch Pad 1|Launch Pad 2
SHAH;Shahroud Missile Test Site, Iran;IRN;36.201;55.333;Asia/Tehran;Earth;Mobile Launcher Pad
SOHAE;Sohae Satellite Launching Station, Democratic People's Republic of Korea;PRK;39.66;124.705;Asia/Pyongyang;Earth;Vertical Launch Pad
NARO;Naro Space Center, South Korea;KOR;34.4319;127.535;Asia/Seoul;Earth;Launch Pad 1|Launch Pad 2
ALC;Alcântara Launch Center, Maranhão, Brazil;BRA;-2.3158;-44.3677;America/Fortaleza;Earth;VLS Pad|Sounding Rocket Pad
SANM;Broglio Space Centre, Republic of Kenya;KEN;-2.941;40.213;Africa/Nairobi;Earth;San Marco Platform|Santa Rita Platform
ANDOYA;Andøya Spaceport, Norway;NOR;69.2944;16.0207;Europe/Oslo;Earth;Orbital Launch Pad|Sounding Rocket Pad
SAXA;SaxaVord Spaceport, Shetland, United Kingdom;GBR;60.8161;-0.7683;Europe/London;Earth;Lamba Ness Pad
ESRANGE;Esrange Space Center, Sweden;SWE;67.8932;21.1069;Europe/Stockholm;Earth;MAXUS Launcher|Launch Pad 3
SEALAUNCH;Ocean Odyssey, Pacific Ocean;-;0.0;-154.0;Pacific/Honolulu;Earth;Ocean Odyssey
AIR;Air launch to orbit;-;36.0;-121.0;UTC;Earth;Stargazer L-1011|Cosmic Girl|Balls 8 B-52
MOON;Lunar Surface;-;0.6741;23.473;UTC;Moon;Tranquility Base|Ocean of Storms|Fra Mauro|Hadley-Apennine|Descartes Highlands|Taurus-Littrow|Mons Rümker|Apollo Basin
MARS;Jezero Crater, Mars;-;18.4446;77.4509;UTC;Mars;Sample Retrieval Lander Site
`;

export interface LocationSpec {
  key: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  timezone: string;
  body: string;
  pads: string[];
}

export const LOCATIONS_DATA: LocationSpec[] = LOCATIONS.trim()
  .split('\n')
  .map((line) => {
    const [key, name, country, lat, lon, timezone, body, pads] = line.split(';');
    return { key, name, country: country === '-' ? null : country, lat: Number(lat), lon: Number(lon), timezone, body, pads: pads.split('|') };
  });

/** `key;name;abbrev;location key or -;latitude;longitude;description` */
const LANDING_LOCATIONS = `
OCISLY;Of Course I Still Love You;OCISLY;-;29.5;-74.0;Autonomous spaceport drone ship stationed in the Atlantic Ocean.
JRTI;Just Read the Instructions;JRTI;-;30.5;-75.0;Autonomous spaceport drone ship, first on the West Coast and later in the Atlantic Ocean.
ASOG;A Shortfall of Gravitas;ASOG;-;31.0;-73.5;Autonomous spaceport drone ship stationed in the Atlantic Ocean.
LZ1;Landing Zone 1;LZ-1;CCSFS;28.4858;-80.5444;Former Launch Complex 13, converted into a landing pad for first stages.
LZ2;Landing Zone 2;LZ-2;CCSFS;28.4859;-80.5433;Second landing pad at the former Launch Complex 13.
LZ4;Landing Zone 4;LZ-4;VSFB;34.6332;-120.6156;Landing pad at the former Space Launch Complex 4W.
ATL;Atlantic Ocean;ATL;-;30.0;-60.0;Recovery or disposal zone in the Atlantic Ocean.
PAC;Pacific Ocean;PAC;-;20.0;-140.0;Recovery or disposal zone in the Pacific Ocean.
GOM;Gulf of Mexico;GOM;-;27.5;-88.0;Splashdown zone in the Gulf of Mexico.
IO;Indian Ocean;IO;-;-20.0;80.0;Disposal zone in the Indian Ocean.
KZ;Kazakhstan Steppe;KZ;BAIK;47.35;69.6;Landing zone on the steppe of Kazakhstan.
DLS;Dongfeng Landing Site;DLS;JSLC;41.6;100.1;Landing site in the Badain Jaran Desert, Inner Mongolia.
EDW;Edwards Air Force Base;EDW;-;34.9054;-117.8839;Air base in the Mojave Desert with long runways on a dry lakebed.
SLF;Shuttle Landing Facility;SLF;KSC;28.615;-80.6945;Runway at the Kennedy Space Center.
WSSH;White Sands Space Harbor;WSSH;WSMR;32.9431;-106.4197;Landing site in the Tularosa Basin.
LNA;Lop Nur Airbase;LNA;-;40.7729;89.282;Military airbase located on a dried salt lake in the Xinjiang Uygur Autonomous Region, China.
WTX;West Texas Landing Pad;WTX;CORN;31.4229;-104.7573;Landing pad near the New Shepard launch site.
SPAR;Spaceport America Runway;SPAR;SPA;32.9903;-106.975;Runway of Spaceport America.
SPOUA;South Pacific Ocean Uninhabited Area;SPOUA;-;-48.8767;-123.3933;Remote ocean area where spacecraft are disposed of at the end of their missions.
OLMA;Orbital Launch Mount A Tower;OLM-A;STB;25.9972;-97.1561;The launch tower at Starbase, whose arms catch returning boosters.
JACKLYN;Jacklyn;LPV1;-;30.2;-74.5;Landing platform vessel stationed in the Atlantic Ocean.
BOB;Bay of Bengal;BOB;-;15.0;88.0;Splashdown zone in the Bay of Bengal.
YUB;Yubileyniy Airfield;YUB;BAIK;46.03;63.25;Runway built at Baikonur for the Buran orbiter.
`;

export interface LandingLocationSpec {
  key: string;
  name: string;
  abbrev: string;
  location: string | null;
  lat: number;
  lon: number;
  description: string;
}

export const LANDING_LOCATIONS_DATA: LandingLocationSpec[] = LANDING_LOCATIONS.trim()
  .split('\n')
  .map((line) => {
    const [key, name, abbrev, location, lat, lon, description] = line.split(';');
    return { key, name, abbrev, location: location === '-' ? null : location, lat: Number(lat), lon: Number(lon), description };
  });
