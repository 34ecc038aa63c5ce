import type { DialectName } from '../db/connect.ts';
import { own, ownerColumns, type Entity, type Relation, type ScalarType } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { adaptKeys } from './adapters.ts';
import type { ApiVersion } from './detect.ts';
import { toColumn, ValueError } from './values.ts';
import type { ModelDb } from '../db/model-db.ts';
import { BatchError, WriteBatch, type ChangeLog } from './write-batch.ts';
import { isWriteConflict } from '../db/write-conflict.ts';

/** What each key an entity stores is: a field (its type) or a relation; `id` is neither (keyOf reads it). */
const entityKeys = new Map<Entity, Map<string, ScalarType | Relation>>();
function keysOf(entity: Entity): Map<string, ScalarType | Relation> {
  let keys = entityKeys.get(entity);
  if (!keys) {
    keys = new Map();
    for (const [k, r] of Object.entries(entity.relations)) keys.set(k, r);
    // a field wins over a relation of the same name, as the importer always read them
    for (const [k, t] of Object.entries(entity.fields)) keys.set(k, t);
    keys.delete('id');
    entityKeys.set(entity, keys);
  }
  return keys;
}

/**
 * The tables other rows name by a string (a 2.3.0 mission's `"type": "Communications"`), found by
 * `lookup`: a write to one of them forgets what was looked up there.
 */
const LOOKUP_TABLES = new Set(Object.values(model).flatMap((e) => Object.values(e.relations).flatMap((r) => (r.kind === 'one' && r.lookup ? [model[r.target].table] : []))));

/** Per entity: the columns by which it belongs to an owner's list (`children`/`child`), and the owner's table. */
const listColumns = new Map<Entity, Array<[string, string]>>();
function listColumnsOf(entity: Entity): Array<[string, string]> {
  let cols = listColumns.get(entity);
  if (!cols) listColumns.set(entity, (cols = [...ownerColumns(model, entity)].map(([fk, owner]) => [fk, model[owner].table])));
  return cols;
}

/** Copies of one object remembered, newest last. */
const COPIES_KEPT = 4;

interface Written {
  id: Key;
  raw: Json;
  /** The write numbers before and after its subtree was written. */
  start: number;
  end: number;
  fk: string | undefined;
  owner: Key | undefined;
  pos: number | undefined;
}

function sameOwner(w: Written, owner: { fk: string; id: Key; pos: number } | undefined): boolean {
  return owner ? w.fk === owner.fk && w.owner === owner.id && w.pos === owner.pos : w.fk === undefined;
}

/** The key an object's `id` is stored under (as keyOf, without its errors), or undefined. */
function idOf(entity: Entity, v: unknown): Key | undefined {
  if (entity.key === 'uuid') return typeof v === 'string' ? v.toLowerCase() : undefined;
  if (typeof v === 'number') return v;
  if (v === undefined && entity.singleton) return 1;
  return undefined;
}

/** Deep equality of two JSON values (the rare field sent as an object or a list). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Json)[k], (b as Json)[k]));
}

/** An import failure, naming the JSON path of the offending value. */
export class ImportError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/**
 * A row the database refused. Rows are written many per statement, so the path is that of the
 * statement's first row; writing the document again with `exactErrors` names the very row.
 */
export class RefusedRow extends ImportError {}

type Json = Record<string, unknown>;
type Key = string | number;
/** Where the id-less rows of an owner's list are gathered, to be written as one list (write-batch.ts). */
type Collector = Array<{ row: Json; path: string }>;

/**
 * What LL2 stores in a new row for a field the document does not carry, written on insert only (an
 * update never touches a field the document lacks). A launch's `holdreason` is a legacy field 2.3.0
 * no longer shows: LL2 saves a new launch with a blank one ("" in every 2.0.0 and 2.2.0 launch captured
 * 2024-2026), while launches it took over from Launch Library 1 kept null (2.0.0/2.1.0 pages of 2020
 * show both). So a 2.0.0/2.2.0 document's null or "" is stored as sent, and a launch first seen in a
 * 2.3.0 document gets "", as LL2 itself would serve it.
 */
