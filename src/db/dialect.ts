import { CompiledQuery, PostgresAdapter, sql, type CreateTableBuilder, type Expression, type Kysely, type QueryExecutorProvider, type SqlBool, type TransactionBuilder } from 'kysely';
import { DURATION_PATTERN, SQLITE_FUNCTION } from './iso-duration.ts';
import type { SearchIndexDef } from './table-defs.ts';
import { readBatch } from './sqlite-pool.ts';

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
  /**
   * Several independent reads as one call to the database, and how to split its result into each read's
   * rows: PostgreSQL, one statement (one round trip); SQLite, one batch the driver runs under one lock
   * (readBatch: no round trip to save, but one trip through Kysely instead of one per read).
   */
  combineReads?: (queries: CompiledQuery[]) => { query: CompiledQuery; split(rows: Array<Record<string, unknown>>): Array<Array<Record<string, unknown>>> };
  /**
   * Builds the substring index `?search=` reads over `columns` of `index.table` and fills it from the rows
   * there: SQLite's FTS5 trigram table kept in step by triggers (so every writer keeps it right without
   * code of its own), PostgreSQL's pg_trgm GIN indexes. Returns a warning when the index cannot be built
   * (pg_trgm not installable): search then keeps working by scanning, as before.
   */
  createSearchIndex(db: QueryExecutorProvider, index: SearchIndexSite, columns: string[]): Promise<string | undefined>;
  /**
   * What the search index is asked for `term` (a bound parameter of searchCandidates), or undefined when
   * the index cannot narrow: a term shorter than a trigram, or PostgreSQL, where the GIN index serves the
   * ILIKE itself.
   */
  searchIndexQuery(term: string): string | undefined;
  /**
   * The rows of `site` whose column may contain the term of `query` (searchIndexQuery) ignoring case: a
   * condition that narrows the rows through the search index, true of every row `likeIgnoringCase`
   * matches (a superset: the caller keeps the LIKE to decide).
   */
  searchCandidates(site: SearchIndexSite & { alias: string; column: string }, query: string): Expression<SqlBool>;
  /** A bound parameter's placeholder in compiled SQL text (`?`, `$1`): splits a compiled fragment into the pieces it is reused from. */
  readonly placeholder: RegExp;
  /**
   * Whether `?search=` matches a term's fields as `id IN (UNION of one key query per field)` rather
   * than an OR of the fields. PostgreSQL cannot read an OR of IN-subqueries off indexes and scanned the
   * whole table (89 → 30 ms at 10k launches); SQLite reads that OR off its indexes itself (MULTI-INDEX
   * OR), and the UNION's temporary b-trees cost it more (63 → 160 ms CPU at 100k).
   */
  readonly searchFieldsByUnion: boolean;
}

/** A table with a search index: its name and the integer key of its index rows. */
export type SearchIndexSite = Pick<SearchIndexDef, 'table' | 'rowKey'>;

/** The FTS5 table of a table's search index (SQLite). */
const ftsTable = (table: string) => `${table}__search`;

/** Column names go into FTS5's declaration as barewords: only plain names are accepted. */
function plainName(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain column name: ${name}`);
  return name;
}

/** A trigram index cannot find a string shorter than a trigram: such a term is matched by scanning. */
const TRIGRAM = 3;

const sqlite: SqlDialect = {
  name: 'sqlite',
  combineReads: (queries) => ({ query: readBatch(queries), split: (rows) => rows as unknown as Array<Array<Record<string, unknown>>> }),
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
  createSearchIndex: async (db, { table, rowKey }, columns) => {
    const fts = ftsTable(table);
    const q = (name: string) => `"${name}"`;
    // A later migration may index more columns of a table: an FTS5 table cannot gain columns, so the
    // index is built again over the old and the new ones (the rebuild below refills it).
    const indexed = (await sql<{ name: string }>`SELECT name FROM pragma_table_info(${fts})`.execute(db)).rows.map((r) => r.name);
    const cols = [...new Set([...indexed, ...columns])].map(plainName);
    for (const trigger of ['insert', 'delete', 'update']) await sql.raw(`DROP TRIGGER IF EXISTS ${q(`${fts}_${trigger}`)}`).execute(db);
    await sql.raw(`DROP TABLE IF EXISTS ${q(fts)}`).execute(db);
    const values = (row: 'new' | 'old') => [`${row}.${rowKey}`, ...cols.map((c) => `${row}.${q(c)}`)].join(', ');
    const ftsColumns = ['rowid', ...cols.map(q)].join(', ');
    // External content: the index keeps only trigrams, the text stays in `table`. case_sensitive 0 folds
    // all of Unicode, LIKE only ASCII, and diacritics are kept (the default; naming remove_diacritics
    // would make the table unreadable to SQLite before 3.45, such as Debian 12's sqlite3 shell): every
    // row LIKE matches is found, and the LIKE kept beside the index drops the others.
    await sql
      .raw(`CREATE VIRTUAL TABLE ${q(fts)} USING fts5(${cols.join(', ')}, content='${table}', content_rowid='${rowKey}', tokenize='trigram case_sensitive 0')`)
      .execute(db);
    // An external-content index must be told the old values of a row to forget it: triggers do that for
    // every writer (import, sync, generate, --replace).
    const remove = `INSERT INTO ${q(fts)}(${q(fts)}, ${ftsColumns}) VALUES ('delete', ${values('old')});`;
    const add = `INSERT INTO ${q(fts)}(${ftsColumns}) VALUES (${values('new')});`;
    await sql.raw(`CREATE TRIGGER ${q(`${fts}_insert`)} AFTER INSERT ON ${q(table)} BEGIN ${add} END`).execute(db);
    await sql.raw(`CREATE TRIGGER ${q(`${fts}_delete`)} AFTER DELETE ON ${q(table)} BEGIN ${remove} END`).execute(db);
    const watched = [...(rowKey === 'id' ? ['id'] : []), ...cols].map(q);
    // an upsert sets every column, changed or not (an agency is written again with each of its
    // launches): only a value that changed costs index work
    const changed = watched.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
    await sql.raw(`CREATE TRIGGER ${q(`${fts}_update`)} AFTER UPDATE OF ${watched.join(', ')} ON ${q(table)} WHEN ${changed} BEGIN ${remove} ${add} END`).execute(db);
    await sql.raw(`INSERT INTO ${q(fts)}(${q(fts)}) VALUES ('rebuild')`).execute(db);
    return undefined;
  },
  searchFieldsByUnion: false,
  // the term as one FTS5 string (a `"` doubled): every character is literal, none is query syntax
  searchIndexQuery: (term) => ([...term].length < TRIGRAM ? undefined : `"${term.replace(/"/g, '""')}"`),
  searchCandidates: ({ table, rowKey, alias, column }, query) => {
    const fts = ftsTable(table);
    return sql<SqlBool>`${sql.ref(`${alias}.${rowKey}`)} in (select rowid from ${sql.table(fts)} where ${sql.ref(`${fts}.${column}`)} match ${query})`;
  },
  placeholder: /\?/g,
};

