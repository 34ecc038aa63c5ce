import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.generated.ts';

export type PassKind = 'full' | 'incremental';

/**
 * Where syncing from one upstream stands (table `sync_checkpoint`, one row per upstream base URL).
 * Saved in the same transaction as every imported page, so after a crash the mirror and the
 * checkpoint always agree: the page named by `nextUrl` is the first one not imported yet.
 */
export interface Checkpoint {
  upstream: string;
  /** The pass under way, or null between passes. */
  pass: PassKind | null;
  /** When the pass under way started (upstream clock): the next watermark once it completes. */
  passStartedAt: string | null;
  /** The resource path (`launches`, `config/orbits`) the pass is working on. */
  resource: string | null;
  /** The next URL to fetch for that resource; null means its first page. */
  nextUrl: string | null;
  /** Pages imported by the pass under way. */
  pages: number;
  /** Every change made upstream before this instant is in the mirror (start of the last completed pass). */
  watermark: string | null;
  /** Start of the last completed full pass (drives the periodic full refresh). */
  fullSyncedAt: string | null;
}

export function emptyCheckpoint(upstream: string): Checkpoint {
  return { upstream, pass: null, passStartedAt: null, resource: null, nextUrl: null, pages: 0, watermark: null, fullSyncedAt: null };
}

export async function loadCheckpoint(db: Kysely<Tables>, upstream: string): Promise<Checkpoint> {
  const row = await db.selectFrom('sync_checkpoint').selectAll().where('upstream', '=', upstream).executeTakeFirst();
  if (!row) return emptyCheckpoint(upstream);
  return {
    upstream,
    pass: row.pass === 'full' || row.pass === 'incremental' ? row.pass : null,
    passStartedAt: row.pass_started_at ?? null,
    resource: row.resource ?? null,
    nextUrl: row.next_url ?? null,
    pages: Number(row.pages ?? 0),
    watermark: row.watermark ?? null,
    fullSyncedAt: row.full_synced_at ?? null,
  };
}

export async function saveCheckpoint(db: Kysely<Tables>, cp: Checkpoint): Promise<void> {
  const values = {
    pass: cp.pass,
    pass_started_at: cp.passStartedAt,
    resource: cp.resource,
    next_url: cp.nextUrl,
    pages: cp.pages,
    watermark: cp.watermark,
    full_synced_at: cp.fullSyncedAt,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('sync_checkpoint')
    .values({ upstream: cp.upstream, ...values })
    .onConflict((oc) => oc.column('upstream').doUpdateSet(values))
    .execute();
}
