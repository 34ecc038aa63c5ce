import type { Database } from '../db/connect.ts';
import { importDocument } from '../ingest/import-document.ts';
import type { ThrottleStore } from '../throttle/store.ts';
import { Lease } from './lease.ts';
import { recordMirror } from './mirror-state.ts';
import { describeResult } from './progress.ts';
import { DatabaseWindowStore } from './shared-budget.ts';
import { isoSeconds } from './sync-pass.ts';
import { UpstreamClient } from './upstream-client.ts';
import { syncOnce, type SyncResult } from './sync.ts';
import { normalizeBaseUrl } from './upstream-url.ts';
import { wait } from './wait.ts';

export interface MirrorOptions {
  database: Database;
  /** The upstream's base URL (SYNC_FROM). */
  from: string;
  token?: string;
  /** Pause between passes (SYNC_INTERVAL_SECONDS). */
  intervalMs: number;
  /** How long the lease lasts unless renewed (SYNC_LEASE_SECONDS); renewed every third of it. */
  leaseMs: number;
  log: { info: (msg: string) => void; warn: (msg: string) => void };
  /** The upstream client's retries of one request (tests make them short). */
  retries?: number;
  retryDelayMs?: number;
  onPass?: (r: SyncResult) => void;
  /** Where requests to the upstream are counted, shared with read-through and other processes (default: the database). */
  store?: ThrottleStore;
  /**
   * Shortest pause between two refreshes of the hot objects (SYNC_HOT_SECONDS; 0: none). Each refresh
   * is at most two requests and may take at most a quarter of the upstream's budget: at LL2's anonymous
   * 15 per hour, one every 32 minutes.
   */
  hotMs?: number;
}

export interface Mirror {
  lease: Lease;
  /** Whether this process holds the lease (and so is the one syncing). */
  readonly holding: boolean;
  /** Stops after the page under way (its checkpoint saved) and gives the lease up. */
  stop(): Promise<void>;
}

/** The lease of syncing from `from` (one per upstream base URL). */
export function syncLease(database: Database, from: string, leaseMs: number): Lease {
  return new Lease(database.db, `sync ${normalizeBaseUrl(from)}`, leaseMs);
}

/**
 * Runs `fn` holding the sync lease (renewed meanwhile), for `ll2 sync`: a command-line sync never runs
 * beside a server's mirror of the same upstream. A lease another process holds is waited for until it
 * expires (a sync killed a moment ago leaves its lease behind); one its holder renews meanwhile (a live
 * process) is refused, naming the holder.
 */
export async function withSyncLease<T>(database: Database, from: string, leaseMs: number, fn: () => Promise<T>, say: (msg: string) => void = () => {}): Promise<T> {
  const lease = syncLease(database, from, leaseMs);
  if (!(await lease.acquire())) {
    const held = await lease.current();
    if (held) {
      say(`waiting for the sync lease of ${held.holder} (until ${held.expiresAt}, unless it renews it)`);
      await wait(Date.parse(held.expiresAt) - Date.now() + 50);
    }
    if (!(await lease.acquire())) {
      const now = await lease.current();
      throw new Error(`another process (${now?.holder ?? held?.holder ?? 'unknown'}) is syncing ${normalizeBaseUrl(from)}; stop it first`);
    }
  }
  const renewer = setInterval(() => void lease.acquire().catch(() => false), Math.max(1, Math.floor(leaseMs / 3)));
  renewer.unref();
  try {
    return await fn();
  } finally {
    clearInterval(renewer);
    await lease.release().catch(() => {});
  }
}

/**
 * The mirror inside the server process (SYNC_FROM): passes of `ll2 sync` one after the other, by the one
 * process of those sharing the database that holds the lease (src/sync/lease.ts). The others wait and
 * take over when the holder stops or dies. An upstream that cannot be reached is said once in the log
 * (and once when it answers again); the server goes on serving what it has, and the next attempt comes
 * after the usual pause, never in a tight loop.
 */
