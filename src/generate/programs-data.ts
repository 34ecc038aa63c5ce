import { fields, checkRows, readData } from './data/load.ts';
import type { ProgramTypeName } from './lookup-tables.ts';

/** Spaceflight programmes (data/programs.json): key (used by vehicles and missions), name, type, agencies, years, wiki title. */
export interface ProgramSpec {
  key: string;
  name: string;
  type: ProgramTypeName;
  agencies: string[];
  start: number;
  end?: number;
  wiki: string;
  description: string;
}

export const PROGRAMS: ProgramSpec[] = checkRows<ProgramSpec>('programs.json', readData('programs'), fields('key name type wiki description: string; agencies: string[]; start: number; end: number?'));
