import type { Kysely } from 'kysely';
import type { Tables } from './tables.generated.ts';
import type { ModelDb } from './model-db.ts';

/**
 * `data_version` in ll2_meta: bumped inside every transaction that writes LL2 data, read by servers
 * to drop cached responses. A counter in the database works for one process and for many.
 */
export async function bumpDataVersion(trx: ModelDb): Promise<void> {
  // writers pass their own transaction on the model's tables, which Kysely will not narrow to Tables
  const db = trx as Kysely<Tables>;
  const row = await db.selectFrom('ll2_meta').select('value').where('key', '=', 'data_version').executeTakeFirst();
  const next = String(Number(row?.value ?? 0) + 1);
  await db
    .insertInto('ll2_meta')
    .values({ key: 'data_version', value: next })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: next }))
    .execute();
}

export async function readDataVersion(db: Kysely<Tables>): Promise<string> {
  const row = await db.selectFrom('ll2_meta').select('value').where('key', '=', 'data_version').executeTakeFirst();
  return row?.value ?? '0';
}

/** The version as a server sees it: re-read at most once per `maxAgeMs`, so a request costs no query. */
export class DataVersionWatcher {
  private value = '';
  private readAt = 0;
  private pending?: Promise<string>;

  constructor(
    private readonly db: Kysely<Tables>,
    private readonly maxAgeMs = 1000,
  ) {}

  async current(): Promise<string> {
    if (Date.now() - this.readAt < this.maxAgeMs) return this.value;
    if (!this.pending) {
      const pending: Promise<string> = readDataVersion(this.db).then((v) => {
        // a read that started before an invalidate() may return the old version: it is not remembered
        if (this.pending === pending) {
          this.value = v;
          this.readAt = Date.now();
          this.pending = undefined;
        }
        return v;
      });
      this.pending = pending;
      pending.catch(() => {
        if (this.pending === pending) this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** Forget the cached value (this process wrote, or another announced a write). */
  invalidate(): void {
    this.readAt = 0;
    this.pending = undefined;
  }
}
