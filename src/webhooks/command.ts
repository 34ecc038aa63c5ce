import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/connect.ts';
import type { Tables } from '../db/tables.generated.ts';
import { pingWebhook } from './deliverer.ts';
import { addWebhook, deliveryLog, listWebhooks, removeWebhook } from './webhooks.ts';

/** `ll2 webhooks add|list|remove|ping|log`. */
export async function webhooksCommand(database: Database, args: string[]): Promise<number> {
  const db = database.db as Kysely<Tables>;
  const [sub, ...rest] = args;
  const idArg = (what: string) => {
    const id = Number(rest[0]);
    if (!Number.isInteger(id)) throw new Error(`webhooks ${what}: give the webhook id (see \`ll2 webhooks list\`)`);
    return id;
  };
  switch (sub) {
    case 'add': {
      const { values } = parseArgs({ args: rest, options: { url: { type: 'string' }, secret: { type: 'string' }, filter: { type: 'string' }, fields: { type: 'string' } } });
      if (!values.url) throw new Error('webhooks add: --url is required');
      const w = await addWebhook(database, { url: values.url, secret: values.secret ?? '', filter: values.filter, fields: values.fields?.split(',').map((f) => f.trim()).filter(Boolean) });
      console.log(`webhook ${w.id}: ${w.url}${w.filter ? ` (filter ${w.filter})` : ''}${w.fields ? ` (fields ${w.fields.join(',')})` : ''}; changes recorded from now on are delivered by a running server`);
      return 0;
    }
    case 'list':
      for (const w of await listWebhooks(db)) console.log(`${w.id}\t${w.url}\t${w.filter ?? '-'}\t${w.fields?.join(',') ?? '-'}\t${w.createdAt}`);
      return 0;
    case 'remove': {
      const id = idArg('remove');
      if (!(await removeWebhook(db, id))) throw new Error(`webhooks remove: no webhook ${id}`);
      console.log(`webhook ${id} removed`);
      return 0;
    }
    case 'ping': {
      const r = await pingWebhook(database, idArg('ping'));
      console.log(r.status !== null ? `HTTP ${r.status}` : `failed: ${r.error}`);
      return r.status !== null && r.status >= 200 && r.status < 300 ? 0 : 1;
    }
    case 'log': {
      const id = rest[0] !== undefined ? idArg('log') : undefined;
      for (const d of await deliveryLog(db, id)) {
        const answer = d.lastStatus !== null ? `HTTP ${d.lastStatus}` : (d.lastError ?? '-');
        console.log(`${d.id}\twebhook ${d.webhookId}\tchange ${d.changeId}\t${d.status}\t${d.attempts} attempts\t${answer}\t${d.status === 'pending' ? `next ${d.nextAttemptAt}` : (d.deliveredAt ?? '')}`);
      }
      return 0;
    }
    default:
      throw new Error('webhooks: add, list, remove, ping or log (see ll2 --help)');
  }
}
