import { CompiledQuery } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import { dialects, type SqlDialect } from '../db/dialect.ts';
import type { ModelDb } from '../db/model-db.ts';
import type { TableDef } from '../db/table-defs.ts';

/** SQLite binds at most 32766 variables per statement (PostgreSQL 65535): every chunk stays under it. */
const MAX_VARIABLES = 32766;

type Row = Record<string, unknown>;

interface Buffered {
  def: TableDef;
  columns: string[];
  columnSet: Set<string>;
  booleans: Set<string>;
  rowsPerChunk: number;
  rows: Row[];
  /** The INSERT text of a full chunk, built once: the big tables reuse it for every chunk. */
  fullSql?: string;
}

/**
 * Buffers rows per table and writes them as multi-row INSERTs of the largest chunk the variable limit
 * allows. Rows are plain objects keyed by column; a key that is not a column of the table throws, so a
 * typo never silently drops a value. Booleans are stored as the dialect stores them (1/0 on SQLite).
 */
export class TableWriter {
  private readonly tables = new Map<string, Buffered>();
  readonly written: Record<string, number> = {};
  private readonly dialect: SqlDialect;

  constructor(
    private readonly db: ModelDb,
    dialect: DialectName,
    defs: TableDef[],
  ) {
    this.dialect = dialects[dialect];
    for (const def of defs) {
      const columns = def.columns.map(([name]) => name);
      this.tables.set(def.name, {
        def,
        columns,
        columnSet: new Set(columns),
        booleans: new Set(def.columns.filter(([, t]) => t === 'boolean').map(([n]) => n)),
        rowsPerChunk: Math.max(1, Math.floor(MAX_VARIABLES / columns.length)),
        rows: [],
      });
      this.written[def.name] = 0;
    }
  }

  add(table: string, row: Row): void {
    const t = this.tables.get(table);
    if (!t) throw new Error(`generator: unknown table ${table}`);
    for (const k in row) if (!t.columnSet.has(k)) throw new Error(`generator: ${table} has no column ${k}`);
    t.rows.push(row);
  }

  /** Writes the full chunks buffered so far (all rows when `all`). Called between launches. */
  async flush(all = false): Promise<void> {
    for (const [name, t] of this.tables) {
      while (t.rows.length >= t.rowsPerChunk || (all && t.rows.length > 0)) {
        const chunk = t.rows.splice(0, t.rowsPerChunk);
        await this.insert(name, t, chunk);
      }
    }
  }

  /** Deletes every row of the listed tables (the dataset replaces what the database held). */
  async clear(tables: string[]): Promise<void> {
    for (const name of tables) await this.db.executeQuery(CompiledQuery.raw(`DELETE FROM ${quote(name)}`));
  }

  /** Serial columns (PostgreSQL's sequences): move each sequence past the explicit ids we wrote. */
  async syncSequences(): Promise<void> {
    for (const [name, t] of this.tables) {
      if (!t.def.columns.some(([, type]) => type === 'serial')) continue;
      await this.dialect.syncSerialSequence(this.db, name, 'id');
    }
  }

  private async insert(name: string, t: Buffered, rows: Row[]): Promise<void> {
    const { columns, booleans } = t;
    const params: unknown[] = new Array(rows.length * columns.length);
    const { storedBoolean } = this.dialect;
    let i = 0;
    for (const row of rows) {
      for (const col of columns) {
        let v = row[col];
        if (v === undefined) v = null;
        else if (booleans.has(col) && typeof v === 'boolean') v = storedBoolean(v);
        params[i++] = v;
      }
    }
    const full = rows.length === t.rowsPerChunk;
    const text = full ? (t.fullSql ??= this.insertSql(name, columns, rows.length)) : this.insertSql(name, columns, rows.length);
    await this.db.executeQuery(CompiledQuery.raw(text, params));
    this.written[name] += rows.length;
  }

  private insertSql(table: string, columns: string[], rowCount: number): string {
    return `INSERT INTO ${quote(table)} (${columns.map(quote).join(',')}) VALUES ${this.dialect.valuesPlaceholders(columns.length, rowCount)}`;
  }
}

/** Double-quoted identifier: one table is called `update`. */
function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
