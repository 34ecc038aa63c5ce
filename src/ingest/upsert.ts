import type { DialectName } from '../db/connect.ts';
import { own, type Entity, type Relation } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { adaptKeys } from './adapters.ts';
import type { ApiVersion } from './detect.ts';
import { toColumn, ValueError } from './values.ts';
import type { ModelDb } from '../db/model-db.ts';

/** An import failure, naming the JSON path of the offending value. */
export class ImportError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

type Json = Record<string, unknown>;
type Key = string | number;

/**
 * What LL2 stores in a new row for a field the document does not carry, written on insert only (an
 * update never touches a field the document lacks). A launch's `holdreason` is a legacy field 2.3.0
 * no longer shows: LL2 saves a new launch with a blank one ("" in every 2.0.0 and 2.2.0 launch captured
 * 2024-2026), while launches it took over from Launch Library 1 kept null (2.0.0/2.1.0 pages of 2020
 * show both). So a 2.0.0/2.2.0 document's null or "" is stored as sent, and a launch first seen in a
 * 2.3.0 document gets "", as LL2 itself would serve it.
 */
const INSERT_DEFAULTS: Record<string, Json> = { launch: { holdreason: '' } };

/**
 * Writes one LL2 object and everything nested in it. Only the keys present are written, so a less
 * detailed copy of an object never blanks what a more detailed one stored; lists that are present
 * replace the stored list (LL2's list is the truth for that object).
 */
export class Upserter {
  /** Synthetic ids handed out for objects LL2 names only by a string (a mission's `type`). */
  private nextSyntheticId = new Map<string, number>();
  readonly counts = new Map<string, number>();
  private readonly importedAt = `${new Date().toISOString().slice(0, 19)}Z`;

  constructor(
    private readonly db: ModelDb,
    private readonly dialect: DialectName,
    private readonly version: ApiVersion,
  ) {}

  async upsert(entityName: string, raw: unknown, path: string, owner?: { fk: string; id: Key; pos: number }): Promise<Key> {
    try {
      return await this.write(entityName, raw, path, owner);
    } catch (e) {
      // whatever fails (the database refusing a value included) is reported at the object it failed on
      if (e instanceof ImportError) throw e;
      throw new ImportError(path, (e as Error).message ?? String(e));
    }
  }

  private async write(entityName: string, raw: unknown, path: string, owner?: { fk: string; id: Key; pos: number }): Promise<Key> {
    if (!Object.hasOwn(model, entityName)) throw new ImportError(path, `unknown entity ${entityName}`);
    const entity = model[entityName];
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError(path, `expected an object for ${entityName}`);
    const obj = adaptKeys(this.version, entityName, raw as Json);
    const row: Json = {};
    const after: Array<(ownerId: Key) => Promise<void>> = [];

    for (const [key, value] of Object.entries(obj)) {
      const at = `${path}.${key}`;
      // own keys only: a JSON key such as `constructor` or `toString` is no field of the model
      const type = own(entity.fields, key);
      if (type && key !== 'id') {
        try {
          row[key] = toColumn(type, value, this.dialect);
        } catch (e) {
          if (e instanceof ValueError) throw new ImportError(at, e.message);
          throw e;
        }
        continue;
      }
      const rel = own(entity.relations, key);
      if (rel) await this.relation(entity, key, rel, value, at, row, after);
    }
    if (owner) {
      row[owner.fk] = owner.id;
      row.pos = owner.pos;
    }

    let id: Key;
    if (entity.key === 'auto') {
      const res = await this.db.insertInto(entity.table).values(row).returning('id').executeTakeFirstOrThrow();
      id = res.id as number;
    } else {
      id = this.keyOf(entity, obj.id, `${path}.id`);
      row.id = id;
      const update = { ...row };
      delete update.id;
      // LL2 stamps `last_updated` on every save; a source without it (2.0.0) gets the import time, once
      if ('last_updated' in entity.fields && row.last_updated === undefined) row.last_updated = this.importedAt;
      for (const [field, value] of Object.entries(own(INSERT_DEFAULTS, entityName) ?? {})) if (row[field] === undefined) row[field] = value;
      await this.db
        .insertInto(entity.table)
        .values(row)
        .onConflict((oc) => (Object.keys(update).length ? oc.column('id').doUpdateSet(update) : oc.column('id').doNothing()))
        .execute();
    }
    this.counts.set(entityName, (this.counts.get(entityName) ?? 0) + 1);
    for (const fn of after) await fn(id);
    return id;
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
          await this.db.deleteFrom(rel.table).where('owner_id', '=', ownerId).execute();
          if (ids.length)
            await this.db.insertInto(rel.table).values(ids.map((t, pos) => ({ owner_id: ownerId, pos, target_id: t }))).execute();
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
          for (const owner of ids) {
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
          if (target.key === 'auto') await this.db.deleteFrom(target.table).where(rel.fk, '=', ownerId).execute();
          for (const [i, item] of items.entries()) {
            keep.push(await this.upsert(rel.target, item, rel.kind === 'child' ? at : `${at}[${i}]`, { fk: rel.fk, id: ownerId, pos: i }));
          }
          if (target.key !== 'auto') {
            let q = this.db.updateTable(target.table).set({ [rel.fk]: null }).where(rel.fk, '=', ownerId);
            if (keep.length) q = q.where('id', 'not in', keep);
            await q.execute();
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
        const found = await this.db.selectFrom(model[hopRel.target].table).select('id').where(backRel.column, '=', targetId).executeTakeFirst();
        if (found) row[hopRel.column] = found.id;
        return;
      }
    }
  }

  /** Finds a lookup row by its name (2.0.0 sends an agency's type as "Commercial"), creating it if new. */
  private async lookup(target: Entity, field: string, value: string): Promise<Key> {
    const found = await this.db.selectFrom(target.table).select('id').where(field, '=', value).orderBy('id').executeTakeFirst();
    if (found) return found.id;
    // Negative ids cannot collide with the ids LL2 itself hands out.
    let next = this.nextSyntheticId.get(target.name);
    if (next === undefined) {
      const min = await this.db.selectFrom(target.table).select((eb) => eb.fn.min('id').as('m')).executeTakeFirst();
      next = Math.min(0, Number(min?.m ?? 0)) - 1;
    }
    this.nextSyntheticId.set(target.name, next - 1);
    await this.db.insertInto(target.table).values({ id: next, [field]: value }).execute();
    return next;
  }
}
