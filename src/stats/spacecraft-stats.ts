import { isFailure, isLaunched, isSuccess, landingFacts } from './facts.ts';
import { inScope, type Scope, type StatsSql } from './sql.ts';
import { landingTally } from './tallies.ts';
import { ownerStats, zero, type OwnerStats } from './update.ts';

/**
 * Spacecraft statistics, from spacecraft flights of launched launches:
 * - a flight's duration = mission_end − launch NET; its turn_around_time = NET − the mission_end of the
 *   same spacecraft's previous flight (NET order); both NULL while unknown (the 2.3.0 seeds).
 * - spacecraft: flights_count (launched flights), mission_ends_count (flights with a mission_end),
 *   time_in_space (sum of ended flights' durations), time_docked (sum of departure − docking of its
 *   flights' docking events as chaser), fastest_turnaround (shortest positive turn_around_time),
 *   in_space (its latest launched flight has no mission_end yet and its launch did not fail outright).
 * - configuration and family: spacecraft_flown (distinct spacecraft flown), total_launch_count
 *   (launched flights), successful/failed by the launch's status, landing counts of its flights; the
 *   configuration's fastest_turnaround is the fastest of its spacecraft (seed 001 shows them equal).
 */

/** A launch that failed (status 4, not a partial failure) put nothing in space. */
const OUTRIGHT_FAILURE = 4;

const FLIGHTS = 'spacecraft_flight x JOIN rocket r ON r.id = x.rocket_id JOIN launch l ON l.id = r.launch_id';

/** Seconds between a flight's launch and the previous flight's landing, per spacecraft. */
const turnaround = (q: StatsSql) =>
  `${q.epoch('l.net')} - LAG(${q.epoch('x.mission_end')}) OVER (PARTITION BY x.spacecraft_id ORDER BY l.net, l.id)`;

export function spacecraftFlightStats(q: StatsSql, scope: Scope): string {
  return `UPDATE spacecraft_flight SET duration = s.duration, turn_around_time = s.turn_around_time FROM (
      SELECT id, ${q.isoDuration('dur')} AS duration, ${q.isoDuration('turn')} AS turn_around_time FROM (
        SELECT x.id, CAST(${q.epoch('x.mission_end')} - ${q.epoch('l.net')} AS BIGINT) AS dur, CAST(${turnaround(q)} AS BIGINT) AS turn
        FROM ${FLIGHTS} WHERE x.spacecraft_id IS NOT NULL${inScope('x.spacecraft_id', scope)}
      ) f
    ) s WHERE spacecraft_flight.id = s.id`;
}

export function spacecraftStats(q: StatsSql, scope: Scope): OwnerStats {
  const flown = `x.spacecraft_id IS NOT NULL AND ${isLaunched}${inScope('x.spacecraft_id', scope)}`;
  return ownerStats(
    'spacecraft',
    scope,
    {
      f: `SELECT x.spacecraft_id AS owner, COUNT(*) AS flights, SUM(CASE WHEN x.mission_end IS NOT NULL THEN 1 ELSE 0 END) AS ends,
          CAST(SUM(CASE WHEN x.mission_end IS NOT NULL THEN ${q.epoch('x.mission_end')} - ${q.epoch('l.net')} ELSE 0 END) AS BIGINT) AS secs
        FROM ${FLIGHTS} WHERE ${flown} GROUP BY x.spacecraft_id`,
      d: `SELECT x.spacecraft_id AS owner, CAST(SUM(${q.epoch('de.departure')} - ${q.epoch('de.docking')}) AS BIGINT) AS secs
        FROM docking_event de JOIN spacecraft_flight x ON x.id = de.flight_vehicle_chaser_id
          JOIN rocket r ON r.id = x.rocket_id JOIN launch l ON l.id = r.launch_id
        WHERE de.departure IS NOT NULL AND de.docking IS NOT NULL AND ${flown} GROUP BY x.spacecraft_id`,
      g: `SELECT owner, MIN(turn) AS fastest FROM (SELECT x.spacecraft_id AS owner, ${turnaround(q)} AS turn FROM ${FLIGHTS} WHERE ${flown}) t
        WHERE turn > 0 GROUP BY owner`,
      u: `SELECT owner, CASE WHEN mission_end IS NULL AND status_id <> ${OUTRIGHT_FAILURE} THEN 1 ELSE 0 END AS up FROM (
          SELECT x.spacecraft_id AS owner, x.mission_end, l.status_id, ROW_NUMBER() OVER (PARTITION BY x.spacecraft_id ORDER BY l.net DESC, l.id DESC) AS rn
          FROM ${FLIGHTS} WHERE ${flown}) f WHERE rn = 1`,
    },
    {
      in_space: 'CASE WHEN u.up = 1 THEN true ELSE false END',
      flights_count: zero('f.flights'),
      mission_ends_count: zero('f.ends'),
      time_in_space: q.isoDuration(zero('f.secs')),
      time_docked: q.isoDuration(zero('d.secs')),
      fastest_turnaround: q.isoDuration('g.fastest'),
    },
  );
}

/** Stats of spacecraft grouped by `owner` (their configuration, or a family of it through `join`). */
function groupedSpacecraftStats(q: StatsSql, table: string, owner: string, join: string, scope: Scope, withFastest: boolean): OwnerStats {
  const from = `${FLIGHTS} JOIN spacecraft sc ON sc.id = x.spacecraft_id ${join}`;
  const where = `${owner} IS NOT NULL AND ${isLaunched}${inScope(owner, scope)}`;
  const joins: Record<string, string> = {
    c: `SELECT ${owner} AS owner, COUNT(DISTINCT x.spacecraft_id) AS flown, COUNT(*) AS total,
        SUM(CASE WHEN ${isSuccess} THEN 1 ELSE 0 END) AS success, SUM(CASE WHEN ${isFailure} THEN 1 ELSE 0 END) AS failed
      FROM ${from} WHERE ${where} GROUP BY ${owner}`,
    d: landingTally(landingFacts('spacecraft_flight', owner, scope, `JOIN spacecraft sc ON sc.id = x.spacecraft_id ${join}`)),
  };
  const set: Record<string, string> = {
    spacecraft_flown: zero('c.flown'),
    total_launch_count: zero('c.total'),
    successful_launches: zero('c.success'),
    failed_launches: zero('c.failed'),
    attempted_landings: zero('d.attempted'),
    successful_landings: zero('d.successful'),
    failed_landings: zero('d.failed'),
  };
  if (withFastest) {
    joins.g = `SELECT owner, MIN(turn) AS fastest FROM (SELECT ${owner} AS owner, ${turnaround(q)} AS turn FROM ${from} WHERE ${where}) t
      WHERE turn > 0 GROUP BY owner`;
    set.fastest_turnaround = q.isoDuration('g.fastest');
  }
  return ownerStats(table, scope, joins, set);
}

export const spacecraftConfigStats = (q: StatsSql, scope: Scope) =>
  groupedSpacecraftStats(q, 'spacecraft_config', 'sc.spacecraft_config_id', '', scope, true);

export const spacecraftFamilyStats = (q: StatsSql, scope: Scope) =>
  groupedSpacecraftStats(q, 'spacecraft_config_family', 'j.target_id', 'JOIN spacecraft_config__family j ON j.owner_id = sc.spacecraft_config_id', scope, false);
