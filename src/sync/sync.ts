import type { Database } from '../db/connect.ts';
import type { ThrottleStore } from '../throttle/store.ts';
import { loadCheckpoint, saveCheckpoint, type PassKind } from './checkpoint.ts';
import { isoSeconds, runPass, type SyncEvent } from './sync-pass.ts';
import { DatabaseWindowStore, SYNC_USE } from './shared-budget.ts';
import { UpstreamClient, type ClientStats } from './upstream-client.ts';
import { normalizeBaseUrl } from './upstream-url.ts';
import { wait } from './wait.ts';

export interface SyncOptions {
  database: Database;
  /** What the user gave to --from; any LL2 base URL (see normalizeBaseUrl). */
  from: string;
  token?: string;
  /** Start a full pass even if an incremental one would do. */
  full?: boolean;
  /** A full pass is due when the last one started longer ago than this (default 24 h). */
  fullEveryMs?: number;
  /** Page size (default 100, LL2's maximum). */
  limit?: number;
  /** Incremental passes re-read changes this much older than the watermark (default 10 min). */
  marginMs?: number;
  retries?: number;
  retryDelayMs?: number;
  signal?: AbortSignal;
  onEvent?: (e: SyncEvent) => void;
  /** Where requests to the upstream are counted (default: the database, shared with every process on it). */
  store?: ThrottleStore;
}

export interface SyncResult extends ClientStats {
  kind: PassKind;
  resumed: boolean;
  stopped: boolean;
  pages: number;
  objects: number;
  durationMs: number;
}

const DAY_MS = 86_400_000;

/**
 * One pass from the upstream into the database: the pass a checkpoint left unfinished, else a full
 * pass when none completed yet or the last is older than `fullEveryMs`, else an incremental pass.
 *
 * Why this split: only launches and events offer `last_updated__gte`, so only they can be followed
 * cheaply. Their detailed form nests the objects that change with them (the provider agency and its
 * counts, the pad and location, the rocket configuration, boosters, landings, crews, programs), so an
 * incremental pass over them keeps most of the graph current; the Starship dashboard, one request, is
 * read with them. Everything else (catalogue entries edited on their own) waits for the slower full
 * refresh. The watermark is the start of the last completed pass on the upstream's clock (its `Date`
 * header), and incremental passes reach back `marginMs` before it for skew and late commits; reading a
 * page twice changes nothing, because imports are upserts.
 */
export async function syncOnce(opts: SyncOptions): Promise<SyncResult> {
  const started = Date.now();
  const base = normalizeBaseUrl(opts.from);
  const client = new UpstreamClient({
    base,
    token: opts.token,
    retries: opts.retries,
    retryDelayMs: opts.retryDelayMs,
    signal: opts.signal,
    store: opts.store ?? new DatabaseWindowStore(opts.database.db),
    use: SYNC_USE,
    onWait: (seconds, reason) => opts.onEvent?.({ type: 'wait', seconds, reason }),
  });
  const { database } = opts;
  let cp = await loadCheckpoint(database.db, base);
  const resumed = cp.pass !== null;
  // Learn the budget (and the upstream's clock) before the first counted request.
  await client.budget.refresh();
  if (!cp.pass) {
    const fullDue = opts.full || !cp.fullSyncedAt || Date.now() - Date.parse(cp.fullSyncedAt) >= (opts.fullEveryMs ?? DAY_MS);
    cp = { ...cp, pass: fullDue ? 'full' : 'incremental', passStartedAt: isoSeconds(client.upstreamNow().getTime()), resource: null, nextUrl: null, pages: 0 };
    await saveCheckpoint(database.db, cp);
  }
  const kind = cp.pass!;
  opts.onEvent?.({ type: 'pass', kind, resumed });
  const result = (outcome: { stopped: boolean; pages: number; objects: number }): SyncResult => ({ kind, resumed, ...outcome, ...client.stats, durationMs: Date.now() - started });
  const outcome = await runPass({ database, client, base, limit: opts.limit ?? 100, marginMs: opts.marginMs ?? 600_000, signal: opts.signal, onEvent: opts.onEvent }, cp);
  if (outcome.stopped) return result(outcome);
  const done = await loadCheckpoint(database.db, base);
  await saveCheckpoint(database.db, {
    ...done,
    pass: null,
    resource: null,
    nextUrl: null,
    pages: 0,
    watermark: done.passStartedAt,
    fullSyncedAt: kind === 'full' ? done.passStartedAt : done.fullSyncedAt,
    passStartedAt: null,
  });
  return result(outcome);
}

/**
 * `--watch`: a pass, then a pause of `intervalMs`, until `signal` fires (the pass under way finishes
 * its page and saves the checkpoint first). A failed pass is reported and tried again next round.
 */
export async function watchSync(opts: SyncOptions & { intervalMs: number; onPass?: (r: SyncResult) => void; onError?: (e: Error) => void }): Promise<void> {
  while (!opts.signal?.aborted) {
    try {
      const r = await syncOnce(opts);
      opts.onPass?.(r);
      if (r.stopped) return;
    } catch (e) {
      opts.onError?.(e as Error);
    }
    try {
      await wait(opts.intervalMs, opts.signal);
    } catch {
      return;
    }
  }
}
