import { allLandingFacts, isFailure, isSuccess, launchedIn, landingFacts, launchEvents, launchFacts, orbitalFlag, orbitJoin } from './facts.ts';
import { inLaunches, inScope as scopeOn, type Scope, type StatsSql } from './sql.ts';
import { fastestGap, landingStreak, landingTally, launchStreak, launchTally } from './tallies.ts';
import { ownerStats, zero, type OwnerStats } from './update.ts';

/**
 * Statistics of agencies, launch sites and launch vehicles, one UPDATE per table.
 *
 * - Launch counts (total_launch_count = launched, successful_launches = status 3, failed_launches =
 *   4|7, pending_launches = 1|2|5|8, consecutive_successful_launches = successes since the last
 *   failure in NET order) are counted over the owner's launches: an agency's as launch service
 *   provider, a configuration's as the rocket's configuration, a family's through its configurations.
 * - Landing counts are over landing attempts of launched launches: attempted = `attempt` true,
 *   successful/failed = `success` true/false, the streak like the launch streak. Agency and vehicle
 *   landings are booster (first stage) landings, as in the lineage; an agency's `_spacecraft` and
 *   `_payload` forms count the landings of the spacecraft and payloads its launches carried.
 * - fastest_turnaround: shortest positive time between two consecutive launched flights of the same
 *   pad / booster; for a configuration, the fastest of its boosters.
 */

/** Columns that depend on the order of the owner's launches, not only on each launch: recounted, never added to. */
const ORDERED = new Set(['consecutive_successful_launches', 'consecutive_successful_landings', 'fastest_turnaround', 'first_launch_date', 'last_launch_date']);

/** An owner with many launches: its other columns are counts, kept by delta (src/stats/update.ts). */
const countedStats = (table: string, scope: Scope, joins: Record<string, string>, set: Record<string, string>) =>
  ownerStats(table, scope, joins, set, Object.keys(set).filter((c) => !ORDERED.has(c)));

/** A vehicle's launch and booster-landing tallies (`t`, `b`) and their streaks (`ts`, `bs`), each a join of its own. */
const withStreak = (t: string, launches: string, l: string, landings: string) => ({
  [t]: launchTally(launches),
  [`${t}s`]: launchStreak(launches),
  [l]: landingTally(landings),
  [`${l}s`]: landingStreak(landings),
});

const vehicleSet = (t: string, l: string) => ({
  total_launch_count: zero(`${t}.total`),
  consecutive_successful_launches: zero(`${t}s.streak`),
  successful_launches: zero(`${t}.success`),
  failed_launches: zero(`${t}.failed`),
  pending_launches: zero(`${t}.pending`),
  attempted_landings: zero(`${l}.attempted`),
  successful_landings: zero(`${l}.successful`),
  failed_landings: zero(`${l}.failed`),
  consecutive_successful_landings: zero(`${l}s.streak`),
});

export function agencyStats(q: StatsSql, scope: Scope): OwnerStats {
  const lsp = 'l.launch_service_provider_id';
  return countedStats(
    'agency',
    scope,
    {
      ...withStreak('t', launchFacts(lsp, 'launch l', scope), 'b', landingFacts('first_stage', lsp, scope)),
      s: landingTally(landingFacts('spacecraft_flight', lsp, scope)),
      p: landingTally(landingFacts('payload_flight', lsp, scope)),
    },
    {
      ...vehicleSet('t', 'b'),
      successful_landings_spacecraft: zero('s.successful'),
      failed_landings_spacecraft: zero('s.failed'),
      attempted_landings_spacecraft: zero('s.attempted'),
      successful_landings_payload: zero('p.successful'),
      failed_landings_payload: zero('p.failed'),
      attempted_landings_payload: zero('p.attempted'),
    },
  );
}

/** Rocket's configuration → launch. */
const byConfig = 'rocket r JOIN launch l ON l.id = r.launch_id';

export function launcherConfigStats(q: StatsSql, scope: Scope): OwnerStats {
  // a booster's gaps between its flights as this configuration
  const gaps = `SELECT r.configuration_id AS owner, ${q.epoch('l.net')} - LAG(${q.epoch('l.net')}) OVER (PARTITION BY r.configuration_id, x.launcher_id ORDER BY l.net, l.id) AS gap
    FROM first_stage x JOIN rocket r ON r.id = x.rocket_id JOIN launch l ON l.id = r.launch_id
    WHERE x.launcher_id IS NOT NULL AND ${launchedIn(scope)}${scopeOn('r.configuration_id', scope)}${inLaunches(scope)}`;
  return countedStats(
    'launcher_config',
    scope,
    {
      ...withStreak('t', launchFacts('r.configuration_id', byConfig, scope), 'b', landingFacts('first_stage', 'r.configuration_id', scope)),
      g: `SELECT owner, MIN(gap) AS fastest FROM (${gaps}) g WHERE gap > 0 GROUP BY owner`,
    },
    { ...vehicleSet('t', 'b'), fastest_turnaround: q.isoDuration('g.fastest') },
  );
}

