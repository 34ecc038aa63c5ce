// The mirror in the server (SYNC_FROM): which process syncs. One row per lease name, held by one process
// until `expires_at` unless it renews it; another takes it over once it has expired. Hand-written.
import type { TableDef } from '../table-defs.ts';

export const tables: TableDef[] = [
  {
    name: 'sync_lease',
    columns: [
      ['name', 'text'],
      ['holder', 'text'],
      ['expires_at', 'text'],
    ],
    primaryKey: ['name'],
    indexes: [],
  },
];
