import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.generated.ts';

/**
 * A lease in the database (table `sync_lease`): with several server processes on one database, the one
 * holding it is the one that syncs. The holder renews it well before it expires; a process that died
 * (or hangs, and stops renewing) loses it at `expires_at`, and another process takes it over.
 *
 * Why a row with an expiry on PostgreSQL too, rather than an advisory lock: the same statement and the
 * same tests on both databases, no connection held out of the pool for the life of the process, and a
 * holder that hangs without dying loses the lease, where it would keep an advisory lock until its
 * connection closes. The times are the processes' own clocks (ISO-8601 UTC text, compared as text): on
 * several hosts, their clocks must agree within a small part of the lease (NTP does).
 */
export class Lease {
  /** This process's name in the `holder` column: host, pid and a random part (a pid is reused). */
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly db: Kysely<Tables>,
    readonly name: string,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes the lease if it is free or expired, or renews it if this process holds it; true when held. */
  async acquire(): Promise<boolean> {
    const now = this.now();
    const expires = new Date(now + this.ttlMs).toISOString();
    const row = await this.db
      .insertInto('sync_lease')
      .values({ name: this.name, holder: this.holder, expires_at: expires })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder: this.holder, expires_at: expires })
          .where((eb) => eb.or([eb('sync_lease.holder', '=', this.holder), eb('sync_lease.expires_at', '<', new Date(now).toISOString())])),
      )
      .returning('holder')
      .executeTakeFirst();
    return row?.holder === this.holder;
  }

  /** Gives the lease up at once (a clean shutdown), so another process need not wait for it to expire. */
  async release(): Promise<void> {
    await this.db.deleteFrom('sync_lease').where('name', '=', this.name).where('holder', '=', this.holder).execute();
  }

  /** Who holds the lease now and until when (null: nobody, or it expired). */
  async current(): Promise<{ holder: string; expiresAt: string } | null> {
    const row = await this.db.selectFrom('sync_lease').select(['holder', 'expires_at']).where('name', '=', this.name).executeTakeFirst();
    if (!row?.holder || !row.expires_at || row.expires_at < new Date(this.now()).toISOString()) return null;
    return { holder: row.holder, expiresAt: row.expires_at };
  }
}
