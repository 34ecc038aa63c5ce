import type { DialectName } from '../db/connect.ts';
import { dialects } from '../db/dialect.ts';
import type { ModelDb } from '../db/model-db.ts';
import { astronautStats, refreshAges } from './astronaut-stats.ts';
import { firstStageStats } from './first-stage-stats.ts';
import { launchCountsSql } from './launch-counts.ts';
import { OWNER_TABLES, type Affected, type OwnerTable } from './owners.ts';
import {
  agencyStats,
  celestialBodyStats,
  landingLocationStats,
  launcherConfigStats,
  launcherFamilyStats,
  launcherStats,
  locationStats,
  padStats,
} from './owner-stats.ts';
import { spacecraftConfigStats, spacecraftFamilyStats, spacecraftFlightStats, spacecraftStats } from './spacecraft-stats.ts';
import { MAX_SCOPED_IDS, StatsSql, type Scope } from './sql.ts';

const UPDATES: Record<OwnerTable, (q: StatsSql, scope: Scope) => string> = {
  agency: agencyStats,
  launcher_config: launcherConfigStats,
  launcher_config_family: launcherFamilyStats,
  launcher: launcherStats,
  pad: padStats,
  location: locationStats,
  landing_location: landingLocationStats,
  celestial_body: celestialBodyStats,
  spacecraft: spacecraftStats,
  spacecraft_config: spacecraftConfigStats,
  spacecraft_config_family: spacecraftFamilyStats,
  astronaut: astronautStats,
};

/** Milliseconds and rows written per step, for `ll2 stats recompute` and the measurements. */
export type StatsReport = Array<{ step: string; ms: number; rows: number }>;

const today = () => new Date().toISOString().slice(0, 10);

async function step(report: StatsReport, name: string, fn: () => Promise<number>): Promise<void> {
  const started = performance.now();
  let rows: number;
  try {
    rows = await fn();
  } catch (e) {
    throw new Error(`recomputing ${name}: ${(e as Error).message}`, { cause: e });
  }
  report.push({ step: name, ms: Math.round(performance.now() - started), rows });
}

/** Recomputes every statistic from the rows (`ll2 stats recompute`). Run it inside a transaction. */
export async function recomputeAll(db: ModelDb, dialect: DialectName): Promise<StatsReport> {
  const q = new StatsSql(dialect);
  const report: StatsReport = [];
  // the statistics queries are long expression lists, which PostgreSQL's JIT took seconds to compile
  await dialects[dialect].withoutJit(db);
  await step(report, 'launch', () => q.run(db, launchCountsSql(q, null)));
  await step(report, 'first_stage', () => q.run(db, firstStageStats(q, 'all')));
  await step(report, 'spacecraft_flight', () => q.run(db, spacecraftFlightStats(q, 'all')));
  for (const table of OWNER_TABLES) await step(report, table, () => q.run(db, UPDATES[table](q, 'all')));
  await step(report, 'astronaut.age', () => refreshAges(db, today()));
  return report;
}

/** Recomputes what a change reached (src/stats/track-changes.ts), in the writer's transaction. */
export async function recomputeAffected(db: ModelDb, dialect: DialectName, affected: Affected): Promise<StatsReport> {
  const q = new StatsSql(dialect);
  const report: StatsReport = [];
  await dialects[dialect].withoutJit(db);
  // the launches from the earliest NET moved are renumbered, counting on from those before it
  const from = affected.minNet;
  if (from !== null) await step(report, 'launch', () => q.run(db, launchCountsSql(q, from)));
  const scopeOf = (t: OwnerTable): Scope => {
    const ids = affected.owners.get(t)!;
    return ids.size > MAX_SCOPED_IDS ? 'all' : ids;
  };
  const boosters = scopeOf('launcher');
  if (boosters === 'all' || boosters.size) await step(report, 'first_stage', () => q.run(db, firstStageStats(q, boosters)));
  const spacecraft = scopeOf('spacecraft');
  if (spacecraft === 'all' || spacecraft.size) await step(report, 'spacecraft_flight', () => q.run(db, spacecraftFlightStats(q, spacecraft)));
  for (const table of OWNER_TABLES) {
    const scope = scopeOf(table);
    if (scope !== 'all' && scope.size === 0) continue;
    await step(report, table, () => q.run(db, UPDATES[table](q, scope)));
  }
  const astronauts = scopeOf('astronaut');
  if (astronauts === 'all' || astronauts.size) await step(report, 'astronaut.age', () => refreshAges(db, today(), astronauts));
  return report;
}

const derivedByDialect = new Map<DialectName, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * Per table, the columns the statistics write: read off the statements themselves (each assigns
 * `col = s.col`), so the list cannot drift from what a recompute sets; plus the astronaut's age.
 */
export function derivedColumns(dialect: DialectName): ReadonlyMap<string, ReadonlySet<string>> {
  let out = derivedByDialect.get(dialect);
  if (out) return out;
  const q = new StatsSql(dialect);
  const statements = [launchCountsSql(q, null), firstStageStats(q, 'all'), spacecraftFlightStats(q, 'all'), ...OWNER_TABLES.map((t) => UPDATES[t](q, 'all'))];
  const map = new Map<string, Set<string>>([['astronaut', new Set(['age'])]]);
  for (const text of statements) {
    const head = /\bUPDATE (\w+) SET ([\s\S]*?) FROM \(/.exec(text);
    if (!head) throw new Error(`a statistics statement without UPDATE ... SET ... FROM: ${text.slice(0, 80)}`);
    let set = map.get(head[1]);
    if (!set) map.set(head[1], (set = new Set()));
    for (const m of head[2].matchAll(/(\w+) = s\.(\w+)/g)) if (m[1] === m[2]) set.add(m[1]);
  }
  derivedByDialect.set(dialect, (out = map));
  return out;
}