const INSERT_DEFAULTS: Record<string, Json> = { launch: { holdreason: '' } };

/** An authoritative import's bookkeeping (src/stats/track-changes.ts). */
export interface Tracking {
  changes: ChangeLog;
  /** Per table, the columns the statistics write. */
  derived: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Writes one LL2 object and everything nested in it. Only the keys present are written, so a less
 * detailed copy of an object never blanks what a more detailed one stored; lists that are present
 * replace the stored list (LL2's list is the truth for that object). The writes are queued in a
 * WriteBatch and reach the database at `finish()` (or before a read that needs them), as a few
 * multi-row statements per table with the result of writing them one by one.
 */
export class Upserter {
  /**
   * Per table and id: the last copies of the object written (a few shapes, newest last), each with the
   * write number its subtree ended at. A copy equal to one of them, whose rows changed no more since, is
   * not written again: an agency nested in each of 100 launches is normalized once, not 100 times.
   */
  private readonly written = new Map<string, Map<Key, Written[]>>();
  /** Per table and id: the number of the row's last write (see `touch`). */
  private readonly lastSeq = new Map<string, Map<Key, number>>();
  /** Per owner table, list column and owner (`table\0fk\0id`): the rows its last list written here kept. */
  private readonly lists = new Map<string, Set<Key>>();
  private seq = 0;
  /** Synthetic ids handed out for objects LL2 names only by a string (a mission's `type`). */
  private nextSyntheticId = new Map<string, number>();
  /**
   * Per lookup table: the id each name (`field\0value`) was found (or created) under. Every 2.3.0
   * mission names its type by a string: reading the table for each was a flush and a query per mission,
   * and a copy holding such a name could never be recognised as unchanged.
   */
  private readonly looked = new Map<string, Map<string, Key>>();
  /** Per lookup table: the write number of its last write (a name looked up before it may now find another row). */
  private readonly lookupWritten = new Map<string, number>();
  readonly counts = new Map<string, number>();
  private readonly importedAt = `${new Date().toISOString().slice(0, 19)}Z`;
  private readonly batch: WriteBatch;

  constructor(
    private readonly db: ModelDb,
    private readonly dialect: DialectName,
    private readonly version: ApiVersion,
    /** One row per statement: slower, but a refused row is reported at its own path. */
    exactErrors = false,
    /** Authoritative imports: what the writes change is reported, and the derived columns are the server's own. */
    private readonly tracking?: Tracking,
  ) {
    this.batch = new WriteBatch(db, dialect, () => this.beforeFlush(), exactErrors ? 1 : undefined, tracking?.changes);
  }

  /** Runs before queued writes reach the database (TrackingUpserter reads the links they replace). */
  protected async beforeFlush(): Promise<void> {}

  /** Writes everything queued; call it before the transaction reads or commits. */
  async finish(): Promise<void> {
    await this.flush();
  }

  /** Between top-level objects: a long stream is written in steps rather than held in memory whole. */
  async step(): Promise<void> {
    if (!this.batch.large) return;
    await this.flush();
    // the copies remembered hold their documents: a long stream forgets them (they only save work)
    this.written.clear();
    this.lastSeq.clear();
    this.lists.clear();
  }

  /**
   * Before writing again after another upserter wrote in the same transaction (an NDJSON file mixing
   * versions): what this one remembers of the rows (copies written, names looked up) may be stale.
   */
  resume(): void {
    this.written.clear();
    this.lastSeq.clear();
    this.lists.clear();
    this.looked.clear();
  }

  private async flush(only?: string[]): Promise<void> {
    try {
      await this.batch.flush(only);
    } catch (e) {
      // the database refused a row: reported at the object that carried it
      if (e instanceof BatchError) throw new RefusedRow(e.path, e.message);
      throw e;
    }
  }

  async upsert(entityName: string, raw: unknown, path: string, owner?: { fk: string; id: Key; pos: number }, collect?: Collector): Promise<Key> {
    try {
      return await this.write(entityName, raw, path, owner, collect);
    } catch (e) {
      // whatever fails (the database refusing a value included) is reported at the object it failed on
      if (e instanceof ImportError || isWriteConflict(e)) throw e;
      throw new ImportError(path, (e as Error).message ?? String(e));
    }
  }

  private async write(entityName: string, raw: unknown, path: string, owner?: { fk: string; id: Key; pos: number }, collect?: Collector): Promise<Key> {
    if (!Object.hasOwn(model, entityName)) throw new ImportError(path, `unknown entity ${entityName}`);
    const entity = model[entityName];
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError(path, `expected an object for ${entityName}`);
    const obj = adaptKeys(this.version, entityName, raw as Json);
    const copies = entity.key === 'auto' || collect ? undefined : this.written.get(entity.table)?.get(idOf(entity, obj.id) as Key);
    if (copies) {
      for (let i = copies.length - 1; i >= 0; i--) {
        const known = copies[i];
        if (!sameOwner(known, owner)) continue;
        const entities: string[] = [];
        if (this.unchangedSince(entity, obj, known.raw, known.start, known.end, entities)) {
          // the same copy again, and nothing it wrote has changed since: writing it again changes nothing
          for (const e of entities) this.counts.set(e, (this.counts.get(e) ?? 0) + 1);
          return known.id;
        }
      }
    }
    const start = this.seq;
    const row: Json = {};
    const after: Array<(ownerId: Key) => Promise<void>> = [];
    const keys = keysOf(entity);

    // for-in visits the same own keys as Object.entries (a parsed document has nothing inherited) without
    // an array per key; this loop runs for every key of every nested object
    for (const key in obj) {
      // a Map of the model's own keys: a JSON key such as `constructor` or `toString` is no field of the model
      const kind = keys.get(key);
      if (kind === undefined) continue;
      const value = obj[key];
      if (typeof kind === 'string') {
        try {
          row[key] = toColumn(kind, value, this.dialect);
        } catch (e) {
          if (e instanceof ValueError) throw new ImportError(`${path}.${key}`, e.message);
          throw e;
        }
      } else await this.relation(entity, key, kind, value, `${path}.${key}`, row, after);
    }
    if (owner) {
      row[owner.fk] = owner.id;
      row.pos = owner.pos;
    }

    let id: Key;
    if (entity.key === 'auto' && collect) {
      // an id-less row of an owner's list: written with the rest of the list, nothing refers to its id
      collect.push({ row, path });
      id = 0;
    } else if (entity.key === 'auto') {
      await this.flush([entity.table]);
      const res = await this.db.insertInto(entity.table).values(row).returning('id').executeTakeFirstOrThrow();
      id = res.id as number;
    } else {
      id = this.keyOf(entity, obj.id, `${path}.id`);
      // LL2 stamps `last_updated` on every save; a source without it (2.0.0) gets the import time, once
      let defaults: Json | undefined;
      if (typeof keys.get('last_updated') === 'string' && row.last_updated === undefined) defaults = { last_updated: this.importedAt };
      const insertDefaults = own(INSERT_DEFAULTS, entityName);
      if (insertDefaults) for (const [field, value] of Object.entries(insertDefaults)) if (row[field] === undefined) (defaults ??= {})[field] = value;
      // the server computes these from the rows: the upstream's value only fills a new row, and an
      // existing row whose other values are the same is left alone (no recount for a copy of it)
      const derived = this.tracking?.derived.get(entity.table);
      if (derived) {
        for (const c of derived) {
          if (!(c in row)) continue;
          (defaults ??= {})[c] = row[c];
          delete row[c];
        }
      }
      if (LOOKUP_TABLES.has(entity.table)) {
        this.looked.delete(entity.table);
        this.lookupWritten.set(entity.table, ++this.seq);
      }
      if (this.batch.upsert(entity.table, id, row, defaults, path)) this.touch(entity.table, id);
      this.linkedFromOwnSide(entity, id, row, owner?.fk);
    }
    this.counts.set(entityName, (this.counts.get(entityName) ?? 0) + 1);
    if (after.length) for (const fn of after) await fn(id);
    if (entity.key !== 'auto' && !collect) {
      let byId = this.written.get(entity.table);
      if (!byId) this.written.set(entity.table, (byId = new Map()));
      let copies = byId.get(id);
      if (!copies) byId.set(id, (copies = []));
      // a few shapes per object (LL2 nests an agency in full, in normal and in list mode)
      if (copies.length === COPIES_KEPT) copies.shift();
      copies.push({ id, raw: obj, start, end: this.seq, fk: owner?.fk, owner: owner?.id, pos: owner?.pos });
    }
    return id;
  }

  /**
   * A row linked to an owner from its own side (a payload flight's `launch` hop names the launch's rocket)
   * joins that owner's list. When the owner's last list left it out, a later identical copy of the owner
   * would unlink it again: that copy must be written, not skipped.
   */
  private linkedFromOwnSide(entity: Entity, id: Key, row: Json, asChildOf: string | undefined): void {
    for (const [fk, ownerTable] of listColumnsOf(entity)) {
      const linked = row[fk];
      if (linked === undefined || linked === null || fk === asChildOf) continue;
      const list = this.lists.get(`${ownerTable}\u0000${fk}\u0000${String(linked)}`);
      if (list && !list.has(id)) this.touch(ownerTable, linked as Key);
    }
  }

  /**
   * Numbers each write that changed a keyed row or one of its lists, so a later identical copy can tell
   * whether anything changed its rows since (a write of the same values changes nothing).
   */
  private touch(table: string, id: Key): void {
    let byId = this.lastSeq.get(table);
    if (!byId) this.lastSeq.set(table, (byId = new Map()));
    byId.set(id, ++this.seq);
  }

  /**
   * Whether writing `obj` again would change nothing: it equals `ref` (the copy written last for this row,
   * over the keys the model stores) and no row that copy wrote was written after it (`end`). Copies that
   * write id-less rows (which the database numbers), reverse links or `via` hops are always written; a
   * name looked up counts as unchanged while its table was not written since `ref`'s write began (`start`).
   * `entities` collects what a write would have counted.
   */
  private unchangedSince(entity: Entity, obj: Json, ref: Json, start: number, end: number, entities: string[]): boolean {
    if (entity.key === 'auto') return false;
    const id = idOf(entity, obj.id);
    if (id === undefined || id !== idOf(entity, ref.id)) return false;
    const seq = this.lastSeq.get(entity.table)?.get(id);
    if (seq === undefined || seq > end) return false;
    entities.push(entity.name);
    const keys = keysOf(entity);
    let n = 0;
    for (const key in obj) {
      const kind = keys.get(key);
      if (kind === undefined) continue;
      n++;
      if (!Object.hasOwn(ref, key)) return false;
      const a = obj[key];
      const b = ref[key];
      if (typeof kind === 'string') {
        if (a !== b && !sameJson(a, b)) return false;
        continue;
      }
      const target = model[kind.target];
      switch (kind.kind) {
        case 'one':
          if (a === null || typeof a !== 'object' || Array.isArray(a)) {
            if (a !== b) return false;
            // a name finds the row it found for `ref` while its table has not been written since ref's write began
            if (typeof a === 'string' && kind.lookup && !this.stillLooksUp(target.table, kind.lookup, a, start)) return false;
            continue;
          }
          if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
          if (!this.unchangedSince(target, adaptKeys(this.version, target.name, a as Json), adaptKeys(this.version, target.name, b as Json), start, end, entities)) return false;
          continue;
        case 'many':
        case 'children':
        case 'child': {
          if (target.key === 'auto') return false;
          const as = kind.kind === 'child' ? (a === null ? [] : [a]) : a;
          const bs = kind.kind === 'child' ? (b === null ? [] : [b]) : b;
          if (kind.kind === 'many' && a === null) {
            if (b !== null && !(Array.isArray(b) && b.length === 0)) return false;
            continue;
          }
          if (!Array.isArray(as) || !Array.isArray(bs) || as.length !== bs.length) return false;
          for (let i = 0; i < as.length; i++) {
            const x = as[i];
            const y = bs[i];
            if (x === null || typeof x !== 'object' || Array.isArray(x) || y === null || typeof y !== 'object' || Array.isArray(y)) return false;
            if (!this.unchangedSince(target, adaptKeys(this.version, target.name, x as Json), adaptKeys(this.version, target.name, y as Json), start, end, entities)) return false;
          }
          continue;
        }
        case 'parent':
          continue;
        default:
          // reverse links and `via` hops read the database: a copy carrying them is written again
          if (a === null || a === undefined || (kind.kind === 'via' && typeof a !== 'object')) {
            if (a !== b) return false;
            continue;
          }
          return false;
      }
    }
    let m = 0;
    for (const key in ref) if (keys.has(key)) m++;
    return n === m;
  }

  private keyOf(entity: Entity, v: unknown, path: string): Key {
    if (entity.key === 'uuid') {
      if (typeof v === 'string' && /^[0-9a-f-]{32,36}$/i.test(v)) return v.toLowerCase();
      throw new ImportError(path, `expected a UUID id for ${entity.name}`);
    }
    // the id columns are 32-bit integers on every database
    if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2147483647) return v;
    if (v === undefined && entity.singleton) return 1;
    throw new ImportError(path, `expected an integer id for ${entity.name}`);
  }

  private async relation(entity: Entity, key: string, rel: Relation, value: unknown, at: string, row: Json, after: Array<(ownerId: Key) => Promise<void>>) {
    const target = model[rel.target];
    switch (rel.kind) {
      case 'one': {
        if (value === null) row[rel.column] = null;
        else if (typeof value === 'object' && !Array.isArray(value)) row[rel.column] = await this.upsert(rel.target, value, at);
        else if (typeof value === 'string' && rel.lookup) row[rel.column] = await this.lookup(target, rel.lookup, value);
        else if (typeof value === 'string' || typeof value === 'number') break; // a flattened form we do not store
        else throw new ImportError(at, `expected an object or null for ${rel.target}`);
        return;
      }
      case 'many': {
        if (value === null) value = [];
        if (!Array.isArray(value)) throw new ImportError(at, `expected a list of ${rel.target}`);
        const ids: Key[] = [];
        for (const [i, item] of value.entries()) ids.push(await this.upsert(rel.target, item, `${at}[${i}]`));
        after.push(async (ownerId) => {
          if (this.batch.replaceLinks(rel.table, ownerId, ids)) this.touch(entity.table, ownerId);
        });
        return;
      }
      case 'reverse': {
        // The forward side owns the order; a reverse list only adds the links it names.
        if (value === null) return;
        if (!Array.isArray(value)) throw new ImportError(at, `expected a list of ${rel.target}`);
        const ids: Key[] = [];
        for (const [i, item] of value.entries()) ids.push(await this.upsert(rel.target, item, `${at}[${i}]`));
        after.push(async (me) => {
          await this.flush([rel.table]);
          for (const owner of ids) {
            // the owner's list changes outside its own write: a later identical copy of it must be written
            this.touch(model[rel.target].table, owner);
            const linked = await this.db.selectFrom(rel.table).select('pos').where('owner_id', '=', owner).where('target_id', '=', me).executeTakeFirst();
            if (linked) continue;
            const last = await this.db.selectFrom(rel.table).select((eb) => eb.fn.max('pos').as('p')).where('owner_id', '=', owner).executeTakeFirst();
            await this.db.insertInto(rel.table).values({ owner_id: owner, pos: Number(last?.p ?? -1) + 1, target_id: me }).execute();
          }
        });
        return;
      }
      case 'children':
      case 'child': {
        const items = rel.kind === 'child' ? (value === null ? [] : [value]) : value === null ? [] : value;
        if (!Array.isArray(items)) throw new ImportError(at, `expected a list of ${rel.target}`);
        after.push(async (ownerId) => {
          const keep: Key[] = [];
          const itemPath = (i: number) => (rel.kind === 'child' ? at : `${at}[${i}]`);
          if (target.key === 'auto' && Object.values(target.relations).every((r) => r.kind === 'one')) {
            // id-less rows nothing points at: the list replaces the owner's rows as one write
            const rows: Collector = [];
            for (const [i, item] of items.entries()) await this.upsert(rel.target, item, itemPath(i), { fk: rel.fk, id: ownerId, pos: i }, rows);
            this.batch.replaceOwned(target.table, rel.fk, ownerId, rows);
            return;
          }
          if (target.key === 'auto') {
            await this.flush([target.table]);
            await this.db.deleteFrom(target.table).where(rel.fk, '=', ownerId).execute();
          }
          for (const [i, item] of items.entries()) keep.push(await this.upsert(rel.target, item, itemPath(i), { fk: rel.fk, id: ownerId, pos: i }));
          if (target.key !== 'auto') {
            this.lists.set(`${entity.table}\u0000${rel.fk}\u0000${String(ownerId)}`, new Set(keep));
            if (this.batch.unlinkOthers(target.table, rel.fk, ownerId, keep)) this.touch(entity.table, ownerId);
          }
        });
        return;
      }
      case 'parent':
        return; // read-only: the owner's children/child relation writes the column
      case 'via': {
        // A spacecraft flight's `launch` is stored as the flight's rocket: store the launch, then
        // point at the rocket that belongs to it (the launch JSON carries its rocket).
        if (value === null || typeof value !== 'object') return;
        const targetId = await this.upsert(rel.target, value, at);
        const [hop, last] = rel.path;
        const hopRel = own(entity.relations, hop);
        if (hopRel?.kind !== 'one') return;
        const backRel = own(model[hopRel.target].relations, last);
        if (backRel?.kind !== 'one') return;
        // the launch just written names its rocket: the queue already holds the answer, without a flush and a query
        const queued = this.batch.queuedChild(model[hopRel.target].table, backRel.column, targetId);
        if (queued !== undefined) {
          row[hopRel.column] = queued;
          return;
        }
        await this.flush([model[hopRel.target].table]);
        const found = await this.db.selectFrom(model[hopRel.target].table).select('id').where(backRel.column, '=', targetId).executeTakeFirst();
        if (found) row[hopRel.column] = found.id;
        return;
      }
    }
  }

  /** Whether looking `value` up in `table` now finds what it found after write number `since`. */
  private stillLooksUp(table: string, field: string, value: string, since: number): boolean {
    return this.looked.get(table)?.has(`${field}\u0000${value}`) === true && (this.lookupWritten.get(table) ?? 0) <= since;
  }

  /** Finds a lookup row by its name (2.0.0 sends an agency's type as "Commercial"), creating it if new. */
  private async lookup(target: Entity, field: string, value: string): Promise<Key> {
    let names = this.looked.get(target.table);
    const name = `${field}\u0000${value}`;
    const known = names?.get(name);
    if (known !== undefined) return known;
    await this.flush([target.table]);
    const found = await this.db.selectFrom(target.table).select('id').where(field, '=', value).orderBy('id').executeTakeFirst();
    if (!names) this.looked.set(target.table, (names = new Map()));
    if (found) {
      names.set(name, found.id);
      return found.id;
    }
    // Negative ids cannot collide with the ids LL2 itself hands out.
    let next = this.nextSyntheticId.get(target.name);
    if (next === undefined) {
      const min = await this.db.selectFrom(target.table).select((eb) => eb.fn.min('id').as('m')).executeTakeFirst();
      next = Math.min(0, Number(min?.m ?? 0)) - 1;
    }
    this.nextSyntheticId.set(target.name, next - 1);
    await this.db.insertInto(target.table).values({ id: next, [field]: value }).execute();
    names.set(name, next);
    return next;
  }
}
