import { checkObject, DataError, readData } from './data/load.ts';
import type { Rng } from './rng.ts';

/**
 * Name pools per country (alpha-3) for astronauts and update authors (data/person-names.json), and the
 * international pool for countries without one. The people are fictional: names are drawn from common
 * given names and surnames of the country, never copied from a real roster.
 */
type Pool = [first: string[], last: string[]];

const NAMES = checkObject<{ pools: Record<string, Pool>; international: Pool }>('person-names.json', readData('person-names'), { pools: 'object', international: 'array' });
for (const [where, pool] of [...Object.entries(NAMES.pools), ['international', NAMES.international] as const]) {
  const ok = Array.isArray(pool) && pool.length === 2 && pool.every((list) => Array.isArray(list) && list.length > 0 && list.every((n) => typeof n === 'string'));
  if (!ok) throw new DataError(`person-names.json ${where}: expected [given names, surnames], both non-empty lists of strings`);
}

export function personName(rng: Rng, alpha3: string): string {
  const [first, last] = NAMES.pools[alpha3] ?? NAMES.international;
  return `${rng.pick(first)} ${rng.pick(last)}`;
}
