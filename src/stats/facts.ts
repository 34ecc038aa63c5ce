import { FAILURE, LAUNCHED, SUBORBITAL_ORBITS, SUCCESS } from './definitions.ts';
import { inLaunches, inScope, LaunchScope, list, type Scope } from './sql.ts';

/**
 * The rows the statistics are counted from, as queries with the columns the tallies expect
 * (src/stats/tallies.ts). `owner` is the SQL expression naming the row a statistic belongs to; the
 * scope keeps an incremental recompute to the owners that changed.
 */

const launched = `l.status_id IN (${list(LAUNCHED)})`;

/**
 * `launched`, for a query of what some launches contribute: SQLite plans without statistics and would
 * read the launched statuses' whole index instead of the few launches named; the unary `+` (a no-op on
 * both databases) keeps the status out of its choice of index.
 */
export const launchedIn = (scope: Scope) => (scope instanceof LaunchScope ? `+${launched}` : launched);

/** One row per launch: (owner, net, id, status_id). `from` joins `launch l` to the owner. */
export function launchFacts(owner: string, from: string, scope: Scope): string {
  return `SELECT ${owner} AS owner, l.net, l.id, l.status_id FROM ${from} WHERE ${owner} IS NOT NULL AND l.net IS NOT NULL${inScope(owner, scope)}${inLaunches(scope)}`;
}

/** Launched launches as events in seconds: (owner, t, id). */
export function launchEvents(owner: string, from: string, scope: Scope, epoch: (e: string) => string): string {
  return `SELECT ${owner} AS owner, ${epoch('l.net')} AS t, l.id FROM ${from} WHERE ${owner} IS NOT NULL AND ${launchedIn(scope)}${inScope(owner, scope)}${inLaunches(scope)}`;
}

export type LandingKind = 'first_stage' | 'spacecraft_flight' | 'payload_flight';

/**
 * Landing attempts (`attempt` true) of launched launches, of boosters (first stages), spacecraft or
 * payloads: (owner, net, id, success). In `owner`, `x` is the first stage / flight row, `ld` the landing,
 * `r` the rocket and `l` the launch; `join` adds more tables.
 */
export function landingFacts(kind: LandingKind, owner: string, scope: Scope, join = ''): string {
  return `SELECT ${owner} AS owner, l.net, ld.id, ld.success FROM ${kind} x
    JOIN landing ld ON ld.id = x.landing_id JOIN rocket r ON r.id = x.rocket_id JOIN launch l ON l.id = r.launch_id ${join}
    WHERE ${owner} IS NOT NULL AND ld.attempt = true AND ${launchedIn(scope)}${inScope(owner, scope)}${inLaunches(scope)}`;
}

export const allLandingFacts = (owner: string, scope: Scope, join = '') =>
  (['first_stage', 'spacecraft_flight', 'payload_flight'] as const).map((k) => landingFacts(k, owner, scope, join)).join(' UNION ALL ');

const subOrbitalNames = SUBORBITAL_ORBITS.map((s) => `'${s}'`).join(', ');

/** Whether an orbit row (alias `o`) is sub-orbital. */
export const isSubOrbital = (o = 'o') => `(${o}.abbrev IN (${subOrbitalNames}) OR ${o}.name IN (${subOrbitalNames}))`;

/**
 * Joins a launch (`l`) to its mission's orbit as `lo` (LEFT: a launch without a mission or orbit
 * stays), so `orbitalFlag` is a plain column test instead of a lookup per row.
 */
export const orbitJoin = 'LEFT JOIN mission lm ON lm.id = l.mission_id LEFT JOIN orbit lo ON lo.id = lm.orbit_id';

/** 1 when a launch is an orbital attempt: its mission's orbit is not sub-orbital, or unknown. Needs `orbitJoin`. */
export const orbitalFlag = `CASE WHEN ${isSubOrbital('lo')} THEN 0 ELSE 1 END`;

export const isLaunched = launched;
export const isSuccess = `l.status_id IN (${list(SUCCESS)})`;
export const isFailure = `l.status_id IN (${list(FAILURE)})`;
