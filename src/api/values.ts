/**
 * Parsers for query-string values, accepting what Django's form fields accept. Each returns
 * undefined for a value the field would reject.
 */

export function parseNumber(v: string): number | undefined {
  const s = v.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** ISO 8601 with or without time and zone; no zone means UTC. Returns the canonical stored form. */
export function parseDateTime(v: string): string | undefined {
  const m = DATE_TIME.exec(v.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  if (!validDate(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59) return undefined;
  const z = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${z}`);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

export function parseDate(v: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  return m && validDate(+m[1], +m[2], +m[3]) ? m[0] : undefined;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parseUuid(v: string): string | undefined {
  const s = v.trim().toLowerCase().replace(/^urn:uuid:/, '').replace(/[{}]/g, '');
  const hex = s.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Django's NullBooleanField: anything else means "no filter". */
export function parseBool(v: string): boolean | undefined {
  switch (v) {
    case 'true':
    case 'True':
    case '1':
      return true;
    case 'false':
    case 'False':
    case '0':
      return false;
    default:
      return undefined;
  }
}
