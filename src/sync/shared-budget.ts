import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.generated.ts';
import type { SharedRedis } from '../redis/shared-redis.ts';
import { RedisThrottleStore } from '../throttle/redis-store.ts';
import type { ThrottleStore, WindowState } from '../throttle/store.ts';
import type { ThrottleInfo } from './rate-budget.ts';

/**
 * DRF's sliding window (MemoryThrottleStore's), kept in the database so every process on it counts the
 * same requests: the times in `upstream_request`, and the row of `upstream_budget` locked while one
 * process drops the old times, counts and adds its own. The upsert of that row is the first statement
 * of the transaction, so SQLite takes its write lock there (waiting for another process's, as it waits
 * for any writer) and PostgreSQL locks the row until commit: two processes never both take the last slot.
 */
export class DatabaseWindowStore implements ThrottleStore {
  private readonly memberPrefix = randomUUID().slice(0, 8);
  private seq = 0;

  constructor(private readonly db: Kysely<Tables>) {}

  async hit(ident: string, now: number, windowMs: number, limit: number, count: boolean): Promise<WindowState & { allowed: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('upstream_budget')
        .values({ ident, touched_at: now })
        .onConflict((oc) => oc.column('ident').doUpdateSet({ touched_at: now }))
        .execute();
      await trx.deleteFrom('upstream_request').where('ident', '=', ident).where('at', '<=', now - windowMs).execute();
      const row = await trx
        .selectFrom('upstream_request')
        .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('at').as('oldest')])
        .where('ident', '=', ident)
        .executeTakeFirst();
      let n = Number(row?.n ?? 0);
      let oldest = row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest);
      const allowed = n < limit;
      if (count && allowed) {
        await trx
          .insertInto('upstream_request')
          .values({ ident, member: `${this.memberPrefix}.${++this.seq}`, at: now })
          .execute();
        n++;
        oldest ??= now;
      }
      return { allowed, count: n, oldest };
    });
  }

  async close(): Promise<void> {}
}

/**
 * Redis when it answers, the database when it does not: unlike the API's own throttle (which lets
 * requests through while Redis is down), the upstream's budget must never be spent twice, so a Redis
 * outage moves the counting to the database rather than switching it off. Counts kept in one while
 * the other was in use are not seen by it: an outage may cost at most one window's worth of slack.
 */
export class FallbackWindowStore implements ThrottleStore {
  constructor(
    private readonly redis: RedisThrottleStore,
    private readonly database: ThrottleStore,
  ) {}

  async hit(ident: string, now: number, windowMs: number, limit: number, count: boolean) {
    return (await this.redis.tryHit(ident, now, windowMs, limit, count)) ?? this.database.hit(ident, now, windowMs, limit, count);
  }

  async close(): Promise<void> {}
}

/**
 * Where a process counts its upstream requests: Redis when the server is configured with it (falling back
 * to the database while Redis is down), the database otherwise. `ll2 sync` and the servers choose alike,
 * so a command-line sync and the servers' read-through count in the same place.
 */
export function upstreamStore(db: Kysely<Tables>, redis: SharedRedis | undefined): ThrottleStore {
  const inDatabase = new DatabaseWindowStore(db);
  return redis ? new FallbackWindowStore(new RedisThrottleStore(redis, 'll2:upstream:'), inDatabase) : inDatabase;
}

/** How much longer than the upstream's window our record of a request is kept: it counted the request a little after we logged it. */
const WINDOW_SLACK_MS = 2000;

/** Most requests a 429 writes into the shared window (the limits LL2 gives are far below it). */
const MAX_FILL = 1000;

/** How often the upstream's own count is read again (it also tells of requests others send with the same key or IP). */
const REREAD_MS = 60_000;

export interface BudgetOptions {
  /** Where the requests of every process are counted. */
  store: ThrottleStore;
  /** The budget's name: the upstream and the identity it counts by (its key, or none for the IP). */
  ident: string;
  /** Reads the upstream's `/api-throttle/` (free), or null when it has none. */
  readThrottle: () => Promise<ThrottleInfo | null>;
  /**
   * Who spends through this budget, and the largest share of the window they may take (counted apart,
   * under the budget's name and theirs): the passes leave room for read-through, and clients asking
   * for what is not mirrored yet cannot starve the passes. Without it, only the whole budget binds.
   */
  use?: BudgetUse;
  now?: () => number;
}

export interface BudgetUse {
  name: string;
  /** 0 < share <= 1; at least one request per window either way. */
  share: number;
}

/** The passes may take four fifths of the upstream's window, read-through half: each always finds some room. */
export const SYNC_USE: BudgetUse = { name: 'sync', share: 0.8 };
export const READ_THROUGH_USE: BudgetUse = { name: 'read-through', share: 0.5 };

/** What GET /mirror/ shows of a budget. */
export interface BudgetStatus {
  /** The upstream's limit per window; null when it has none (or was not read yet). */
  limit: number | null;
  windowSeconds: number | null;
  /** Requests sent by this server's processes within the window. */
  used: number;
  /** Requests the upstream counted that were not ours (an app on the same IP or key). */
  others: number;
  /** Requests that may still be sent now. */
  left: number | null;
}

