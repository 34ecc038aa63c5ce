import type { Entity, Relation } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { KeyedQueries, type KeyedRead } from './keyed-query.ts';
import type { Key, Row } from './row.ts';
import type { ModelDb } from '../db/model-db.ts';

export type { Key, Row };

/** What a serializer needs loaded below an entity: one edge per relation it follows. */
export interface Plan {
  entity: Entity;
  edges: Map<string, Plan>;
}

const CHUNK = 500;

const keyedByDb = new WeakMap<ModelDb, KeyedQueries>();
function keyedQueriesOf(db: ModelDb): KeyedQueries {
  let k = keyedByDb.get(db);
  if (!k) keyedByDb.set(db, (k = new KeyedQueries(db)));
  return k;
}

/**
 * The rows one response needs, loaded breadth-first: every round issues one query per target table
 * (or join table) for all the objects of that depth together, so a page of 100 detailed launches
 * costs a few dozen queries however many objects it holds. Never one query per row.
 */
export class GraphStore {
  private readonly rows = new Map<string, Map<Key, Row>>();
  /** `${entity}.${relation}` → owner key → the related keys in LL2's order. */
  private readonly links = new Map<string, Map<Key, Key[]>>();
  queries = 0;
  private readonly keyed: KeyedQueries;

  constructor(private readonly db: ModelDb) {
    this.keyed = keyedQueriesOf(db);
  }

  row(entity: string, id: Key | null | undefined): Row | undefined {
    return id === null || id === undefined ? undefined : this.rows.get(entity)?.get(id);
  }

  linked(entity: string, rel: string, owner: Key): Key[] {
    return this.links.get(`${entity}.${rel}`)?.get(owner) ?? [];
  }

  /** Follows a `one`, `child` or `via` relation from a row. */
  one(entity: Entity, rel: string, row: Row): Row | undefined {
    const r = entity.relations[rel];
    if (r.kind === 'one') return this.row(r.target, row[r.column]);
    if (r.kind === 'child') return this.row(r.target, this.linked(entity.name, rel, row.id)[0]);
    if (r.kind === 'via') {
      let at: Row | undefined = row;
      let e = entity;
      for (const hop of r.path) {
        if (!at) return undefined;
        at = this.one(e, hop, at);
        e = model[(e.relations[hop] as { target: string }).target];
      }
      return at;
    }
    return undefined;
  }

  /**
   * Links known without a query (a singleton derived from the data, src/resources/dashboard/derived.ts):
   * `load` then reads no join table for this owner. The targets' rows must be stored too (`loadRows`).
   */
  link(entity: string, rel: string, owner: Key, keys: Key[]): void {
    const key = `${entity}.${rel}`;
    let map = this.links.get(key);
    if (!map) this.links.set(key, (map = new Map()));
    map.set(owner, keys);
  }

  add(entity: Entity, rows: Row[]): void {
    let m = this.rows.get(entity.name);
    if (!m) this.rows.set(entity.name, (m = new Map()));
    for (const r of rows) m.set(r.id, r);
  }

  /** Loads everything `plan` reaches from the given (already stored) rows of its entity. */
  async load(plan: Plan, ids: Key[]): Promise<void> {
    let pending: Array<{ plan: Plan; ids: Set<Key> }> = [{ plan, ids: new Set(ids) }];
    while (pending.length) {
      const wantRows = new Map<string, Set<Key>>();
      const wantLinks = new Map<string, { owner: Entity; rel: string; r: Relation; ids: Set<Key> }>();
      // 1. gather, per table, what this depth needs
      for (const { plan: p, ids: owners } of pending) {
        for (const rel of p.edges.keys()) {
          const r = p.entity.relations[rel];
          if (r.kind === 'one') {
            const need = getSet(wantRows, r.target);
            for (const id of owners) {
              const v = this.row(p.entity.name, id)?.[r.column];
              if (v !== null && v !== undefined) need.add(v);
            }
          } else if (r.kind === 'via') {
            // expanded into plain edges when the plan was built
          } else {
            const key = `${p.entity.name}.${rel}`;
            let w = wantLinks.get(key);
            if (!w) wantLinks.set(key, (w = { owner: p.entity, rel, r, ids: new Set() }));
            const have = this.links.get(key);
            for (const id of owners) if (!have?.has(id)) w.ids.add(id);
          }
        }
      }
      // 2. query: links first (a join table gives key pairs, a child table its rows), then every row
      // this depth still lacks, one query per table: an agency reached as a provider, a mission's agency
      // and a pad's agency is read once, and a row named by many links is read once, not once per link.
      // Each step's reads are independent: issued together, PostgreSQL answers them in one round trip.
      const links = [...wantLinks.values()].map((w) => this.linkReads(w.owner, w.rel, w.r, [...w.ids]));
      const linkRows = await this.keyed.all(links.flatMap((l) => l.reads));
      let at = 0;
      for (const l of links) {
        const keys = l.apply(linkRows.slice(at, (at += l.reads.length)));
        for (const k of keys) getSet(wantRows, l.target).add(k);
      }
      const rowReads = [...wantRows].map(([entityName, ids]) => {
        const have = this.rows.get(entityName);
        return this.rowReads(model[entityName], [...ids].filter((id) => !have?.has(id)));
      });
      const rows = await this.keyed.all(rowReads.flatMap((r) => r.reads));
      at = 0;
      for (const r of rowReads) r.apply(rows.slice(at, (at += r.reads.length)));
      // a link to a row that does not exist is no link (as the join with the target table was)
      for (const w of wantLinks.values()) {
        if (w.r.kind !== 'many' && w.r.kind !== 'reverse') continue;
        const map = this.links.get(`${w.owner.name}.${w.rel}`)!;
        const rows = this.rows.get(w.r.target);
        for (const id of w.ids) {
          const keys = map.get(id)!;
          if (!keys.every((k) => rows?.has(k))) map.set(id, keys.filter((k) => rows?.has(k)));
        }
      }
      // 3. the next depth: each edge's plan with the keys it reached
      const next: typeof pending = [];
      for (const { plan: p, ids: owners } of pending) {
        for (const [rel, sub] of p.edges) {
          if (!sub.edges.size) continue;
          const r = p.entity.relations[rel];
          const reached = new Set<Key>();
          for (const id of owners) {
            if (r.kind === 'one') {
              const v = this.row(p.entity.name, id)?.[r.column];
              if (v !== null && v !== undefined && this.row(r.target, v)) reached.add(v);
            } else for (const k of this.linked(p.entity.name, rel, id)) reached.add(k);
          }
          if (reached.size) next.push({ plan: sub, ids: reached });
        }
      }
      pending = next;
    }
  }

