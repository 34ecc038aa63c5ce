import { sql, type CreateTableBuilder, type Expression, type QueryExecutorProvider, type SqlBool, type TransactionBuilder } from 'kysely';
import { DURATION_PATTERN, SQLITE_FUNCTION } from './iso-duration.ts';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything SQLite and PostgreSQL do differently, as one object per dialect with the same functions.
 * The rest of the code asks `dialects[name].fn(...)` and never tests the dialect's name itself, so a
 * difference is written (and reviewed) once, here, side by side with its twin.
 */
export interface SqlDialect {
  readonly name: DialectName;
  /** A boolean as the database stores it: better-sqlite3 binds no booleans, SQLite keeps 1/0. */
  storedBoolean(v: boolean): boolean | number;
  /** Adds an auto-increment integer primary key column (`serial` in table-defs). */
  addSerialKey<T extends string>(table: CreateTableBuilder<T, never>, column: string): CreateTableBuilder<T, never>;
  /** Seconds of a stored ISO 8601 duration (iso-duration.ts), for ordering; NULL (or any other text) gives NULL. */
  durationSeconds(column: Expression<unknown>): Expression<unknown>;
  /** `col` contains `value` (case-sensitive); PostgreSQL compares text only, so a number column is matched on its text, as Django does. */
  contains(col: Expression<unknown>, value: string): Expression<SqlBool>;
  /** `col LIKE pattern` ignoring case (ASCII on SQLite, as Django's icontains there), with `\` as the escape. */
  likeIgnoringCase(col: Expression<unknown>, pattern: string): Expression<SqlBool>;
  /** Whole seconds since 1970 of an ISO date-time text expression, as raw SQL (statistics). */
  epochSecondsSql(expr: string): string;
  /** A transaction whose reads all see one snapshot: SQLite's transactions always do; PostgreSQL needs repeatable read. */
  snapshot<DB>(tx: TransactionBuilder<DB>): TransactionBuilder<DB>;
  /**
   * Turns PostgreSQL's JIT off for the current transaction: long expression lists over few (or freshly
   * loaded, unanalysed) rows are estimated costly, and their compilation alone took seconds. SQLite has none.
   */
  withoutJit(db: QueryExecutorProvider): Promise<void>;
  /** Refreshes the planner's statistics after a bulk load (PostgreSQL's ANALYZE; SQLite plans without them). */
  analyze(db: QueryExecutorProvider): Promise<void>;
  /** Moves a serial column's sequence past the ids written explicitly (PostgreSQL; SQLite follows max(id) itself). */
  syncSerialSequence(db: QueryExecutorProvider, table: string, column: string): Promise<void>;
  /** Placeholders of `rows` tuples of `columns` parameters each, for a raw multi-row INSERT. */
  valuesPlaceholders(columns: number, rows: number): string;
}

const sqlite: SqlDialect = {
  name: 'sqlite',
  storedBoolean: (v) => (v ? 1 : 0),
  addSerialKey: (table, column) => table.addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement()),
  // SQLite has no regular expressions: the connection registers a JS function (connect.ts, sqlite-worker.ts)
  durationSeconds: (column) => sql`${sql.raw(SQLITE_FUNCTION)}(${column})`,
  contains: (col, value) => sql<SqlBool>`instr(${col}, ${value}) > 0`,
  likeIgnoringCase: (col, pattern) => sql<SqlBool>`${col} like ${pattern} escape '\\'`,
  epochSecondsSql: (expr) => `CAST(strftime('%s', ${expr}) AS BIGINT)`,
  snapshot: (tx) => tx,
  withoutJit: async () => {},
  analyze: async () => {},
  syncSerialSequence: async () => {},
  valuesPlaceholders: (columns, rows) => new Array(rows).fill(`(${new Array(columns).fill('?').join(',')})`).join(','),
};

const postgres: SqlDialect = {
  name: 'postgres',
  storedBoolean: (v) => v,
  addSerialKey: (table, column) => table.addColumn(column, 'serial', (c) => c.primaryKey()),
  durationSeconds: (column) => {
    // the pattern guarantees each designator appears once, so each part can be read on its own
    const part = (designator: string, scale: number) =>
      sql`coalesce(cast(substring(${column} from ${sql.lit(`([0-9.]+)${designator}`)}) as numeric), 0) * ${sql.lit(scale)}`;
    return sql`(case when ${column} ~ ${sql.lit(DURATION_PATTERN)} then (case when ${column} like '-%' then -1 else 1 end) * (${part('D', 86400)} + ${part('H', 3600)} + ${part('M', 60)} + ${part('S', 1)}) end)`;
  },
  contains: (col, value) => sql<SqlBool>`strpos(cast(${col} as text), ${value}) > 0`,
  likeIgnoringCase: (col, pattern) => sql<SqlBool>`cast(${col} as text) ilike ${pattern} escape '\\'`,
  epochSecondsSql: (expr) => `CAST(extract(epoch from CAST(${expr} AS timestamptz)) AS BIGINT)`,
  snapshot: (tx) => tx.setIsolationLevel('repeatable read'),
  withoutJit: async (db) => {
    await sql.raw('SET LOCAL jit = off').execute(db);
  },
  analyze: async (db) => {
    await sql.raw('ANALYZE').execute(db);
  },
  syncSerialSequence: async (db, table, column) => {
    await sql`SELECT setval(pg_get_serial_sequence(${quoteIdentifier(table)}, ${column}), coalesce(max(${sql.id(column)}), 1), max(${sql.id(column)}) IS NOT NULL) FROM ${sql.id(table)}`.execute(db);
  },
  valuesPlaceholders: (columns, rows) => {
    const parts: string[] = new Array(rows);
    let n = 1;
    for (let r = 0; r < rows; r++) parts[r] = `(${Array.from({ length: columns }, () => `$${n++}`).join(',')})`;
    return parts.join(',');
  },
};

/** pg_get_serial_sequence takes the table as SQL text, quoted as an identifier (one table is called `update`). */
function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export const dialects: Readonly<Record<DialectName, SqlDialect>> = { sqlite, postgres };

/** The SQL of a stored duration's seconds on `dialect` (see SqlDialect.durationSeconds). */
export function durationSecondsSql(column: Expression<unknown>, dialect: DialectName): Expression<unknown> {
  return dialects[dialect].durationSeconds(column);
}
