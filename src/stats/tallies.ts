import { FAILURE, LAUNCHED, PENDING, SUCCESS } from './definitions.ts';
import { list } from './sql.ts';

/**
 * Set-based building blocks. Each takes a "facts" query and returns a query grouped by `owner`.
 *
 * Launch facts have the columns (owner, net, id, status_id): one row per launch of the owner.
 * Landing facts have (owner, net, id, success): one row per landing attempt (`landing.attempt` true)
 * of a launched launch; `success` is true, false, or NULL while undecided.
 */

/** total (launched), success, failed and pending launches. */
export function launchTally(facts: string): string {
  return `SELECT owner,
      SUM(CASE WHEN status_id IN (${list(LAUNCHED)}) THEN 1 ELSE 0 END) AS total,
      SUM(CASE WHEN status_id IN (${list(SUCCESS)}) THEN 1 ELSE 0 END) AS success,
      SUM(CASE WHEN status_id IN (${list(FAILURE)}) THEN 1 ELSE 0 END) AS failed,
      SUM(CASE WHEN status_id IN (${list(PENDING)}) THEN 1 ELSE 0 END) AS pending
    FROM (${facts}) f GROUP BY owner`;
}

/** The current streak of successful launches, apart from the counts: it depends on their order. */
export function launchStreak(facts: string): string {
  return streak(`SELECT owner, net, id, CASE WHEN status_id IN (${list(SUCCESS)}) THEN 1 WHEN status_id IN (${list(FAILURE)}) THEN 0 END AS ok FROM (${facts}) f`);
}

/** attempted, successful and failed landings. */
export function landingTally(facts: string): string {
  return `SELECT owner, COUNT(*) AS attempted,
      SUM(CASE WHEN success = true THEN 1 ELSE 0 END) AS successful,
      SUM(CASE WHEN success = false THEN 1 ELSE 0 END) AS failed
    FROM (${facts}) f GROUP BY owner`;
}

/** The current streak of successful landings. */
export function landingStreak(facts: string): string {
  return streak(`SELECT owner, net, id, CASE WHEN success = true THEN 1 WHEN success = false THEN 0 END AS ok FROM (${facts}) f`);
}

/**
 * Successes after the owner's last failure, in (net, id) order; rows with `ok` NULL (in flight,
 * undecided) neither extend nor break the streak. Input columns: owner, net, id, ok (1/0/NULL).
 */
function streak(rows: string): string {
  return `SELECT owner, SUM(CASE WHEN ok = 1 AND rn > COALESCE(last_failure, 0) THEN 1 ELSE 0 END) AS streak FROM (
      SELECT owner, ok, rn, MAX(CASE WHEN ok = 0 THEN rn END) OVER (PARTITION BY owner) AS last_failure FROM (
        SELECT owner, ok, ROW_NUMBER() OVER (PARTITION BY owner ORDER BY net, id) AS rn FROM (${rows}) r WHERE ok IS NOT NULL
      ) numbered
    ) marked GROUP BY owner`;
}

/**
 * The shortest positive gap, in seconds, between consecutive events of an owner. Input columns:
 * owner, t (seconds), id. A zero gap (two launches given the same NET) is no turnaround.
 */
export function fastestGap(events: string): string {
  return `SELECT owner, MIN(gap) AS fastest FROM (
      SELECT owner, t - LAG(t) OVER (PARTITION BY owner ORDER BY t, id) AS gap FROM (${events}) e WHERE t IS NOT NULL
    ) g WHERE gap > 0 GROUP BY owner`;
}
