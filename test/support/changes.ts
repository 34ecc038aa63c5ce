/** Small helpers of the change-log, feed and webhook tests: documents built from fixtures, and waiting. */
import assert from 'node:assert/strict';

export type Json = Record<string, any>;

export const HOUR = 3_600_000;

/** A deep copy of a fixture, to edit without touching the shared one. */
export const copy = <T>(v: T): T => structuredClone(v);

/** An LL2 list page of `results`. */
export const page = (results: Json[]) => ({ count: results.length, next: null, previous: null, results });

/** An LL2 time (`YYYY-MM-DDTHH:MM:SSZ`) `ms` later. */
export const later = (iso: string, ms: number) => `${new Date(Date.parse(iso) + ms).toISOString().slice(0, 19)}Z`;

/** Waits until `check` holds, failing after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    assert.ok(Date.now() < end, `timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
