import type { Database } from '../db/connect.ts';
import { Lease } from './lease.ts';
import { describeResult } from './progress.ts';
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
        const r = await syncOnce({ database: opts.database, from: upstream, token: opts.token, signal: current.signal, retries: opts.retries, retryDelayMs: opts.retryDelayMs });
        if (failing) opts.log.info(`sync: ${upstream} answers again`);
        failing = false;
        opts.log.info(`sync: ${describeResult(r)}`);
        opts.onPass?.(r);
      } catch (e) {
        // a pass stopped on purpose (shutdown, or the lease lost) is no failure of the upstream
        if (current.signal.aborted) continue;
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
      await loop;
      if (holding) await lease.release().catch(() => {});
      holding = false;
    },
  };
}
