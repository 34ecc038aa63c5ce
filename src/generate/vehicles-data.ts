import { fields, checkObject, checkRows, readData } from './data/load.ts';

/**
 * Launch vehicle families and their configurations, with the years they flew and roughly how many
 * launches a year each family made (`rate`, breakpoints interpolated linearly). The rates drive both
 * the mix of vehicles and the number of launches per year, so the dataset's history has the real
 * shape: the Soviet peak of the 1970s-80s, the quiet 2000s, the boom of the 2020s.
 *
 * Sites are `LOCATION` (any of its pads) or `LOCATION:Pad name`, optionally `@from` or `@from-to`
 * (years) when a site was only used for part of the family's life. The families are data/vehicles.json.
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

const SIZES: SizeClass[] = ['sub', 's', 'm', 'h', 'sh'];

const VEHICLES = checkObject<{ families: unknown; parentFamilies: unknown }>('vehicles.json', readData('vehicles'), { families: 'array', parentFamilies: 'array' });

export const FAMILIES: FamilySpec[] = checkRows<FamilySpec>('vehicles.json families', VEHICLES.families, fields('name country description: string; parent: string?; manufacturers sites: string[]; providers rate configs: array; suborbital: boolean?; programs: string[]?', { size: SIZES }));
for (const f of FAMILIES) {
  checkRows<ConfigSpec>(`vehicles.json ${f.name} configs`, f.configs, fields('name: string; from: number; to weight: number?; variant alias: string?; reusable suborbital: boolean?; sites: string[]?; providers: array?; booster: object?', { size: { values: SIZES, optional: true } }));
}

/** Parents of families that only group other families (no configuration of their own). */
export const PARENT_FAMILIES: Array<{ name: string; manufacturers: string[]; description: string }> = checkRows('vehicles.json parentFamilies', VEHICLES.parentFamilies, fields('name description: string; manufacturers: string[]'));
