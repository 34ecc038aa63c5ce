// API keys (`Authorization: Token <key>`): only a hash of each key is stored. Hand-written.
import type { TableDef } from '../table-defs.ts';

export const tables: TableDef[] = [
  {
    name: 'api_key',
    columns: [['id', 'serial'], ['name', 'text'], ['token_hash', 'text'], ['tier', 'text'], ['rate', 'text'], ['created_at', 'text'], ['revoked_at', 'text']],
    primaryKey: ['id'],
    indexes: [['token_hash']],
  },
];
