import { sql } from 'kysely';
import type { Database } from './connect.ts';
import { createTables } from './create-tables.ts';
import { dialects } from './dialect.ts';
import { migrations } from './migrations/index.ts';

/** Applies the migrations not applied yet, each in its own transaction. Returns their names. */
export async function migrate({ db, dialect }: Database): Promise<string[]> {
  await db.schema
    .createTable('ll2_migration')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const done = new Set((await db.selectFrom('ll2_migration').select('name').execute()).map((r) => r.name));
  const applied: string[] = [];
  for (const [name, m] of Object.entries(migrations)) {
    if (done.has(name)) continue;
    await db.transaction().execute(async (trx) => {
      await createTables(trx, m.tables ?? [], dialect);
      for (const [table, cols] of Object.entries(m.addedColumns ?? {})) {
        for (const [col, type] of cols) {
          await trx.schema.alterTable(table).addColumn(col, sql.raw(type === 'real' ? 'double precision' : type)).execute();
        }
      }
      for (const [table, ixs] of Object.entries(m.addedIndexes ?? {})) {
        for (const ix of ixs) await trx.schema.createIndex(`ix_${table}__${ix.join('__')}`).on(table).columns(ix).execute();
      }
      for (const index of m.searchIndexes ?? []) {
        const warning = await dialects[dialect].createSearchIndex(trx, index, index.columns);
        // not an error: without the index, search answers the same, by scanning
        if (warning) console.warn(`${name}: ${warning}`);
      }
      for (const [table, rows] of Object.entries(m.rows ?? {})) {
        const key = Object.keys(rows[0])[0]; // the first column is the key (`id`, or `key` for ll2_meta)
        await trx.insertInto(table).values(rows).onConflict((oc) => oc.column(key).doNothing()).execute();
      }
      for (const [table, updates] of Object.entries(m.rowUpdates ?? {})) {
        for (const { where, set } of updates) {
          let query = trx.updateTable(table).set(set);
          for (const [column, value] of Object.entries(where)) query = query.where(column, '=', value);
          await query.execute();
        }
      }
      await trx.insertInto('ll2_migration').values({ name, applied_at: new Date().toISOString() }).execute();
    });
    applied.push(name);
  }
  return applied;
}
