import { inScope, type Scope } from './sql.ts';

/**
 * One owner table's statistics: each join is a query grouped by `owner`, each column of `set` an
 * expression over the joins. `counted` names the columns that are sums over launches (a count of
 * launches or landings): what a launch adds to them does not depend on the owner's other launches,
 * so an import adds and takes away what its launches contributed instead of recounting the owner.
 * The other columns (a streak, the fastest turnaround, first and last dates) depend on the order of
 * all the owner's launches and are recounted.
 */
export interface OwnerStats {
  table: string;
  scope: Scope;
  joins: Record<string, string>;
  set: Record<string, string>;
  counted: readonly string[];
}

export function ownerStats(table: string, scope: Scope, joins: Record<string, string>, set: Record<string, string>, counted: readonly string[] = []): OwnerStats {
  for (const c of counted) if (!(c in set)) throw new Error(`${table}: counted column ${c} is not set`);
  return { table, scope, joins, set, counted };
}

/** The joins the expressions read (`alias.column`). */
function joinsFor(s: OwnerStats, columns: readonly string[]): Array<[string, string]> {
  return Object.entries(s.joins).filter(([alias]) => columns.some((c) => new RegExp(`\\b${alias}\\.`).test(s.set[c])));
}

const leftJoins = (joins: Array<[string, string]>) => joins.map(([alias, q]) => `LEFT JOIN (${q}) ${alias} ON ${alias}.owner = o.id`).join('\n');

/**
 * `UPDATE table SET col = s.col ... FROM (one row per owner in scope) s` for `columns` (all by
 * default), with only the joins they read: every owner in scope gets a value, so one whose last launch
 * moved away drops to 0. UPDATE ... FROM runs on PostgreSQL and on SQLite (3.33+).
 */
export function ownerUpdate(s: OwnerStats, columns: readonly string[] = Object.keys(s.set)): string {
  const cols = columns.map((c) => `${s.set[c]} AS ${c}`);
  const assign = columns.map((c) => `${c} = s.${c}`);
  return `UPDATE ${s.table} SET ${assign.join(', ')} FROM (
    SELECT o.id, ${cols.join(', ')} FROM ${s.table} o ${leftJoins(joinsFor(s, columns))} WHERE 1 = 1${inScope('o.id', s.scope)}
  ) s WHERE ${s.table}.id = s.id`;
}

/**
 * The counted columns over what the scope covers (a LaunchScope: those launches' share), one row per
 * owner they reach: `SELECT o.id, counted... `.
 */
export function ownerShares(s: OwnerStats): string {
  const joins = joinsFor(s, s.counted);
  return `SELECT o.id, ${s.counted.map((c) => `${s.set[c]} AS ${c}`).join(', ')} FROM ${s.table} o ${leftJoins(joins)}
    WHERE ${joins.map(([alias]) => `${alias}.owner IS NOT NULL`).join(' OR ')}`;
}

export const zero = (e: string) => `COALESCE(${e}, 0)`;
