// `ll2 sync` bookkeeping: where a pass over an upstream stands, saved with every imported page so a
// crashed or stopped sync continues where it was. One row per upstream base URL. Hand-written.
import type { TableDef } from '../table-defs.ts';

export const tables: TableDef[] = [
  {
    name: 'sync_checkpoint',
    columns: [
      ['upstream', 'text'],
      ['pass', 'text'],
      ['pass_started_at', 'text'],
      ['resource', 'text'],
      ['next_url', 'text'],
      ['pages', 'integer'],
      ['watermark', 'text'],
      ['full_synced_at', 'text'],
      ['updated_at', 'text'],
    ],
    primaryKey: ['upstream'],
    indexes: [],
  },
];
