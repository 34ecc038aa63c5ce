import type { Kysely } from 'kysely';
import type { ModelDb } from '../db/model-db.ts';
import type { Tables } from '../db/tables.generated.ts';
import { detectFromUrl } from '../ingest/detect.ts';

/** The kinds of object whose changes are recorded, by the entity names of the model. */
export type ChangeType = 'launch' | 'event';
export const CHANGE_TYPES: readonly ChangeType[] = ['launch', 'event'];

/** One field that changed, its values as the API shows them (a status by its name, a time as ISO text). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** What one write changed in one object. */
export interface ObjectChange {
  type: ChangeType;
  id: string;
  name: string | null;
  changes: FieldChange[];
}

/** The watched values of one object: field -> value, `name` included (it names the object in the log). */
type Snapshot = Map<string, Record<string, unknown>>;

/**
 * The fields whose changes are recorded (issue #15): what people are told about. A launch's NET and
 * window, status, NET precision, probability, webcast, video links added, mission, pad and rocket; an
 * event's date, its precision, type, location, webcast and video links. Related objects are recorded by
 * name: that is what a notification says ("Go for Launch", "SLC-40").
 */
export const WATCHED_FIELDS: Record<ChangeType, readonly string[]> = {
  launch: ['net', 'window_start', 'window_end', 'status', 'net_precision', 'probability', 'webcast_live', 'vid_urls', 'mission', 'pad', 'rocket'],
  event: ['date', 'date_precision', 'type', 'location', 'webcast_live', 'vid_urls'],
};

/** Keys per snapshot query: a document or stream of any size stays within the databases' bound-parameter limits. */
const SNAPSHOT_CHUNK = 1000;

/** The watched values of `ids` now (two queries per kind and 1,000 ids: the object's row with its names, its video links). */
export async function snapshot(trx: ModelDb | Kysely<Tables>, type: ChangeType, ids: readonly (string | number)[]): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (let i = 0; i < ids.length; i += SNAPSHOT_CHUNK) await snapshotInto(out, trx as Kysely<Tables>, type, ids.slice(i, i + SNAPSHOT_CHUNK));
  return out;
}

async function snapshotInto(out: Snapshot, db: Kysely<Tables>, type: ChangeType, ids: readonly (string | number)[]): Promise<void> {
  if (!ids.length) return;
  if (type === 'launch') {
    const rows = await db
      .selectFrom('launch')
      .leftJoin('launch_status', 'launch_status.id', 'launch.status_id')
      .leftJoin('net_precision', 'net_precision.id', 'launch.net_precision_id')
      .leftJoin('mission', 'mission.id', 'launch.mission_id')
      .leftJoin('pad', 'pad.id', 'launch.pad_id')
      .leftJoin('rocket', 'rocket.launch_id', 'launch.id')
      .leftJoin('launcher_config', 'launcher_config.id', 'rocket.configuration_id')
      .select([
        'launch.id',
        'launch.name',
        'launch.net',
        'launch.window_start',
        'launch.window_end',
        'launch.probability',
        'launch.webcast_live',
        'launch_status.name as status',
        'net_precision.name as net_precision',
        'mission.name as mission',
        'pad.name as pad',
        'launcher_config.full_name as rocket',
      ])
      .where('launch.id', 'in', ids.map(String))
      .execute();
    for (const r of rows) out.set(String(r.id), { ...r, webcast_live: bool(r.webcast_live), vid_urls: [] });
    const links = await db.selectFrom('vid_url').select(['launch_id as owner', 'url']).where('launch_id', 'in', ids.map(String)).orderBy('pos').execute();
    for (const l of links) (out.get(String(l.owner))?.vid_urls as string[] | undefined)?.push(l.url ?? '');
    return;
  }
  const keys = ids.map(Number).filter(Number.isInteger);
  if (!keys.length) return;
  const rows = await db
    .selectFrom('event')
    .leftJoin('event_type', 'event_type.id', 'event.type_id')
    .leftJoin('net_precision', 'net_precision.id', 'event.date_precision_id')
    .select(['event.id', 'event.name', 'event.date', 'event.location', 'event.webcast_live', 'event_type.name as type', 'net_precision.name as date_precision'])
    .where('event.id', 'in', keys)
    .execute();
  for (const r of rows) out.set(String(r.id), { ...r, webcast_live: bool(r.webcast_live), vid_urls: [] });
  const links = await db.selectFrom('vid_url').select(['event_id as owner', 'url']).where('event_id', 'in', keys).orderBy('pos').execute();
  for (const l of links) (out.get(String(l.owner))?.vid_urls as string[] | undefined)?.push(l.url ?? '');
}

/**
 * What changed between two snapshots of the same ids: a new object is `created` (its name), a field
 * whose value differs is listed with both values; video links only when links were added (a reordered
 * or shortened list is no news).
 */
export function diffSnapshots(type: ChangeType, before: Snapshot, after: Snapshot): ObjectChange[] {
  const out: ObjectChange[] = [];
  for (const [id, now] of after) {
    const name = (now.name as string | null) ?? null;
    const was = before.get(id);
    if (!was) {
      out.push({ type, id, name, changes: [{ field: 'created', old: null, new: name }] });
      continue;
    }
    const changes: FieldChange[] = [];
    for (const field of WATCHED_FIELDS[type]) {
      if (field === 'vid_urls') {
        const old = was.vid_urls as string[];
        if ((now.vid_urls as string[]).some((u) => !old.includes(u))) changes.push({ field, old, new: now.vid_urls });
      } else if (!sameValue(was[field], now[field])) changes.push({ field, old: was[field] ?? null, new: now[field] ?? null });
    }
    if (changes.length) out.push({ type, id, name, changes });
  }
  return out;
}

