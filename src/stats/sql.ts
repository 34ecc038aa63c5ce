import { sql } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import { dialects } from '../db/dialect.ts';
import type { ModelDb } from '../db/model-db.ts';

/**
 * SQL fragments the statistics share on SQLite and PostgreSQL. Date-times are ISO-8601 UTC text on
 * both databases (src/db/table-defs.ts), so the only dialect difference is turning one into seconds.
 */
export class StatsSql {
  constructor(readonly dialect: DialectName) {}

  /** Whole seconds since 1970 of an ISO date-time text column (NULL stays NULL). */
  epoch(expr: string): string {
    return dialects[this.dialect].epochSecondsSql(expr);
  }

  /**
   * An ISO 8601 duration as LL2 prints one (`P544DT13H48M`, `PT23H32M33S`, `P0D`): days and a time part,
   * zero components left out, no months or years. `s` must name an integer column.
   */
  isoDuration(s: string): string {
    const part = (value: string, unit: string) => `CASE WHEN ${value} > 0 THEN CAST(${value} AS TEXT) || '${unit}' ELSE '' END`;
    return (
      `CASE WHEN ${s} IS NULL THEN NULL WHEN ${s} <= 0 THEN 'P0D' ELSE 'P' || ${part(`${s} / 86400`, 'D')} || ` +
      `CASE WHEN ${s} % 86400 > 0 THEN 'T' || ${part(`${s} % 86400 / 3600`, 'H')} || ${part(`${s} % 3600 / 60`, 'M')} || ` +
      `${part(`${s} % 60`, 'S')} ELSE '' END END`
    );
  }

  async run(db: ModelDb, text: string): Promise<number> {
    const res = await sql.raw(text).execute(db);
    return Number(res.numAffectedRows ?? 0);
  }
}

/**
 * What a statistics query covers: `all` recomputes every row, a set of ids those owners, and a
 * LaunchScope counts only what these launches contribute, to every owner (the counts an authoritative
 * import adds and takes away, src/stats/recompute.ts).
 */
export type Scope = 'all' | Set<number | string> | LaunchScope;

export class LaunchScope {
  constructor(readonly launches: ReadonlySet<string>) {}
}

/** ` AND l.id IN (...)` when the scope is a set of launches (`col` names the launch id). */
export function inLaunches(scope: Scope, col = 'l.id'): string {
  if (!(scope instanceof LaunchScope)) return '';
  return scope.launches.size ? ` AND ${col} IN (${literalList(scope.launches)})` : ' AND 1 = 0';
}

/** Above this many ids a scoped recompute costs more than a full one (and would build huge IN lists). */
export const MAX_SCOPED_IDS = 20000;

/** ` AND col IN (...)` for a scope, with ids checked before they are written into the SQL. */
export function inScope(col: string, scope: Scope): string {
  if (scope === 'all' || scope instanceof LaunchScope) return '';
  if (scope.size === 0) return ' AND 1 = 0';
  return ` AND ${col} IN (${literalList(scope)})`;
}

export function literalList(ids: Iterable<number | string>): string {
  const out: string[] = [];
  for (const id of ids) {
    if (typeof id === 'number' && Number.isInteger(id)) out.push(String(id));
    else if (typeof id === 'string' && /^[0-9a-f-]{32,36}$/i.test(id)) out.push(`'${id.toLowerCase()}'`);
    else throw new Error(`not a row id: ${JSON.stringify(id)}`);
  }
  return out.join(', ');
}

export const list = (ids: number[]) => ids.join(', ');
