/**
 * Launch vehicle families and their configurations, with the years they flew and roughly how many
 * launches a year each family made (`rate`, breakpoints interpolated linearly). The rates drive both
 * the mix of vehicles and the number of launches per year, so the dataset's history has the real
 * shape: the Soviet peak of the 1970s-80s, the quiet 2000s, the boom of the 2020s.
 *
 * Sites are `LOCATION` (any of its pads) or `LOCATION:Pad name`, optionally `@from` or `@from-to`
 * (years) when a site was only used for part of the family's life.
 */

export type SizeClass = 'sub' | 's' | 'm' | 'h' | 'sh';

export interface ConfigSpec {
  name: string;
  from: number;
  to?: number;
  /** Relative weight among the configs flying the same year. */
  weight?: number;
  size?: SizeClass;
  variant?: string;
  reusable?: boolean;
  /** Every flight of this config is suborbital. */
  suborbital?: boolean;
  sites?: string[];
  providers?: Array<[agency: string, from: number, to?: number]>;
  /** First-stage boosters: serial prefix and how many cores fly per launch (Falcon Heavy: 3). */
  booster?: { prefix: string; start: number; cores?: number; landing: string[]; reuseFrom: number };
  alias?: string;
}

export interface FamilySpec {
  name: string;
  parent?: string;
  country: string;
  manufacturers: string[];
  providers: Array<[agency: string, from: number, to?: number]>;
  rate: Array<[year: number, launchesPerYear: number]>;
  sites: string[];
  size: SizeClass;
  configs: ConfigSpec[];
  description: string;
  suborbital?: boolean;
  programs?: string[];
}

const F9_BOOSTER = { landing: ['ASDS', 'RTLS'], reuseFrom: 2017.2 };

