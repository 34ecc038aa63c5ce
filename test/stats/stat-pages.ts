/**
 * Every 2.3.0 page that shows a derived statistic, read whole, and a diff of two readings: the
 * generated-dataset test reads them before and after `recomputeAll` and expects no difference.
 */
import assert from 'node:assert/strict';
import { bumpDataVersion } from '../../src/db/data-version.ts';
import type { Database } from '../../src/db/connect.ts';
import { recomputeAll, type StatsReport } from '../../src/stats/recompute.ts';
import type { TestApp } from '../support/app.ts';

/**
 * The lists whose objects carry statistics (or embed objects that do): each read in its detailed
 * mode, so launches show their stages (launcher_flight_number, turn_around_time, previous_flight),
 * spacecraft flights (duration, turn_around_time) and attempt counts.
 */
export const STAT_PAGES = [
  '/2.3.0/agencies/?mode=detailed',
  '/2.3.0/launcher_configurations/?mode=detailed',
  '/2.3.0/launcher_configuration_families/?mode=detailed',
  '/2.3.0/launchers/?mode=detailed',
  '/2.3.0/pads/',
  '/2.3.0/locations/?mode=detailed',
  '/2.3.0/config/landing_locations/',
  '/2.3.0/celestial_bodies/?mode=detailed',
  '/2.3.0/spacecraft/?mode=detailed',
  '/2.3.0/spacecraft_configurations/?mode=detailed',
  '/2.3.0/spacecraft_configuration_families/?mode=detailed',
  '/2.3.0/spacecraft_flights/?mode=detailed',
  '/2.3.0/astronauts/?mode=detailed',
  '/2.3.0/launches/?mode=detailed',
];

/** Every object of every page, by page and id, following `next` links 100 at a time. */
export async function readStatPages(t: TestApp, pages = STAT_PAGES): Promise<Map<string, Map<string, unknown>>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const page of pages) {
    const objects = new Map<string, unknown>();
    let path: string | null = `${page}${page.includes('?') ? '&' : '?'}limit=100&ordering=id`;
    while (path) {
      const res = await t.get(path);
      assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 300)}`);
      for (const o of res.body.results) objects.set(String(o.id), o);
      path = res.body.next ? new URL(res.body.next).pathname + new URL(res.body.next).search : null;
    }
    out.set(page, objects);
  }
  return out;
}

export interface Difference {
  page: string;
  id: string;
  /** Where in the object, e.g. `rocket.launcher_stage[0].launcher_flight_number`. */
  path: string;
  before: unknown;
  after: unknown;
}

/** Every leaf value that differs between two readings. */
export function differences(before: Map<string, Map<string, unknown>>, after: Map<string, Map<string, unknown>>): Difference[] {
  const out: Difference[] = [];
  const walk = (page: string, id: string, path: string, a: unknown, b: unknown) => {
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) {
        const sub = Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
        walk(page, id, sub, (a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
      }
    } else if (!Object.is(a, b)) out.push({ page, id, path, before: a, after: b });
  };
  for (const [page, objects] of before) {
    const later = after.get(page) ?? new Map();
    for (const id of new Set([...objects.keys(), ...later.keys()])) walk(page, id, '', objects.get(id), later.get(id));
  }
  return out;
}

/** `ll2 stats recompute`, as the command runs it: one transaction, then running readers drop their caches. */
export async function recomputeLikeTheCli(database: Database): Promise<StatsReport> {
  const report = await database.db.transaction().execute(async (trx) => {
    const r = await recomputeAll(trx, database.dialect);
    await bumpDataVersion(trx);
    return r;
  });
  for (const fn of database.written) fn();
  return report;
}

/** Differences grouped as `page field` (array positions folded) with their count, most first. */
export function summarize(diffs: Difference[]): Array<[string, number]> {
  const by = new Map<string, number>();
  for (const d of diffs) {
    const key = `${d.page.replace(/\?.*/, '')} ${d.path.replace(/\[\d+\]/g, '[]')}`;
    by.set(key, (by.get(key) ?? 0) + 1);
  }
  return [...by].sort((a, b) => b[1] - a[1]);
}
