/**
 * One statistics engine: a generated dataset's statistics are the ones `ll2 stats recompute` computes
 * from its rows. Every statistic-bearing 2.3.0 page is read, the recompute runs, the pages are read
 * again, and not one value may have moved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { generateDataset } from '../../src/generate/index.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { differences, readStatPages, recomputeLikeTheCli, STAT_PAGES, summarize } from './stat-pages.ts';

const LAUNCHES = 400;
const ANCHOR = new Date('2026-11-01T00:00:00Z');

describe(`a generated dataset (${LAUNCHES} launches)`, () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ publicBaseUrl: 'https://ll.thespacedevs.com' });
    await generateDataset(t.database, { launches: LAUNCHES, seed: 7, anchor: ANCHOR });
  });
  after(() => t?.close());

  test('shows the statistics a recompute gives: zero differences on every statistic-bearing page', async () => {
    const was = await readStatPages(t);
    for (const page of STAT_PAGES) assert.ok(was.get(page)!.size > 0, `${page} lists objects`);
    await recomputeLikeTheCli(t.database);
    const now = await readStatPages(t);
    const diffs = differences(was, now);
    const shown = summarize(diffs)
      .slice(0, 40)
      .map(([k, n]) => `  ${n} × ${k}`)
      .join('\n');
    const examples = diffs
      .slice(0, 10)
      .map((d) => `  ${d.page} ${d.id} ${d.path}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`)
      .join('\n');
    const own = diffs.filter((d) => !/[.[]/.test(d.path)).length;
    assert.equal(diffs.length, 0, `${diffs.length} values changed (${own} of them the objects' own fields):\n${shown}\nfor example:\n${examples}`);
  });

  test('leaves no statistic unset: the generator writes NULL and the recompute fills every one', async () => {
    // statistics that have a value for every row (counts, flags, a stage's number); durations and dates
    // that are NULL while there is nothing to measure are left out
    const always: Record<string, string[]> = {
      agency: ['total_launch_count', 'consecutive_successful_launches', 'pending_launches', 'attempted_landings', 'attempted_landings_spacecraft', 'attempted_landings_payload'],
      launcher_config: ['total_launch_count', 'successful_launches', 'consecutive_successful_landings'],
      launcher_config_family: ['total_launch_count', 'failed_landings'],
      launcher: ['flights', 'attempted_landings', 'successful_landings'],
      pad: ['total_launch_count', 'orbital_launch_attempt_count'],
      location: ['total_launch_count', 'total_landing_count'],
      landing_location: ['attempted_landings', 'failed_landings'],
      celestial_body: ['total_attempted_launches', 'total_attempted_landings'],
      spacecraft: ['flights_count', 'mission_ends_count', 'time_in_space', 'time_docked', 'in_space'],
      spacecraft_config: ['spacecraft_flown', 'total_launch_count'],
      spacecraft_config_family: ['spacecraft_flown', 'attempted_landings'],
      astronaut: ['flights_count', 'landings_count', 'spacewalks_count', 'time_in_space', 'eva_time', 'has_flown', 'in_space'],
      first_stage: ['launcher_flight_number'],
      launch: ['location_launch_attempt_count', 'pad_launch_attempt_count', 'agency_launch_attempt_count', 'pad_turnaround'],
    };
    const unset: string[] = [];
    for (const [table, cols] of Object.entries(always)) {
      const rows = await sql.raw<Record<string, unknown>>(`SELECT ${cols.map((c) => `COUNT(*) - COUNT(${c}) AS ${c}`).join(', ')} FROM ${table}`).execute(t.database.db);
      for (const c of cols) if (Number(rows.rows[0][c]) > 0) unset.push(`${table}.${c}: ${rows.rows[0][c]} rows`);
    }
    assert.deepEqual(unset, []);
    const stages = await sql.raw<{ n: number }>('SELECT COUNT(*) AS n FROM first_stage').execute(t.database.db);
    assert.ok(Number(stages.rows[0].n) > 0, 'boosters flew');
  });
});
