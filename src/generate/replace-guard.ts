import { sql } from 'kysely';
import type { ModelDb } from '../db/model-db.ts';

/**
 * The dataset replaces every row of the model's tables, so writing it into a database that holds data
 * (the reference launches loaded on first start, a mirror, an import) would lose that data: unless the
 * caller asked to replace it, generateDataset throws this, before writing anything.
 */
export class DatabaseNotEmptyError extends Error {
  constructor(readonly held: Record<string, number>) {
    super(`the database already holds ${describeRows(held)}; nothing was changed. Run it again with --replace to delete it and write the synthetic dataset instead`);
    this.name = 'DatabaseNotEmptyError';
  }
}

/** Rows per table of the tables that hold any, biggest first ("20 launch, 35 agency"). */
export async function rowsHeld(db: ModelDb, tables: string[]): Promise<Record<string, number>> {
  const held: Array<[string, number]> = [];
  for (const table of tables) {
    const r = await db.selectFrom(table).select(sql<number | string>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const n = Number(r.n);
    if (n > 0) held.push([table, n]);
  }
  return Object.fromEntries(held.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function describeRows(rows: Record<string, number>): string {
  return Object.entries(rows).map(([table, n]) => `${n} ${table}`).join(', ');
}

/**
 * Refuses (throws DatabaseNotEmptyError) when a data table holds rows and `replace` is not set. The lookup
 * tables are left out of the check: migrations seed some of them, and the generator writes the same rows.
 * Returns the rows of the data tables that clearing will delete, per table, for the caller to report (the
 * lookup tables are cleared too and written again with the generator's rows).
 */
export async function checkReplace(db: ModelDb, tables: string[], lookupTables: ReadonlySet<string>, replace: boolean): Promise<Record<string, number>> {
  const held = await rowsHeld(db, tables);
  const data = Object.fromEntries(Object.entries(held).filter(([t]) => !lookupTables.has(t)));
  if (Object.keys(data).length && !replace) throw new DatabaseNotEmptyError(data);
  return data;
}
