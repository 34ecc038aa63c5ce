import { fields, checkRows, DataError, readData } from './data/load.ts';

/** Real countries with their ISO codes (data/countries.json); the id is the position + 1 (Russia 5 and China 6, as in LL2). */
export interface CountryRow {
  id: number;
  name: string;
  alpha_2_code: string;
  alpha_3_code: string;
  nationality_name: string;
  nationality_name_composed: string;
}

export const COUNTRIES: CountryRow[] = checkRows<CountryRow>('countries.json', readData('countries'), fields('id: number; name alpha_2_code alpha_3_code nationality_name nationality_name_composed: string'));
COUNTRIES.forEach((c, i) => {
  if (c.id !== i + 1) throw new DataError(`countries.json: row ${i} has id ${c.id}; ids are the position + 1`);
});

const byAlpha3 = new Map(COUNTRIES.map((c) => [c.alpha_3_code, c]));

export function country(alpha3: string): CountryRow {
  const c = byAlpha3.get(alpha3);
  if (!c) throw new Error(`generator: unknown country ${alpha3}`);
  return c;
}
