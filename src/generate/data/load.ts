import { readFileSync } from 'node:fs';

/**
 * The generator's data tables (vehicles, agencies, sites, names, lookup rows...) are JSON files beside
 * this module, so that they can be read, diffed and corrected as data. JSON carries no types: each
 * loader checks, once at load, the fields the code relies on, and a file that does not fit stops the
 * generator with the file, the row and the field instead of writing rows with holes.
 */
export function readData(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8'));
}

type JsonKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'string[]' | 'number[]';
/**
 * A field's kind: a JSON type (`?` when it may be absent or null), the list of the strings it may be,
 * or that list with `optional`.
 */
export type Kind = JsonKind | `${JsonKind}?` | readonly string[] | { values: readonly string[]; optional: true };
export type Shape = Record<string, Kind>;

/**
 * A shape written compactly: `'key name: string; founded: number?; pads: string[]'` (names separated
 * by spaces share the kind after the colon), with `enums` for the fields that take listed values.
 */
export function fields(spec: string, enums: Shape = {}): Shape {
  const shape: Shape = {};
  for (const part of spec.split(';')) {
    const [names, kind] = part.split(':').map((x) => x.trim());
    for (const name of names.split(/\s+/)) shape[name] = kind as Kind;
  }
  return { ...shape, ...enums };
}

export class DataError extends Error {
  override name = 'DataError';
}

/** Throws DataError unless `rows` is an array of objects whose fields have the kinds of `shape`; returns it typed. */
export function checkRows<T>(where: string, rows: unknown, shape: Shape): T[] {
  if (!Array.isArray(rows)) throw new DataError(`${where}: expected an array`);
  rows.forEach((row, i) => checkObject(`${where}[${i}]`, row, shape));
  return rows as T[];
}

/** Throws DataError unless `value` is an object whose fields have the kinds of `shape`; returns it typed. */
export function checkObject<T>(where: string, value: unknown, shape: Shape): T {
  if (!isObject(value)) throw new DataError(`${where}: expected an object`);
  for (const [field, kind] of Object.entries(shape)) {
    if (!fits(value[field], kind)) throw new DataError(`${where}.${field}: expected ${describe(kind)}, got ${JSON.stringify(value[field])}`);
  }
  return value as T;
}

/** Throws DataError unless `value` is an object of arrays (a file of several tables). */
export function checkTables(where: string, value: unknown): Record<string, unknown[]> {
  if (!isObject(value) || !Object.values(value).every(Array.isArray)) throw new DataError(`${where}: expected an object of arrays`);
  return value as Record<string, unknown[]>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(kind: Kind): string {
  if (typeof kind === 'string') return kind;
  if ('optional' in kind) return `nothing or one of ${kind.values.join(', ')}`;
  return `one of ${kind.join(', ')}`;
}

function fits(v: unknown, kind: Kind): boolean {
  if (typeof kind !== 'string') {
    if ('optional' in kind) return v === undefined || v === null || (typeof v === 'string' && kind.values.includes(v));
    return typeof v === 'string' && kind.includes(v);
  }
  if (kind.endsWith('?')) return v === undefined || v === null || fits(v, kind.slice(0, -1) as Kind);
  switch (kind) {
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'number[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'number');
    default:
      return typeof v === kind;
  }
}
