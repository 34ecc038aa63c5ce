import type { SelectQueryBuilder } from 'kysely';
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
  /**
   * The columns the shapes at this node read (with `id` and the key columns of the `one` edges), or null
   * for all of them: a computed value that does not declare its columns may read any.
   */
  columns: Set<string> | null;
}

/** Columns to read: a sorted list, or null for every column. */
export type Columns = readonly string[] | null;

const entityColumnsOf = new WeakMap<Plan, Map<string, Columns>>();

/**
 * Per entity, the union of the columns every node of this plan reads from it. A load reads each entity's
 * rows once with that union, so a row reached at two depths by two shapes (an agency as a mission's
 * `AgencyMini` and as the provider's `AgencyDetailed`) is never read twice. Reading only these columns
 * matters: SQLite materializes every selected value, and a launch's 36 columns cost three times its
 * list shape's 12 (measured: 100 launches, 1.5 ms → 0.5 ms).
 */
export function entityColumns(plan: Plan): Map<string, Columns> {
  let out = entityColumnsOf.get(plan);
  if (out) return out;
  const sets = new Map<string, Set<string> | null>();
  const seen = new Set<Plan>();
  const visit = (p: Plan) => {
    if (seen.has(p)) return;
    seen.add(p);
    const have = sets.get(p.entity.name);
    if (have === undefined) sets.set(p.entity.name, p.columns && new Set(p.columns));
    else if (have !== null) {
      if (p.columns === null) sets.set(p.entity.name, null);
      else for (const c of p.columns) have.add(c);
    }
    for (const sub of p.edges.values()) visit(sub);
  };
  visit(plan);
  out = new Map([...sets].map(([e, cols]) => [e, cols && [...cols].sort()]));
  entityColumnsOf.set(plan, out);
  return out;
}

/** An edge of a plan still to be taken from these rows of its owner. */
interface PendingEdge {
  owner: Plan;
  ids: Set<Key>;
  rel: string;
  sub: Plan;
}

function edgesOf(owner: Plan, ids: Set<Key>): PendingEdge[] {
  return [...owner.edges].map(([rel, sub]) => ({ owner, ids, rel, sub }));
}

const planSerial = new WeakMap<Plan, number>();
let plans = 0;
const readyCache = new Map<string, Set<string>>();
/** Distinct sets of pending edges remembered (a shape's loads meet a few dozen; the bound keeps memory flat whatever happens). */
const READY_CACHE_MAX = 10_000;

/** `readyTables`, remembered per set of pending edges: it depends on the plans only, not on the keys. */
function readyTablesOf(pending: PendingEdge[]): Set<string> {
  const key = pending
    .map((e) => {
      let n = planSerial.get(e.owner);
      if (n === undefined) planSerial.set(e.owner, (n = plans++));
      return `${n}.${e.rel}`;
    })
    .join(' ');
  let ready = readyCache.get(key);
  if (!ready) {
    if (readyCache.size >= READY_CACHE_MAX) readyCache.clear();
    readyCache.set(key, (ready = readyTables(pending)));
  }
  return ready;
}

/**
 * The tables the next step reads: those no other pending edge can still reach further down. Table A
 * waits for table B when an edge to B reaches A below it (what an edge reaches of its own table is its
 * own recursion: a rocket's stages' previous flights' rockets, read a step later anyway). When tables wait
 * for each other (a spacecraft flight's docking events name payload flights, whose docking events name
 * spacecraft flights), a whole cycle goes when nothing outside it is still to come: the tables of the
 * source components of the waits, which are the tables nothing waits on when there is no cycle.
 */
function readyTables(pending: PendingEdge[]): Set<string> {
  const tables = new Set(pending.map((e) => e.sub.entity.name));
  // before.get(b) = the tables that wait for b
  const before = new Map<string, Set<string>>();
  for (const e of pending) {
    const b = e.sub.entity.name;
    for (const t of below(e.sub)) if (t !== b && tables.has(t)) getSet(before, b).add(t);
  }
  const reach = new Map<string, Set<string>>();
  const reachOf = (t: string): Set<string> => {
    let r = reach.get(t);
    if (r) return r;
    reach.set(t, (r = new Set()));
    const todo = [t];
    while (todo.length) {
      for (const n of before.get(todo.pop()!) ?? []) {
        if (r.has(n)) continue;
        r.add(n);
        todo.push(n);
      }
    }
    return r;
  };
  const ready = new Set<string>();
  // t goes now when every table that must go before it is one it must also go before (its own cycle)
  for (const t of tables) if ([...tables].every((u) => u === t || !reachOf(u).has(t) || reachOf(t).has(u))) ready.add(t);
  return ready;
}

