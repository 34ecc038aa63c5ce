import type { ScalarType } from '../model/define.ts';
import { dialects, type DialectName } from '../db/dialect.ts';

/** Thrown for a value that cannot be stored; the importer adds the file name and JSON path. */
export class ValueError extends Error {}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Canonical stored form of a date-time: ISO-8601 in UTC, seconds precision unless the source had more. */
export function canonicalDateTime(value: string): string | null {
  if (ISO_UTC.test(value)) return value;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

/** Converts a JSON value to what the column of that type stores on this dialect. */
export function toColumn(type: ScalarType, v: unknown, dialect: DialectName): unknown {
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'text':
    case 'duration': // kept as sent: LL2's own text is what every version serves back
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw new ValueError(`expected a string, got ${JSON.stringify(v).slice(0, 60)}`);
    case 'int': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      // integer columns are 32-bit on PostgreSQL: SQLite stores the same range, so both accept the same files
      if (typeof n === 'number' && Number.isFinite(n) && Math.abs(Math.trunc(n)) <= 2147483647) return Math.trunc(n);
      throw new ValueError(`expected an integer, got ${JSON.stringify(v).slice(0, 60)}`);
    }
    case 'real': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
      throw new ValueError(`expected a number, got ${JSON.stringify(v).slice(0, 60)}`);
    }
    case 'bool':
      if (typeof v !== 'boolean') throw new ValueError(`expected true or false, got ${JSON.stringify(v).slice(0, 60)}`);
      return dialects[dialect].storedBoolean(v);
    case 'datetime': {
      const s = typeof v === 'string' ? canonicalDateTime(v) : null;
      if (s === null) throw new ValueError(`expected a date-time, got ${JSON.stringify(v).slice(0, 60)}`);
      return s;
    }
    case 'date':
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
      throw new ValueError(`expected a date (YYYY-MM-DD), got ${JSON.stringify(v).slice(0, 60)}`);
  }
}

/** Converts a stored column value back to its JSON value (SQLite keeps booleans as 0/1). */
export function fromColumn(type: ScalarType, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (type === 'bool') return v === true || v === 1 || v === '1' || v === 't';
  return v;
}
