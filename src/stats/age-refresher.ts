import type { Database } from '../db/connect.ts';
import { bumpDataVersion } from '../db/data-version.ts';
import { refreshAges } from './astronaut-stats.ts';

/**
 * Keeps `astronaut.age` right as days pass (authoritative mode): the stored age is what filters and
 * ordering compare, so it is refreshed in the database once at start and every hour after, and
 * cached responses are dropped when a birthday changed one.
 */
export function startAgeRefresher(database: Database, everyMs = 3600_000): () => void {
  const run = async () => {
    try {
      await database.db.transaction().execute(async (trx) => {
        if (await refreshAges(trx, new Date().toISOString().slice(0, 10))) await bumpDataVersion(trx);
      });
      for (const fn of database.written) fn();
    } catch {
      // a busy or closing database: the next round tries again
    }
  };
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