export function launcherFamilyStats(q: StatsSql, scope: Scope): OwnerStats {
  const fam = 'launcher_config__families j JOIN rocket r ON r.configuration_id = j.owner_id JOIN launch l ON l.id = r.launch_id';
  return countedStats(
    'launcher_config_family',
    scope,
    {
      ...withStreak(
        't',
        launchFacts('j.target_id', fam, scope),
        'b',
        landingFacts('first_stage', 'j.target_id', scope, 'JOIN launcher_config__families j ON j.owner_id = r.configuration_id'),
      ),
    },
    vehicleSet('t', 'b'),
  );
}

/** Boosters: flights, landings, first/last flight and the fastest reuse. */
export function launcherStats(q: StatsSql, scope: Scope): OwnerStats {
  const flights = 'first_stage x JOIN rocket r ON r.id = x.rocket_id JOIN launch l ON l.id = r.launch_id';
  return ownerStats(
    'launcher',
    scope,
    {
      f: `SELECT x.launcher_id AS owner, COUNT(DISTINCT l.id) AS flights, MIN(l.net) AS first_net, MAX(l.net) AS last_net
        FROM ${flights} WHERE x.launcher_id IS NOT NULL AND ${launchedIn(scope)}${scopeOn('x.launcher_id', scope)}${inLaunches(scope)} GROUP BY x.launcher_id`,
      b: landingTally(landingFacts('first_stage', 'x.launcher_id', scope)),
      g: fastestGap(launchEvents('x.launcher_id', flights, scope, (e) => q.epoch(e))),
    },
    {
      flights: zero('f.flights'),
      successful_landings: zero('b.successful'),
      attempted_landings: zero('b.attempted'),
      first_launch_date: 'f.first_net',
      last_launch_date: 'f.last_net',
      fastest_turnaround: q.isoDuration('g.fastest'),
    },
  );
}

export function padStats(q: StatsSql, scope: Scope): OwnerStats {
  return countedStats(
    'pad',
    scope,
    {
      c: `SELECT l.pad_id AS owner, COUNT(*) AS total, SUM(${orbitalFlag}) AS orbital FROM launch l ${orbitJoin}
        WHERE l.pad_id IS NOT NULL AND ${launchedIn(scope)}${scopeOn('l.pad_id', scope)}${inLaunches(scope)} GROUP BY l.pad_id`,
      g: fastestGap(launchEvents('l.pad_id', 'launch l', scope, (e) => q.epoch(e))),
    },
    { total_launch_count: zero('c.total'), orbital_launch_attempt_count: zero('c.orbital'), fastest_turnaround: q.isoDuration('g.fastest') },
  );
}

/** Launches from the location's pads; booster landings at landing locations on its grounds (lineage). */
export function locationStats(q: StatsSql, scope: Scope): OwnerStats {
  return countedStats(
    'location',
    scope,
    {
      c: `SELECT p.location_id AS owner, COUNT(*) AS total FROM launch l JOIN pad p ON p.id = l.pad_id
        WHERE p.location_id IS NOT NULL AND ${launchedIn(scope)}${scopeOn('p.location_id', scope)}${inLaunches(scope)} GROUP BY p.location_id`,
      d: `SELECT owner, COUNT(*) AS landings FROM (${landingFacts('first_stage', 'll.location_id', scope, 'JOIN landing_location ll ON ll.id = ld.landing_location_id')}) f GROUP BY owner`,
    },
    { total_launch_count: zero('c.total'), total_landing_count: zero('d.landings') },
  );
}

/** Landings of every kind at the landing location. */
export function landingLocationStats(q: StatsSql, scope: Scope): OwnerStats {
  return countedStats(
    'landing_location',
    scope,
    { d: landingTally(allLandingFacts('ld.landing_location_id', scope)) },
    { successful_landings: zero('d.successful'), attempted_landings: zero('d.attempted'), failed_landings: zero('d.failed') },
  );
}

/**
 * A body's launches are those from its locations that ended: total_attempted_launches = successes +
 * failures (the 2.3.0 seeds show exactly that sum); its landings are those at its landing locations.
 */
export function celestialBodyStats(q: StatsSql, scope: Scope): OwnerStats {
  return countedStats(
    'celestial_body',
    scope,
    {
      c: `SELECT lo.celestial_body_id AS owner, SUM(CASE WHEN ${isSuccess} THEN 1 ELSE 0 END) AS success,
          SUM(CASE WHEN ${isFailure} THEN 1 ELSE 0 END) AS failed
        FROM launch l JOIN pad p ON p.id = l.pad_id JOIN location lo ON lo.id = p.location_id
        WHERE lo.celestial_body_id IS NOT NULL${scopeOn('lo.celestial_body_id', scope)}${inLaunches(scope)} GROUP BY lo.celestial_body_id`,
      d: landingTally(allLandingFacts('ll.celestial_body_id', scope, 'JOIN landing_location ll ON ll.id = ld.landing_location_id')),
    },
    {
      total_attempted_launches: `${zero('c.success')} + ${zero('c.failed')}`,
      successful_launches: zero('c.success'),
      failed_launches: zero('c.failed'),
      total_attempted_landings: zero('d.attempted'),
      successful_landings: zero('d.successful'),
      failed_landings: zero('d.failed'),
    },
  );
}