  /** Reads and stores these rows of `entity`. */
  async loadRows(entity: Entity, ids: Key[]): Promise<void> {
    const { reads, apply } = this.rowReads(entity, ids);
    apply(await this.keyed.all(reads));
  }

  private rowReads(entity: Entity, ids: Key[]): Batch<void> {
    const reads: KeyedRead[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      reads.push({ kind: `rows ${entity.table}`, keys: ids.slice(i, i + CHUNK), build: (keys) => this.db.selectFrom(entity.table).selectAll().where('id', 'in', keys) });
    }
    this.queries += reads.length;
    return { reads, apply: (results) => results.forEach((rows) => this.add(entity, rows)) };
  }

  /**
   * The reads of the links of `rel` for these owners; applied, they return the keys the links name (a
   * join table's targets, whose rows the caller reads with the rest of the depth) or none when the target
   * rows came with the links (a child table's rows are the targets).
   */
  private linkReads(owner: Entity, rel: string, r: Relation, ownerIds: Key[]): Batch<Key[]> & { target: string } {
    const key = `${owner.name}.${rel}`;
    let map = this.links.get(key);
    if (!map) this.links.set(key, (map = new Map()));
    for (const id of ownerIds) map.set(id, []);
    const links = map;
    const target = model[r.target];
    const reads: KeyedRead[] = [];
    for (let i = 0; i < ownerIds.length; i += CHUNK) {
      const keys = ownerIds.slice(i, i + CHUNK);
      if (r.kind === 'many' || r.kind === 'reverse') {
        // one join table read from either side: `many` gives an owner's targets in its order, `reverse` a target's owners by id
        const [near, far, order] = r.kind === 'many' ? ['owner_id', 'target_id', 'pos'] : ['target_id', 'owner_id', 'owner_id'];
        reads.push({ kind: `${r.kind} ${r.table}`, keys, build: (keys) => this.db.selectFrom(r.table).select([`${near} as o`, `${far} as t`]).where(near, 'in', keys).orderBy(near).orderBy(order) });
      } else if (r.kind === 'children' || r.kind === 'child') {
        reads.push({
          kind: `children ${target.table}.${r.fk}`,
          keys,
          build: (keys) => this.db.selectFrom(target.table).selectAll().where(r.fk, 'in', keys).orderBy(r.fk).orderBy('pos').orderBy('id'),
        });
      }
    }
    this.queries += reads.length;
    const pairs = r.kind === 'many' || r.kind === 'reverse';
    return {
      target: target.name,
      reads,
      apply: (results) => {
        const named: Key[] = [];
        for (const rows of results) {
          if (pairs) {
            for (const { o, t } of rows) {
              links.get(o)!.push(t);
              named.push(t);
            }
          } else {
            for (const row of rows) links.get(row[(r as { fk: string }).fk])!.push(row.id);
            this.add(target, rows);
          }
        }
        return named;
      },
    };
  }
}

/** Reads to run (together with others) and what to do with their rows, in the same order. */
interface Batch<T> {
  reads: KeyedRead[];
  apply(results: Row[][]): T;
}

function getSet<K, V>(m: Map<K, Set<V>>, k: K): Set<V> {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  return s;
}
