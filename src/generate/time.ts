/** Time helpers. Everything is UTC milliseconds until it is written, in the stored text forms. */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365.25 * DAY;

/** The anchor when none is given: fixed, so the default dataset never depends on the wall clock. */
export const DEFAULT_ANCHOR = Date.UTC(2026, 10, 1);

/** Stored date-time form: 'YYYY-MM-DDTHH:MM:SSZ'. */
export function isoDateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Stored date form: 'YYYY-MM-DD'. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

export function utc(year: number, month = 1, day = 1): number {
  return Date.UTC(year, month - 1, day);
}

/** LL2's duration text: 'P220DT13H52M', 'PT2M30S', 'P0D' (zero parts are left out). */
export function isoDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let s = Math.round(Math.abs(ms) / 1000);
  const days = Math.floor(s / 86400);
  s -= days * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  let out = `${sign}P`;
  if (days || (!h && !m && !s)) out += `${days}D`;
  if (h || m || s) out += `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return out;
}

/** Python's timedelta text, which LL2 uses for a celestial body's length of day: '1 00:00:00'. */
export function timedeltaText(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  let rest = Math.round(seconds - days * 86400);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  const hms = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return days ? `${days} ${hms}` : hms;
}
