import type { Kysely, Selectable } from 'kysely';
import { resourcePaths } from '../api/resource-paths.ts';
import type { Tables } from '../db/tables.generated.ts';
import type { ChangeType, FieldChange } from './change-log.ts';

/** One record of GET /changes/ (the body of a webhook delivery has the same shape). */
export interface ChangeRecord {
  id: number;
  type: ChangeType;
  occurred_at: string;
  source: string;
  object: { id: string | number; url: string; name: string | null };
  changes: FieldChange[];
}

export interface ChangesQuery {
  since?: string;
  type?: ChangeType;
  id?: string;
  /** Any of these objects (a calendar or feed page's). */
  ids?: string[];
  fields?: string[];
}

/** A page of the change log, newest first, with the count of every record the filters match. */
export async function readChanges(db: Kysely<Tables>, q: ChangesQuery, limit: number, offset: number, origin: string): Promise<{ count: number; results: ChangeRecord[] }> {
  let base = db.selectFrom('change_event');
  if (q.since) base = base.where('occurred_at', '>=', q.since);
  if (q.type) base = base.where('type', '=', q.type);
  if (q.id) base = base.where('object_id', '=', q.id);
  if (q.ids) base = base.where('object_id', 'in', q.ids.length ? q.ids : ['']);
  if (q.fields?.length) base = base.where('id', 'in', db.selectFrom('change_field').select('event_id').where('field', 'in', q.fields));
  const [total, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    base.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
  ]);
  return { count: Number(total?.n ?? 0), results: await withFields(db, rows, q.fields, origin) };
}

/** Change events after `afterId` (oldest first), for a stream or a deliverer following the log. */
export async function changesAfter(db: Kysely<Tables>, afterId: number, limit: number, origin: string): Promise<ChangeRecord[]> {
  const rows = await db.selectFrom('change_event').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return withFields(db, rows, undefined, origin);
}

async function withFields(db: Kysely<Tables>, rows: Array<Selectable<Tables['change_event']>>, fields: string[] | undefined, origin: string): Promise<ChangeRecord[]> {
  if (!rows.length) return [];
  let q = db
    .selectFrom('change_field')
    .selectAll()
    .where('event_id', 'in', rows.map((r) => Number(r.id)));
  if (fields?.length) q = q.where('field', 'in', fields);
  const byEvent = new Map<number, FieldChange[]>();
  for (const f of await q.orderBy('event_id').orderBy('pos').execute()) {
    const list = byEvent.get(Number(f.event_id)) ?? [];
    list.push({ field: f.field ?? '', old: JSON.parse(f.old_value ?? 'null'), new: JSON.parse(f.new_value ?? 'null') });
    byEvent.set(Number(f.event_id), list);
  }
  return rows.map((r) => {
    const type = r.type as ChangeType;
    const id = type === 'event' ? Number(r.object_id) : (r.object_id ?? '');
    return {
      id: Number(r.id),
      type,
      occurred_at: r.occurred_at ?? '',
      source: r.source ?? '',
      object: { id, url: `${origin}/2.3.0/${resourcePaths[type]['2.3.0']}/${id}/`, name: r.object_name },
      changes: byEvent.get(Number(r.id)) ?? [],
    };
  });
}

/**
 * A record as a query shows it, or null when the query does not match it (the stream filters what it
 * follows as GET /changes/ filters the table): with `field`, only those fields are listed.
 */
export function asQueried(r: ChangeRecord, q: ChangesQuery): ChangeRecord | null {
  if (q.since && r.occurred_at < q.since) return null;
  if (q.type && r.type !== q.type) return null;
  if (q.id && String(r.object.id) !== q.id) return null;
  if (!q.fields?.length) return r;
  const changes = r.changes.filter((c) => q.fields!.includes(c.field));
  return changes.length ? { ...r, changes } : null;
}
