import { inScope, type Scope } from './sql.ts';

/**
 * `UPDATE table SET col = s.col ... FROM (one row per owner in scope) s`: every owner in scope gets a
 * value, so one whose last launch moved away drops to 0. Each join is a query grouped by `owner`.
 * UPDATE ... FROM runs on PostgreSQL and on SQLite (3.33+).
 */
export function ownerUpdate(table: string, scope: Scope, joins: Record<string, string>, set: Record<string, string>): string {
  const from = Object.entries(joins)
    .map(([alias, q]) => `LEFT JOIN (${q}) ${alias} ON ${alias}.owner = o.id`)
    .join('\n');
  const cols = Object.entries(set).map(([c, e]) => `${e} AS ${c}`);
  const assign = Object.keys(set).map((c) => `${c} = s.${c}`);
  return `UPDATE ${table} SET ${assign.join(', ')} FROM (
    SELECT o.id, ${cols.join(', ')} FROM ${table} o ${from} WHERE 1 = 1${inScope('o.id', scope)}
  ) s WHERE ${table}.id = s.id`;
}

export const zero = (e: string) => `COALESCE(${e}, 0)`;
