import type { SearchIndexSite } from '../db/dialect.ts';
import type { SearchIndexDef } from '../db/table-defs.ts';
import type { Entity } from '../model/define.ts';
import { pathLeaf } from './model-path.ts';

/**
 * The integer key a table's search index rows carry: the table's own `id`, or SQLite's rowid for a
 * table keyed by text (launches, by uuid), which an FTS5 index cannot use as its row key.
 */
export function searchRowKey(entity: Entity): SearchIndexSite['rowKey'] {
  return entity.key === 'uuid' ? 'rowid' : 'id';
}

/**
 * Every column some endpoint's `?search=` reads, per table, from the declarations themselves (the
 * leaf of each search path): the one source of what the migrations index. Takes the resources as an
 * argument so that nothing the resources import depends on them.
 */
export function searchIndexDefs(resources: ReadonlyArray<{ entity: Entity; search: Record<string, string> }>): SearchIndexDef[] {
  const byTable = new Map<string, { entity: Entity; columns: Set<string> }>();
  for (const res of resources) {
    for (const path of Object.values(res.search)) {
      const { entity, column } = pathLeaf(res.entity, path);
      let t = byTable.get(entity.table);
      if (!t) byTable.set(entity.table, (t = { entity, columns: new Set() }));
      t.columns.add(column);
    }
  }
  return [...byTable.values()]
    .map(({ entity, columns }) => ({ table: entity.table, rowKey: searchRowKey(entity), columns: [...columns].sort() }))
    .sort((a, b) => a.table.localeCompare(b.table));
}
