// The change log (issue #15): what each import, sync or read-through changed in a launch or an event,
// field by field. One row per object changed by one write (`change_event`, its id the order of the log)
// and one per field (`change_field`, values as JSON text). Hand-written.
import type { TableDef } from '../table-defs.ts';

export const tables: TableDef[] = [
  {
    name: 'change_event',
    columns: [
      ['id', 'serial'],
      ['occurred_at', 'text'],
      ['source', 'text'],
      ['type', 'text'],
      ['object_id', 'text'],
      ['object_name', 'text'],
    ],
    primaryKey: ['id'],
    indexes: [['occurred_at'], ['type', 'object_id']],
  },
  {
    name: 'change_field',
    columns: [
      ['event_id', 'integer'],
      ['pos', 'integer'],
      ['field', 'text'],
      ['old_value', 'text'],
      ['new_value', 'text'],
    ],
    primaryKey: ['event_id', 'pos'],
    indexes: [['field', 'event_id']],
  },
];
