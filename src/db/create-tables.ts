import { sql } from 'kysely';
import { dialects, type DialectName } from './dialect.ts';
import type { TableDef } from './table-defs.ts';
import type { ModelDb } from './model-db.ts';

/** Creates the tables of a migration. `serial` becomes an auto-increment key on each dialect. */
export async function createTables(db: ModelDb, defs: TableDef[], dialect: DialectName): Promise<void> {
  for (const def of defs) {
    let t = db.schema.createTable(def.name);
    for (const [name, type] of def.columns) {
      const single = def.primaryKey.length === 1 && def.primaryKey[0] === name;
      if (type === 'serial' && !single) throw new Error(`${def.name}.${name}: serial columns must be the key`);
      if (type === 'serial') {
        t = dialects[dialect].addSerialKey(t, name);
        continue;
      }
      const sqlType = type === 'real' ? 'double precision' : type;
      t = t.addColumn(name, sql.raw(sqlType), (c) => (single ? c.primaryKey() : c));
    }
    // Kysely types key columns from the columns added in this chain; ours come from data, checked by the migration tests
    if (def.primaryKey.length > 1) t = t.addPrimaryKeyConstraint(`${def.name}_pkey`, def.primaryKey as never[]);
    await t.execute();
    for (const ix of def.indexes) {
      await db.schema.createIndex(`ix_${def.name}__${ix.join('__')}`).on(def.name).columns(ix).execute();
    }
  }
}
