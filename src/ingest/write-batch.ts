import { CompiledQuery } from 'kysely';
import { dialects, type DialectName, type SqlDialect } from '../db/dialect.ts';
import type { ModelDb } from '../db/model-db.ts';
import { isWriteConflict } from '../db/write-conflict.ts';

type Key = string | number;
type Row = Record<string, unknown>;

/**
 * What a flush really changed, for the statistics (src/stats/track-changes.ts): a re-import or sync
 * rewrites mostly what is stored already, and only the rows whose values moved feed a recount.
 */
export interface ChangeLog {
  /** Keyed rows inserted or updated (a copy equal to the stored row is not), and rows a list unlinked. */
  rows(table: string, ids: Key[]): void;
  /** A join table's owner whose list changed, with its targets before and after. */
  links(table: string, owner: Key, before: Key[], after: Key[]): void;
}

/**
 * The writes of one document, queued in the order the importer meets its objects and executed as a few
 * multi-row statements per table. One statement per object cost more in building and compiling the
 * query than in SQLite itself (the profile: Kysely's builders and compiler, the statement cache), and
 * an agency nested in 100 launches was written 100 times.
 *
 * A flush gives the database exactly the state the queued statements, run one by one in order, would
 * have given (tables have no foreign key constraints, so each table's writes are independent):
 * - keyed rows: the copies of one (table, id) merge, the later value of a column winning, as later
 *   statements overwrote earlier ones; columns no copy carried are not touched on update;
 * - a `children` list unlinks the owner's other rows: per (owner column, owner) only the last list
 *   counts, as each list unlinked what the previous one linked, and only against links written before
 *   it (a row linked to the owner after the list keeps its link: a payload flight's `launch` writes the
 *   launch, whose rocket may list no payloads, and then the flight pointing at that rocket);
 * - rows without an id of their own (info URLs): each owner's last list replaces its old rows. Every
 *   list is inserted, in the order met, and the lists a later one replaced are then deleted, so the
 *   database numbers the rows (and advances its sequence) exactly as it did one statement at a time;
 * - join tables: each owner's last list replaces its rows.
 * A reader of a table (a lookup by name, the `via` hop, a reverse link) flushes that table first.
 */
export class WriteBatch {
  private readonly tables = new Map<string, TableWrites>();
  private readonly sql: SqlDialect;
  /** Orders lists and links written within a batch (a list unlinks only the links written before it). */
  private tick = 0;
  /** Rows queued since the last flush: a long NDJSON stream is written in steps, not held whole. */
  private queued = 0;

  constructor(
    private readonly db: ModelDb,
    dialect: DialectName,
    /** Runs before any write of a flush reaches the database (the statistics read the old links here). */
    private readonly beforeFlush: () => Promise<void> = async () => {},
    /** 1 writes each row with a statement of its own, so a row the database refuses is named exactly. */
    private readonly rowsPerStatement = MAX_ROWS,
    /** Told what each flush changed (the statements then return the rows they wrote). */
    private readonly changes?: ChangeLog,
  ) {
    this.sql = dialects[dialect];
  }

