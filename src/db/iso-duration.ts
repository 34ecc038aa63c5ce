/**
 * Durations are stored as the ISO 8601 text LL2 sends (`P9DT3H4M5S`, `-PT1M`, `PT2M3.5S`), which does
 * not sort as the length of time (`P9D` > `P374D` as text). LL2 keeps them in PostgreSQL intervals;
 * ordering here reads the seconds out of the text, with the same pattern on both databases (in JS for
 * SQLite, in SQL for PostgreSQL: dialect.ts), and anything else (never sent by LL2) counts as NULL.
 */
export const DURATION_PATTERN = '^-?P(?=[0-9]|T[0-9])(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:[.][0-9]+)?)S)?)?$';
const DURATION = new RegExp(DURATION_PATTERN);

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
