import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { filterParams } from '../api/filters.ts';
import { listResource } from '../api/list-query.ts';
import type { ResourceDecl } from '../api/resource.ts';
import type { ChangeType } from '../changes/change-log.ts';
import { asQueried, changesAfter, type ChangeRecord } from '../changes/read.ts';
import type { Database } from '../db/connect.ts';
import type { Tables } from '../db/tables.generated.ts';
import { resources } from '../resources/index.ts';
import { JsonText } from '../serialize/serialize-json.ts';

/** A receiver registered with `ll2 webhooks add`. */
export interface Webhook {
  id: number;
  url: string;
  secret: string;
  /** An LL2 launches/events filter string (`lsp__id=121&is_crewed=true`), or null for every object. */
  filter: string | null;
  /** Only changes of these fields (and only these fields listed), or null for all. */
  fields: string[] | null;
  createdAt: string;
  /** The newest change of the log this webhook has been queued deliveries for (its position). */
  lastChangeId: number;
}

/** The list a change's object is filtered against: 2.3.0 launches or events. */
const LISTS: Record<ChangeType, ResourceDecl> = {
  launch: resources.find((d) => d.version === '2.3.0' && d.path === 'launches')!,
  event: resources.find((d) => d.version === '2.3.0' && d.path === 'events')!,
};

/** The header a delivery is signed in: `sha256=` and the hex HMAC-SHA256 of the raw body with the webhook's secret. */
export const SIGNATURE_HEADER = 'X-LL2-Signature';

