import { sql, type Expression } from 'kysely';
import type { DialectName } from './connect.ts';

/**
 * Durations are stored as the ISO 8601 text LL2 sends (`P9DT3H4M5S`, `-PT1M`, `PT2M3.5S`), which does
 * not sort as the length of time (`P9D` > `P374D` as text). LL2 keeps them in PostgreSQL intervals;
 * ordering here reads the seconds out of the text, with the same pattern on both databases, and
 * anything else (never sent by LL2) counts as NULL.
 */
const PATTERN = '^-?P(?=[0-9]|T[0-9])(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:[.][0-9]+)?)S)?)?$';
const DURATION = new RegExp(PATTERN);

/** Seconds of an ISO 8601 duration of days, hours, minutes and seconds; null for anything else. */
export function isoDurationSeconds(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = DURATION.exec(text);
  if (!m) return null;
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  const seconds = ((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60 + Number(s);
  return text.startsWith('-') ? -seconds : seconds;
}

/** The SQLite function ORDER BY calls (registered on every connection by connect.ts). */
export const SQLITE_FUNCTION = 'iso_duration_seconds';

/** SQL for the seconds of a stored duration; NULL stays NULL, so NULLs sort as they do for any column. */
export function durationSecondsSql(column: Expression<unknown>, dialect: DialectName): Expression<unknown> {
  if (dialect === 'sqlite') return sql`${sql.raw(SQLITE_FUNCTION)}(${column})`;
  // the pattern guarantees each designator appears once, so each part can be read on its own
  const part = (designator: string, scale: number) =>
    sql`coalesce(cast(substring(${column} from ${sql.lit(`([0-9.]+)${designator}`)}) as numeric), 0) * ${sql.lit(scale)}`;
  return sql`(case when ${column} ~ ${sql.lit(PATTERN)} then (case when ${column} like '-%' then -1 else 1 end) * (${part('D', 86400)} + ${part('H', 3600)} + ${part('M', 60)} + ${part('S', 1)}) end)`;
}
