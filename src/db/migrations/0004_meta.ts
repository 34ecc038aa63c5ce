// Server bookkeeping: `data_version` goes up with every write of LL2 data (import, sync, generate),
// so every process can tell when its caches are stale. Hand-written.
import type { TableDef } from '../table-defs.ts';

export const tables: TableDef[] = [
  { name: 'll2_meta', columns: [['key', 'text'], ['value', 'text']], primaryKey: ['key'], indexes: [] },
];

export const rows = { ll2_meta: [{ key: 'data_version', value: '0' }] };
