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

/**
 * Paces requests by the upstream's own count rather than a local guess: `/api-throttle/` is free,
 * so it is read at the start and whenever the requests it allowed are used up; when it reports no
 * room we sleep until it says there is. The upstream's window is DRF's sliding window, which we
 * cannot see into, so we never assume a slot freed up before the upstream says so.
 */
export class RateBudget {
  /** Requests we may still send before asking the upstream again; null = ask before the next one. */
  private remaining: number | null = null;
  private unlimited = false;
  info: ThrottleInfo | null = null;

  constructor(
    private readonly read: () => Promise<ThrottleInfo | null>,
    private readonly sleep: (ms: number, reason: string) => Promise<void>,
  ) {}

  /** Waits until one more request fits in the upstream's budget, and counts it. */
  async acquire(): Promise<void> {
    for (;;) {
      if (this.unlimited) return;
      if (this.remaining !== null && this.remaining > 0) {
        this.remaining--;
        return;
      }
      const info = await this.read();
      this.info = info;
      // No throttle endpoint, or no limit: go, and rely on 429 + Retry-After should that be wrong.
      if (!info || info.limit <= 0) {
        this.unlimited = true;
        continue;
      }
      const left = info.limit - info.currentUse;
      if (left > 0 && info.nextUseSeconds <= 0) {
        this.remaining = left;
        continue;
      }
      const seconds = info.nextUseSeconds > 0 ? info.nextUseSeconds : Math.max(1, info.windowSeconds / info.limit);
      await this.sleep(Math.min(seconds, info.windowSeconds || seconds) * 1000, 'rate limit');
    }
  }

  /** Reads the upstream's numbers now without spending anything (the start of a pass). */
  async refresh(): Promise<void> {
    this.reset();
    const info = await this.read();
    this.info = info;
    if (!info || info.limit <= 0) this.unlimited = true;
    else if (info.nextUseSeconds <= 0) this.remaining = Math.max(0, info.limit - info.currentUse) || null;
  }

  /** Forget what we knew (a new pass, or the upstream just answered 429): ask again before the next request. */
  reset(): void {
    this.remaining = null;
    this.unlimited = false;
  }
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
