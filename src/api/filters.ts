import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import { dialects } from '../db/dialect.ts';
import type { ModelDb } from '../db/model-db.ts';
import type { Entity } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { aliasScope, anyPathCondition, pathCondition, resolvePath, type LeafSite, type ModelExpressionBuilder } from './model-path.ts';
import { searchRowKey } from './search-index.ts';
import { parseDateTime, parseNumber, parseUuid, parseBool, parseDate } from './values.ts';

export type FilterType = 'int' | 'number' | 'text' | 'datetime' | 'date' | 'bool' | 'uuid';
export type Lookup = 'exact' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'icontains';

/** The context a custom filter builds its SQL in. */
export interface FilterContext {
  eb: ModelExpressionBuilder;
  entity: Entity;
  dialect: DialectName;
  now: Date;
}

/**
 * One filter of a resource, as django-filter declares it. The parameters it answers to are its name
 * for `exact` and `name__lookup` for the others. `path` (dot-separated, through the model) says what
 * it compares; `sql` replaces that for the few filters LL2 computes.
 */
export interface FilterDecl {
  name: string;
  type: FilterType;
  lookups?: Lookup[];
  /** `csv`: `a,b,c` is an OR of the values; `repeat`: `x=1&x=2` is. */
  list?: 'csv' | 'repeat';
  path?: string;
  /** The value must be the id of an existing row (django-filter's ModelChoiceFilter). */
  choice?: boolean;
  /**
   * The SQL of a computed filter. `values` are as `type` parses them (int and number: numbers, bool:
   * booleans, the others: strings), so their element type follows the declaration's `type` and each
   * implementation reads them as its own; typing that would take a union of declarations told apart by
   * `type`, in every resource's filters.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the element type follows `type` (see above)
  sql?: (values: any[], ctx: FilterContext, lookup: Lookup) => Expression<SqlBool> | null;
  description?: string;
}

export interface FilterParam {
  param: string;
  filter: FilterDecl;
  lookup: Lookup;
}

/** Every query parameter the filters answer to, in declaration order. */
export function filterParams(filters: FilterDecl[]): FilterParam[] {
  const out: FilterParam[] = [];
  for (const filter of filters) {
    for (const lookup of filter.lookups ?? ['exact']) {
      out.push({ param: lookup === 'exact' ? filter.name : `${filter.name}__${lookup}`, filter, lookup });
    }
  }
  return out;
}

/** What a filter without `sql` compares: its `path`, or the path its name spells (`lsp__id` → `lsp.id`). */
export function filterPath(filter: FilterDecl): string {
  return filter.path ?? filter.name.replace(/__/g, '.');
}

export type ParsedFilter = { fp: FilterParam; values: unknown[] };

/**
 * Most distinct values one list filter (`id=1,2,3`, `program=1&program=2`) takes. Each is a bound
 * parameter (some filters bind it up to three times); with Node's 16 KB request head the values of
 * all filters together stay far below SQLite's 32,766 parameters per statement.
 */
export const MAX_LIST_VALUES = 1000;

const NUMBER_ERROR = 'Enter a number.';
export const CHOICE_ERROR = 'Select a valid choice. That choice is not one of the available choices.';
const messages: Record<FilterType, string> = {
  int: NUMBER_ERROR,
  number: NUMBER_ERROR,
  datetime: 'Enter a valid date/time.',
  date: 'Enter a valid date.',
  uuid: 'Enter a valid UUID.',
  text: 'Null characters are not allowed.',
  bool: '',
};

/**
 * Reads the filter parameters of a query. Returns the parsed filters, or DRF's error body
 * (`{"net__gte": ["Enter a valid date/time."]}`) when a value is invalid. Empty values mean no filter,
 * and an unreadable boolean is ignored (Django's NullBooleanField).
 */
export function parseFilters(params: FilterParam[], query: URLSearchParams): { filters: ParsedFilter[]; errors?: Record<string, string[]> } {
  const filters: ParsedFilter[] = [];
  const errors: Record<string, string[]> = {};
  for (const fp of params) {
    const all = query.getAll(fp.param);
    if (!all.length) continue;
    const { filter } = fp;
    // Django strips every value (and every item of a comma list); what is left blank means no filter
    // a value listed twice selects nothing more: each is compared once
    const raw = [...new Set((filter.list === 'repeat' ? all : filter.list === 'csv' ? all[all.length - 1].split(',') : [all[all.length - 1]])
      .map((v) => v.trim())
      .filter((v) => v !== ''))];
    if (!raw.length) continue;
    if (raw.length > MAX_LIST_VALUES) {
      // Django's ArrayMaxLengthValidator wording
      errors[fp.param] = [`List contains ${raw.length} items, it should contain no more than ${MAX_LIST_VALUES}.`];
      continue;
    }
    const values: unknown[] = [];
    for (const v of raw) {
      const parsed = filter.choice || filter.list === 'repeat' ? parseKey(filter.type, v) : parseValue(filter.type, v, fp.lookup);
      if (parsed !== undefined) {
        values.push(parsed);
        continue;
      }
      if (filter.type !== 'bool') {
        if (filter.list === 'repeat') errors[fp.param] = [`“${v}” is not a valid value.`];
        else errors[fp.param] = [filter.choice ? CHOICE_ERROR : messages[filter.type]];
      }
      break;
    }
    if (values.length === raw.length) filters.push({ fp, values: [...new Set(values)] });
  }
  return Object.keys(errors).length ? { filters, errors } : { filters };
}

/** A model choice is a primary key: an integer string only (`3.0` is not one). */
function parseKey(type: FilterType, v: string): unknown {
  if (type === 'int') return /^[+-]?\d+$/.test(v) ? toInt32(Number(v)) : undefined;
  return parseValue(type, v, 'exact');
}

/**
 * Django compares a number with an integer column as `int(value)`; keeping it inside the 32-bit range
 * of our integer columns gives the same answers and spares PostgreSQL an out-of-range error.
 */
function toInt32(n: number): number {
  return Math.min(2147483647, Math.max(-2147483648, Math.trunc(n)));
}

/** A value as an integer filter reads it (`1.5` → 1, `1e40` → 2147483647); undefined when it is no number. */
export function parseInt32(v: string): number | undefined {
  const n = parseNumber(v);
  return n === undefined ? undefined : toInt32(n);
}

function parseValue(type: FilterType, v: string, lookup: Lookup): unknown {
  switch (type) {
    case 'int':
      return parseInt32(v);
    case 'number':
      return parseNumber(v);
    case 'datetime':
      return dateTimeBound(v, lookup);
    case 'date':
      return parseDate(v);
    case 'uuid':
      return parseUuid(v);
    case 'bool':
      return parseBool(v);
    case 'text':
      return v.includes('\0') ? undefined : v; // Django's ProhibitNullCharactersValidator
  }
}

/** The table a choice filter's value must be a key of (the last hop of its path). */
export function choiceTable(entity: Entity, filter: FilterDecl): string {
  const { hops } = resolvePath(entity, filterPath(filter));
  let at = entity;
  for (const hop of hops) at = model[at.relations[hop].target];
  return at.table;
}

/**
 * Stored date-times have whole seconds (LL2's own precision), and as text `…22Z` sorts after
 * `…22.5Z`; so a bound with a fraction is moved to the whole second that gives the same answer.
 */
function dateTimeBound(v: string, lookup: Lookup): string | undefined {
  const iso = parseDateTime(v);
  if (!iso || iso.length === 20) return iso;
  const whole = `${iso.slice(0, 19)}Z`;
  if (lookup === 'gte' || lookup === 'lt') return `${new Date(Date.parse(whole) + 1000).toISOString().slice(0, 19)}Z`;
  return lookup === 'exact' ? iso : whole;
}

/** The SQL condition of one parsed filter. */
export function filterCondition(pf: ParsedFilter, ctx: FilterContext): Expression<SqlBool> | null {
  const { filter, lookup } = pf.fp;
  if (filter.sql) return filter.sql(pf.values, ctx, lookup);
  return pathCondition(ctx.eb, ctx.entity, filterPath(filter), (col) => compare(ctx, col, lookup, pf.values));
}

/** `col <lookup> value`, OR-ed over the values of a list filter. */
export function compare(ctx: FilterContext, col: Expression<unknown>, lookup: Lookup, values: unknown[]): Expression<SqlBool> {
  const { eb } = ctx;
  switch (lookup) {
    case 'exact': {
      // a boolean as the database stores it (1/0 on SQLite)
      const { storedBoolean } = dialects[ctx.dialect];
      const vs = values.map((v) => (typeof v === 'boolean' ? storedBoolean(v) : v));
      return vs.length === 1 ? eb(col, '=', vs[0]) : eb(col, 'in', vs);
    }
    case 'gt':
      return eb(col, '>', values[0]);
    case 'gte':
      return eb(col, '>=', values[0]);
    case 'lt':
      return eb(col, '<', values[0]);
    case 'lte':
      return eb(col, '<=', values[0]);
    case 'contains':
    case 'icontains':
      return anyOf(eb, values.map((v) => containsCondition(ctx, col, String(v), lookup === 'icontains')));
  }
}

/**
 * OR of many conditions, nested as a balanced tree: SQLite refuses an expression deeper than 1000
 * (`a OR b OR c ...` is one level per term), a tree of n terms is log2(n) deep.
 */
export function anyOf(eb: ModelExpressionBuilder, conds: Expression<SqlBool>[]): Expression<SqlBool> {
  if (conds.length <= 16) return eb.or(conds);
  const mid = Math.ceil(conds.length / 2);
  return eb.or([anyOf(eb, conds.slice(0, mid)), anyOf(eb, conds.slice(mid))]);
}

/** Substring match; LIKE patterns escape the user's `%`, `_` and `\`. */
export function containsCondition(ctx: FilterContext, col: Expression<unknown>, value: string, caseInsensitive: boolean): Expression<SqlBool> {
  const dialect = dialects[ctx.dialect];
  if (!caseInsensitive) return dialect.contains(col, value);
  return dialect.likeIgnoringCase(col, likePattern(value));
}

/** The LIKE pattern of "contains `value`": `%value%`, the user's `%`, `_` and `\` escaped. */
function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * What one `?search=` term binds: the icontains pattern, and what the search index is asked (undefined:
 * the index cannot narrow, the LIKE alone decides).
 */
interface SearchValues {
  pattern: string;
  indexQuery: string | undefined;
}

function searchValues(dialect: DialectName, term: string): SearchValues {
  return { pattern: likePattern(term), indexQuery: dialects[dialect].searchIndexQuery(term) };
}

/**
 * One `?search=` term on one search field: exactly icontains (containsCondition), with the rows first
 * narrowed through the field's search index where the dialect can (SqlDialect.searchCandidates): the
 * index finds a superset of the matches cheaply and the LIKE beside it keeps only the true ones.
 */
export function searchCondition(ctx: FilterContext, col: Expression<unknown>, term: string, site: LeafSite | undefined): Expression<SqlBool> {
  return searchLeaf(ctx, col, searchValues(ctx.dialect, term), site);
}

function searchLeaf(ctx: FilterContext, col: Expression<unknown>, values: SearchValues, site: LeafSite | undefined): Expression<SqlBool> {
  const dialect = dialects[ctx.dialect];
  const contains = dialect.likeIgnoringCase(col, values.pattern);
  if (!site || values.indexQuery === undefined) return contains;
  const candidates = dialect.searchCandidates({ table: site.entity.table, rowKey: searchRowKey(site.entity), alias: site.alias, column: site.column }, values.indexQuery);
  return ctx.eb.and([candidates, contains]);
}

/**
 * One `?search=` term over an endpoint's search fields (DRF's SearchFilter: some field contains it), as
 * a condition on `entity`'s table. SQLite reads an OR of IN-subqueries off its indexes itself
 * (MULTI-INDEX OR, at every depth), so fields reached through the same relation share its subquery
 * (anyPathCondition: rocket to launch mapped once, not once per rocket field). PostgreSQL cannot, and
 * matches each field as one key query of a UNION (SqlDialect.searchFieldsByUnion); an OR inside a shared
 * subquery would make it scan again (measured: 6.4 → 7.7 ms of database CPU per search at 10k launches).
 */
function searchTermTree(ctx: FilterContext, paths: string[], values: SearchValues): Expression<SqlBool> {
  const { eb, entity } = ctx;
  const leaf = (col: Expression<unknown>, site?: LeafSite) => searchLeaf(ctx, col, values, site);
  if (!dialects[ctx.dialect].searchFieldsByUnion) return anyPathCondition(eb, entity, paths, leaf);
  const table = entity.table;
  const parts = paths.map((path, k) => {
    const alias = `s${k}`;
    return eb.selectFrom(`${table} as ${alias}`).select(`${alias}.id`).where((e) => pathCondition(e, entity, path, leaf, alias));
  });
  return eb(sql.ref(`${table}.id`), 'in', parts.reduce((all, part) => all.union(part)));
}

/** A search term's condition compiled once: its SQL text split at its parameters, and which value each one binds. */
interface SearchFragment {
  pieces: string[];
  binds: Array<keyof SearchValues>;
}

/** By dialect, endpoint table and fields, and whether the index narrows: a few dozen at most. */
const searchFragments = new Map<string, SearchFragment>();

/**
 * The condition of one `?search=` term (searchTermTree) for `entity` searched on `paths`. The tree is
 * the same for every term of a shape (dialect, fields, index or scan), only its bound values change, and
 * building and compiling its dozen nested subqueries with Kysely took more CPU than SQLite took to run
 * them: so it is compiled once per shape, and each request binds its values to that text. Its subqueries'
 * aliases are numbered on their own: they are siblings of the filters' subqueries, never nested in them.
 */
export function searchTermCondition(db: ModelDb, dialect: DialectName, entity: Entity, paths: string[], term: string): Expression<SqlBool> {
  const values = searchValues(dialect, term);
  const key = [dialect, entity.table, values.indexQuery !== undefined, ...paths].join('\n');
  let fragment = searchFragments.get(key);
  if (!fragment) searchFragments.set(key, (fragment = compileSearchFragment(db, dialect, entity, paths, values.indexQuery !== undefined)));
  const pieces = fragment.pieces;
  return sql<SqlBool>(Object.assign([...pieces], { raw: pieces }), ...fragment.binds.map((b) => values[b]));
}

function compileSearchFragment(db: ModelDb, dialect: DialectName, entity: Entity, paths: string[], indexed: boolean): SearchFragment {
  // stand-ins no request can bind (a term never holds NUL): each parameter is told apart by identity
  const stand: SearchValues = { pattern: '\0pattern', indexQuery: indexed ? '\0index' : undefined };
  const compiled = db
    .selectFrom(entity.table)
    .selectAll()
    .where((eb) => aliasScope(() => searchTermTree({ eb, entity, dialect, now: new Date(0) }, paths, stand)))
    .compile();
  const at = compiled.sql.indexOf(' where ');
  const pieces = `(${compiled.sql.slice(at + ' where '.length)})`.split(dialects[dialect].placeholder);
  const binds = compiled.parameters.map((p) => {
    const bind = (Object.keys(stand) as Array<keyof SearchValues>).find((k) => stand[k] === p);
    if (!bind) throw new Error(`search fragment of ${entity.table}: unexpected parameter ${String(p)}`);
    return bind;
  });
  if (at < 0 || pieces.length !== binds.length + 1) throw new Error(`search fragment of ${entity.table}: ${binds.length} parameters, ${pieces.length - 1} placeholders`);
  return { pieces, binds };
}
