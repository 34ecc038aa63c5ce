import { fields, checkObject, checkRows, readData } from './data/load.ts';
import type { AgencyTypeName } from './lookup-tables.ts';

/**
 * Real organisations of spaceflight (launch providers, manufacturers, space agencies, operators),
 * listed in data/agencies.json with the words that name the fictional ones.
 * Only public facts (names, countries, founding years) are used; descriptions are written generically.
 */
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

const AGENCIES = checkObject<{ agencies: unknown; syntheticWords: { first: string[]; second: string[] } }>('agencies.json', readData('agencies'), fields('agencies: array; syntheticWords: object'));

export const REAL_AGENCIES: AgencySpec[] = checkRows<AgencySpec>('agencies.json agencies', AGENCIES.agencies, fields('key name abbrev type launchers spacecraft: string; countries: string[]; founded: number?; parent infoUrl wiki: string?; featured: boolean'));

/** Word pools for the fictional satellite operators and manufacturers that fill out the agency list. */
export const SYNTHETIC_AGENCY_WORDS = checkObject<{ first: string[]; second: string[] }>('agencies.json syntheticWords', AGENCIES.syntheticWords, { first: 'string[]', second: 'string[]' });