const postgres: SqlDialect = {
  name: 'postgres',
  // Each read becomes one json column of a one-row SELECT: its rows, in its own ORDER BY (an aggregate
  // over an ordered subquery reads it in that order), as json_agg writes them. The model's columns are
  // text, integer, double precision and boolean, which JSON gives back as the driver parses them.
  combineReads: (queries) => {
    let offset = 0;
    const parameters: unknown[] = [];
    const columns = queries.map((query, i) => {
      const q = keysAsOneArray(query);
      const at = offset;
      // each query numbers its parameters from $1: shift them past the ones before it
      const text = q.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + at}`);
      offset += q.parameters.length;
      parameters.push(...q.parameters);
      return `(select coalesce(json_agg(x), '[]'::json) from (${text}) x) as r${i}`;
    });
    return {
      query: CompiledQuery.raw(`select ${columns.join(', ')}`, parameters),
      split: ([row]) => queries.map((_, i) => row[`r${i}`] as Array<Record<string, unknown>>),
    };
  },
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
  createSearchIndex: async (db, { table }, columns) => {
    // pg_trgm ships with PostgreSQL's contrib and is a trusted extension (a database owner may create
    // it), but a server without contrib has none: the migration then goes on without the indexes
    await sql.raw('SAVEPOINT search_index').execute(db);
    try {
      await sql.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm').execute(db);
      await sql.raw('RELEASE SAVEPOINT search_index').execute(db);
    } catch (e) {
      await sql.raw('ROLLBACK TO SAVEPOINT search_index').execute(db);
      return `pg_trgm is not available (${(e as Error).message}): ?search= on ${table} scans instead of using an index`;
    }
    for (const column of columns.map(plainName)) {
      // indexed as likeIgnoringCase reads it, `cast(col as text)`: a few searched columns are numbers (pad counts)
      await sql.raw(`CREATE INDEX IF NOT EXISTS "ix_${table}__${column}__trgm" ON "${table}" USING gin ((cast("${column}" as text)) gin_trgm_ops)`).execute(db);
    }
    return undefined;
  },
  searchIndexQuery: () => undefined,
  searchCandidates: () => {
    throw new Error('PostgreSQL narrows no search by a candidate condition (searchIndexQuery gives none)');
  },
  placeholder: /\$\d+/g,
  searchFieldsByUnion: true,
};

/**
 * A keyed read (`... x in ($1, ..., $n) ...`, its parameters exactly the keys) as `x = any($1)` with the keys
 * as one array parameter: the text then no longer depends on how many keys a page has, so a loader step's
 * combined statement has one text per mix of relations, not one per mix of relations and padded key counts,
 * and repeats often enough to stay prepared (pg-statements.ts): 40 detailed pages of 100 launches sent 440
 * distinct texts, 146 this way. A read of any other form is left as it is.
 */
function keysAsOneArray(q: CompiledQuery): CompiledQuery {
  const n = q.parameters.length;
  if (n === 0) return q;
  let list = ' in ($1';
  for (let i = 2; i <= n; i++) list += `, $${i}`;
  list += ')';
  const at = q.sql.indexOf(list);
  // each placeholder appears once in Kysely's SQL: a list naming all of them ($n closed by its parenthesis) holds every parameter
  if (at < 0) return q;
  return CompiledQuery.raw(`${q.sql.slice(0, at)} = any($1)${q.sql.slice(at + list.length)}`, [q.parameters]);
}

/** pg_get_serial_sequence takes the table as SQL text, quoted as an identifier (one table is called `update`). */
function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export const dialects: Readonly<Record<DialectName, SqlDialect>> = { sqlite, postgres };

/** The dialect a Kysely instance speaks (code handed only a `db`, such as the loaders). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table set: only the adapter is read
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The SQL of a stored duration's seconds on `dialect` (see SqlDialect.durationSeconds). */
export function durationSecondsSql(column: Expression<unknown>, dialect: DialectName): Expression<unknown> {
  return dialects[dialect].durationSeconds(column);
}
