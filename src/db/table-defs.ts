import type { Entity, ScalarType } from '../model/define.ts';
import { ownerColumns } from '../model/define.ts';

/** A table as a migration creates it: plain data, so a migration file can freeze it. */
export interface TableDef {
  name: string;
  columns: Array<[name: string, type: ColumnType]>;
  primaryKey: string[];
  indexes: string[][];
}

/**
 * A table's search index (`?search=`) as a migration creates it, over the columns of `table` some
 * endpoint searches (src/api/search-index.ts derives them from the declarations; see SqlDialect.createSearchIndex).
 */
export interface SearchIndexDef {
  table: string;
  /** The integer key of the index rows: `id`, or SQLite's `rowid` for a table keyed by text. */
  rowKey: 'id' | 'rowid';
  columns: string[];
}

export type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'serial';

const columnType: Record<ScalarType, ColumnType> = {
  text: 'text',
  int: 'integer',
  real: 'real',
  bool: 'boolean',
  datetime: 'text', // canonical ISO-8601 UTC strings compare correctly as text on every database
  date: 'text',
  duration: 'text', // as LL2 sends it; ordering reads the length of time out of the text
};

/** Every table the model needs: one per entity, plus one per `many` relation (its join table). */
export function tableDefsFor(model: Record<string, Entity>): TableDef[] {
  const defs: TableDef[] = [];
  for (const e of Object.values(model)) {
    const columns: TableDef['columns'] = [['id', e.key === 'uuid' ? 'text' : e.key === 'auto' ? 'serial' : 'integer']];
    const indexes = e.indexes.map((ix) => [...ix]);
    const seen = new Set(['id']);
    const add = (name: string, type: ColumnType) => {
      if (seen.has(name)) return;
      seen.add(name);
      columns.push([name, type]);
    };
    for (const [name, type] of Object.entries(e.fields)) add(name, columnType[type]);
    for (const r of Object.values(e.relations)) {
      if (r.kind !== 'one') continue;
      add(r.column, model[r.target].key === 'uuid' ? 'text' : 'integer');
      indexes.push([r.column]);
    }
    const owners = ownerColumns(model, e);
    for (const [fk, owner] of owners) {
      add(fk, model[owner].key === 'uuid' ? 'text' : 'integer');
      if (!indexes.some((ix) => ix.length === 1 && ix[0] === fk)) indexes.push([fk]);
    }
    if (owners.size > 0) add('pos', 'integer');
    defs.push({ name: e.table, columns, primaryKey: ['id'], indexes });
    for (const r of Object.values(e.relations)) {
      if (r.kind !== 'many') continue;
      defs.push({
        name: r.table,
        columns: [
          ['owner_id', e.key === 'uuid' ? 'text' : 'integer'],
          ['pos', 'integer'],
          ['target_id', model[r.target].key === 'uuid' ? 'text' : 'integer'],
        ],
        primaryKey: ['owner_id', 'pos'],
        indexes: [['target_id']],
      });
    }
  }
  return defs;
}
