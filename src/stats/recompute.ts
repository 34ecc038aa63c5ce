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
import { LaunchScope, MAX_SCOPED_IDS, StatsSql, type Scope } from './sql.ts';
import { ownerShares, ownerUpdate, type OwnerStats } from './update.ts';
import { sql } from 'kysely';

const UPDATES: Record<OwnerTable, (q: StatsSql, scope: Scope) => OwnerStats> = {
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
  for (const table of OWNER_TABLES) await step(report, table, () => q.run(db, ownerUpdate(UPDATES[table](q, 'all'))));
  await step(report, 'astronaut.age', () => refreshAges(db, today()));
  return report;
}

/**
 * What launches contribute to the counted columns (src/stats/update.ts), per owner table and owner, in
 * the order of the table's `counted`: an authoritative import reads it for its launches before and
 * after writing them, and adds the difference.
 */
export type Shares = Map<OwnerTable, Map<number, number[]>>;

/** The tables kept by delta: those with counted columns. */
function countedTables(q: StatsSql): OwnerTable[] {
  return OWNER_TABLES.filter((t) => UPDATES[t](q, 'all').counted.length > 0);
}

/** Adds what `launches` contribute to the counted columns into `into`. */
export async function addShares(db: ModelDb, dialect: DialectName, launches: Iterable<string>, into: Shares): Promise<void> {
  const q = new StatsSql(dialect);
  const ids = [...launches];
  const tables = countedTables(q);
  for (let i = 0; i < ids.length; i += MAX_SCOPED_IDS) {
    const scope = new LaunchScope(new Set(ids.slice(i, i + MAX_SCOPED_IDS)));
    for (const table of tables) {
      const stats = UPDATES[table](q, scope);
      const rows = (await sql.raw<Record<string, unknown>>(ownerShares(stats)).execute(db)).rows;
      let byOwner = into.get(table);
      if (!byOwner) into.set(table, (byOwner = new Map()));
      for (const row of rows) {
        const owner = Number(row.id);
        const sums = byOwner.get(owner) ?? stats.counted.map(() => 0);
        stats.counted.forEach((c, k) => (sums[k] += Number(row[c] ?? 0)));
        byOwner.set(owner, sums);
      }
    }
  }
}

/** The difference to add per owner and counted column, and the UPDATEs that add it. */
function deltaUpdates(stats: OwnerStats, before: Map<number, number[]> | undefined, after: Map<number, number[]> | undefined, skip: Set<number> | 'all'): string[] {
  const out: string[] = [];
  const owners = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
  for (const owner of owners) {
    if (skip === 'all' || skip.has(owner)) continue;
    const was = before?.get(owner);
    const now = after?.get(owner);
    const assign: string[] = [];
    stats.counted.forEach((c, k) => {
      const d = (now?.[k] ?? 0) - (was?.[k] ?? 0);
      if (!Number.isSafeInteger(d)) throw new Error(`${stats.table}.${c}: not a count: ${d}`);
      if (d !== 0) assign.push(`${c} = COALESCE(${c}, 0) + ${d}`);
    });
    if (assign.length) out.push(`UPDATE ${stats.table} SET ${assign.join(', ')} WHERE id = ${owner}`);
  }
  return out;
}

/**
 * Recomputes what a change reached (src/stats/track-changes.ts), in the writer's transaction. With
 * `shares` (the launches' contributions before and after the import), the owners only launches
 * reached get their counts by delta and their ordered columns recounted; the others are recounted.
 */
export async function recomputeAffected(db: ModelDb, dialect: DialectName, affected: Affected, shares?: { before: Shares; after: Shares }): Promise<StatsReport> {
  const q = new StatsSql(dialect);
  const report: StatsReport = [];
  await dialects[dialect].withoutJit(db);
  // the launches from the earliest NET moved are renumbered, counting on from those before it
  const from = affected.minNet;
  if (from !== null) await step(report, 'launch', () => q.run(db, launchCountsSql(q, from)));
  const scopeOf = (t: OwnerTable, of = affected.owners): 'all' | Set<number> => {
    const ids = of.get(t)!;
    return ids.size > MAX_SCOPED_IDS ? 'all' : ids;
  };
  const boosters = scopeOf('launcher');
  if (boosters === 'all' || boosters.size) await step(report, 'first_stage', () => q.run(db, firstStageStats(q, boosters)));
  const spacecraft = scopeOf('spacecraft');
  if (spacecraft === 'all' || spacecraft.size) await step(report, 'spacecraft_flight', () => q.run(db, spacecraftFlightStats(q, spacecraft)));
  for (const table of OWNER_TABLES) {
    const whole = scopeOf(table);
    const stats = UPDATES[table](q, 'all');
    const counted = stats.counted;
    if (shares && counted.length) {
      const updates = deltaUpdates(stats, shares.before.get(table), shares.after.get(table), whole);
      if (updates.length) await step(report, `${table} (counts)`, async () => {
        for (const text of updates) await q.run(db, text);
        return updates.length;
      });
      // the ordered columns of owners only launches reached (a streak, the fastest turnaround)
      const rest = Object.keys(stats.set).filter((c) => !counted.includes(c));
      const ordered = whole === 'all' ? new Set<number>() : new Set([...affected.ordered.get(table)!].filter((id) => !whole.has(id)));
      if (rest.length && ordered.size) await step(report, `${table} (order)`, () => q.run(db, ownerUpdate(UPDATES[table](q, ordered.size > MAX_SCOPED_IDS ? 'all' : ordered), rest)));
    } else {
      // without shares, an owner only launches reached is recounted whole
      for (const id of affected.ordered.get(table)!) if (whole !== 'all') whole.add(id);
    }
    if (whole !== 'all' && whole.size === 0) continue;
    await step(report, table, () => q.run(db, ownerUpdate(UPDATES[table](q, whole))));
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
  const statements = [launchCountsSql(q, null), firstStageStats(q, 'all'), spacecraftFlightStats(q, 'all'), ...OWNER_TABLES.map((t) => ownerUpdate(UPDATES[t](q, 'all')))];
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