  private table(name: string): TableWrites {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new TableWrites()));
    return t;
  }

  /**
   * Insert-or-update of a keyed row: `row` holds the columns the document carried, `defaults` what a new
   * row gets besides. False when the row is queued already with these very values (the write changes nothing).
   */
  upsert(table: string, id: Key, row: Row, defaults: Row | undefined, path: string): boolean {
    const t = this.table(table);
    const found = t.rows.get(id);
    this.queued++;
    const linkedAt = t.unlinks.size ? this.linkedAfterLists(t, id, row, found?.linkedAt) : found?.linkedAt;
    if (!found) {
      t.rows.set(id, { values: row, defaults, path, linkedAt });
      return true;
    }
    found.linkedAt = linkedAt;
    let changed = false;
    for (const c in row) {
      if (found.values[c] !== row[c] || !(c in found.values)) {
        changed = true;
        found.values[c] = row[c];
      }
    }
    if (defaults) {
      for (const c in defaults) if (!(c in found.values) && !(found.defaults && c in found.defaults)) changed = true;
      found.defaults = { ...defaults, ...found.defaults };
    }
    // a refused value is reported at the last copy that changed the row
    if (changed) found.path = path;
    return changed;
  }

  /**
   * Notes when a row's link through a column some list unlinks is written (after that list, the link
   * stands), and which owners got a row linked after their list.
   */
  private linkedAfterLists(t: TableWrites, id: Key, row: Row, linkedAt: Map<string, number> | undefined): Map<string, number> | undefined {
    for (const [fk, owners] of t.unlinks) {
      if (!(fk in row)) continue;
      (linkedAt ??= new Map()).set(fk, ++this.tick);
      const list = owners.get(row[fk] as Key);
      if (list && !list.keep.has(id)) t.lateLinks.add(`${fk}\u0000${String(row[fk])}`);
    }
    return linkedAt;
  }

  /** The owner's rows of `table` through `fk` are now exactly `keep` (the others lose the link). False if queued so already. */
  unlinkOthers(table: string, fk: string, owner: Key, keep: Key[]): boolean {
    const t = this.table(table);
    let owners = t.unlinks.get(fk);
    if (!owners) t.unlinks.set(fk, (owners = new Map()));
    const before = owners.get(owner)?.keep;
    const now = new Set(keep);
    owners.set(owner, { keep: now, at: ++this.tick });
    t.lateLinks.delete(`${fk}\u0000${String(owner)}`);
    return !before || before.size !== now.size || keep.some((k) => !before.has(k));
  }

  /**
   * The one row of `table` whose `fk` will be `owner` once the queue is written, when the queue alone
   * decides it: the owner's last list (unlinkOthers) kept one row, queued with that link. Every other
   * row linked to the owner then loses the link (writeKeyed, writeUnlinks), so the database would
   * answer this very row. Undefined when the database must be asked.
   */
  queuedChild(table: string, fk: string, owner: Key): Key | undefined {
    const t = this.tables.get(table);
    const keep = t?.unlinks.get(fk)?.get(owner)?.keep;
    if (!keep || keep.size !== 1 || t!.lateLinks.has(`${fk}\u0000${String(owner)}`)) return undefined;
    const [id] = keep;
    return t!.rows.get(id)?.values[fk] === owner ? id : undefined;
  }

  /** The owner's id-less rows of `table` through `fk` are replaced by `rows` (already carrying fk and pos). */
  replaceOwned(table: string, fk: string, owner: Key, rows: Array<{ row: Row; path: string }>): void {
    this.table(table).owned.push({ fk, owner, rows });
    this.queued += rows.length;
  }

  /** A join table's rows of `owner` become `targets`, in that order. False if queued so already. */
  replaceLinks(table: string, owner: Key, targets: Key[]): boolean {
    const t = this.table(table);
    const before = t.links.get(owner);
    t.links.delete(owner);
    t.links.set(owner, targets);
    this.queued += targets.length + 1;
    return !before || before.length !== targets.length || before.some((k, i) => k !== targets[i]);
  }

  /** Large batches are written in steps (any point of the queue is a valid place to flush). */
  get large(): boolean {
    return this.queued >= 50_000;
  }

  /** Writes what is queued for these tables (all when none named), before a read of them. */
  async flush(only?: string[]): Promise<void> {
    const names = only ? only.filter((n) => this.tables.has(n)) : [...this.tables.keys()];
    if (!names.length) return;
    await this.beforeFlush();
    for (const name of names) {
      const t = this.tables.get(name)!;
      this.tables.delete(name);
      await this.writeKeyed(name, t);
      await this.writeUnlinks(name, t);
      await this.writeOwned(name, t);
      await this.writeLinks(name, t);
    }
    if (!only) this.queued = 0;
  }

  private async run(text: string, params: unknown[], path: string | undefined): Promise<Row[]> {
    try {
      return (await this.db.executeQuery<Row>(CompiledQuery.raw(text, params))).rows;
    } catch (e) {
      // a transaction aborted for colliding with another is no row's fault: it is run again whole
      if (isWriteConflict(e)) throw e;
      throw new BatchError(path ?? '$', (e as Error).message ?? String(e));
    }
  }

  private async writeKeyed(table: string, t: TableWrites): Promise<void> {
    if (!t.rows.size) return;
    // a row the document links to an owner whose last list, written after that link, left it out is
    // unlinked, as that list did
    for (const [fk, owners] of t.unlinks) {
      for (const [id, r] of t.rows) {
        const owner = r.values[fk];
        if (owner === undefined || owner === null) continue;
        const list = owners.get(owner as Key);
        if (list && !list.keep.has(id) && list.at > (r.linkedAt?.get(fk) ?? 0)) r.values[fk] = null;
      }
    }
    // rows with the same columns share a statement
    const groups = new Map<string, { columns: string[]; update: string[]; rows: Array<[Key, KeyedRow]> }>();
    for (const [id, r] of t.rows) {
      const update = Object.keys(r.values).filter((c) => c !== 'id').sort();
      const extra = r.defaults ? Object.keys(r.defaults).filter((c) => !(c in r.values)).sort() : [];
      const k = `${update.join(',')}|${extra.join(',')}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { columns: ['id', ...update, ...extra], update, rows: [] }));
      g.rows.push([id, r]);
    }
    // rows in key order, groups in a fixed order: two imports of the same rows lock them in the same
    // order, so PostgreSQL's row locks do not deadlock (the document's order would differ between them)
    for (const g of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)) {
      g.rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      // a row that already holds these values is left alone (a re-import or sync rewrites nothing, and no
      // index entry or page is touched for it); `IS DISTINCT FROM` is SQL's null-safe comparison on both databases
      const changed = g.update.map((c) => `${q(table)}.${q(c)} IS DISTINCT FROM excluded.${q(c)}`).join(' OR ');
      const set = g.update.length ? `DO UPDATE SET ${g.update.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')} WHERE ${changed}` : 'DO NOTHING';
      // RETURNING names the rows inserted or updated: not those the WHERE left alone (both databases)
      const returning = this.changes ? ' RETURNING id' : '';
      await this.chunked(
        g.rows,
        g.columns.length,
        (n) => `INSERT INTO ${q(table)} (${g.columns.map(q).join(',')}) VALUES ${this.sql.valuesPlaceholders(g.columns.length, n)} ON CONFLICT (id) ${set}${returning}`,
        (rows) => {
          const params: unknown[] = [];
          for (const [id, r] of rows) for (const c of g.columns) params.push(c === 'id' ? id : c in r.values ? r.values[c] : r.defaults![c]);
          return { params, path: rows[0][1].path };
        },
        (written) => this.changes?.rows(table, written.map((r) => r.id as Key)),
      );
    }
  }

  private async writeUnlinks(table: string, t: TableWrites): Promise<void> {
    for (const [fk, owners] of t.unlinks) {
      // one statement for many owners: a kept row still linked to another of them is its owner's (see writeKeyed)
      const entries = [...owners];
      // a queued row carrying the column got its final link from writeKeyed: the statement leaves it alone
      const linkedByQueue = new Map<Key, Key[]>();
      for (const [id, r] of t.rows) {
        const owner = r.values[fk];
        if (owner === undefined || owner === null || !owners.has(owner as Key)) continue;
        let ids = linkedByQueue.get(owner as Key);
        if (!ids) linkedByQueue.set(owner as Key, (ids = []));
        ids.push(id);
      }
      for (let i = 0; i < entries.length; i += 500) {
        const part = entries.slice(i, i + 500);
        const ownerIds = part.map(([o]) => o);
        const keep = [...new Set(part.flatMap(([o, list]) => [...list.keep, ...(linkedByQueue.get(o) ?? [])]))];
        let text = `UPDATE ${q(table)} SET ${q(fk)} = NULL WHERE ${q(fk)} IN (${this.placeholders(ownerIds.length)})`;
        if (keep.length) text += ` AND id NOT IN (${this.placeholders(keep.length, ownerIds.length)})`;
        if (this.changes) text += ' RETURNING id';
        const unlinked = await this.run(text, [...ownerIds, ...keep], undefined);
        if (unlinked.length) this.changes?.rows(table, unlinked.map((r) => r.id as Key));
      }
    }
  }

  private async writeOwned(table: string, t: TableWrites): Promise<void> {
    if (!t.owned.length) return;
    // per owner column: each owner's last list, and how many lists it got
    const byFk = new Map<string, Map<Key, { lists: number; last: number }>>();
    for (const { fk, owner, rows } of t.owned) {
      let owners = byFk.get(fk);
      if (!owners) byFk.set(fk, (owners = new Map()));
      const seen = owners.get(owner);
      owners.set(owner, { lists: (seen?.lists ?? 0) + 1, last: rows.length });
    }
    for (const [fk, owners] of byFk) {
      const ids = [...owners.keys()];
      for (let i = 0; i < ids.length; i += 1000) {
        const part = ids.slice(i, i + 1000);
        await this.run(`DELETE FROM ${q(table)} WHERE ${q(fk)} IN (${this.placeholders(part.length)})`, part, undefined);
      }
    }
    // one column list for all (a column a row lacks is NULL, as an insert without it leaves it), so the
    // rows go in the order they were met and get their ids in that order
    const all = t.owned.flatMap((o) => o.rows);
    if (all.length) {
      const columns = [...new Set(all.flatMap((r) => Object.keys(r.row)))].sort();
      await this.chunked(all, columns.length, (n) => `INSERT INTO ${q(table)} (${columns.map(q).join(',')}) VALUES ${this.sql.valuesPlaceholders(columns.length, n)}`, (rows) => {
        const params: unknown[] = [];
        for (const r of rows) for (const c of columns) params.push(r.row[c] ?? null);
        return { params, path: rows[0].path };
      });
    }
    // an owner listed again keeps only its last list: the newest ids (rare, so one statement each)
    for (const [fk, owners] of byFk) {
      for (const [owner, { lists, last }] of owners) {
        if (lists < 2) continue;
        const keep = `SELECT id FROM ${q(table)} WHERE ${q(fk)} = ${this.placeholders(1, 1)} ORDER BY id DESC LIMIT ${last}`;
        await this.run(`DELETE FROM ${q(table)} WHERE ${q(fk)} = ${this.placeholders(1)} AND id NOT IN (${keep})`, [owner, owner], undefined);
      }
    }
  }

  private async writeLinks(table: string, t: TableWrites): Promise<void> {
    if (!t.links.size) return;
    const owners = [...t.links.keys()];
    const before = new Map<Key, Array<[number, Key]>>();
    for (let i = 0; i < owners.length; i += 1000) {
      const part = owners.slice(i, i + 1000);
      const returning = this.changes ? ' RETURNING owner_id, pos, target_id' : '';
      for (const r of await this.run(`DELETE FROM ${q(table)} WHERE owner_id IN (${this.placeholders(part.length)})${returning}`, part, undefined)) {
        const owner = r.owner_id as Key;
        let list = before.get(owner);
        if (!list) before.set(owner, (list = []));
        list.push([Number(r.pos), r.target_id as Key]);
      }
    }
    if (this.changes) {
      for (const [owner, targets] of t.links) {
        const old = (before.get(owner) ?? []).sort((a, b) => a[0] - b[0]).map(([, target]) => target);
        // ids come back from the database as stored: compared as text, as a uuid and an int never meet
        if (old.length !== targets.length || old.some((k, i) => String(k) !== String(targets[i]))) this.changes.links(table, owner, old, targets);
      }
    }
    const rows: Array<[Key, number, Key]> = [];
    for (const [owner, targets] of t.links) targets.forEach((target, pos) => rows.push([owner, pos, target]));
    await this.chunked(rows, 3, (n) => `INSERT INTO ${q(table)} (owner_id,pos,target_id) VALUES ${this.sql.valuesPlaceholders(3, n)}`, (part) => ({
      params: part.flat(),
      path: undefined,
    }));
  }

  /**
   * Runs `rows` in statements of at most MAX_ROWS rows, each split into power-of-two sizes below it, so a
   * table's statements take few distinct SQL texts (prepared once, reused) whatever the row count.
   */
  private async chunked<R>(
    rows: R[],
    columns: number,
    text: (n: number) => string,
    bind: (rows: R[]) => { params: unknown[]; path: string | undefined },
    returned?: (rows: Row[]) => void,
  ): Promise<void> {
    const max = Math.max(1, Math.min(this.rowsPerStatement, Math.floor(MAX_PARAMS / columns)));
    let i = 0;
    while (i < rows.length) {
      const left = rows.length - i;
      const n = left >= max ? max : 2 ** Math.floor(Math.log2(left));
      const part = rows.slice(i, i + n);
      const { params, path } = bind(part);
      const out = await this.run(text(n), params, path);
      if (returned && out.length) returned(out);
      i += n;
    }
  }

  private placeholders(n: number, from = 0): string {
    // a single-row VALUES list is `(?, ?, ...)`: strip its parentheses for an IN list
    return this.sql.valuesPlaceholders(n, 1).slice(1, -1).replace(/\$(\d+)/g, (_, d) => `$${Number(d) + from}`);
  }
}

/** Rows per statement: SQLite binds at most 32,766 parameters, PostgreSQL 65,535. */
const MAX_ROWS = 256;
const MAX_PARAMS = 30_000;

/** A write the database refused, at the JSON path of (the first) object it wrote. */
export class BatchError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

interface KeyedRow {
  values: Row;
  defaults: Row | undefined;
  path: string;
  /** Per column some list unlinks: when this row's link through it was last written (see `tick`). */
  linkedAt: Map<string, number> | undefined;
}

class TableWrites {
  readonly rows = new Map<Key, KeyedRow>();
  /** Per owner column and owner: the rows its last list kept, and when that list was written. */
  readonly unlinks = new Map<string, Map<Key, { keep: Set<Key>; at: number }>>();
  /** `column\0owner` of owners a row was linked to after their last list (queuedChild cannot answer). */
  readonly lateLinks = new Set<string>();
  readonly owned: Array<{ fk: string; owner: Key; rows: Array<{ row: Row; path: string }> }> = [];
  readonly links = new Map<Key, Key[]>();
}

/** Double-quoted identifier: one table is called `update`. */
function q(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
