// Webhooks (issue #15): the receivers `ll2 webhooks add` registers, and one delivery per change and
// receiver, kept until delivered or given up (after 24 hours of retries), so nothing is lost when a
// process restarts. `last_change_id`: how far along the change log a webhook's deliveries were queued.
// Hand-written.
import type { TableDef } from '../table-defs.ts';

export const tables: TableDef[] = [
  {
    name: 'webhook',
    columns: [
      ['id', 'serial'],
      ['url', 'text'],
      ['secret', 'text'],
      ['filter', 'text'],
      ['fields', 'text'],
      ['created_at', 'text'],
      ['last_change_id', 'integer'],
    ],
    primaryKey: ['id'],
    indexes: [],
  },
  {
    name: 'webhook_delivery',
    columns: [
      ['id', 'serial'],
      ['webhook_id', 'integer'],
      ['change_id', 'integer'],
      ['status', 'text'],
      ['attempts', 'integer'],
      ['next_attempt_at', 'text'],
      ['first_attempt_at', 'text'],
      ['last_attempt_at', 'text'],
      ['last_status', 'integer'],
      ['last_error', 'text'],
      ['delivered_at', 'text'],
    ],
    primaryKey: ['id'],
    indexes: [['status', 'next_attempt_at'], ['webhook_id', 'id']],
  },
];
