/** What an upstream's `/api-throttle/` reports (LL2 2.3.0 names). */
export interface ThrottleInfo {
  /** Requests allowed per window; 0 means no limit. */
  limit: number;
  windowSeconds: number;
  currentUse: number;
  /** Seconds until a request is allowed again when the budget is spent. */
  nextUseSeconds: number;
  ident?: string;
}

/** Reads LL2's `/api-throttle/` body (an object; the OpenAPI document calls it a list of one). */
export function parseThrottle(body: unknown): ThrottleInfo | null {
  const o = Array.isArray(body) ? body[0] : body;
  if (!o || typeof o !== 'object') return null;
  const r = o as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v ?? NaN));
  const limit = num(r.your_request_limit);
  if (!Number.isFinite(limit)) return null;
  return {
    limit,
    windowSeconds: num(r.limit_frequency_secs) || 0,
    currentUse: num(r.current_use) || 0,
    nextUseSeconds: num(r.next_use_secs) || 0,
    ident: typeof r.ident === 'string' ? r.ident : undefined,
  };
}
