import { fields, checkObject, checkRows, DataError, readData } from './data/load.ts';
import type { MissionTypeName, PayloadTypeName } from './lookup-tables.ts';

/**
 * What uncrewed launches carry. A launch picks among the templates that fit its vehicle (country,
 * family or configuration) and date, by weight. Names use placeholders: `{n}` a running number per
 * template (or shared `counter`), `{g}` a constellation group like '6-12', `{op}` the first word of
 * the operator's name (numbered per operator), `{quirky}` a Rocket Lab-style mission name,
 * `{sounding}` a NASA sounding rocket designation.
 *
 * Operators are agency keys; `key@1990-2010` limits one to those years, `*` is a fictional operator.
 * The templates and the name words are data/missions.json; a payload name that changes with the years
 * is written there as `[[name, before year], ..., [name]]`.
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

const MISSIONS = checkObject<{ templates: unknown; quirky: unknown; soundingExperiments: unknown }>('missions.json', readData('missions'), fields('templates: array; quirky: object; soundingExperiments: string[]'));

type NamesByYear = Array<[name: string, before?: number]>;

/** `[[name, before], ..., [name]]` -> the name of a year: the first whose `before` is later than it. */
function byYear(where: string, names: NamesByYear): (year: number) => string {
  const ok = names.length > 0 && names.every(([n, before], i) => typeof n === 'string' && (i === names.length - 1 ? before === undefined : typeof before === 'number'));
  if (!ok) throw new DataError(`${where}: expected [[name, before year], ..., [name]]`);
  return (year) => names.find(([, before]) => before === undefined || year < before)![0];
}

export const MISSION_TEMPLATES: MissionTemplate[] = checkRows<MissionTemplate>('missions.json templates', MISSIONS.templates, fields('name type description: string; counter program: string?; start to: number?; orbits: array; from: number; operators: string[]; countries families configs: string[]?; payload: object?')).map((t, i) => {
  const name = t.payload?.name as string | NamesByYear | undefined;
  return Array.isArray(name) ? { ...t, payload: { ...t.payload, name: byYear(`missions.json templates[${i}].payload.name`, name) } } : t;
});

/** Words for Rocket Lab-style mission names ('The Owl Spreads Its Wings'). */
export const QUIRKY = checkObject<{ first: string[]; second: string[] }>('missions.json quirky', MISSIONS.quirky, { first: 'string[]', second: 'string[]' });

export const SOUNDING_EXPERIMENTS = MISSIONS.soundingExperiments as string[];
