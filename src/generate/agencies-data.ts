import type { AgencyTypeName } from './lookup-tables.ts';

/**
 * Real organisations of spaceflight (launch providers, manufacturers, space agencies, operators), as
 * `key;name;abbrev;type;countries;founded;parent key;featured;launchers;spacecraft;info url;wiki title`.
 * Only public facts (names, countries, founding years) are used; descriptions are written generically.
 */
const TABLE = `
NASA;National Aeronautics and Space Administration;NASA;Government;USA;1958;;1;Space Launch System;Orion;https://www.nasa.gov/;NASA
SpX;SpaceX;SpX;Commercial;USA;2002;;1;Falcon | Starship;Dragon;https://www.spacex.com/;SpaceX
ULA;United Launch Alliance;ULA;Commercial;USA;2006;;1;Atlas | Delta | Vulcan;;https://www.ulalaunch.com/;United Launch Alliance
RL;Rocket Lab;RL;Commercial;USA,NZL;2006;;1;Electron | Neutron;Photon;https://www.rocketlabusa.com/;Rocket Lab
BO;Blue Origin;BO;Commercial;USA;2000;;1;New Shepard | New Glenn;Blue Moon;https://www.blueorigin.com/;Blue Origin
NGC;Northrop Grumman;NOC;Commercial;USA;1994;;0;;;https://www.northropgrumman.com/;Northrop Grumman
NG;Northrop Grumman Space Systems;NGSS;Commercial;USA;1982;NGC;1;Antares | Minotaur | Pegasus;Cygnus;https://www.northropgrumman.com/space/;Northrop Grumman Space Systems
OSC;Orbital Sciences Corporation;OSC;Commercial;USA;1982;;0;Pegasus | Taurus | Antares | Minotaur;Cygnus;;Orbital Sciences Corporation
VG;Virgin Galactic;VG;Commercial;USA;2004;;0;SpaceShipTwo;SpaceShipTwo;https://www.virgingalactic.com/;Virgin Galactic
VO;Virgin Orbit;VO;Commercial;USA;2017;;0;LauncherOne;;;Virgin Orbit
FF;Firefly Aerospace;FA;Commercial;USA;2017;;0;Alpha | Eclipse;Blue Ghost;https://fireflyspace.com/;Firefly Aerospace
ASTRA;Astra Space;ASTRA;Commercial;USA;2016;;0;Rocket 3;;;Astra (American spaceflight company)
USAF;United States Air Force;USAF;Government;USA;1947;;0;;;https://www.af.mil/;United States Air Force
USSF;United States Space Force;USSF;Government;USA;2019;;0;;;https://www.spaceforce.mil/;United States Space Force
USN;United States Navy;USN;Government;USA;1775;;0;Vanguard;;https://www.navy.mil/;United States Navy
ABMA;Army Ballistic Missile Agency;ABMA;Government;USA;1956;;0;Juno | Redstone;;;Army Ballistic Missile Agency
NRO;National Reconnaissance Office;NRO;Government;USA;1961;;0;;;https://www.nro.gov/;National Reconnaissance Office
NOAA;National Oceanic and Atmospheric Administration;NOAA;Government;USA;1970;;0;;;https://www.noaa.gov/;National Oceanic and Atmospheric Administration
Boeing;Boeing;BA;Commercial;USA;1916;;0;Delta;Starliner;https://www.boeing.com/;Boeing
LM;Lockheed Martin;LM;Commercial;USA;1995;;0;Atlas | Titan;Orion;https://www.lockheedmartin.com/;Lockheed Martin
MDAC;McDonnell Douglas;MD;Commercial;USA;1967;;0;Delta;Gemini;;McDonnell Douglas
DAC;Douglas Aircraft Company;DAC;Commercial;USA;1921;;0;Thor | Delta;;;Douglas Aircraft Company
GD;General Dynamics;GD;Commercial;USA;1952;;0;Atlas;;;General Dynamics
MM;Martin Marietta;MM;Commercial;USA;1961;;0;Titan | Vanguard;;;Martin Marietta
NAA;North American Aviation;NAA;Commercial;USA;1928;;0;Saturn;Apollo;;North American Aviation
RI;Rockwell International;RI;Commercial;USA;1973;;0;Space Shuttle;Space Shuttle;;Rockwell International
Chrysler;Chrysler Corporation Space Division;CCSD;Commercial;USA;1961;;0;Saturn;;;Chrysler
Grumman;Grumman Aerospace Corporation;GAC;Commercial;USA;1930;;0;;Apollo Lunar Module;;Grumman
LTV;Ling-Temco-Vought;LTV;Commercial;USA;1961;;0;Scout;;;LTV Corporation
SNC;Sierra Space;SNC;Commercial;USA;2021;;0;;Dream Chaser;https://www.sierraspace.com/;Sierra Space
Axiom;Axiom Space;AX;Commercial;USA;2016;;0;;Axiom Station;https://www.axiomspace.com/;Axiom Space
Vast;Vast;VAST;Commercial;USA;2021;;0;;Haven-1;;Vast (company)
JPL;Jet Propulsion Laboratory;JPL;Government;USA;1936;NASA;0;;;https://www.jpl.nasa.gov/;Jet Propulsion Laboratory
APL;Johns Hopkins University Applied Physics Laboratory;APL;Educational;USA;1942;;0;;;https://www.jhuapl.edu/;Applied Physics Laboratory
GSFC;Goddard Space Flight Center;GSFC;Government;USA;1959;NASA;0;;;https://www.nasa.gov/goddard/;Goddard Space Flight Center
Ball;Ball Aerospace;BALL;Commercial;USA;1956;;0;;;;Ball Aerospace & Technologies
Maxar;Maxar Space Systems;MAXR;Commercial;USA;1957;;0;;;;Maxar Technologies
Planet;Planet Labs;PL;Commercial;USA;2010;;0;;Dove;https://www.planet.com/;Planet Labs
Spire;Spire Global;SPIR;Commercial;USA;2012;;0;;;;Spire Global
Iridium;Iridium Communications;IRDM;Commercial;USA;1998;;0;;;;Iridium Communications
Globalstar;Globalstar;GSAT;Commercial;USA;1991;;0;;;;Globalstar
Amazon;Amazon Kuiper Systems;AMZN;Commercial;USA;2019;;0;;;;Project Kuiper
Viasat;Viasat;VSAT;Commercial;USA;1986;;0;;;;Viasat
ASTS;AST SpaceMobile;ASTS;Commercial;USA;2017;;0;;;;AST SpaceMobile
SSP;Soviet Space Program;CCCP;Government;RUS;1955;;1;Vostok | Voskhod | Soyuz | Proton | N1;Vostok | Voskhod | Soyuz;;Soviet space program
RFSA;Russian Federal Space Agency (ROSCOSMOS);RFSA;Government;RUS;1992;;1;Soyuz | Proton | Angara;Soyuz | Progress;https://www.roscosmos.ru/;Roscosmos
VKS;Russian Aerospace Forces;VKS;Government;RUS;2015;;0;;;https://eng.mil.ru/;Russian Aerospace Forces
RVSN;Strategic Rocket Forces;RVSN;Government;RUS;1959;;0;;;;Strategic Rocket Forces
Progress;Progress Rocket Space Centre;TsSKB;Government;RUS;1996;RFSA;0;Soyuz;;https://www.samspace.ru/;Progress Rocket Space Centre
Khrunichev;Khrunichev State Research and Production Space Center;KhSC;Government;RUS;1916;RFSA;0;Proton | Angara | Rokot;;https://www.khrunichev.ru/;Khrunichev State Research and Production Space Center
Energia;RKK Energia;RKKE;Government;RUS;1946;RFSA;0;Energia;Soyuz | Progress;https://www.energia.ru/;Energia (corporation)
OKB1;OKB-1;OKB-1;Government;RUS;1946;SSP;0;R-7 | N1;Vostok | Voskhod | Soyuz;;Korolev Design Bureau
Lavochkin;NPO Lavochkin;NPOL;Government;RUS;1937;RFSA;0;Fregat;Luna | Venera;https://www.laspace.ru/;NPO Lavochkin
Reshetnev;ISS Reshetnev;ISSR;Government;RUS;1959;RFSA;0;;;https://www.iss-reshetnev.ru/;Information Satellite Systems Reshetnev
Polyot;Polyot;POL;Government;RUS;1941;RFSA;0;Kosmos-3M;;;Polyot (company)
Glavkosmos;Glavkosmos;GK;Government;RUS;1985;RFSA;0;Soyuz;;https://www.glavkosmos.com/;Glavkosmos
Eurockot;Eurockot Launch Services;EUR;Commercial;DEU,RUS;1995;;0;Rokot;;;Eurockot Launch Services
Kosmotras;ISC Kosmotras;ISCK;Commercial;RUS,UKR;1997;;0;Dnepr;;;ISC Kosmotras
Starsem;Starsem;STAR;Commercial;FRA,RUS;1996;;0;Soyuz;;;Starsem
ILS;International Launch Services;ILS;Commercial;USA,RUS;1995;;0;Proton | Angara;;;International Launch Services
SeaLaunch;Sea Launch;SL;Multinational;USA,RUS,UKR,NOR;1995;;0;Zenit;;;Sea Launch
Yuzhnoye;Yuzhnoye Design Bureau;YDB;Government;UKR;1954;;0;Zenit | Tsyklon | Dnepr;;https://www.yuzhnoye.com/;Yuzhnoye Design Office
GazpromSS;Gazprom Space Systems;GKS;Commercial;RUS;1992;;0;;;;Gazprom Space Systems
CASC;China Aerospace Science and Technology Corporation;CASC;Government;CHN;1999;;1;Long March;Shenzhou | Tianzhou;http://www.spacechina.com/;China Aerospace Science and Technology Corporation
CALT;China Academy of Launch Vehicle Technology;CALT;Government;CHN;1957;CASC;0;Long March;;;China Academy of Launch Vehicle Technology
SAST;Shanghai Academy of Spaceflight Technology;SAST;Government;CHN;1961;CASC;0;Long March;;;Shanghai Academy of Spaceflight Technology
CAST;China Academy of Space Technology;CAST;Government;CHN;1968;CASC;0;;Shenzhou;;China Academy of Space Technology
CNSA;China National Space Administration;CNSA;Government;CHN;1993;;0;;Chang'e | Tianwen;http://www.cnsa.gov.cn/;China National Space Administration
CMSA;China Manned Space Agency;CMSA;Government;CHN;1992;;0;;Shenzhou | Tiangong;http://www.cmse.gov.cn/;China Manned Space Agency
CASIC;China Aerospace Science and Industry Corporation;CASIC;Government;CHN;1999;;0;Kuaizhou;;;China Aerospace Science and Industry Corporation
ExPace;ExPace;EXPACE;Commercial;CHN;2016;CASIC;0;Kuaizhou;;;ExPace
GE;Galactic Energy;GE;Commercial;CHN;2018;;0;Ceres;;;Galactic Energy
LS;LandSpace;LDS;Commercial;CHN;2015;;0;Zhuque;;https://www.landspace.com/;LandSpace
iSpace;i-Space;ISPC;Commercial;CHN;2016;;0;Hyperbola;;;I-Space (Chinese company)
CASS;CAS Space;CAS;Commercial;CHN;2018;;0;Zhongke;;https://cas-space.com/;CAS Space
Orienspace;Orienspace;OS;Commercial;CHN;2020;;0;Gravity;;;Orienspace
SpacePioneer;Space Pioneer;SP;Commercial;CHN;2019;;0;Tianlong;;;Space Pioneer
ChinaRocket;China Rocket Co. Ltd.;CRC;Commercial;CHN;2016;CALT;0;Jielong;;;China Rocket
CSNG;China Satellite Network Group;CSNG;Government;CHN;2021;;0;;Guowang;;China Satellite Network Group
SSST;Shanghai Spacecom Satellite Technology;SSST;Commercial;CHN;2018;;0;;Qianfan;;Qianfan (satellite constellation)
CGSTL;Chang Guang Satellite Technology;CGSTL;Commercial;CHN;2014;;0;;Jilin-1;;Chang Guang Satellite Technology
ESA;European Space Agency;ESA;Multinational;FRA,DEU,ITA,ESP,GBR,NLD,BEL,SWE,NOR,FIN,LUX;1975;;1;Ariane | Vega;ATV;https://www.esa.int/;European Space Agency
AG;ArianeGroup;AG;Commercial;FRA,DEU;2015;;0;Ariane;;https://www.ariane.group/;ArianeGroup
AE;Arianespace;ASA;Commercial;FRA;1980;AG;1;Ariane | Vega | Soyuz;;https://www.arianespace.com/;Arianespace
CNES;Centre National d'Études Spatiales;CNES;Government;FRA;1961;;0;Diamant;;https://cnes.fr/;CNES
ELDO;European Launcher Development Organisation;ELDO;Multinational;GBR,FRA,DEU,ITA,BEL,NLD;1962;;0;Europa;;;European Launcher Development Organisation
Avio;Avio;AVIO;Commercial;ITA;1908;;0;Vega;;https://www.avio.com/;Avio
DLR;German Aerospace Center;DLR;Government;DEU;1969;;0;;;https://www.dlr.de/;German Aerospace Center
ASI;Italian Space Agency;ASI;Government;ITA;1988;;0;;;https://www.asi.it/;Italian Space Agency
UKSA;UK Space Agency;UKSA;Government;GBR;2010;;0;;;;UK Space Agency
RAE;Royal Aircraft Establishment;RAE;Government;GBR;1918;;0;Black Arrow;;;Royal Aircraft Establishment
Isar;Isar Aerospace;ISAR;Commercial;DEU;2018;;0;Spectrum;;https://www.isaraerospace.com/;Isar Aerospace
RFA;Rocket Factory Augsburg;RFA;Commercial;DEU;2018;;0;RFA One;;;Rocket Factory Augsburg
PLD;PLD Space;PLD;Commercial;ESP;2011;;0;Miura;;;PLD Space
Airbus;Airbus Defence and Space;ADS;Commercial;FRA,DEU,ESP,GBR;2014;;0;;;;Airbus Defence and Space
TAS;Thales Alenia Space;TAS;Commercial;FRA,ITA;2007;;0;;;;Thales Alenia Space
EUMETSAT;EUMETSAT;EUM;Multinational;DEU;1986;;0;;;https://www.eumetsat.int/;EUMETSAT
SES;SES S.A.;SES;Commercial;LUX;1985;;0;;;;SES S.A.
Eutelsat;Eutelsat;ETL;Commercial;FRA;1977;;0;;;;Eutelsat
OneWeb;OneWeb;OW;Commercial;GBR;2012;Eutelsat;0;;;;OneWeb
Intelsat;Intelsat;INTL;Commercial;LUX,USA;1964;;0;;;;Intelsat
Inmarsat;Inmarsat;INM;Commercial;GBR;1979;Viasat;0;;;;Inmarsat
JAXA;Japan Aerospace Exploration Agency;JAXA;Government;JPN;2003;;1;H-IIA | H3 | Epsilon;HTV;https://global.jaxa.jp/;JAXA
ISAS;Institute of Space and Astronautical Science;ISAS;Government;JPN;1964;JAXA;0;Lambda | Mu;;;Institute of Space and Astronautical Science
NASDA;National Space Development Agency of Japan;NASDA;Government;JPN;1969;;0;N | H;;;National Space Development Agency of Japan
MHI;Mitsubishi Heavy Industries;MHI;Commercial;JPN;1884;;1;H-IIA | H-IIB | H3;;https://www.mhi.com/;Mitsubishi Heavy Industries
SpaceOne;Space One;S1;Commercial;JPN;2018;;0;Kairos;;;Space One (company)
ISRO;Indian Space Research Organization;ISRO;Government;IND;1969;;1;PSLV | GSLV | LVM3 | SSLV;Gaganyaan;https://www.isro.gov.in/;Indian Space Research Organisation
NSIL;NewSpace India Limited;NSIL;Government;IND;2019;ISRO;0;PSLV | LVM3;;;NewSpace India Limited
IAI;Israel Aerospace Industries;IAI;Government;ISR;1953;;0;Shavit;;https://www.iai.co.il/;Israel Aerospace Industries
ISA;Iranian Space Agency;ISA;Government;IRN;2004;;0;Safir | Simorgh;;;Iranian Space Agency
IRGC;Islamic Revolutionary Guard Corps;IRGC;Government;IRN;1979;;0;Qased | Qaem;;;Islamic Revolutionary Guard Corps Aerospace Force
NADA;National Aerospace Development Administration;NADA;Government;PRK;2013;;0;Unha | Chollima;;;National Aerospace Development Administration
KARI;Korea Aerospace Research Institute;KARI;Government;KOR;1989;;0;Naro | Nuri;;https://www.kari.re.kr/;Korea Aerospace Research Institute
AEB;Brazilian Space Agency;AEB;Government;BRA;1994;;0;VLS;;https://www.gov.br/aeb/;Brazilian Space Agency
IAE;Institute of Aeronautics and Space;IAE;Government;BRA;1969;AEB;0;VLS | VSB-30;;;Instituto de Aeronáutica e Espaço
Gilmour;Gilmour Space Technologies;GST;Commercial;AUS;2012;;0;Eris;;;Gilmour Space Technologies
AUSA;Australian Space Agency;ASA;Government;AUS;2018;;0;;;;Australian Space Agency
WRE;Weapons Research Establishment;WRE;Government;AUS;1955;;0;Sparta;;;Weapons Research Establishment
CSA;Canadian Space Agency;CSA;Government;CAN;1989;;0;;Canadarm;https://www.asc-csa.gc.ca/;Canadian Space Agency
MBRSC;Mohammed bin Rashid Space Centre;MBRSC;Government;ARE;2006;;0;;;;Mohammed bin Rashid Space Centre
SSAU;State Space Agency of Ukraine;SSAU;Government;UKR;1992;;0;Tsyklon | Zenit;;;State Space Agency of Ukraine
CONAE;Comisión Nacional de Actividades Espaciales;CONAE;Government;ARG;1991;;0;;;;Comisión Nacional de Actividades Espaciales
SaudiSA;Saudi Space Agency;SSA;Government;SAU;2018;;0;;;;Saudi Space Agency
TUA;Turkish Space Agency;TUA;Government;TUR;2018;;0;;;;Turkish Space Agency
AEM;Mexican Space Agency;AEM;Government;MEX;2010;;0;;;;Mexican Space Agency
CRPSM;Centro Ricerche Progetto San Marco;CRPSM;Educational;ITA;1962;;0;Scout;;;Broglio Space Centre
AndoyaSpace;Andøya Space;AS;Government;NOR;1962;;0;;;;Andøya Space
SSC;Swedish Space Corporation;SSC;Government;SWE;1972;;0;;;;Swedish Space Corporation
ISIS;ISISPACE;ISIS;Commercial;NLD;2006;;0;;;;ISISPACE
UTokyo;University of Tokyo;UT;Educational;JPN;1877;;0;;;;University of Tokyo
`;

