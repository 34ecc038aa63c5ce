import type { CELESTIAL_TYPE } from './lookup-tables.ts';

type CelestialTypeKey = keyof typeof CELESTIAL_TYPE;

/** Celestial bodies (public physical constants) and the orbits missions aim for. */

export interface BodySpec {
  name: string;
  type: CelestialTypeKey;
  diameter: number;
  mass: number;
  gravity: number;
  /** Length of a day in seconds. */
  day: number;
  atmosphere: boolean;
  description: string;
}

export const BODIES: BodySpec[] = [
  { name: 'Earth', type: 'planet', diameter: 12742000, mass: 5.972168e24, gravity: 9.80655, day: 86400, atmosphere: true, description: 'Earth is the third planet from the Sun and the only astronomical object known to harbor life.' },
  { name: 'Moon', type: 'moon', diameter: 3474800, mass: 7.342e22, gravity: 1.62, day: 2360591, atmosphere: false, description: "The Moon is Earth's only natural satellite." },
  { name: 'Mars', type: 'planet', diameter: 6779000, mass: 6.4171e23, gravity: 3.721, day: 88775, atmosphere: true, description: 'Mars is the fourth planet from the Sun, a cold desert world with a thin atmosphere.' },
  { name: 'Sun', type: 'star', diameter: 1392700000, mass: 1.9885e30, gravity: 274, day: 2192832, atmosphere: true, description: 'The Sun is the star at the centre of the Solar System.' },
  { name: 'Venus', type: 'planet', diameter: 12104000, mass: 4.8675e24, gravity: 8.87, day: 20996755, atmosphere: true, description: 'Venus is the second planet from the Sun, with a dense carbon dioxide atmosphere.' },
  { name: 'Mercury', type: 'planet', diameter: 4879400, mass: 3.3011e23, gravity: 3.7, day: 5067031, atmosphere: false, description: 'Mercury is the smallest planet and the closest to the Sun.' },
  { name: 'Jupiter', type: 'planet', diameter: 139820000, mass: 1.8982e27, gravity: 24.79, day: 35730, atmosphere: true, description: 'Jupiter is the largest planet of the Solar System, a gas giant.' },
  { name: 'Saturn', type: 'planet', diameter: 116460000, mass: 5.6834e26, gravity: 10.44, day: 38018, atmosphere: true, description: 'Saturn is the sixth planet from the Sun, known for its ring system.' },
  { name: 'Ceres', type: 'dwarfPlanet', diameter: 939400, mass: 9.3835e20, gravity: 0.28, day: 32667, atmosphere: false, description: 'Ceres is the largest object in the asteroid belt.' },
  { name: 'Bennu', type: 'asteroid', diameter: 490, mass: 7.329e10, gravity: 0.00001, day: 15469, atmosphere: false, description: 'Bennu is a carbonaceous near-Earth asteroid visited by a sample-return mission.' },
];

/** Orbits: name, abbrev, celestial body. The launch filters treat abbrev 'Sub' as suborbital. */
export const ORBITS: Array<[name: string, abbrev: string, body: string]> = [
  ['Low Earth Orbit', 'LEO', 'Earth'],
  ['Sun-Synchronous Orbit', 'SSO', 'Earth'],
  ['Geostationary Transfer Orbit', 'GTO', 'Earth'],
  ['Medium Earth Orbit', 'MEO', 'Earth'],
  ['Geostationary Orbit', 'GEO', 'Earth'],
  ['Polar Orbit', 'PO', 'Earth'],
  ['Suborbital', 'Sub', 'Earth'],
  ['Lunar Orbit', 'LO', 'Moon'],
  ['Heliocentric N/A', 'Helio-N/A', 'Sun'],
  ['Highly Elliptical Orbit', 'HEO', 'Earth'],
  ['Molniya Orbit', 'Molniya', 'Earth'],
  ['Very Low Earth Orbit', 'VLEO', 'Earth'],
  ['Elliptical Orbit', 'Elliptical', 'Earth'],
  ['Sun-Earth L1', 'ES-L1', 'Sun'],
  ['Sun-Earth L2', 'ES-L2', 'Sun'],
  ['Mars Orbit', 'MO', 'Mars'],
  ['Inclined Geosynchronous Orbit', 'IGSO', 'Earth'],
  ['Retrograde Orbit', 'Retrograde', 'Earth'],
  ['Lunar Transfer Orbit', 'LTO', 'Moon'],
];

export type OrbitAbbrev = (typeof ORBITS)[number][1];

/** Destination text of a payload or spacecraft flight bound for an orbit. */
export function orbitDestination(abbrev: string): string {
  return ORBITS.find(([, a]) => a === abbrev)?.[0] ?? 'Low Earth Orbit';
}
