import { fields, checkObject, checkRows, DataError, readData } from './data/load.ts';
import { CELESTIAL_TYPE } from './lookup-tables.ts';

type CelestialTypeKey = keyof typeof CELESTIAL_TYPE;

/** Celestial bodies (public physical constants) and the orbits missions aim for: data/celestial.json. */

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

const CELESTIAL = checkObject<{ bodies: unknown; orbits: unknown }>('celestial.json', readData('celestial'), { bodies: 'array', orbits: 'array' });

export const BODIES: BodySpec[] = checkRows<BodySpec>('celestial.json bodies', CELESTIAL.bodies, fields('name description: string; diameter mass gravity day: number; atmosphere: boolean', { type: Object.keys(CELESTIAL_TYPE) }));

/** Orbits: name, abbrev, celestial body. The launch filters treat abbrev 'Sub' as suborbital. */
export const ORBITS: Array<[name: string, abbrev: string, body: string]> = (() => {
  const rows = CELESTIAL.orbits;
  const ok = Array.isArray(rows) && rows.every((r) => Array.isArray(r) && r.length === 3 && r.every((x) => typeof x === 'string'));
  if (!ok) throw new DataError('celestial.json orbits: expected [name, abbrev, body] rows');
  return rows as Array<[string, string, string]>;
})();

export type OrbitAbbrev = (typeof ORBITS)[number][1];

/** Destination text of a payload or spacecraft flight bound for an orbit. */
export function orbitDestination(abbrev: string): string {
  return ORBITS.find(([, a]) => a === abbrev)?.[0] ?? 'Low Earth Orbit';
}
