import { recordAllCreated } from '../changes/change-log.ts';
import type { Database } from '../db/connect.ts';
import { dialects } from '../db/dialect.ts';
import { tableDefsFor } from '../db/table-defs.ts';
import { model } from '../model/entities.ts';
import { buildCatalog } from './catalog.ts';
import { writeCatalogRows } from './catalog-rows.ts';
import { GenContext } from './context.ts';
import { writeStarshipSite } from './dashboard.ts';
import { EventPlanner, writeProgramUpdates } from './events.ts';
import { Images } from './images.ts';
import { ensureEra, HISTORY_START, scheduleLaunches } from './launch-schedule.ts';
import { msOfYear } from './activity.ts';
import { LaunchGenerator } from './launches.ts';
import { lookupRows } from './lookup-tables.ts';
import { Rng } from './rng.ts';
import { writeStationActivity } from './stations.ts';
import { TableWriter } from './table-writer.ts';
import { DEFAULT_ANCHOR } from './time.ts';
import { FAMILIES } from './vehicles-data.ts';
import { recomputeAll } from '../stats/recompute.ts';
import { checkReplace } from './replace-guard.ts';

export interface GenerateOptions {
  /** Number of launches to generate. */
  launches: number;
  /** The same seed always gives the same rows. */
  seed: number;
  /** "Now" of the dataset: launches after it are upcoming. Defaults to 2026-11-01T00:00:00Z. */
  anchor?: Date;
  onProgress?: (done: number, total: number) => void;
  /**
   * Delete what the model's tables hold. Without it, a database holding any row outside the lookup tables
   * is refused with DatabaseNotEmptyError and left as it was.
   */
  replace?: boolean;
  /** Told, before they are deleted, the rows per data table that the dataset replaces (tables holding none left out). */
  onReplace?: (deleted: Record<string, number>) => void;
}

/** Launches generated between two flushes of the buffered rows. */
const FLUSH_EVERY = 250;

/**
 * Fills a migrated database with a synthetic, LL2-shaped dataset: the lookup tables, ~200 agencies,
 * ~45 locations and ~140 pads, ~250 launcher configurations, spacecraft, stations, programmes, and
 * `launches` launches from 1957 to three years after the anchor with their rockets, missions,
 * payloads, boosters, crews, dockings, updates and links; then the station expeditions and
 * spacewalks, about one event per 15 launches, programme updates and the Starship site's news, road closures and notices. Deterministic for a seed (no wall clock, no
 * Math.random). All in one transaction: with `replace` the dataset replaces whatever the model's tables
 * held; without it a database that holds data is refused unchanged.
 * Returns the number of rows written per table.
 */
export async function generateDataset(database: Database, opts: GenerateOptions): Promise<Record<string, number>> {
  const total = opts.launches;
  if (!Number.isInteger(total) || total < 0) throw new Error(`launches must be a non-negative integer (got ${total})`);
  if (!Number.isFinite(opts.seed)) throw new Error(`seed must be a number (got ${opts.seed})`);
  const anchor = opts.anchor ? opts.anchor.getTime() : DEFAULT_ANCHOR;
  if (Number.isNaN(anchor) || anchor <= HISTORY_START) throw new Error('anchor must be a valid date after 1957-10-04 (Sputnik 1)');
  const defs = tableDefsFor(model);
  const root = new Rng(opts.seed >>> 0, 'll2-dataset');

  return database.db.transaction().execute(async (trx) => {
    const lookups = lookupRows();
    const held = await checkReplace(trx, defs.map((d) => d.name), new Set(Object.keys(lookups)), opts.replace ?? false);
    if (Object.keys(held).length) opts.onReplace?.(held);
    const writer = new TableWriter(trx, database.dialect, defs);
    await writer.clear(defs.map((d) => d.name));

    for (const [table, rows] of Object.entries(lookups)) for (const row of rows) writer.add(table, row);
    const images = new Images(writer, root.fork('images'));
    const cat = buildCatalog(root.fork('catalog'), writer, images, anchor);
    const ctx = new GenContext(writer, images, cat, anchor);
    const events = new EventPlanner(ctx, root.fork('events'));
    ctx.events = events;

    const slots = scheduleLaunches(root.fork('schedule'), total, anchor, FAMILIES);
    // the Starship dashboard is derived from the data: at any size it needs the family on both sides of the anchor
    const starship = FAMILIES.find((f) => f.name === 'Starship')!;
    const starshipFrom = msOfYear(starship.rate[0][0]);
    ensureEra(root.fork('starship-era'), slots, anchor, starshipFrom);
    const launches = new LaunchGenerator(ctx, root.fork('launches'));
    let [lastPast, lastFuture] = [-1, -1];
    slots.forEach((s, i) => {
      if (s.net >= starshipFrom) [lastPast, lastFuture] = s.net <= anchor ? [i, lastFuture] : [lastPast, i];
    });
    launches.starshipBackstop(lastPast, lastFuture);
    for (let i = 0; i < slots.length; i++) {
      launches.generate(slots[i], i);
      if ((i + 1) % FLUSH_EVERY === 0) {
        await writer.flush();
        opts.onProgress?.(i + 1, total);
      }
    }
    launches.finish();
    // what follows from all the flights: expeditions and spacewalks, events, the Starship site
    const expeditions = writeStationActivity(ctx, root.fork('stations'), launches.crew);
    events.finish(expeditions);
    writeProgramUpdates(ctx, root.fork('program-updates'));
    writeStarshipSite(ctx, root.fork('dashboard'));
    launches.crew.write(ctx);
    writeCatalogRows(ctx);
    await writer.flush(true);
    await writer.syncSequences();
    // PostgreSQL plans from table statistics, which a bulk load leaves empty until autovacuum comes by:
    // gather them now (ANALYZE counts this transaction's own rows) for the recompute and the first queries
    await dialects[database.dialect].analyze(trx);
    // The generator writes rows only; every statistic comes from the one engine that `ll2 stats
    // recompute` and authoritative imports use. Whatever DATA_MODE says: a generated dataset has no
    // upstream whose values a mirror would keep, it is the source of its own data.
    await recomputeAll(trx, database.dialect);
    // the change log: every launch and event generated is a new one
    await recordAllCreated(trx, 'generate');
    opts.onProgress?.(total, total);
    return { ...writer.written };
  });
}