export function sign(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Asks the list of `type` whether an object passes a filter string, as LL2 would answer
 * `/2.3.0/launches/?FILTER&id=ID`: 'yes', 'no', or 'invalid' when that list refuses the filter (DRF's 400).
 */
export async function passes(database: Database, type: ChangeType, filter: string, id: string | number): Promise<'yes' | 'no' | 'invalid'> {
  // DRF ignores parameters a list does not know: a launches filter (`lsp__id=121`) would let every event
  // through. A filter applies to a list only when that list knows every parameter it names.
  if (unknownParams(type, filter).length) return 'invalid';
  const query = new URLSearchParams(filter);
  query.set('id', String(id));
  query.set('mode', 'list');
  query.set('limit', '1');
  const result = await listResource(LISTS[type], { database, query, pathUrl: '', urlFor: () => null, now: new Date() });
  if (result.status === 400) return 'invalid';
  const body = (result.body instanceof JsonText ? result.body.value() : result.body) as { count?: number };
  return result.status === 200 && (body.count ?? 0) > 0 ? 'yes' : 'no';
}

/** The parameters of a filter string the list of `type` does not know (`search` it does). */
export function unknownParams(type: ChangeType, filter: string): string[] {
  const known = new Set(['search', ...filterParams(LISTS[type].filters).map((p) => p.param)]);
  return [...new Set(new URLSearchParams(filter).keys())].filter((k) => !known.has(k));
}

/** Registers a receiver; it gets the changes recorded from now on. A filter neither list accepts is refused. */
export async function addWebhook(database: Database, w: { url: string; secret: string; filter?: string; fields?: string[] }): Promise<Webhook> {
  if (!/^https?:\/\/[^/?#\s]+/i.test(w.url)) throw new Error(`webhooks add: --url must be an http:// or https:// address (got "${w.url}")`);
  if (!w.secret) throw new Error('webhooks add: --secret is required (deliveries are signed with it)');
  const filter = w.filter?.replace(/^\?/, '') || null;
  if (filter) {
    const applies = (Object.keys(LISTS) as ChangeType[]).filter((t) => !unknownParams(t, filter).length);
    if (!applies.length) throw new Error(`webhooks add: neither launches nor events know the filter's ${unknownParams('launch', filter).join(', ')}`);
    for (const type of applies) {
      const query = new URLSearchParams(filter);
      query.set('limit', '1');
      query.set('mode', 'list');
      const result = await listResource(LISTS[type], { database, query, pathUrl: '', urlFor: () => null, now: new Date() });
      if (result.status === 400) throw new Error(`webhooks add: the ${type} list refuses the filter: ${JSON.stringify(result.body instanceof JsonText ? result.body.value() : result.body)}`);
    }
  }
  const db = database.db as Kysely<Tables>;
  const newest = await db.selectFrom('change_event').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  const createdAt = new Date().toISOString();
  const row = await db
    .insertInto('webhook')
    .values({ url: w.url, secret: w.secret, filter, fields: w.fields?.length ? w.fields.join(',') : null, created_at: createdAt, last_change_id: Number(newest?.id ?? 0) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), url: w.url, secret: w.secret, filter, fields: w.fields?.length ? w.fields : null, createdAt, lastChangeId: Number(newest?.id ?? 0) };
}

export async function listWebhooks(db: Kysely<Tables>): Promise<Webhook[]> {
  const rows = await db.selectFrom('webhook').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    url: r.url ?? '',
    secret: r.secret ?? '',
    filter: r.filter,
    fields: r.fields ? r.fields.split(',') : null,
    createdAt: r.created_at ?? '',
    lastChangeId: Number(r.last_change_id ?? 0),
  }));
}

/** Removes a receiver and its deliveries not yet made; false when there is no such webhook. */
export async function removeWebhook(db: Kysely<Tables>, id: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('webhook_delivery').where('webhook_id', '=', id).execute();
    const r = await trx.deleteFrom('webhook').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}

/** What a receiver is sent for one change (GET /changes/'s record, with the delivery's own stable id). */
export function deliveryBody(deliveryId: number, r: ChangeRecord): string {
  return JSON.stringify({ id: deliveryId, type: r.type, occurred_at: r.occurred_at, object: r.object, changes: r.changes });
}

/**
 * Queues the deliveries of the changes recorded after each webhook's position in the log: one per change
 * its filter and fields let through, in one transaction with the new position (so a change is queued
 * once, whichever process does it and whenever it stops). `origin` makes the objects' URLs absolute;
 * `hooks`, the webhooks as just read (their positions included), saves reading them again.
 */
export async function queueDeliveries(database: Database, origin: string, batch = 100, hooks?: readonly Webhook[]): Promise<number> {
  const db = database.db as Kysely<Tables>;
  let queued = 0;
  for (const w of hooks ?? (await listWebhooks(db))) {
    const from = w.lastChangeId;
    const records = await changesAfter(db, from, batch, origin);
    if (!records.length) continue;
    const wanted: number[] = [];
    for (const r of records) {
      if (w.fields && !asQueried(r, { fields: w.fields })) continue;
      if (w.filter && (await passes(database, r.type, w.filter, r.object.id)) !== 'yes') continue;
      wanted.push(r.id);
    }
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      // another process may have moved the position meanwhile: only the one that moves it queues
      const moved = await trx
        .updateTable('webhook')
        .set({ last_change_id: records[records.length - 1].id })
        .where('id', '=', w.id)
        .where('last_change_id', '=', from)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1 || !wanted.length) return;
      await trx
        .insertInto('webhook_delivery')
        .values(wanted.map((change) => ({ webhook_id: w.id, change_id: change, status: 'pending', attempts: 0, next_attempt_at: now })))
        .execute();
      queued += wanted.length;
    });
  }
  return queued;
}

export interface DeliveryLogEntry {
  id: number;
  webhookId: number;
  changeId: number;
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** The most recent deliveries (of one webhook, or all), newest first. */
export async function deliveryLog(db: Kysely<Tables>, webhookId?: number, limit = 50): Promise<DeliveryLogEntry[]> {
  let q = db.selectFrom('webhook_delivery').selectAll();
  if (webhookId !== undefined) q = q.where('webhook_id', '=', webhookId);
  const rows = await q.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    webhookId: Number(r.webhook_id),
    changeId: Number(r.change_id),
    status: r.status ?? '',
    attempts: Number(r.attempts ?? 0),
    lastStatus: r.last_status === null ? null : Number(r.last_status),
    lastError: r.last_error,
    nextAttemptAt: r.next_attempt_at,
    deliveredAt: r.delivered_at,
  }));
}