/**
 * The upstream's rate budget, shared by every process of this server (the mirror's passes and each
 * process's read-through): N processes together never send more than the upstream allows.
 *
 * The limit and window come from the upstream's `/api-throttle/` (read at first use and every minute,
 * free); the requests are counted by us, in a sliding window like DRF's own, in a store every process
 * shares (Redis when configured, the database otherwise). Requests the upstream counted beyond ours
 * (another client with the same IP or key) are assumed to stay for a whole window after each reading,
 * which errs on the safe side. A 429 (someone else spent the budget) closes the budget until the
 * upstream's Retry-After.
 */
export class SharedBudget {
  private info: ThrottleInfo | null = null;
  private readAt = -Infinity;
  private others = 0;
  /** Closed until then (a 429, or the upstream's next_use_secs). */
  private closedUntil = 0;
  /** The store said full until then: no need to ask it again before. */
  private fullUntil = 0;
  private reading: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: BudgetOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Takes one request if the budget allows it now: 0, else how many ms until it may. */
  async tryAcquire(): Promise<number> {
    await this.ensureInfo();
    const now = this.now();
    if (now < this.closedUntil) return this.closedUntil - now;
    const info = this.info;
    if (!info || info.limit <= 0) return 0; // no limit told: go, and rely on 429 + Retry-After
    if (now < this.fullUntil) return this.fullUntil - now;
    const windowMs = info.windowSeconds * 1000 + WINDOW_SLACK_MS;
    const allowed = Math.max(0, info.limit - this.others);
    const { use } = this.opts;
    const share = use ? `${this.opts.ident} ${use.name}` : null;
    if (share) {
      const own = await this.opts.store.hit(share, now, windowMs, Math.max(1, Math.floor(allowed * use!.share)), false);
      if (!own.allowed) return this.full(now, own.oldest, windowMs);
    }
    const r = await this.opts.store.hit(this.opts.ident, now, windowMs, allowed, true);
    if (!r.allowed) return this.full(now, r.oldest, windowMs);
    if (share) await this.opts.store.hit(share, now, windowMs, Infinity, true);
    return 0;
  }

  /** No room until the oldest request leaves the window (with others' requests counted, re-read by then at the latest). */
  private full(now: number, oldest: number | null, windowMs: number): number {
    const until = oldest !== null ? oldest + windowMs : now + Math.min(windowMs, REREAD_MS);
    this.fullUntil = Math.max(now + 100, Math.min(until, this.readAt + REREAD_MS));
    return this.fullUntil - now;
  }

  /** Waits (with `sleep`) until one more request fits, and takes it. */
  async acquire(sleep: (ms: number, reason: string) => Promise<void>): Promise<void> {
    for (;;) {
      const ms = await this.tryAcquire();
      if (ms <= 0) return;
      await sleep(ms, 'rate limit');
    }
  }

  /**
   * The upstream answered 429 anyway (others spent the budget): closed for `retryAfterMs`, then read
   * again. Every process sharing the store learns it too: the shared window is filled with requests
   * dated so that they leave it at the Retry-After (a store needs nothing else to say "closed until").
   * The store unreachable, this process still waits.
   */
  async throttled(retryAfterMs: number): Promise<void> {
    const now = this.now();
    this.closedUntil = now + retryAfterMs;
    this.readAt = -Infinity;
    const info = this.info;
    if (!info || info.limit <= 0) return;
    const windowMs = info.windowSeconds * 1000 + WINDOW_SLACK_MS;
    const leaving = now + retryAfterMs - windowMs;
    try {
      for (let i = 0; i < Math.min(info.limit, MAX_FILL); i++) await this.opts.store.hit(this.opts.ident, leaving, windowMs, Infinity, true);
    } catch {
      // counted nowhere: the other processes learn of the 429 at their own next request or reading
    }
  }

  /** Reads the upstream's numbers now (the start of a pass), without spending anything. */
  async refresh(): Promise<void> {
    this.readAt = -Infinity;
    await this.ensureInfo();
  }

  async status(): Promise<BudgetStatus> {
    await this.ensureInfo();
    const info = this.info;
    if (!info || info.limit <= 0) return { limit: null, windowSeconds: null, used: await this.used(null), others: 0, left: null };
    const used = await this.used(info);
    return { limit: info.limit, windowSeconds: info.windowSeconds, used, others: this.others, left: this.now() < this.closedUntil ? 0 : Math.max(0, info.limit - this.others - used) };
  }

  /** The upstream's last `/api-throttle/` answer (null before the first, or when it has none). */
  get throttle(): ThrottleInfo | null {
    return this.info;
  }

  private async used(info: ThrottleInfo | null): Promise<number> {
    const windowMs = (info?.windowSeconds ?? 3600) * 1000 + WINDOW_SLACK_MS;
    return (await this.opts.store.hit(this.opts.ident, this.now(), windowMs, Infinity, false)).count;
  }

  private async ensureInfo(): Promise<void> {
    if (this.now() - this.readAt < REREAD_MS) return;
    this.reading ??= (async () => {
      try {
        const info = await this.opts.readThrottle();
        const now = this.now();
        this.info = info;
        this.readAt = now;
        this.fullUntil = 0;
        if (!info || info.limit <= 0) return;
        // what the upstream counted beyond our own requests (a request of ours still in flight when it
        // answered makes this a little low, only while someone else shares the budget)
        this.others = Math.max(0, info.currentUse - (await this.used(info)));
        if (info.nextUseSeconds > 0 && info.currentUse >= info.limit) this.closedUntil = now + info.nextUseSeconds * 1000;
      } finally {
        this.reading = null;
      }
    })();
    await this.reading;
  }
}