/** Writes the changes in the caller's transaction; `at` and `source` are the same for all of them. */
export async function recordChanges(trx: ModelDb | Kysely<Tables>, changes: readonly ObjectChange[], source: string, at: string): Promise<void> {
  const db = trx as Kysely<Tables>;
  for (const c of changes) {
    const row = await db
      .insertInto('change_event')
      .values({ occurred_at: at, source, type: c.type, object_id: c.id, object_name: c.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('change_field')
      .values(c.changes.map((f, pos) => ({ event_id: Number(row.id), pos, field: f.field, old_value: JSON.stringify(f.old), new_value: JSON.stringify(f.new) })))
      .execute();
  }
}

function bool(v: unknown): boolean | null {
  return v === null || v === undefined ? null : Boolean(v);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  // PostgreSQL may give a number as text
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a === b;
}

/**
 * The ids of the launches and events a document holds: its top-level objects when they are of those
 * kinds, and every nested object whose `url` names a launch or an event (a launch first seen inside an
 * event or a landing is created there). Null when there are none.
 */
export function idsOf(entity: string, items: readonly unknown[]): Partial<Record<ChangeType, Array<string | number>>> | null {
  const found: Record<ChangeType, Set<string | number>> = { launch: new Set(), event: new Set() };
  const idOf = (o: Record<string, unknown>) => (typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null);
  const walk = (v: unknown, depth: number): void => {
    if (depth > 12 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    const kind = detectFromUrl(o.url)?.entity;
    const id = idOf(o);
    if (id !== null && (kind === 'launch' || kind === 'event')) found[kind].add(id);
    for (const x of Object.values(o)) if (x && typeof x === 'object') walk(x, depth + 1);
  };
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const id = idOf(item as Record<string, unknown>);
    if (id !== null && (entity === 'launch' || entity === 'event')) found[entity].add(id);
    walk(item, 0);
  }
  const out: Partial<Record<ChangeType, Array<string | number>>> = {};
  for (const t of CHANGE_TYPES) if (found[t].size) out[t] = [...found[t]];
  return Object.keys(out).length ? out : null;
}

/**
 * `ll2 generate`: every launch and event it wrote is new, so each gets its `created` record, written
 * from the tables in bulk (one INSERT ... SELECT per kind, then the fields in chunks) in the generator's
 * transaction.
 */
export async function recordAllCreated(trx: ModelDb | Kysely<Tables>, source: string, at = new Date().toISOString()): Promise<number> {
  const db = trx as Kysely<Tables>;
  for (const type of CHANGE_TYPES) {
    await db
      .insertInto('change_event')
      .columns(['occurred_at', 'source', 'type', 'object_id', 'object_name'])
      .expression((eb) => eb.selectFrom(type).select((s) => [s.val(at).as('occurred_at'), s.val(source).as('source'), s.val(type).as('type'), s.cast<string>('id', 'text').as('object_id'), 'name as object_name']))
      .execute();
  }
  const rows = await db.selectFrom('change_event').select(['id', 'object_name']).where('source', '=', source).where('occurred_at', '=', at).execute();
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('change_field')
      .values(rows.slice(i, i + 500).map((r) => ({ event_id: Number(r.id), pos: 0, field: 'created', old_value: 'null', new_value: JSON.stringify(r.object_name) })))
      .execute();
  }
  return rows.length;
}

/**
 * Records what a write changes in launches and events, in the write's transaction (so the log never
 * says what did not commit, and several processes writing at once each record their own changes): an
 * object is read the first time `see()` names it, before anything of this write touched it; `record()`,
 * called once the write's queued rows have reached the database, compares and records. A document calls
 * each once; a stream of any size (an NDJSON import) calls `record()` whenever `due`, so the objects
 * held between calls are bounded.
 */
export class ChangeWatch {
  private readonly before: Record<ChangeType, Snapshot> = { launch: new Map(), event: new Map() };
  private readonly seen: Record<ChangeType, Set<string>> = { launch: new Set(), event: new Set() };

  constructor(
    private readonly trx: ModelDb,
    private readonly source: string,
    private readonly every = 2000,
  ) {}

  /** Reads the objects not seen yet as they are before this write changes them. */
  async see(ids: Partial<Record<ChangeType, Array<string | number>>>): Promise<void> {
    for (const type of CHANGE_TYPES) {
      const unseen = [...new Set((ids[type] ?? []).map(String))].filter((id) => !this.seen[type].has(id));
      if (!unseen.length) continue;
      for (const id of unseen) this.seen[type].add(id);
      for (const [id, values] of await snapshot(this.trx, type, unseen)) this.before[type].set(id, values);
    }
  }

  get due(): boolean {
    return this.seen.launch.size + this.seen.event.size >= this.every;
  }

  /** Records what changed in the objects seen since the last call, and returns it. */
  async record(): Promise<ObjectChange[]> {
    const all: ObjectChange[] = [];
    for (const type of CHANGE_TYPES) {
      if (this.seen[type].size) all.push(...diffSnapshots(type, this.before[type], await snapshot(this.trx, type, [...this.seen[type]])));
      this.seen[type].clear();
      this.before[type].clear();
    }
    if (all.length) await recordChanges(this.trx, all, this.source, new Date().toISOString());
    return all;
  }
}
