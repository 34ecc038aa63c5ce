import { inScope, type Scope, type StatsSql } from './sql.ts';

/**
 * A booster's first stages, one per launch it flies (`first_stage`, LL2's `launcher_stage`), numbered
 * in (net, id) order over every launch it is assigned to, whatever the status — as the attempt counts
 * (src/stats/launch-counts.ts), a scheduled flight shows the number it will be and a past flight's
 * number never moves when flights are scheduled after it:
 * - launcher_flight_number: 1 for the booster's first flight, 2 for the next...;
 * - previous_flight / previous_flight_date: the launch (and its NET) of the booster's flight before;
 * - turn_around_time: NET − previous_flight_date; NULL with no previous flight (as the seeds show a
 *   first flight's turnaround).
 * The 2.0.0/2.2.0 `turn_around_time_days` an upstream sent (`legacy_turn_around_days`) is cleared, so
 * those versions show the days of the recomputed turnaround.
 * Stages without a booster or a NET keep what they hold: nothing numbers them.
 * The scope is the boosters (`launcher` ids) whose flights changed.
 */
const COLS = ['launcher_flight_number', 'previous_flight_id', 'previous_flight_date', 'turn_around_time', 'legacy_turn_around_days'];

export function firstStageStats(q: StatsSql, scope: Scope): string {
  const order = 'OVER (PARTITION BY x.launcher_id ORDER BY l.net, l.id)';
  return `UPDATE first_stage SET ${COLS.map((c) => `${c} = s.${c}`).join(', ')} FROM (
      SELECT id, n AS launcher_flight_number, prev_id AS previous_flight_id, prev_net AS previous_flight_date,
        ${q.isoDuration('gap')} AS turn_around_time, CAST(NULL AS INTEGER) AS legacy_turn_around_days FROM (
        SELECT x.id, ROW_NUMBER() ${order} AS n, LAG(l.id) ${order} AS prev_id, LAG(l.net) ${order} AS prev_net,
          CAST(${q.epoch('l.net')} - LAG(${q.epoch('l.net')}) ${order} AS BIGINT) AS gap
        FROM first_stage x JOIN rocket r ON r.id = x.rocket_id JOIN launch l ON l.id = r.launch_id
        WHERE x.launcher_id IS NOT NULL AND l.net IS NOT NULL${inScope('x.launcher_id', scope)}
      ) numbered
    ) s WHERE first_stage.id = s.id AND (${COLS.map((c) => `first_stage.${c} IS DISTINCT FROM s.${c}`).join(' OR ')})`;
}