const belowOf = new WeakMap<Plan, Set<string>>();

/** The entities a plan's edges reach, at any depth (not its own entity, unless it is reached again). */
function below(plan: Plan): Set<string> {
  let out = belowOf.get(plan);
  if (out) return out;
  out = new Set();
  for (const sub of plan.edges.values()) {
    out.add(sub.entity.name);
    for (const e of below(sub)) out.add(e);
  }
  belowOf.set(plan, out);
  return out;
}

/** Whether rows read with `have` hold every column of `need`. */
function covers(have: Columns | undefined, need: Columns): boolean {
  if (have === undefined) return false;
  if (have === null) return true;
  return need !== null && need.every((c) => have.includes(c));
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
  /** Per entity, the columns every stored row of it holds (null: all). */
  private readonly stored = new Map<string, Columns>();
  queries = 0;
  private readonly keyed: KeyedQueries;

  constructor(
    private readonly db: ModelDb,
    /** Read every column of every row whatever the plan says (tests compare both ways). */
    private readonly allColumns = false,
  ) {
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

  /** Stores rows holding at least `columns` (null: every column of the table). */
  add(entity: Entity, rows: Row[], columns: Columns = null): void {
    let m = this.rows.get(entity.name);
    if (!m) this.rows.set(entity.name, (m = new Map()));
    for (const r of rows) m.set(r.id, r);
    const had = this.stored.get(entity.name);
    // what every row holds: the columns both the earlier rows and these hold
    this.stored.set(entity.name, had === undefined || had === null ? columns : columns === null ? had : had.filter((c) => columns.includes(c)));
  }

  /** The columns a load of `plan` reads from `entity` (null: all). */
  columnsFor(plan: Plan, entity: string): Columns {
    return this.allColumns ? null : (entityColumns(plan).get(entity) ?? null);
  }

  /**
   * Loads everything `plan` reaches from the given (already stored) rows of its entity, in steps: each
   * step reads, per table, what the edges taken in it need. An edge waits while another edge still to be
   * taken can reach its table further down (`below`): a launch's image, its provider's logo, its rocket
   * configuration's image and its pad's map image are then one read of the image table instead of one per
   * depth they sit at (a detailed launch: 71 reads → 48). Tables that wait for each other go together
   * (readyTables).
   */
  async load(plan: Plan, ids: Key[]): Promise<void> {
    const columns = (entity: string) => this.columnsFor(plan, entity);
    let pending: PendingEdge[] = edgesOf(plan, new Set(ids));
    while (pending.length) {
      const ready = readyTablesOf(pending);
      const step = pending.filter((e) => ready.has(e.sub.entity.name));
      const later = pending.filter((e) => !ready.has(e.sub.entity.name));
      const wantRows = new Map<string, Set<Key>>();
      const wantLinks = new Map<string, { owner: Entity; rel: string; r: Relation; ids: Set<Key> }>();
      // 1. gather, per table, what this step needs
      for (const { owner: p, ids: owners, rel } of step) {
        const r = p.entity.relations[rel];
        if (r.kind === 'one') {
          const need = getSet(wantRows, r.target);
          for (const id of owners) {
            const v = this.row(p.entity.name, id)?.[r.column];
            if (v !== null && v !== undefined) need.add(v);
          }
        } else if (r.kind !== 'via') {
          // (a `via` edge was expanded into plain edges when the plan was built)
          const key = `${p.entity.name}.${rel}`;
          let w = wantLinks.get(key);
          if (!w) wantLinks.set(key, (w = { owner: p.entity, rel, r, ids: new Set() }));
          const have = this.links.get(key);
          for (const id of owners) if (!have?.has(id)) w.ids.add(id);
        }
      }
      // 2. query: links first (a join table gives key pairs, a child table its rows), then every row
      // this step still lacks, one query per table: an agency reached as a provider, a mission's agency
      // and a pad's agency is read once, and a row named by many links is read once, not once per link.
      // Each step's reads are independent: issued together, PostgreSQL answers them in one round trip.
      const links = [...wantLinks.values()].map((w) => this.linkReads(w.owner, w.rel, w.r, [...w.ids], columns(w.r.target)));
      const linkRows = await this.keyed.all(links.flatMap((l) => l.reads));
      let at = 0;
      for (const l of links) {
        const keys = l.apply(linkRows.slice(at, (at += l.reads.length)));
        for (const k of keys) getSet(wantRows, l.target).add(k);
      }
      const rowReads = [...wantRows].map(([entityName, ids]) => {
        const need = columns(entityName);
        // rows stored with fewer columns than this plan reads are read again, whole
        const have = covers(this.stored.get(entityName), need) ? this.rows.get(entityName) : undefined;
        return this.rowReads(model[entityName], [...ids].filter((id) => !have?.has(id)), need);
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
      // 3. the edges below the ones taken, from the keys they reached
      const next: PendingEdge[] = later;
      for (const { owner: p, ids: owners, rel, sub } of step) {
        if (!sub.edges.size) continue;
        const r = p.entity.relations[rel];
        const reached = new Set<Key>();
        for (const id of owners) {
          if (r.kind === 'one') {
            const v = this.row(p.entity.name, id)?.[r.column];
            if (v !== null && v !== undefined && this.row(r.target, v)) reached.add(v);
          } else for (const k of this.linked(p.entity.name, rel, id)) reached.add(k);
        }
        if (reached.size) next.push(...edgesOf(sub, reached));
      }
      pending = next;
    }
  }

  /** Reads and stores these rows of `entity`, with these columns (null: all; `columnsFor` gives a plan's). */
  async loadRows(entity: Entity, ids: Key[], columns: Columns = null): Promise<void> {
    const { reads, apply } = this.rowReads(entity, ids, columns);
    apply(await this.keyed.all(reads));
  }

  private rowReads(entity: Entity, ids: Key[], columns: Columns): Batch<void> {
    const reads: KeyedRead[] = [];
    const kind = `rows ${entity.table} ${columns?.join(',') ?? '*'}`;
    for (let i = 0; i < ids.length; i += CHUNK) {
      reads.push({ kind, keys: ids.slice(i, i + CHUNK), build: (keys) => selectColumns(this.db.selectFrom(entity.table), columns).where('id', 'in', keys) });
    }
    this.queries += reads.length;
    return { reads, apply: (results) => results.forEach((rows) => this.add(entity, rows, columns)) };
  }

  /**
   * The reads of the links of `rel` for these owners; applied, they return the keys the links name (a
   * join table's targets, whose rows the caller reads with the rest of the depth) or none when the target
   * rows came with the links (a child table's rows are the targets).
   */
  private linkReads(owner: Entity, rel: string, r: Relation, ownerIds: Key[], targetColumns: Columns): Batch<Key[]> & { target: string } {
    const key = `${owner.name}.${rel}`;
    let map = this.links.get(key);
    if (!map) this.links.set(key, (map = new Map()));
    for (const id of ownerIds) map.set(id, []);
    const links = map;
    const target = model[r.target];
    // a child row is filed under its owner by its key column
    const fk = (r as { fk?: string }).fk;
    const childColumns = targetColumns && fk && !targetColumns.includes(fk) ? [...targetColumns, fk].sort() : targetColumns;
    const reads: KeyedRead[] = [];
    for (let i = 0; i < ownerIds.length; i += CHUNK) {
      const keys = ownerIds.slice(i, i + CHUNK);
      if (r.kind === 'many' || r.kind === 'reverse') {
        // one join table read from either side: `many` gives an owner's targets in its order, `reverse` a target's owners by id
        const [near, far, order] = r.kind === 'many' ? ['owner_id', 'target_id', 'pos'] : ['target_id', 'owner_id', 'owner_id'];
        reads.push({ kind: `${r.kind} ${r.table}`, keys, build: (keys) => this.db.selectFrom(r.table).select([`${near} as o`, `${far} as t`]).where(near, 'in', keys).orderBy(near).orderBy(order) });
      } else if (r.kind === 'children' || r.kind === 'child') {
        reads.push({
          kind: `children ${target.table}.${r.fk} ${childColumns?.join(',') ?? '*'}`,
          keys,
          build: (keys) => selectColumns(this.db.selectFrom(target.table), childColumns).where(r.fk, 'in', keys).orderBy(r.fk).orderBy('pos').orderBy('id'),
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
            for (const row of rows) links.get(row[fk!])!.push(row.id);
            this.add(target, rows, childColumns);
          }
        }
        return named;
      },
    };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the model's tables are typed at run time
function selectColumns(q: SelectQueryBuilder<any, any, object>, columns: Columns) {
  return columns ? q.select(columns as string[]) : q.selectAll();
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
