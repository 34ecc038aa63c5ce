import { sql, type Kysely } from 'kysely';
import type { TableDef } from './table-defs.ts';

/** Creates the tables of a migration. `serial` becomes an auto-increment key on each dialect. */
export async function createTables(db: Kysely<any>, defs: TableDef[], dialect: 'sqlite' | 'postgres'): Promise<void> {
  for (const def of defs) {
    let t = db.schema.createTable(def.name);
    for (const [name, type] of def.columns) {
      const single = def.primaryKey.length === 1 && def.primaryKey[0] === name;
      if (type === 'serial' && !single) throw new Error(`${def.name}.${name}: serial columns must be the key`);
      if (type === 'serial') {
        t = dialect === 'postgres'
          ? t.addColumn(name, 'serial', (c) => c.primaryKey())
          : t.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement());
        continue;
      }
      const sqlType = type === 'real' ? 'double precision' : type;
      t = t.addColumn(name, sql.raw(sqlType) as any, (c) => (single ? c.primaryKey() : c));
    }
    if (def.primaryKey.length > 1) t = t.addPrimaryKeyConstraint(`${def.name}_pkey`, def.primaryKey as any);
    await t.execute();
    for (const ix of def.indexes) {
      await db.schema.createIndex(`ix_${def.name}__${ix.join('__')}`).on(def.name).columns(ix).execute();
    }
  }
}
