import type { Database } from '../db/connect.ts';
import { bumpDataVersion } from '../db/data-version.ts';
import type { ModelDb } from '../db/model-db.ts';
import { model } from '../model/entities.ts';
import { detectFromUrl, type ApiVersion } from './detect.ts';
import { ImportError, RefusedRow, Upserter } from './upsert.ts';
import { dataModeFromEnv } from '../config.ts';
import type { DataMode } from '../stats/definitions.ts';
import type { StatsReport } from '../stats/recompute.ts';
import { TrackingUpserter } from '../stats/track-changes.ts';
import { ChangeWatch, idsOf } from '../changes/change-log.ts';
import { retryOnWriteConflict } from '../db/write-conflict.ts';

export interface ImportOptions {
  /** Entity of the top-level objects when their `url` does not tell (e.g. `launch`). */
  entity?: string;
  /** API version of the document's shapes when their `url` does not tell. */
  version?: ApiVersion;
  /** Called after each top-level object with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** `authoritative`: recompute the statistics the document's rows feed (default: DATA_MODE). */
  dataMode?: DataMode;
  /** More writes that must commit or fail with the document (a sync saves its checkpoint here). */
  alsoInTransaction?: (trx: ModelDb) => Promise<void>;
  /** Where the document came from, as the change log names it (`file:...`, `upstream:...`; default `import`). */
  source?: string;
}

export interface ImportResult {
  entity: string;
  version: ApiVersion;
  objects: number;
  /** Rows written per entity, nested objects included. */
  rows: Record<string, number>;
  /** Authoritative mode: the statistics recomputed, with their cost. */
  stats?: StatsReport;
}

/**
 * Imports one LL2 document: a single object or a page (`{count, next, previous, results}`), in any
 * mode and version. Everything happens in one transaction: a document that fails changes nothing.
 */
export async function importDocument(database: Database, doc: unknown, opts: ImportOptions = {}): Promise<ImportResult> {
  const isPage = isObject(doc) && Array.isArray(doc.results) && 'count' in doc;
  const items: unknown[] = isPage ? (doc.results as unknown[]) : Array.isArray(doc) ? doc : [doc];
  const base = isPage ? '$.results' : Array.isArray(doc) ? '$' : '$';
  const first = items.find(isObject);
  const detected = first ? detectFromUrl(first.url) : null;
  const entity = opts.entity ?? detected?.entity;
  const version = opts.version ?? detected?.version ?? '2.3.0';
  if (!entity) throw new ImportError('$', 'cannot tell what kind of object this is (no recognisable `url`); pass the entity');
  if (!Object.hasOwn(model, entity)) throw new ImportError('$', `unknown entity ${entity}`);

  const authoritative = (opts.dataMode ?? dataModeFromEnv()) === 'authoritative';
  let stats: StatsReport | undefined;
  const write = (exactErrors: boolean) => inTransaction(database, async (trx) => {
    const up = authoritative ? new TrackingUpserter(trx, database.dialect, version, exactErrors) : new Upserter(trx, database.dialect, version, exactErrors);
    // the change log: the watched fields of the document's launches or events, before and after
    const watched = idsOf(entity, items);
    const changes = watched ? new ChangeWatch(trx, opts.source ?? 'import') : null;
    if (watched) await changes!.see(watched);
    for (const [i, item] of items.entries()) {
      const path = isPage || Array.isArray(doc) ? `${base}[${i}]` : base;
      await up.upsert(entity, item, path);
      await up.step();
      opts.onProgress?.(i + 1, items.length);
    }
    await up.finish();
    await changes?.record();
    // the server's own statistics replace the upstream's, in the same transaction
    if (up instanceof TrackingUpserter) stats = await up.recount();
    await opts.alsoInTransaction?.(trx);
    await bumpDataVersion(trx);
    return up;
  });
  let upserter: Upserter;
  try {
    upserter = await write(false);
  } catch (e) {
    // the database refused a row of a multi-row statement (nothing was written): once more, one row
    // per statement, to report the row itself
    if (!(e instanceof RefusedRow)) throw e;
    upserter = await write(true);
  }
  for (const fn of database.written) fn();
  return { entity, version, objects: items.length, rows: Object.fromEntries(upserter.counts), stats };
}

/**
 * Runs the document's writes in one transaction, run again whole when PostgreSQL aborts it for colliding
 * with another import (a deadlock); a failure that names no JSON path of its own (the statistics, the
 * data version, the commit) is reported at the document's root, `$`.
 */
async function inTransaction<T>(database: Database, fn: (trx: ModelDb) => Promise<T>): Promise<T> {
  try {
    return await retryOnWriteConflict(() => database.db.transaction().execute(fn));
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('$', (e as Error).message ?? String(e));
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