export interface AgencySpec {
  key: string;
  name: string;
  abbrev: string;
  type: AgencyTypeName;
  countries: string[];
  founded: number | null;
  parent: string | null;
  featured: boolean;
  launchers: string;
  spacecraft: string;
  infoUrl: string | null;
  wiki: string | null;
}

export const REAL_AGENCIES: AgencySpec[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [key, name, abbrev, type, countries, founded, parent, featured, launchers, spacecraft, info, wiki] = line.split(';');
    return {
      key,
      name,
      abbrev,
      type: type as AgencyTypeName,
      countries: countries.split(','),
      founded: founded ? Number(founded) : null,
      parent: parent || null,
      featured: featured === '1',
      launchers,
      spacecraft,
      infoUrl: info || null,
      wiki: wiki || null,
    };
  });

/** Word pools for the fictional satellite operators and manufacturers that fill out the agency list. */
export const SYNTHETIC_AGENCY_WORDS = {
  first: [
    'Aurora', 'Boreal', 'Cobalt', 'Equinox', 'Fathom', 'Granite', 'Halcyon', 'Ionic', 'Juniper', 'Kestrel', 'Lumen',
    'Meridian', 'Nadir', 'Obsidian', 'Perigee', 'Quasar', 'Radiant', 'Sable', 'Tessera', 'Umbra', 'Vantage', 'Wayfinder',
    'Xenon', 'Yarrow', 'Zephyr', 'Albedo', 'Bluewater', 'Cirrus', 'Driftwood', 'Ember', 'Fjord', 'Gyre', 'Horizon',
    'Isotope', 'Keystone', 'Lodestar', 'Monolith', 'Northstar', 'Oriel', 'Parallax',
  ],
  second: [
    'Orbital', 'Space Systems', 'Satellites', 'Aerospace', 'Space Technologies', 'Spaceworks', 'Orbital Systems',
    'Space', 'Observation', 'Communications', 'Geospatial', 'Space Labs',
  ],
};