export const FAMILIES: FamilySpec[] = [
  // ---------------------------------------------------------------- United States
  {
    name: 'Vanguard', country: 'USA', manufacturers: ['MM'], providers: [['USN', 1957]], size: 's',
    rate: [[1957.9, 3], [1959.9, 3]], sites: ['CCSFS:Launch Complex 18A'],
    configs: [{ name: 'Vanguard', from: 1957 }],
    description: 'Three-stage launch vehicle developed for the first American satellite programme.',
  },
  {
    name: 'Juno', country: 'USA', manufacturers: ['ABMA'], providers: [['ABMA', 1958]], size: 's',
    rate: [[1958, 3], [1961.5, 2]], sites: ['CCSFS:Launch Complex 5'],
    configs: [{ name: 'Juno I', from: 1958, to: 1958 }, { name: 'Juno II', from: 1958, to: 1961 }],
    description: 'Launch vehicles derived from the Redstone and Jupiter missiles.',
  },
  {
    name: 'Thor', country: 'USA', manufacturers: ['DAC'], providers: [['USAF', 1958]], size: 's',
    rate: [[1958, 6], [1960, 22], [1966, 22], [1972, 8], [1980, 2]],
    sites: ['CCSFS:Launch Complex 17A', 'CCSFS:Launch Complex 17B', 'VSFB:Space Launch Complex 2W', 'VSFB:Launch Facility 10'],
    configs: [
      { name: 'Thor-Able', from: 1958, to: 1960 },
      { name: 'Thor-Agena A', from: 1959, to: 1960 },
      { name: 'Thor-Agena B', from: 1960, to: 1966 },
      { name: 'Thor-Agena D', from: 1962, to: 1967 },
      { name: 'Thor-Burner', from: 1965, to: 1980 },
      { name: 'Thorad-Agena', from: 1966, to: 1972 },
    ],
    description: 'Launch vehicles built on the Thor intermediate-range ballistic missile.',
  },
  {
    name: 'Delta', parent: 'Thor', country: 'USA', manufacturers: ['DAC', 'MDAC', 'Boeing'], size: 'm',
    providers: [['NASA', 1960, 1989], ['MDAC', 1990, 1996], ['Boeing', 1997, 2006], ['ULA', 2007]],
    rate: [[1960, 5], [1965, 10], [1975, 8], [1985, 4], [1990, 8], [1998, 12], [2005, 6], [2011, 3], [2018, 1], [2024.3, 1]],
    sites: ['CCSFS:Launch Complex 17A', 'CCSFS:Launch Complex 17B', 'VSFB:Space Launch Complex 2W', 'CCSFS:Launch Complex 37B@2002', 'VSFB:Space Launch Complex 6@2006'],
    configs: [
      { name: 'Delta', from: 1960, to: 1962, size: 's' },
      { name: 'Delta C', from: 1963, to: 1969, size: 's' },
      { name: 'Delta E', from: 1965, to: 1971, size: 's' },
      { name: 'Delta 1000', from: 1972, to: 1975 },
      { name: 'Delta 2000', from: 1974, to: 1979 },
      { name: 'Delta 3000', from: 1975, to: 1989 },
      { name: 'Delta II 6925', from: 1989, to: 1992 },
      { name: 'Delta II 7925', from: 1990, to: 2009, weight: 3 },
      { name: 'Delta II 7320', from: 1998, to: 2009 },
      { name: 'Delta II 7920', from: 1999, to: 2018 },
      { name: 'Delta II 7925H', from: 2003, to: 2011 },
      { name: 'Delta III', from: 1998, to: 2000 },
      { name: 'Delta IV Medium', from: 2002, to: 2006 },
      { name: 'Delta IV Medium+ (4,2)', from: 2002, to: 2019 },
      { name: 'Delta IV Medium+ (5,4)', from: 2012, to: 2019 },
      { name: 'Delta IV Heavy', from: 2004, to: 2024, size: 'h' },
    ],
    description: 'A long-lived family of American expendable launch vehicles derived from the Thor.',
  },
  {
    name: 'Atlas', country: 'USA', manufacturers: ['GD', 'LM'], size: 'm',
    providers: [['USAF', 1958, 1962], ['NASA', 1962, 1989], ['GD', 1990, 1994], ['LM', 1995, 2006], ['ULA', 2007]],
    rate: [[1958, 4], [1962, 18], [1967, 12], [1975, 6], [1990, 6], [2000, 7], [2005, 4], [2010, 6], [2020, 5], [2026, 3], [2029, 2]],
    sites: ['CCSFS:Launch Complex 14', 'CCSFS:Launch Complex 36A', 'CCSFS:Launch Complex 36B', 'VSFB:Space Launch Complex 3E', 'CCSFS:Space Launch Complex 41@2002'],
    configs: [
      { name: 'Atlas B', from: 1958, to: 1958 },
      { name: 'Atlas D', from: 1959, to: 1967 },
      { name: 'Atlas LV-3B', from: 1960, to: 1963 },
      { name: 'Atlas-Agena', from: 1960, to: 1968 },
      { name: 'Atlas SLV-3 Agena D', from: 1966, to: 1978 },
      { name: 'Atlas-Centaur', from: 1962, to: 1983 },
      { name: 'Atlas E', from: 1968, to: 1995 },
      { name: 'Atlas G Centaur', from: 1984, to: 1989 },
      { name: 'Atlas I', from: 1990, to: 1997 },
      { name: 'Atlas II', from: 1991, to: 1998 },
      { name: 'Atlas IIA', from: 1992, to: 2002 },
      { name: 'Atlas IIAS', from: 1993, to: 2004 },
      { name: 'Atlas IIIA', from: 2000, to: 2004 },
      { name: 'Atlas IIIB', from: 2002, to: 2005 },
      { name: 'Atlas V 401', from: 2002, to: 2029, weight: 3 },
      { name: 'Atlas V 411', from: 2006, to: 2022 },
      { name: 'Atlas V 421', from: 2007, to: 2023 },
      { name: 'Atlas V 501', from: 2010, to: 2029 },
      { name: 'Atlas V 531', from: 2010, to: 2025 },
      { name: 'Atlas V 541', from: 2011, to: 2025 },
      { name: 'Atlas V 551', from: 2006, to: 2029, weight: 3 },
      { name: 'Atlas V N22', from: 2019.9, to: 2029 },
    ],
    description: 'American launch vehicles that grew out of the first US intercontinental ballistic missile.',
  },
  {
    name: 'Scout', country: 'USA', manufacturers: ['LTV'], providers: [['NASA', 1961]], size: 's',
    rate: [[1961, 2], [1970, 3], [1994.5, 1]], sites: ['WFF:Launch Area 3', 'VSFB:Space Launch Complex 5', 'SANM:San Marco Platform@1967-1988'],
    configs: [
      { name: 'Scout X-1', from: 1961, to: 1962 },
      { name: 'Scout X-4', from: 1963, to: 1966 },
      { name: 'Scout A', from: 1965, to: 1970 },
      { name: 'Scout B', from: 1965, to: 1971 },
      { name: 'Scout D', from: 1972, to: 1979 },
      { name: 'Scout G', from: 1979, to: 1994 },
    ],
    description: 'A four-stage solid-fuel launch vehicle for small satellites.',
  },
  {
    name: 'Titan', country: 'USA', manufacturers: ['MM', 'LM'], size: 'h',
    providers: [['NASA', 1964, 1966], ['USAF', 1967, 1989], ['MM', 1990, 1994], ['LM', 1995]],
    rate: [[1964, 3], [1966, 8], [1975, 5], [1990, 5], [2005.8, 2]],
    sites: ['CCSFS:Launch Complex 19@1964-1966', 'CCSFS:Space Launch Complex 40@1965', 'CCSFS:Space Launch Complex 41@1965', 'VSFB:Space Launch Complex 4E@1971'],
    configs: [
      { name: 'Titan II GLV', from: 1964, to: 1966, size: 'm' },
      { name: 'Titan IIIA', from: 1964, to: 1965 },
      { name: 'Titan IIIB', from: 1966, to: 1987 },
      { name: 'Titan IIIC', from: 1965, to: 1982 },
      { name: 'Titan IIID', from: 1971, to: 1982 },
      { name: 'Titan IIIE', from: 1974, to: 1977 },
      { name: 'Titan 34D', from: 1982, to: 1989 },
      { name: 'Commercial Titan III', from: 1990, to: 1992 },
      { name: 'Titan IV', from: 1989, to: 1998 },
      { name: 'Titan IVB', from: 1997, to: 2005 },
      { name: 'Titan 23G', from: 1988, to: 2003, size: 'm' },
    ],
    description: 'Heavy launch vehicles derived from the Titan II missile, used for military and NASA missions.',
  },
  {
    name: 'Saturn', country: 'USA', manufacturers: ['NAA', 'Chrysler', 'Boeing'], providers: [['NASA', 1961]], size: 'sh',
    rate: [[1961.8, 2], [1967, 3], [1973, 3], [1975.6, 1]],
    sites: ['CCSFS:Launch Complex 34', 'CCSFS:Launch Complex 37B', 'KSC:Launch Complex 39A@1967', 'KSC:Launch Complex 39B@1969'],
    configs: [
      { name: 'Saturn I', from: 1961, to: 1965, size: 'h' },
      { name: 'Saturn IB', from: 1966, to: 1975, size: 'h' },
      { name: 'Saturn V', from: 1967, to: 1973 },
    ],
    programs: ['Apollo'],
    description: 'The launch vehicles of the Apollo programme, culminating in the Saturn V.',
  },
  {
    name: 'Space Shuttle', country: 'USA', manufacturers: ['RI'], providers: [['NASA', 1981]], size: 'h',
    rate: [[1981.3, 2], [1985, 8], [1986, 2], [1986.1, 0.1], [1988.7, 3], [1992, 8], [2000, 5], [2003.1, 4], [2003.2, 0.1], [2005.5, 1], [2006.5, 3], [2011.5, 3]],
    sites: ['KSC:Launch Complex 39A', 'KSC:Launch Complex 39B'],
    configs: [{ name: 'Space Shuttle', from: 1981, to: 2011, reusable: true }],
    programs: ['Space Shuttle'],
    description: 'A partially reusable crewed launch system with a winged orbiter.',
  },
  {
    name: 'SLS', country: 'USA', manufacturers: ['Boeing'], providers: [['NASA', 2022]], size: 'sh',
    rate: [[2022.8, 1], [2029, 1]], sites: ['KSC:Launch Complex 39B'],
    configs: [{ name: 'Space Launch System (SLS)', variant: 'Block 1', from: 2022, to: 2028 }, { name: 'SLS Block 1B', variant: 'Block 1B', from: 2028 }],
    programs: ['Artemis'],
    description: 'The super heavy-lift launch vehicle of the Artemis programme.',
  },
  {
    name: 'Pegasus', country: 'USA', manufacturers: ['OSC', 'NG'], providers: [['OSC', 1990, 2017], ['NG', 2018]], size: 's',
    rate: [[1990.3, 1.5], [2000, 1.5], [2021.5, 0.5]], sites: ['AIR:Stargazer L-1011', 'AIR:Balls 8 B-52@1990-1994'],
    configs: [{ name: 'Pegasus', from: 1990, to: 1994 }, { name: 'Pegasus XL', from: 1994, to: 2021, weight: 4 }, { name: 'Pegasus Hybrid', from: 1995, to: 1998 }],
    description: 'An air-launched three-stage solid-fuel rocket.',
  },
  {
    name: 'Minotaur', country: 'USA', manufacturers: ['OSC', 'NG'], providers: [['USAF', 1994, 2019], ['USSF', 2020]], size: 's',
    rate: [[1994, 1], [2010, 1.5], [2029, 0.5]], sites: ['VSFB:Space Launch Complex 8', 'WFF:Launch Area 0B', 'PSCA:Launch Pad 1'],
    configs: [
      { name: 'Taurus', from: 1994, to: 2017 },
      { name: 'Minotaur I', from: 2000, to: 2021 },
      { name: 'Minotaur IV', from: 2010, to: 2029 },
      { name: 'Minotaur V', from: 2013, to: 2013 },
      { name: 'Minotaur-C', from: 2017, to: 2017 },
    ],
    description: 'Solid-fuel launch vehicles built from decommissioned ballistic missile stages.',
  },
  {
    name: 'Antares', country: 'USA', manufacturers: ['OSC', 'NG'], providers: [['OSC', 2013, 2017], ['NG', 2018]], size: 'm',
    rate: [[2013.3, 2], [2014.8, 1], [2014.9, 0.1], [2016.7, 1.5], [2023.6, 1.5], [2023.7, 0], [2025.5, 0.5], [2029, 1.5]], sites: ['WFF:Launch Area 0A'],
    configs: [
      { name: 'Antares 110', from: 2013, to: 2013 },
      { name: 'Antares 120', from: 2013, to: 2014 },
      { name: 'Antares 130', from: 2014, to: 2014 },
      { name: 'Antares 230', from: 2016, to: 2019 },
      { name: 'Antares 230+', from: 2019, to: 2023 },
      { name: 'Antares 330', from: 2025 },
    ],
    description: 'A medium-lift launch vehicle built to carry Cygnus cargo spacecraft to the ISS.',
  },
  {
    name: 'Falcon', country: 'USA', manufacturers: ['SpX'], providers: [['SpX', 2006]], size: 'm',
    rate: [[2006.2, 1], [2009.6, 1], [2010.4, 2], [2013, 3], [2015, 6], [2016, 8], [2017, 18], [2018, 21], [2019, 13], [2020, 26], [2021, 31], [2022, 61], [2023, 96], [2024, 134], [2025, 165], [2029, 170]],
    sites: ['CCSFS:Space Launch Complex 40', 'KSC:Launch Complex 39A@2017', 'VSFB:Space Launch Complex 4E@2013', 'VSFB:Space Launch Complex 6@2026'],
    configs: [
      { name: 'Falcon 1', from: 2006, to: 2009, size: 's', sites: ['RTS:Omelek Island'] },
      { name: 'Falcon 9 v1.0', from: 2010, to: 2013 },
      { name: 'Falcon 9 v1.1', from: 2013, to: 2016 },
      { name: 'Falcon 9 Full Thrust', variant: 'Full Thrust', from: 2015.9, to: 2018.4, reusable: true, booster: { prefix: 'B10', start: 19, ...F9_BOOSTER } },
      { name: 'Falcon 9 Block 5', variant: 'Block 5', from: 2018.4, to: 2029, weight: 30, reusable: true, booster: { prefix: 'B10', start: 46, ...F9_BOOSTER } },
      { name: 'Falcon Heavy', from: 2018.1, to: 2029, size: 'h', reusable: true, booster: { prefix: 'B10', start: 23, cores: 3, ...F9_BOOSTER } },
    ],
    description: 'A family of partially reusable launch vehicles whose first stages land after launch.',
  },
  {
    name: 'Starship', country: 'USA', manufacturers: ['SpX'], providers: [['SpX', 2023]], size: 'sh',
    rate: [[2023.3, 2], [2024, 4], [2025, 5], [2026, 10], [2029, 25]],
    sites: ['STB:Orbital Launch Mount A', 'STB:Orbital Launch Mount B@2026', 'KSC:Launch Complex 39A@2027'],
    configs: [
      { name: 'Starship V1', variant: 'V1', from: 2023, to: 2024.9, reusable: true, booster: { prefix: 'B', start: 7, landing: ['Catch', 'Ocean'], reuseFrom: 2025 } },
      { name: 'Starship V2', variant: 'V2', from: 2025, to: 2025.9, reusable: true, booster: { prefix: 'B', start: 14, landing: ['Catch', 'Ocean'], reuseFrom: 2025 } },
      { name: 'Starship V3', variant: 'V3', from: 2025.9, to: 2029, reusable: true, booster: { prefix: 'B', start: 18, landing: ['Catch'], reuseFrom: 2025 } },
    ],
    description: 'A fully reusable super heavy-lift launch system.',
  },
  {
    name: 'Electron', country: 'USA', manufacturers: ['RL'], providers: [['RL', 2017]], size: 's',
    rate: [[2017.4, 1], [2018, 3], [2019, 6], [2020, 7], [2022, 9], [2023, 10], [2024, 16], [2025, 20], [2029, 22]],
    sites: ['MAHIA:Launch Complex 1A', 'MAHIA:Launch Complex 1B@2019', 'WFF:Launch Area 2@2023'],
    configs: [
      { name: 'Electron', from: 2017, to: 2029, weight: 8 },
      { name: 'Electron (HASTE)', variant: 'HASTE', from: 2023.4, to: 2029, suborbital: true, sites: ['WFF:Launch Area 2'] },
    ],
    description: 'A small launch vehicle with electric pump-fed engines.',
  },
  {
    name: 'Neutron', country: 'USA', manufacturers: ['RL'], providers: [['RL', 2026]], size: 'm',
    rate: [[2026.2, 1], [2029, 8]], sites: ['WFF:Launch Complex 3'],
    configs: [{ name: 'Neutron', from: 2026, reusable: true, booster: { prefix: 'N', start: 1, landing: ['ASDS', 'RTLS'], reuseFrom: 2026.5 } }],
    description: 'A medium-lift reusable launch vehicle.',
  },
  {
    name: 'Vulcan', country: 'USA', manufacturers: ['ULA'], providers: [['ULA', 2024]], size: 'h',
    rate: [[2024, 2], [2025, 6], [2029, 15]], sites: ['CCSFS:Space Launch Complex 41', 'VSFB:Space Launch Complex 3E@2026'],
    configs: [
      { name: 'Vulcan VC2S', from: 2024 },
      { name: 'Vulcan VC4S', from: 2025 },
      { name: 'Vulcan VC4L', from: 2025 },
      { name: 'Vulcan VC6L', from: 2025.5 },
    ],
    description: 'The successor of the Atlas V and Delta IV launch vehicles.',
  },
  {
    name: 'New Glenn', country: 'USA', manufacturers: ['BO'], providers: [['BO', 2025]], size: 'h',
    rate: [[2025, 2], [2026, 6], [2029, 15]], sites: ['CCSFS:Launch Complex 36A'],
    configs: [{ name: 'New Glenn', from: 2025, reusable: true, booster: { prefix: 'GS1-SN', start: 1, landing: ['ASDS'], reuseFrom: 2025.8 } }],
    description: 'A heavy-lift launch vehicle with a reusable first stage.',
  },
  {
    name: 'New Shepard', country: 'USA', manufacturers: ['BO'], providers: [['BO', 2015]], size: 'sub', suborbital: true,
    rate: [[2015.3, 2], [2016, 3], [2017, 1], [2018, 2], [2019, 3], [2020, 2], [2021, 4], [2022, 3], [2023, 1], [2024, 4], [2025, 7], [2029, 6]],
    sites: ['CORN:Launch Site One'],
    configs: [{ name: 'New Shepard', from: 2015, reusable: true, booster: { prefix: 'NS', start: 1, landing: ['VL'], reuseFrom: 2015.9 } }],
    description: 'A reusable suborbital rocket for space tourism and research payloads.',
  },
  {
    name: 'SpaceShipTwo', country: 'USA', manufacturers: ['VG'], providers: [['VG', 2018]], size: 'sub', suborbital: true,
    rate: [[2018.9, 2], [2021, 2], [2023, 6], [2024.4, 2], [2024.5, 0], [2026, 0], [2026.5, 4], [2029, 12]],
    sites: ['SPA:Runway 16/34'],
    configs: [{ name: 'SpaceShipTwo', from: 2018, to: 2024.5 }, { name: 'SpaceShip III (Delta)', variant: 'Delta', from: 2026.5 }],
    description: 'Air-launched suborbital spaceplanes.',
  },
  {
    name: 'LauncherOne', country: 'USA', manufacturers: ['VO'], providers: [['VO', 2020]], size: 's',
    rate: [[2020.4, 1.5], [2023.1, 1.5]], sites: ['AIR:Cosmic Girl'],
    configs: [{ name: 'LauncherOne', from: 2020, to: 2023 }],
    description: 'An air-launched small-satellite launcher carried by a Boeing 747.',
  },
  {
    name: 'Alpha', country: 'USA', manufacturers: ['FF'], providers: [['FF', 2021]], size: 's',
    rate: [[2021.7, 1], [2023, 2], [2026, 4], [2029, 6]], sites: ['VSFB:Space Launch Complex 2W'],
    configs: [{ name: 'Firefly Alpha', from: 2021 }, { name: 'Eclipse', from: 2027, size: 'm', sites: ['WFF:Launch Area 0A'] }],
    description: 'A small launch vehicle by Firefly Aerospace.',
  },
  {
    name: 'Rocket 3', country: 'USA', manufacturers: ['ASTRA'], providers: [['ASTRA', 2020]], size: 's',
    rate: [[2020.7, 2], [2022.5, 2]], sites: ['PSCA:Launch Pad 3B', 'CCSFS:Launch Complex 46'],
    configs: [{ name: 'Rocket 3.1', from: 2020, to: 2020 }, { name: 'Rocket 3.2', from: 2020.9, to: 2021.3 }, { name: 'Rocket 3.3', from: 2021.5, to: 2022.5 }],
    description: 'A small launch vehicle built for high-rate production.',
  },
  {
    name: 'Black Brant', country: 'USA', manufacturers: ['NASA'], providers: [['NASA', 1962]], size: 'sub', suborbital: true,
    rate: [[1962, 2], [1990, 3], [2029, 2]], sites: ['WSMR', 'PFRR', 'WFF:Launch Area 3', 'RTS:Meck Island', 'ANDOYA:Sounding Rocket Pad', 'WOOM:Launch Area 8'],
    configs: [{ name: 'Black Brant V', from: 1962, to: 1990 }, { name: 'Black Brant IX', from: 1980 }, { name: 'Black Brant XII', from: 1990 }],
    description: 'Sounding rockets for scientific research in the upper atmosphere and space.',
  },
  {
    name: 'Terrier', country: 'USA', manufacturers: ['NASA'], providers: [['NASA', 1970]], size: 'sub', suborbital: true,
    rate: [[1970, 1], [2000, 2], [2029, 1.5]], sites: ['WFF:Launch Area 3', 'PFRR', 'WSMR'],
    configs: [{ name: 'Nike-Orion', from: 1970, to: 1999 }, { name: 'Terrier-Improved Malemute', from: 1995 }, { name: 'Terrier-Improved Orion', from: 2000 }],
    description: 'Two-stage sounding rockets used for student and technology payloads.',
  },
  {
    name: 'Minuteman', country: 'USA', manufacturers: ['Boeing'], providers: [['USAF', 1962, 2019], ['USSF', 2020]], size: 'sub', suborbital: true,
    rate: [[1962, 3], [1990, 2], [2029, 1]], sites: ['VSFB:Launch Facility 10'],
    configs: [{ name: 'Minuteman II', from: 1965, to: 1990 }, { name: 'Minuteman III', from: 1970 }],
    description: 'Intercontinental ballistic missiles flown on test flights from Vandenberg.',
  },
  // ---------------------------------------------------------------- Soviet Union / Russia
  {
    name: 'Vostok', parent: 'R-7', country: 'RUS', manufacturers: ['OKB1'], providers: [['SSP', 1957, 1991], ['RFSA', 1992]], size: 'm',
    rate: [[1957.75, 2], [1958, 5], [1960, 6], [1962, 10], [1966, 12], [1970, 8], [1980, 5], [1991, 1]],
    sites: ['BAIK:Site 1/5', 'BAIK:Site 31/6@1961', 'PLES:Site 41/1@1966'],
    configs: [
      { name: 'Sputnik 8K71PS', from: 1957, to: 1957.9 },
      { name: 'Sputnik 8A91', from: 1958, to: 1958 },
      { name: 'Luna 8K72', from: 1958.7, to: 1960 },
      { name: 'Vostok 8K72K', from: 1960, to: 1964 },
      { name: 'Vostok-2', from: 1962, to: 1967 },
      { name: 'Vostok-2M', from: 1964, to: 1991, weight: 2 },
    ],
    description: 'The first launch vehicles of the R-7 family, which orbited Sputnik and Yuri Gagarin.',
  },
  {
    name: 'Voskhod', parent: 'R-7', country: 'RUS', manufacturers: ['OKB1'], providers: [['SSP', 1963]], size: 'm',
    rate: [[1963.8, 2], [1965, 12], [1970, 25], [1975, 28], [1976.4, 3]], sites: ['BAIK:Site 1/5', 'BAIK:Site 31/6', 'PLES:Site 41/1', 'PLES:Site 43/3'],
    configs: [{ name: 'Voskhod 11A57', from: 1963, to: 1976 }],
    description: 'An R-7 derived launch vehicle used for crewed Voskhod flights and reconnaissance satellites.',
  },
  {
    name: 'Molniya', parent: 'R-7', country: 'RUS', manufacturers: ['OKB1', 'Progress'], providers: [['SSP', 1960, 1991], ['RFSA', 1992]], size: 'm',
    rate: [[1960.8, 3], [1965, 6], [1975, 12], [1985, 10], [1995, 3], [2010.8, 1]], sites: ['BAIK:Site 1/5', 'PLES:Site 43/3', 'PLES:Site 43/4', 'PLES:Site 16/2'],
    configs: [{ name: 'Molniya 8K78', from: 1960, to: 1967 }, { name: 'Molniya-M', from: 1965, to: 2010, weight: 3 }],
    description: 'Four-stage R-7 derivatives for high elliptical orbits and deep-space probes.',
  },
  {
    name: 'Soyuz', parent: 'R-7', country: 'RUS', manufacturers: ['OKB1', 'Progress'], providers: [['SSP', 1966, 1991], ['RFSA', 1992]], size: 'm',
    rate: [[1966.9, 3], [1970, 12], [1975, 30], [1985, 45], [1990, 35], [1992, 20], [2000, 12], [2010, 15], [2020, 15], [2029, 14]],
    sites: ['BAIK:Site 1/5', 'BAIK:Site 31/6', 'PLES:Site 43/3', 'PLES:Site 43/4', 'VOST:Site 1S@2016'],
    configs: [
      { name: 'Soyuz 11A511', from: 1966, to: 1976 },
      { name: 'Soyuz-U', from: 1973, to: 2017, weight: 4 },
      { name: 'Soyuz-U2', from: 1982, to: 1995 },
      { name: 'Soyuz-FG', from: 2001, to: 2019, weight: 2 },
      { name: 'Soyuz-2.1a', from: 2004, to: 2029, weight: 2 },
      { name: 'Soyuz-2.1b', from: 2006, to: 2029, weight: 2 },
      { name: 'Soyuz-2.1v', from: 2013, to: 2022 },
      { name: 'Soyuz ST-A', from: 2011.8, to: 2022, sites: ['CSG:Soyuz Launch Complex'], providers: [['AE', 2011]] },
      { name: 'Soyuz ST-B', from: 2011.8, to: 2022, sites: ['CSG:Soyuz Launch Complex'], providers: [['AE', 2011]] },
    ],
    description: 'The most-flown family of launch vehicles in history, descendants of the R-7.',
  },
  {
    name: 'Kosmos', country: 'RUS', manufacturers: ['Yuzhnoye', 'Polyot'], providers: [['SSP', 1961, 1991], ['RFSA', 1992]], size: 's',
    rate: [[1961.8, 1], [1962, 6], [1965, 18], [1975, 30], [1985, 25], [1991, 12], [1995, 4], [2000, 2], [2010.3, 1]],
    sites: ['KY:Mayak-2', 'KY:Site 107', 'PLES:Site 132/1@1966', 'PLES:Site 132/2@1966', 'PLES:Site 133/3@1967'],
    configs: [
      { name: 'Kosmos 63S1', from: 1961, to: 1967 },
      { name: 'Kosmos-2I', from: 1966, to: 1977 },
      { name: 'Kosmos-3', from: 1964, to: 1968 },
      { name: 'Kosmos-3M', from: 1967, to: 2010, weight: 4 },
    ],
    description: 'Light launch vehicles based on intermediate-range ballistic missiles.',
  },
  {
    name: 'Tsyklon', country: 'UKR', manufacturers: ['Yuzhnoye'], providers: [['SSP', 1967, 1991], ['RFSA', 1992]], size: 'm',
    rate: [[1967, 2], [1970, 8], [1977, 14], [1985, 12], [1991, 8], [1995, 4], [2000, 2], [2009.1, 1]],
    sites: ['BAIK:Site 90/19', 'BAIK:Site 90/20', 'PLES:Site 32/1@1977', 'PLES:Site 32/2@1977'],
    configs: [{ name: 'Tsyklon-2', from: 1967, to: 2006 }, { name: 'Tsyklon-3', from: 1977, to: 2009 }],
    description: 'Launch vehicles derived from the R-36 intercontinental ballistic missile.',
  },
  {
    name: 'Proton', country: 'RUS', manufacturers: ['Khrunichev'], providers: [['SSP', 1965, 1991], ['Khrunichev', 1992], ['ILS', 1996, 2023]], size: 'h',
    rate: [[1965.5, 2], [1970, 8], [1980, 12], [1990, 10], [2000, 12], [2010, 11], [2015, 8], [2017, 2], [2021, 3], [2026, 1], [2029, 1]],
    sites: ['BAIK:Site 81/23', 'BAIK:Site 81/24', 'BAIK:Site 200/39', 'BAIK:Site 200/40'],
    configs: [
      { name: 'Proton', from: 1965, to: 1966 },
      { name: 'Proton-K', from: 1967, to: 2012, weight: 2 },
      { name: 'Proton-K/Block-D', from: 1967, to: 1990 },
      { name: 'Proton-K/DM-2', from: 1982, to: 2012 },
      { name: 'Proton-M', from: 2001, to: 2029 },
      { name: 'Proton-M/Briz-M', from: 2001, to: 2023, weight: 3 },
    ],
    description: 'A heavy-lift launch vehicle used for Soviet and Russian space stations and commercial satellites.',
  },
  {
    name: 'N1', country: 'RUS', manufacturers: ['OKB1'], providers: [['SSP', 1969]], size: 'sh',
    rate: [[1969.1, 1.5], [1972.9, 1]], sites: ['BAIK:Site 110/37', 'BAIK:Site 110/38'],
    configs: [{ name: 'N1', from: 1969, to: 1972 }],
    description: 'The Soviet super heavy-lift rocket of the crewed lunar programme.',
  },
  {
    name: 'Energia', country: 'RUS', manufacturers: ['Energia'], providers: [['SSP', 1987]], size: 'sh',
    rate: [[1987.3, 1], [1988.9, 1]], sites: ['BAIK:Site 110/37'],
    configs: [{ name: 'Energia', from: 1987, to: 1987 }, { name: 'Energia-Buran', from: 1988, to: 1988 }],
    description: 'A Soviet super heavy-lift launch system designed to carry the Buran orbiter.',
  },
  {
    name: 'Zenit', country: 'UKR', manufacturers: ['Yuzhnoye'], providers: [['SSP', 1985, 1991], ['RFSA', 1992], ['SeaLaunch', 1999, 2014]], size: 'h',
    rate: [[1985.3, 2], [1990, 4], [1995, 2], [2000, 3], [2007, 6], [2010, 3], [2017.9, 1]], sites: ['BAIK:Site 45/1'],
    configs: [
      { name: 'Zenit-2', from: 1985, to: 2004 },
      { name: 'Zenit-3SL', from: 1999, to: 2014, weight: 2, sites: ['SEALAUNCH:Ocean Odyssey'], providers: [['SeaLaunch', 1999]] },
      { name: 'Zenit-3SLB', from: 2008, to: 2017 },
      { name: 'Zenit-2M', from: 2011, to: 2011 },
    ],
    description: 'A Ukrainian-built medium-lift launch vehicle, also flown from a floating platform.',
  },
  {
    name: 'Rokot', country: 'RUS', manufacturers: ['Khrunichev'], providers: [['Eurockot', 2000], ['Khrunichev', 1990]], size: 's',
    rate: [[1990.9, 1], [2000, 2], [2010, 2], [2019.9, 1]], sites: ['PLES:Site 133/3'],
    configs: [{ name: 'Rokot', from: 1990, to: 2019 }, { name: 'Strela', from: 2003, to: 2014, sites: ['BAIK:Site 175/59'] }],
    description: 'Light launch vehicles converted from UR-100N ballistic missiles.',
  },
  {
    name: 'Dnepr', country: 'UKR', manufacturers: ['Yuzhnoye'], providers: [['Kosmotras', 1999]], size: 'm',
    rate: [[1999.3, 2], [2015.3, 2]], sites: ['BAIK:Site 109/95', 'YASNY:Site 370/13@2006'],
    configs: [{ name: 'Dnepr', from: 1999, to: 2015 }],
    description: 'A launch vehicle converted from R-36M intercontinental ballistic missiles.',
  },
  {
    name: 'Angara', country: 'RUS', manufacturers: ['Khrunichev'], providers: [['RFSA', 2014]], size: 'h',
    rate: [[2014.5, 1], [2020, 1], [2022, 2], [2029, 4]], sites: ['PLES:Site 35/1', 'VOST:Site 1A@2024'],
    configs: [{ name: 'Angara 1.2', from: 2014, size: 's' }, { name: 'Angara A5', from: 2014 }],
    description: 'A modular family of Russian launch vehicles.',
  },
  {
    name: 'Soyuz-5', country: 'RUS', manufacturers: ['Progress'], providers: [['RFSA', 2026]], size: 'm',
    rate: [[2026.5, 1], [2029, 3]], sites: ['BAIK:Site 45/1'],
    configs: [{ name: 'Soyuz-5', from: 2026 }],
    description: 'A medium-lift launch vehicle replacing the Zenit.',
  },
  // ---------------------------------------------------------------- China
  {
    name: 'Long March 1', parent: 'Long March', country: 'CHN', manufacturers: ['CALT'], providers: [['CALT', 1970]], size: 's',
    rate: [[1970.3, 1], [1971.3, 1]], sites: ['JSLC:Launch Area 2B'],
    configs: [{ name: 'Long March 1', from: 1970, to: 1971 }],
    description: 'The launch vehicle that orbited the first Chinese satellite.',
  },
  {
    name: 'Long March 2', parent: 'Long March', country: 'CHN', manufacturers: ['CALT', 'SAST'], providers: [['CALT', 1974, 1998], ['CASC', 1999]], size: 'm',
    rate: [[1974.9, 1], [1980, 1], [1990, 2], [2000, 3], [2010, 5], [2016, 8], [2020, 12], [2025, 18], [2029, 18]],
    sites: ['JSLC:LC-43/94', 'JSLC:Launch Area 4 (SLS-1)@1999', 'TSLC:Launch Complex 9@1992', 'XSLC:Launch Complex 3@1990'],
    configs: [
      { name: 'Long March 2C', from: 1975, to: 2029, weight: 3 },
      { name: 'Long March 2D', from: 1992, to: 2029, weight: 3 },
      { name: 'Long March 2E', from: 1990, to: 1995 },
      { name: 'Long March 2F', from: 1999, to: 2029, sites: ['JSLC:Launch Area 4 (SLS-1)'] },
    ],
    programs: ['China Manned Space Program'],
    description: 'Two-stage launch vehicles, including the crew-rated Long March 2F.',
  },
  {
    name: 'Long March 3', parent: 'Long March', country: 'CHN', manufacturers: ['CALT'], providers: [['CALT', 1984, 1998], ['CASC', 1999]], size: 'h',
    rate: [[1984, 1], [1990, 2], [1997, 5], [2005, 5], [2010, 10], [2018, 14], [2025, 12], [2029, 10]],
    sites: ['XSLC:Launch Complex 2', 'XSLC:Launch Complex 3'],
    configs: [
      { name: 'Long March 3', from: 1984, to: 2000, size: 'm' },
      { name: 'Long March 3A', from: 1994, to: 2029 },
      { name: 'Long March 3B', from: 1996, to: 2007 },
      { name: 'Long March 3B/E', from: 2007, to: 2029, weight: 4 },
      { name: 'Long March 3C', from: 2008, to: 2029 },
    ],
    description: 'Three-stage launch vehicles for geostationary transfer orbits.',
  },
  {
    name: 'Long March 4', parent: 'Long March', country: 'CHN', manufacturers: ['SAST'], providers: [['SAST', 1988, 1998], ['CASC', 1999]], size: 'm',
    rate: [[1988.7, 1], [2000, 2], [2010, 4], [2020, 8], [2029, 8]], sites: ['TSLC:Launch Complex 9', 'JSLC:LC-43/94'],
    configs: [{ name: 'Long March 4A', from: 1988, to: 1990 }, { name: 'Long March 4B', from: 1999 }, { name: 'Long March 4C', from: 2006 }],
    description: 'Three-stage launch vehicles for sun-synchronous orbits.',
  },
  {
    name: 'Long March 5', parent: 'Long March', country: 'CHN', manufacturers: ['CALT'], providers: [['CASC', 2016]], size: 'h',
    rate: [[2016.8, 1], [2020, 3], [2025, 3], [2029, 4]], sites: ['WSLS:Launch Complex 101'],
    configs: [{ name: 'Long March 5', from: 2016 }, { name: 'Long March 5B', from: 2020 }],
    description: 'The heavy-lift launch vehicle of China, used for space station modules and lunar missions.',
  },
  {
    name: 'Long March 6', parent: 'Long March', country: 'CHN', manufacturers: ['SAST'], providers: [['CASC', 2015]], size: 's',
    rate: [[2015.7, 1], [2022, 4], [2024, 8], [2029, 12]], sites: ['TSLC:Launch Complex 16', 'TSLC:Launch Complex 9A@2022'],
    configs: [{ name: 'Long March 6', from: 2015 }, { name: 'Long March 6A', from: 2022, size: 'm', weight: 2 }],
    description: 'Launch vehicles using kerosene and liquid oxygen engines.',
  },
  {
    name: 'Long March 7', parent: 'Long March', country: 'CHN', manufacturers: ['CALT'], providers: [['CASC', 2016]], size: 'h',
    rate: [[2016.5, 1], [2020, 3], [2025, 5], [2029, 6]], sites: ['WSLS:Launch Complex 201'],
    configs: [{ name: 'Long March 7', from: 2016 }, { name: 'Long March 7A', from: 2020 }],
    description: 'A medium-to-heavy launch vehicle that carries the Tianzhou cargo spacecraft.',
  },
  {
    name: 'Long March 8', parent: 'Long March', country: 'CHN', manufacturers: ['CALT'], providers: [['CASC', 2020]], size: 'm',
    rate: [[2020.9, 1], [2024, 3], [2025, 6], [2029, 10]], sites: ['WSLS:Commercial Launch Pad 1', 'WSLS:Launch Complex 201'],
    configs: [{ name: 'Long March 8', from: 2020 }, { name: 'Long March 8A', from: 2025 }],
    description: 'A medium-lift launch vehicle for commercial constellations.',
  },
  {
    name: 'Long March 10', parent: 'Long March', country: 'CHN', manufacturers: ['CALT'], providers: [['CASC', 2026]], size: 'sh',
    rate: [[2026.5, 1], [2029, 3]], sites: ['WSLS:Launch Complex 101'],
    configs: [{ name: 'Long March 10A', from: 2026.5 }, { name: 'Long March 10', from: 2028 }],
    programs: ['China Manned Space Program'],
    description: 'A crew-rated launch vehicle for the Chinese crewed lunar programme.',
  },
  {
    name: 'Long March 11', parent: 'Long March', country: 'CHN', manufacturers: ['CALT'], providers: [['CASC', 2015]], size: 's',
    rate: [[2015.7, 1], [2019, 3], [2025, 4], [2029, 4]], sites: ['JSLC:LC-43/95', 'XSLC:Launch Complex 3', 'HAIYANG:Tai Rui Barge@2019'],
    configs: [{ name: 'Long March 11', from: 2015 }, { name: 'Long March 11H', from: 2019, sites: ['HAIYANG:Tai Rui Barge'] }],
    description: 'A solid-fuel launch vehicle, also launched from sea platforms.',
  },
  {
    name: 'Long March 12', parent: 'Long March', country: 'CHN', manufacturers: ['SAST'], providers: [['CASC', 2024]], size: 'm',
    rate: [[2024.9, 1], [2025, 4], [2029, 8]], sites: ['WSLS:Commercial Launch Pad 2'],
    configs: [{ name: 'Long March 12', from: 2024.9 }, { name: 'Long March 12A', from: 2025.9 }],
    description: 'A medium-lift launch vehicle flown from the commercial pads of Hainan.',
  },
  {
    name: 'Kuaizhou', country: 'CHN', manufacturers: ['ExPace'], providers: [['ExPace', 2013]], size: 's',
    rate: [[2013.7, 1], [2020, 4], [2025, 6], [2029, 8]], sites: ['JSLC:LC-43/95', 'JSLC:LC-43/96'],
    configs: [{ name: 'Kuaizhou-1', from: 2013, to: 2016 }, { name: 'Kuaizhou-1A', from: 2017, weight: 3 }, { name: 'Kuaizhou-11', from: 2020 }],
    description: 'Solid-fuel quick-response launch vehicles.',
  },
  {
    name: 'Ceres', country: 'CHN', manufacturers: ['GE'], providers: [['GE', 2020]], size: 's',
    rate: [[2020.9, 1], [2023, 6], [2029, 8]], sites: ['JSLC:LC-43/95', 'HAIYANG:De Bo 3 Barge@2023'],
    configs: [{ name: 'Ceres-1', from: 2020, weight: 3 }, { name: 'Ceres-1S', from: 2023.7, sites: ['HAIYANG:De Bo 3 Barge'] }, { name: 'Ceres-2', from: 2025 }],
    description: 'Commercial small launch vehicles.',
  },
  {
    name: 'Zhuque', country: 'CHN', manufacturers: ['LS'], providers: [['LS', 2018]], size: 'm',
    rate: [[2018.8, 1], [2022, 1], [2023, 2], [2025, 4], [2029, 8]], sites: ['JSLC:Launch Complex 138'],
    configs: [
      { name: 'Zhuque-1', from: 2018, to: 2018, size: 's' },
      { name: 'Zhuque-2', from: 2022.9, to: 2024 },
      { name: 'Zhuque-2E', from: 2024.9 },
      { name: 'Zhuque-3', from: 2025.9, reusable: true, booster: { prefix: 'ZQ3-', start: 1, landing: ['RTLS'], reuseFrom: 2026.5 } },
    ],
    description: 'Methane-fuelled launch vehicles.',
  },
  {
    name: 'Hyperbola', country: 'CHN', manufacturers: ['iSpace'], providers: [['iSpace', 2019]], size: 's',
    rate: [[2019.5, 1], [2029, 1]], sites: ['JSLC:LC-43/95'],
    configs: [{ name: 'Hyperbola-1', from: 2019 }, { name: 'Hyperbola-3', from: 2026 }],
    description: 'Commercial launch vehicles by i-Space.',
  },
  {
    name: 'Jielong', country: 'CHN', manufacturers: ['ChinaRocket'], providers: [['ChinaRocket', 2019]], size: 's',
    rate: [[2019.6, 1], [2024, 3], [2029, 3]], sites: ['HAIYANG:Tai Rui Barge', 'HAIYANG:De Bo 3 Barge'],
    configs: [{ name: 'Jielong-1', from: 2019, to: 2019 }, { name: 'Jielong-3', from: 2022 }],
    description: 'Solid-fuel launch vehicles designed for launches at sea.',
  },
  {
    name: 'Kinetica', country: 'CHN', manufacturers: ['CASS'], providers: [['CASS', 2022]], size: 's',
    rate: [[2022.5, 1], [2025, 3], [2029, 4]], sites: ['JSLC:LC-43/95', 'JSLC:Launch Area 140@2026'],
    configs: [{ name: 'Kinetica-1', from: 2022 }, { name: 'Kinetica-2', from: 2026, size: 'm', sites: ['JSLC:Launch Area 140'] }],
    description: 'Commercial launch vehicles by CAS Space.',
  },
  {
    name: 'Gravity', country: 'CHN', manufacturers: ['Orienspace'], providers: [['Orienspace', 2024]], size: 'm',
    rate: [[2024, 1], [2029, 2]], sites: ['HAIYANG:Tai Rui Barge'],
    configs: [{ name: 'Gravity-1', from: 2024 }, { name: 'Gravity-2', from: 2026 }],
    description: 'Commercial launch vehicles launched from sea.',
  },
  {
    name: 'Tianlong', country: 'CHN', manufacturers: ['SpacePioneer'], providers: [['SpacePioneer', 2023]], size: 'm',
    rate: [[2023.3, 1], [2029, 3]], sites: ['JSLC:LC-43/96'],
    configs: [{ name: 'Tianlong-2', from: 2023, to: 2024, size: 's' }, { name: 'Tianlong-3', from: 2025.5 }],
    description: 'Kerosene-fuelled commercial launch vehicles.',
  },
  // ---------------------------------------------------------------- Europe
  {
    name: 'Europa', country: 'FRA', manufacturers: ['ELDO'], providers: [['ELDO', 1964]], size: 'm',
    rate: [[1964.4, 1.5], [1971.9, 1]], sites: ['WOOM:Launch Area 5B', 'CSG:ELA-1@1971'],
    configs: [{ name: 'Europa I', from: 1964, to: 1970 }, { name: 'Europa II', from: 1971, to: 1971 }],
    description: 'The first European launch vehicle programme.',
  },
  {
    name: 'Diamant', country: 'FRA', manufacturers: ['CNES'], providers: [['CNES', 1965]], size: 's',
    rate: [[1965.9, 1], [1975.8, 1]], sites: ['HAMM:Brigitte@1965-1967', 'CSG:Diamant Launch Complex@1970'],
    configs: [{ name: 'Diamant A', from: 1965, to: 1967 }, { name: 'Diamant B', from: 1970, to: 1973 }, { name: 'Diamant BP4', from: 1975, to: 1975 }],
    description: 'The first French launch vehicle.',
  },
  {
    name: 'Black Arrow', country: 'GBR', manufacturers: ['RAE'], providers: [['RAE', 1969]], size: 's',
    rate: [[1969.5, 1], [1971.9, 1]], sites: ['WOOM:Launch Area 5B'],
    configs: [{ name: 'Black Arrow', from: 1969, to: 1971 }],
    description: 'The British launch vehicle that orbited Prospero.',
  },
  {
    name: 'Ariane', country: 'FRA', manufacturers: ['AG', 'CNES'], providers: [['ESA', 1979, 1979], ['AE', 1980]], size: 'h',
    rate: [[1979.9, 1], [1983, 3], [1985, 4], [1990, 8], [1995, 11], [2000, 11], [2003, 4], [2010, 6], [2019, 3], [2023.5, 1], [2024, 1], [2025, 4], [2029, 8]],
    sites: ['CSG:ELA-1', 'CSG:ELA-2@1986', 'CSG:ELA-3@1996'],
    configs: [
      { name: 'Ariane 1', from: 1979, to: 1986, size: 'm', sites: ['CSG:ELA-1'] },
      { name: 'Ariane 2', from: 1986, to: 1989, size: 'm', sites: ['CSG:ELA-1'] },
      { name: 'Ariane 3', from: 1984, to: 1989, size: 'm', sites: ['CSG:ELA-1'] },
      { name: 'Ariane 40', from: 1990, to: 1999, sites: ['CSG:ELA-2'] },
      { name: 'Ariane 42P', from: 1990, to: 2002, sites: ['CSG:ELA-2'] },
      { name: 'Ariane 44L', from: 1989, to: 2003, weight: 2, sites: ['CSG:ELA-2'] },
      { name: 'Ariane 44LP', from: 1988, to: 2001, sites: ['CSG:ELA-2'] },
      { name: 'Ariane 5G', from: 1996, to: 2003, sites: ['CSG:ELA-3'] },
      { name: 'Ariane 5ECA', from: 2002, to: 2023, weight: 4, sites: ['CSG:ELA-3'] },
      { name: 'Ariane 5ES', from: 2008, to: 2018, sites: ['CSG:ELA-3'] },
      { name: 'Ariane 62', from: 2024.5, sites: ['CSG:ELA-4'] },
      { name: 'Ariane 64', from: 2025.5, sites: ['CSG:ELA-4'] },
    ],
    description: 'The European heavy launch vehicles operated by Arianespace.',
  },
  {
    name: 'Vega', country: 'ITA', manufacturers: ['Avio'], providers: [['AE', 2012, 2024], ['Avio', 2025]], size: 's',
    rate: [[2012.1, 1], [2015, 3], [2020, 2], [2022, 1], [2024, 2], [2029, 4]], sites: ['CSG:Vega Launch Complex'],
    configs: [{ name: 'Vega', from: 2012, to: 2024 }, { name: 'Vega C', from: 2022.5 }, { name: 'Vega E', from: 2027 }],
    description: 'A European small launch vehicle built by Avio.',
  },
  {
    name: 'Spectrum', country: 'DEU', manufacturers: ['Isar'], providers: [['Isar', 2025]], size: 's',
    rate: [[2025.2, 1], [2029, 6]], sites: ['ANDOYA:Orbital Launch Pad'],
    configs: [{ name: 'Spectrum', from: 2025 }],
    description: 'A two-stage small launch vehicle.',
  },
  {
    name: 'RFA One', country: 'DEU', manufacturers: ['RFA'], providers: [['RFA', 2026]], size: 's',
    rate: [[2026.3, 1], [2029, 4]], sites: ['SAXA:Lamba Ness Pad'],
    configs: [{ name: 'RFA One', from: 2026 }],
    description: 'A three-stage small launch vehicle.',
  },
  {
    name: 'Miura', country: 'ESP', manufacturers: ['PLD'], providers: [['PLD', 2026]], size: 's',
    rate: [[2026.4, 1], [2029, 4]], sites: ['CSG:Diamant Launch Complex'],
    configs: [{ name: 'Miura 5', from: 2026 }],
    description: 'A small launch vehicle with a recoverable first stage.',
  },
  // ---------------------------------------------------------------- Japan
  {
    name: 'Lambda', country: 'JPN', manufacturers: ['ISAS'], providers: [['ISAS', 1966]], size: 's',
    rate: [[1966.8, 1], [1970.2, 1]], sites: ['USC:Lambda Launch Pad'],
    configs: [{ name: 'Lambda-4S', from: 1966, to: 1970 }],
    description: 'The solid-fuel rocket that launched the first Japanese satellite.',
  },
  {
    name: 'Mu', country: 'JPN', manufacturers: ['ISAS'], providers: [['ISAS', 1971]], size: 's',
    rate: [[1971, 1], [1980, 2], [2006.8, 1]], sites: ['USC:Mu Launch Pad'],
    configs: [
      { name: 'Mu-4S', from: 1971, to: 1972 },
      { name: 'Mu-3C', from: 1974, to: 1979 },
      { name: 'Mu-3H', from: 1977, to: 1978 },
      { name: 'Mu-3S', from: 1980, to: 1984 },
      { name: 'Mu-3SII', from: 1985, to: 1995 },
      { name: 'M-V', from: 1997, to: 2006, size: 'm' },
    ],
    description: 'Solid-fuel launch vehicles for Japanese science missions.',
  },
  {
    name: 'N', country: 'JPN', manufacturers: ['MHI'], providers: [['NASDA', 1975]], size: 'm',
    rate: [[1975.7, 2], [1987, 2]], sites: ['TNSC:Osaki Launch Complex'],
    configs: [{ name: 'N-I', from: 1975, to: 1982 }, { name: 'N-II', from: 1981, to: 1987 }],
    description: 'Japanese launch vehicles built under licence from the Delta.',
  },
  {
    name: 'H-II', country: 'JPN', manufacturers: ['MHI'], providers: [['NASDA', 1986, 2003], ['JAXA', 2003, 2006], ['MHI', 2007]], size: 'h',
    rate: [[1986.6, 1], [1994, 1.5], [2001, 1], [2005, 2], [2010, 3], [2020, 3], [2025.5, 1]],
    sites: ['TNSC:Osaki Launch Complex@1986-1992', 'TNSC:Yoshinobu Launch Complex LP-1@1994', 'TNSC:Yoshinobu Launch Complex LP-2@2009'],
    configs: [
      { name: 'H-I', from: 1986, to: 1992, size: 'm' },
      { name: 'H-II', from: 1994, to: 1999 },
      { name: 'H-IIA 202', from: 2001, to: 2025, weight: 3 },
      { name: 'H-IIA 204', from: 2006, to: 2025 },
      { name: 'H-IIB', from: 2009, to: 2020 },
    ],
    description: 'Japanese liquid-fuelled launch vehicles.',
  },
  {
    name: 'H3', country: 'JPN', manufacturers: ['MHI'], providers: [['JAXA', 2023], ['MHI', 2025]], size: 'h',
    rate: [[2023.2, 1], [2025, 3], [2029, 6]], sites: ['TNSC:Yoshinobu Launch Complex LP-2'],
    configs: [{ name: 'H3-22', from: 2023 }, { name: 'H3-24', from: 2025 }, { name: 'H3-30', from: 2025.5 }],
    description: 'The successor of the H-IIA.',
  },
  {
    name: 'Epsilon', country: 'JPN', manufacturers: ['ISAS'], providers: [['JAXA', 2013]], size: 's',
    rate: [[2013.7, 0.5], [2022.8, 0.5], [2026, 0.5], [2029, 1]], sites: ['USC:Mu Launch Pad'],
    configs: [{ name: 'Epsilon', from: 2013, to: 2022 }, { name: 'Epsilon S', from: 2026 }],
    description: 'A solid-fuel launch vehicle for small science satellites.',
  },
  {
    name: 'Kairos', country: 'JPN', manufacturers: ['SpaceOne'], providers: [['SpaceOne', 2024]], size: 's',
    rate: [[2024.2, 1], [2029, 3]], sites: ['KII:Launch Pad'],
    configs: [{ name: 'Kairos', from: 2024 }],
    description: 'A solid-fuel small launch vehicle.',
  },
  // ---------------------------------------------------------------- India
  {
    name: 'SLV', country: 'IND', manufacturers: ['ISRO'], providers: [['ISRO', 1979]], size: 's',
    rate: [[1979.6, 1], [1983.3, 1], [1987.3, 1], [1994.3, 1]], sites: ['SDSC:SLV Launch Pad'],
    configs: [{ name: 'SLV-3', from: 1979, to: 1983 }, { name: 'ASLV', from: 1987, to: 1994 }],
    description: 'The first Indian launch vehicles.',
  },
  {
    name: 'PSLV', country: 'IND', manufacturers: ['ISRO'], providers: [['ISRO', 1993]], size: 'm',
    rate: [[1993.7, 1], [2000, 1], [2008, 3], [2016, 6], [2019, 5], [2022, 2], [2029, 4]], sites: ['SDSC:First Launch Pad', 'SDSC:Second Launch Pad@2005'],
    configs: [
      { name: 'PSLV-G', from: 1993, to: 2016 },
      { name: 'PSLV-CA', from: 2007 },
      { name: 'PSLV-XL', from: 2008, weight: 3 },
      { name: 'PSLV-DL', from: 2019 },
      { name: 'PSLV-QL', from: 2019 },
    ],
    description: 'The Polar Satellite Launch Vehicle, the workhorse of the Indian programme.',
  },
  {
    name: 'GSLV', country: 'IND', manufacturers: ['ISRO'], providers: [['ISRO', 2001], ['NSIL', 2022]], size: 'h',
    rate: [[2001.3, 1], [2014, 2], [2020, 2], [2025, 4], [2029, 5]], sites: ['SDSC:Second Launch Pad'],
    configs: [{ name: 'GSLV Mk I', from: 2001, to: 2010 }, { name: 'GSLV Mk II', from: 2010 }, { name: 'LVM3', from: 2014.9, weight: 2 }],
    programs: ['Gaganyaan'],
    description: 'Geosynchronous launch vehicles, including the crew-rated LVM3.',
  },
  {
    name: 'SSLV', country: 'IND', manufacturers: ['ISRO'], providers: [['ISRO', 2022]], size: 's',
    rate: [[2022.6, 1], [2029, 3]], sites: ['SDSC:Small Satellite Launch Complex'],
    configs: [{ name: 'SSLV', from: 2022 }],
    description: 'The Small Satellite Launch Vehicle.',
  },
  // ---------------------------------------------------------------- Other countries
  {
    name: 'Shavit', country: 'ISR', manufacturers: ['IAI'], providers: [['IAI', 1988]], size: 's',
    rate: [[1988.7, 0.4], [2029, 0.3]], sites: ['PALM:Palmachim Launch Complex'],
    configs: [{ name: 'Shavit', from: 1988, to: 1995 }, { name: 'Shavit-2', from: 2007 }],
    description: 'A small launch vehicle that launches westward over the Mediterranean.',
  },
  {
    name: 'Safir', country: 'IRN', manufacturers: ['ISA'], providers: [['ISA', 2008], ['IRGC', 2020]], size: 's',
    rate: [[2008.6, 0.6], [2029, 1]], sites: ['SEMNAN', 'SHAH:Mobile Launcher Pad@2020'],
    configs: [
      { name: 'Safir-1A', from: 2008, to: 2019 },
      { name: 'Simorgh', from: 2016 },
      { name: 'Qased', from: 2020, sites: ['SHAH:Mobile Launcher Pad'], providers: [['IRGC', 2020]] },
      { name: 'Qaem 100', from: 2023, sites: ['SHAH:Mobile Launcher Pad'], providers: [['IRGC', 2023]] },
    ],
    description: 'Iranian small launch vehicles.',
  },
  {
    name: 'Unha', country: 'PRK', manufacturers: ['NADA'], providers: [['NADA', 2009]], size: 's',
    rate: [[2009.2, 0.4], [2029, 0.4]], sites: ['SOHAE:Vertical Launch Pad'],
    configs: [{ name: 'Unha-2', from: 2009, to: 2009 }, { name: 'Unha-3', from: 2012, to: 2016 }, { name: 'Chollima-1', from: 2023 }],
    description: 'North Korean launch vehicles.',
  },
  {
    name: 'Naro', country: 'KOR', manufacturers: ['KARI'], providers: [['KARI', 2009]], size: 's',
    rate: [[2009.6, 0.4], [2029, 0.5]], sites: ['NARO:Launch Pad 1', 'NARO:Launch Pad 2@2021'],
    configs: [{ name: 'Naro-1', from: 2009, to: 2013 }, { name: 'Nuri', from: 2021, size: 'm', sites: ['NARO:Launch Pad 2'] }],
    description: 'South Korean launch vehicles.',
  },
  {
    name: 'VLS', country: 'BRA', manufacturers: ['IAE'], providers: [['IAE', 1997]], size: 's',
    rate: [[1997.8, 0.3], [2003.6, 0.3]], sites: ['ALC:VLS Pad'],
    configs: [{ name: 'VLS-1', from: 1997, to: 2003 }],
    description: 'The Brazilian satellite launch vehicle.',
  },
  {
    name: 'VSB-30', country: 'BRA', manufacturers: ['IAE'], providers: [['IAE', 2004]], size: 'sub', suborbital: true,
    rate: [[2004.8, 0.5], [2029, 0.5]], sites: ['ALC:Sounding Rocket Pad', 'ESRANGE:MAXUS Launcher', 'ANDOYA:Sounding Rocket Pad'],
    configs: [{ name: 'VSB-30', from: 2004 }],
    description: 'A two-stage sounding rocket for microgravity experiments.',
  },
  {
    name: 'Eris', country: 'AUS', manufacturers: ['Gilmour'], providers: [['Gilmour', 2025]], size: 's',
    rate: [[2025.5, 1], [2029, 2]], sites: ['BOWEN:Launch Pad 1'],
    configs: [{ name: 'Eris', from: 2025 }],
    description: 'The first Australian orbital launch vehicle of the commercial era.',
  },
  {
    name: 'Sparta', country: 'AUS', manufacturers: ['WRE'], providers: [['WRE', 1967]], size: 's',
    rate: [[1967.85, 1], [1967.95, 1]], sites: ['WOOM:Launch Area 8'],
    configs: [{ name: 'Sparta', from: 1967, to: 1967 }],
    description: 'A modified Redstone rocket that launched the first Australian satellite.',
  },
  // ---------------------------------------------------------------- beyond Earth
  {
    name: 'Apollo Lunar Module', country: 'USA', manufacturers: ['Grumman'], providers: [['NASA', 1969]], size: 's',
    rate: [[1969.5, 1.5], [1972.96, 1.5]], sites: ['MOON:Tranquility Base', 'MOON:Ocean of Storms', 'MOON:Fra Mauro', 'MOON:Hadley-Apennine', 'MOON:Descartes Highlands', 'MOON:Taurus-Littrow'],
    configs: [{ name: 'Apollo Lunar Module Ascent Stage', from: 1969, to: 1972 }],
    programs: ['Apollo'],
    description: 'The ascent stage of the Apollo Lunar Module, which lifted crews off the lunar surface.',
  },
  {
    name: "Chang'e Ascender", country: 'CHN', manufacturers: ['CAST'], providers: [['CNSA', 2020]], size: 's',
    rate: [[2020.9, 0.6], [2024.5, 0.6]], sites: ['MOON:Mons Rümker', 'MOON:Apollo Basin'],
    configs: [{ name: "Chang'e Ascender", from: 2020, to: 2024 }],
    programs: ["Chang'e"],
    description: 'The ascent vehicles that returned lunar samples to lunar orbit.',
  },
];

/** Parents of families that only group other families (no configuration of their own). */
export const PARENT_FAMILIES: Array<{ name: string; manufacturers: string[]; description: string }> = [
  { name: 'R-7', manufacturers: ['OKB1'], description: 'The family of launch vehicles derived from the R-7 Semyorka missile.' },
  { name: 'Long March', manufacturers: ['CASC'], description: 'The Chinese family of expendable launch vehicles.' },
];
