import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.generated.ts';
import { changesAfter, type ChangeRecord } from './read.ts';

/** Records read per query while following the log. */
const BATCH = 100;

/**
 * The change log followed live, for every stream of this process: one reader polls the database for
 * records past the last it saw (every `pollMs`, and at once when this process writes), so a change
 * recorded by any process reaches every stream; N streams cost one query per poll, not N. Records carry
 * their object's URL as a path (`/2.3.0/launches/ID/`): each stream puts its own origin in front.
 */
export class ChangeFeed {
  private last: number | null = null;
  private readonly listeners = new Set<(records: ChangeRecord[]) => void>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Kysely<Tables>,
    private readonly pollMs = 1000,
  ) {}

  /** The id of the newest record now (0 when the log is empty). */
  async newest(): Promise<number> {
    const row = await this.db.selectFrom('change_event').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  /** Calls `fn` with each batch of new records until the returned function is called. */
  async subscribe(fn: (records: ChangeRecord[]) => void): Promise<() => void> {
    this.last ??= await this.newest();
    this.listeners.add(fn);
    this.timer ??= setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    return () => {
      this.listeners.delete(fn);
      if (!this.listeners.size && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
        this.last = null; // nobody follows: the next subscriber starts from the newest then
      }
    };
  }

  /** Reads what is new now (a write in this process; the poll). */
  wake(): void {
    if (!this.listeners.size) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = this.poll()
      .catch(() => {}) // the database unreachable a moment: the next poll tries again
      .finally(() => {
        this.polling = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async poll(): Promise<void> {
    for (;;) {
      if (this.last === null || !this.listeners.size) return;
      const records = await changesAfter(this.db, this.last, BATCH, '');
      if (!records.length) return;
      this.last = records[records.length - 1].id;
      for (const fn of this.listeners) fn(records);
      if (records.length < BATCH) return;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.listeners.clear();
  }
}