export function startMirror(opts: MirrorOptions): Mirror {
  const upstream = normalizeBaseUrl(opts.from);
  const lease = syncLease(opts.database, upstream, opts.leaseMs);
  const stopping = new AbortController();
  let pass: AbortController | null = null;
  let holding = false;
  let failing = false;

  // renewed on its own clock, so a long pass keeps the lease; losing it (the database unreachable for
  // longer than the lease, or a clock far off) stops the pass at its next page
  const renew = async () => {
    const kept = await lease.acquire().catch(() => false);
    if (kept || !holding) return;
    holding = false;
    pass?.abort();
    opts.log.warn(`sync: lost the lease on ${upstream}; another process may sync it now`);
  };
  const renewer = setInterval(() => void (holding && renew()), Math.max(1, Math.floor(opts.leaseMs / 3)));
  renewer.unref();

  const store = opts.store ?? new DatabaseWindowStore(opts.database.db);
  const note = (values: Parameters<typeof recordMirror>[2]) => recordMirror(opts.database.db, upstream, values).catch(() => {});
  const hot = opts.hotMs ? startHotRefresh({ ...opts, upstream, store, holding: () => holding, stopping: stopping.signal, note }) : null;

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      if (!holding) {
        holding = await lease.acquire().catch((e: Error) => {
          opts.log.warn(`sync: cannot read the lease: ${e.message}`);
          return false;
        });
        if (!holding) {
          await wait(Math.min(opts.intervalMs, opts.leaseMs / 2), stopping.signal).catch(() => {});
          continue;
        }
        opts.log.info(`sync: this process mirrors ${upstream} (every ${Math.round(opts.intervalMs / 1000)} s)`);
      }
      const current = new AbortController();
      pass = current;
      const onStop = () => current.abort();
      stopping.signal.addEventListener('abort', onStop, { once: true });
      try {
        const r = await syncOnce({ database: opts.database, from: upstream, token: opts.token, signal: current.signal, retries: opts.retries, retryDelayMs: opts.retryDelayMs, store });
        if (failing) opts.log.info(`sync: ${upstream} answers again`);
        failing = false;
        opts.log.info(`sync: ${describeResult(r)}`);
        if (!r.stopped) await note({ last_pass_at: new Date().toISOString(), next_pass_at: new Date(Date.now() + opts.intervalMs).toISOString(), last_error: null });
        opts.onPass?.(r);
      } catch (e) {
        // a pass stopped on purpose (shutdown, or the lease lost) is no failure of the upstream
        if (current.signal.aborted) continue;
        await note({ last_error: (e as Error).message.slice(0, 500), last_error_at: new Date().toISOString(), next_pass_at: new Date(Date.now() + opts.intervalMs).toISOString() });
        if (!failing) {
          opts.log.warn(`sync: cannot sync from ${upstream} (${(e as Error).message}); serving what the database holds, trying again every ${Math.round(opts.intervalMs / 1000)} s`);
        }
        failing = true;
      } finally {
        stopping.signal.removeEventListener('abort', onStop);
        pass = null;
      }
      await wait(opts.intervalMs, stopping.signal).catch(() => {});
    }
  })();

  return {
    lease,
    get holding() {
      return holding;
    },
    async stop() {
      stopping.abort();
      clearInterval(renewer);
      await Promise.all([loop, hot]);
      if (holding) await lease.release().catch(() => {});
      holding = false;
    },
  };
}

const DAY_MS = 86_400_000;

/**
 * Hot objects, re-read between passes (issue #14): launches whose NET is within the next 24 hours (LL2's
 * upcoming list keeps the last 24 hours too: launches in flight, scrubs) and events in progress or due
 * within a day, each one request of the upcoming view in detailed mode, sent only when such an object is
 * here and the shared budget has room at once (never waiting for it). At most a quarter of the budget:
 * with a limit of L per window W, a round (two requests) comes at most every 8·W/L.
 */
function startHotRefresh(o: MirrorOptions & { upstream: string; store: ThrottleStore; holding: () => boolean; stopping: AbortSignal; note: (v: { hot_at: string }) => Promise<void> }): Promise<void> {
  const client = new UpstreamClient({ base: o.upstream, token: o.token, store: o.store, timeoutMs: 30_000, retries: 0 });
  return (async () => {
    while (!o.stopping.aborted) {
      // the upstream's limit, known before the first round (its /api-throttle/ is free)
      const info = client.budget.throttle ?? (await client.budget.refresh().then(() => client.budget.throttle).catch(() => null));
      const share = info && info.limit > 0 ? (8 * info.windowSeconds * 1000) / info.limit : 0;
      await wait(Math.max(o.hotMs!, share), o.stopping).catch(() => {});
      if (o.stopping.aborted || !o.holding()) continue;
      try {
        const read = await refreshHot(o.database, client, o.upstream);
        if (read) await o.note({ hot_at: new Date().toISOString() });
      } catch (e) {
        o.log.warn(`sync: hot refresh: ${(e as Error).message}`);
      }
    }
  })();
}

/** One round of the hot refresh; how many objects were read. */
export async function refreshHot(database: Database, client: UpstreamClient, upstream: string, now = Date.now()): Promise<number> {
  const db = database.db;
  const from = isoSeconds(now - DAY_MS);
  const to = isoSeconds(now + DAY_MS);
  const launches = await db.selectFrom('launch').select('id').where('net', '>=', from).where('net', '<=', to).limit(1).execute();
  const events = await db.selectFrom('event').select('id').where('date', '>=', from).where('date', '<=', to).limit(1).execute();
  const reads: Array<[entity: string, url: string]> = [];
  if (launches.length) reads.push(['launch', `${upstream}/launches/upcoming/?limit=100&mode=detailed&net__lte=${to}`]);
  if (events.length) reads.push(['event', `${upstream}/events/upcoming/?date__lte=${to}&limit=100&mode=detailed`]);
  let objects = 0;
  for (const [entity, url] of reads) {
    const answer = await client.getNow(url);
    if (answer.kind !== 'ok') continue;
    const page = JSON.parse(answer.text) as { results?: unknown[] };
    if (!Array.isArray(page.results)) continue;
    if (page.results.length) await importDocument(database, page, { entity, version: '2.3.0', source: `upstream:${upstream}` });
    objects += page.results.length;
  }
  return objects;
}
