/** Absolute URLs as DRF builds them: `next`/`previous` with sorted, re-encoded query strings. */

/** Python's `urllib.parse.quote_plus`: only letters, digits and `_.-~` stay as they are. */
export function quotePlus(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** The query as `parse_qs(keep_blank_values=True)` sees it: key → values, in order of appearance. */
function queryDict(query: URLSearchParams): Map<string, string[]> {
  const d = new Map<string, string[]>();
  for (const [k, v] of query) {
    const list = d.get(k);
    if (list) list.push(v);
    else d.set(k, [v]);
  }
  return d;
}

function encodeSorted(d: Map<string, string[]>): string {
  const keys = [...d.keys()].sort();
  return keys.flatMap((k) => d.get(k)!.map((v) => `${quotePlus(k)}=${quotePlus(v)}`)).join('&');
}

/** DRF's `replace_query_param` / `remove_query_param` applied to several keys at once. */
export function withParams(pathUrl: string, query: URLSearchParams, set: Record<string, string | null>): string {
  const d = queryDict(query);
  for (const [k, v] of Object.entries(set)) {
    if (v === null) d.delete(k);
    else d.set(k, [v]);
  }
  const qs = encodeSorted(d);
  return qs ? `${pathUrl}?${qs}` : pathUrl;
}

/** `next` and `previous` of a limit/offset page (DRF's LimitOffsetPagination). */
export function pageLinks(pathUrl: string, query: URLSearchParams, count: number, limit: number, offset: number) {
  const next = offset + limit >= count ? null : withParams(pathUrl, query, { limit: String(limit), offset: String(offset + limit) });
  let previous: string | null = null;
  if (offset > 0) {
    previous = offset - limit <= 0
      ? withParams(pathUrl, query, { limit: String(limit), offset: null })
      : withParams(pathUrl, query, { limit: String(limit), offset: String(offset - limit) });
  }
  return { next, previous };
}

/** DRF's `_positive_int`: a bad or missing value gives the default; `strict` refuses 0. */
export function positiveInt(raw: string | null, fallback: number, strict: boolean, cutoff?: number): number {
  if (raw === null || !/^\s*[+-]?\d+\s*$/.test(raw)) return fallback;
  const n = parseInt(raw, 10);
  if (n < 0 || (strict && n === 0)) return fallback;
  return cutoff !== undefined ? Math.min(n, cutoff) : n;
}
