// The mirror's shared state (issue #14). Hand-written.
// - upstream_request: the times of the requests every process sent to one upstream (ident: upstream and
//   key), a sliding window like DRF's own, so processes together stay within the upstream's limit;
//   upstream_budget is the row each process locks while it counts and adds one (both databases).
// - sync_resource: per upstream and resource, the upstream's count, when its first pass finished, when it
//   was last read (GET /mirror/, and which lists read-through forwards).
// - sync_checkpoint gains the end of the last pass, when the next one is due, and the last error.
import type { TableDef } from '../table-defs.ts';

export const tables: TableDef[] = [
  {
    name: 'upstream_budget',
    columns: [
      ['ident', 'text'],
      ['touched_at', 'real'],
    ],
    primaryKey: ['ident'],
    indexes: [],
  },
  {
    name: 'upstream_request',
    columns: [
      ['ident', 'text'],
      ['member', 'text'],
      ['at', 'real'],
    ],
    primaryKey: ['ident', 'member'],
    indexes: [['ident', 'at']],
  },
  {
    name: 'sync_resource',
    columns: [
      ['upstream', 'text'],
      ['resource', 'text'],
      ['upstream_count', 'integer'],
      ['first_done_at', 'text'],
      ['last_read_at', 'text'],
    ],
    primaryKey: ['upstream', 'resource'],
    indexes: [],
  },
];

export const addedColumns: Record<string, TableDef['columns']> = {
  sync_checkpoint: [
    ['last_pass_at', 'text'],
    ['next_pass_at', 'text'],
    ['last_error', 'text'],
    ['last_error_at', 'text'],
    ['hot_at', 'text'],
  ],
};
