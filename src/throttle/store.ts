/**
 * Where request times are counted. DRF's SimpleRateThrottle keeps, per client, the times of its
 * requests within the window: a sliding window, not a fixed bucket.
 */
export interface WindowState {
  /** Requests inside the window, this one included when it was counted. */
  count: number;
  /** Time (ms) of the oldest request inside the window, or null when there is none. */
  oldest: number | null;
}

export interface ThrottleStore {
  /** Drops times older than the window, then adds `now` when `count` is true and the limit allows it. */
  hit(ident: string, now: number, windowMs: number, limit: number, count: boolean): Promise<WindowState & { allowed: boolean }>;
  close(): Promise<void>;
}

/** One process's counts (the default without Redis). */
export class MemoryThrottleStore implements ThrottleStore {
  private readonly history = new Map<string, number[]>();
  private sweptAt = 0;

  async hit(ident: string, now: number, windowMs: number, limit: number, count: boolean) {
    const since = now - windowMs;
    const times = (this.history.get(ident) ?? []).filter((t) => t > since);
    const allowed = times.length < limit;
    if (count && allowed) {
      times.push(now);
      // kept in time order (a request may be recorded with a time not the latest: SharedBudget.throttled)
      if (times.length > 1 && times[times.length - 2] > now) times.sort((x, y) => x - y);
    }
    if (times.length) this.history.set(ident, times);
    else this.history.delete(ident);
    this.sweep(now, windowMs);
    return { allowed, count: times.length, oldest: times[0] ?? null };
  }

  /** Forget idle clients now and then, so memory stays flat under many distinct IPs. */
  private sweep(now: number, windowMs: number): void {
    if (now - this.sweptAt < windowMs) return;
    this.sweptAt = now;
    for (const [ident, times] of this.history) if (times[times.length - 1] <= now - windowMs) this.history.delete(ident);
  }

  async close(): Promise<void> {}
}
