import { createHash } from 'node:crypto';
import { MemoryThrottleStore, type ThrottleStore } from '../throttle/store.ts';
import { parseThrottle, type ThrottleInfo } from './rate-budget.ts';
import { SharedBudget, type BudgetUse } from './shared-budget.ts';
import { SyncStopped, wait } from './wait.ts';

/** The upstream refused or failed a request in a way retrying will not fix (or retries ran out). */
export class UpstreamError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** The upstream's 2.3.0 base URL (see normalizeBaseUrl). */
  base: string;
  /** An LL2 API key, sent as `Authorization: Token KEY`. */
  token?: string;
  /** Retries of a request that failed with a 5xx or a broken connection (default 3). */
  retries?: number;
  /** First pause before such a retry; it doubles each time (default 5 s). */
  retryDelayMs?: number;
  /** Longest a request may take (default 120 s). */
  timeoutMs?: number;
  /** Stops waits early (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** Told about every pause, so a progress display can say why nothing moves. */
  onWait?: (seconds: number, reason: string) => void;
  /**
   * Where the requests sent to the upstream are counted, shared by every process that uses the same
   * store (see SharedBudget); default: this client's memory.
   */
  store?: ThrottleStore;
  /** Who spends the budget through this client, and the share of it they may take (see SharedBudget). */
  use?: BudgetUse;
}

/** What one GET for a waiting client gave: the body, a 404, no room in the budget, or a failure. */
export type NowAnswer = { kind: 'ok'; text: string } | { kind: 'missing' } | { kind: 'no-room' } | { kind: 'failed'; reason: string };

/** The name of a budget: the upstream's host and whom it counts (a key, by a hash of it; else the IP). */
export function budgetIdent(base: string, token: string | undefined): string {
  const who = token ? `key:${createHash('sha256').update(token).digest('hex').slice(0, 16)}` : 'anon';
  return `upstream ${new URL(base).origin} ${who}`;
}

export interface ClientStats {
  /** Requests sent to data endpoints (the ones the upstream counts). */
  requests: number;
  /** Reads of the free `/api-throttle/`. */
  throttleReads: number;
  /** 429 answers received. */
  throttled: number;
  retries: number;
  waitedMs: number;
}

/**
 * GETs JSON from the upstream within its rate budget: paced by `/api-throttle/`, waiting out a 429
 * for as long as `Retry-After` (or DRF's "Expected available in N seconds") says, retrying 5xx and
 * dropped connections a few times with a growing pause, never in a tight loop.
 */
export class UpstreamClient {
  readonly stats: ClientStats = { requests: 0, throttleReads: 0, throttled: 0, retries: 0, waitedMs: 0 };
  readonly budget: SharedBudget;
  /** Upstream clock minus ours, from the last `Date` header (0 until one is seen). */
  private clockOffsetMs = 0;

  constructor(private readonly opts: ClientOptions) {
    this.budget = new SharedBudget({ store: opts.store ?? new MemoryThrottleStore(), ident: budgetIdent(opts.base, opts.token), readThrottle: () => this.readThrottle(), use: opts.use });
  }

  /** The upstream's idea of now: what `last_updated` values are stamped with. */
  upstreamNow(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  /** `/api-throttle/`, or null when the upstream has none (it does not count against the budget). */
  async readThrottle(): Promise<ThrottleInfo | null> {
    this.stats.throttleReads++;
    const res = await this.fetchOnce(`${this.opts.base}/api-throttle/`).catch(() => null);
    if (!res || !res.ok) return null;
    return parseThrottle(await res.json().catch(() => null));
  }

  /** GETs `url` (under the base) and parses it; a 404 gives null. */
  async getJson(url: string): Promise<unknown> {
    const retries = this.opts.retries ?? 3;
    let failures = 0;
    for (;;) {
      await this.budget.acquire((ms, reason) => this.pause(ms, reason));
      let problem: string;
      try {
        const res = await this.fetchOnce(url);
        this.stats.requests++;
        if (res.status === 429) {
          this.stats.throttled++;
          const text = await res.text().catch(() => '');
          const ms = retryAfterSeconds(res.headers.get('retry-after'), text) * 1000;
          await this.budget.throttled(ms);
          await this.pause(ms, 'throttled (429)');
          continue; // waiting out a 429 is not a failure: the upstream told us when to come back
        }
        if (res.status === 404) {
          await res.body?.cancel();
          return null;
        }
        if (res.ok) return await res.json(); // a body cut short throws here and is retried below
        const text = await res.text().catch(() => '');
        problem = `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
        if (res.status < 500) throw new UpstreamError(`GET ${url}: ${problem}`, res.status);
      } catch (e) {
        if (e instanceof UpstreamError) throw e;
        if (e instanceof SyncStopped) throw e;
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        problem = cause?.code ?? cause?.message ?? (e as Error).message;
      }
      if (failures >= retries) throw new UpstreamError(`GET ${url}: ${problem}${retries ? ` (after ${retries} retries)` : ''}`);
      failures++;
      this.stats.retries++;
      await this.pause((this.opts.retryDelayMs ?? 5000) * 2 ** (failures - 1), `retry after ${problem}`);
    }
  }

  /**
   * One GET for a client waiting on us (read-through): sent only if the budget has room now, never
   * waiting or retrying. A 200's text is kept as sent (a forwarded page keeps LL2's bytes).
   */
  async getNow(url: string): Promise<NowAnswer> {
    try {
      // the shared count unreachable (the database down) is a failure like the upstream's: never a 500
      if ((await this.budget.tryAcquire()) > 0) return { kind: 'no-room' };
      const res = await this.fetchOnce(url);
      this.stats.requests++;
      if (res.status === 429) {
        this.stats.throttled++;
        // the client waiting on us does not wait for the other processes to be told
        void this.budget.throttled(retryAfterSeconds(res.headers.get('retry-after'), await res.text().catch(() => '')) * 1000);
        return { kind: 'no-room' };
      }
      if (!res.ok) {
        await res.body?.cancel();
        return res.status === 404 ? { kind: 'missing' } : { kind: 'failed', reason: `HTTP ${res.status}` };
      }
      return { kind: 'ok', text: await res.text() };
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause;
      return { kind: 'failed', reason: cause?.code ?? (e as Error).message };
    }
  }

  private async fetchOnce(url: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'll2-server sync' };
    if (this.opts.token) headers.Authorization = `Token ${this.opts.token}`;
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 120_000) });
    const date = Date.parse(res.headers.get('date') ?? '');
    if (!Number.isNaN(date)) this.clockOffsetMs = date - Date.now();
    return res;
  }

  private async pause(ms: number, reason: string): Promise<void> {
    this.opts.onWait?.(ms / 1000, reason);
    const started = Date.now();
    try {
      await wait(ms, this.opts.signal);
    } finally {
      this.stats.waitedMs += Date.now() - started;
    }
  }
}

/** Seconds to wait after a 429: `Retry-After` (seconds or a date), else DRF's body, else a minute. */
export function retryAfterSeconds(header: string | null, body: string): number {
  if (header) {
    const n = Number(header);
    if (Number.isFinite(n) && n >= 0) return Math.max(1, n);
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - Date.now()) / 1000));
  }
  const m = /available in (\d+(?:\.\d+)?) seconds?/i.exec(body);
  return m ? Math.max(1, Math.ceil(Number(m[1]))) : 60;
}
