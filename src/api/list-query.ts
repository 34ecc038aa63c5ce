import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database, DialectName } from '../db/connect.ts';
import { GraphStore, type Row } from '../serialize/graph-store.ts';
import type { SerializeContext } from '../serialize/serializer.ts';
import { CHOICE_ERROR, choiceTable, filterCondition, filterParams, parseFilters, searchTermCondition, type FilterContext, type FilterParam } from './filters.ts';
import { pageLinks, positiveInt } from './links.ts';
import { aliasScope, type ModelExpressionBuilder } from './model-path.ts';
import { orderExpression, type Direction } from './order-expression.ts';
import { singletonRow, type Mode, type ResourceDecl } from './resource.ts';
import { parseUuid } from './values.ts';
import { JsonText, serializeJson, type ObjectReuse } from '../serialize/serialize-json.ts';
import type { Key } from '../serialize/graph-store.ts';
import { own } from '../model/define.ts';
import type { ListCache } from './list-cache.ts';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export interface ApiResult {
  status: number;
  body: unknown;
  /** How a mirror answered (the X-LL2-Mirror header; see src/sync/read-through.ts): kept with the cached answer. */
  mirror?: string;
}

export interface RequestContext {
  database: Database;
  query: URLSearchParams;
  /** Absolute URL of the requested path, without its query. */
  pathUrl: string;
  urlFor: SerializeContext['urlFor'];
  now: Date;
  /**
   * Data version, URL origin and format suffix, API version: what an object's text depends on besides
   * its shape and key. With the keys a body holds, it fingerprints the body (its ETag) without hashing
   * megabytes, whether or not objects are reused (absent: the body is hashed).
   */
  textPrefix?: string;
  /** Serialized objects this request may reuse (absent: serialize everything). */
  reuse?: ObjectReuse;
  /** List counts and page keys this request may reuse, with the data version they are keyed by. */
  lists?: { cache: ListCache; dataVersion: string };
}

const paramsCache = new WeakMap<ResourceDecl, FilterParam[]>();
function paramsOf(res: ResourceDecl): FilterParam[] {
  let p = paramsCache.get(res);
  if (!p) paramsCache.set(res, (p = filterParams(res.filters)));
  return p;
}

/** Most distinct `?ordering=` fields a list sorts by; LL2's own clients name one or two. */
export const MAX_ORDERING_TERMS = 8;
/** Most distinct `?search=` terms; each is matched against every search field of the endpoint. */
export const MAX_SEARCH_TERMS = 16;

const tooManyTerms = (max: number) => [`Ensure this field has no more than ${max} terms.`];

type Where = (eb: ModelExpressionBuilder) => Expression<SqlBool>;

/**
 * The WHERE of a request: the endpoint's scope, its filters and `?search=`; or DRF's 400 body.
 * `extraErrors` joins the body of errors found elsewhere (the ordering of a list).
 */
async function whereOf(res: ResourceDecl, ctx: RequestContext, extraErrors: Record<string, string[]> = {}): Promise<{ where: Where; searched: boolean } | { errors: Record<string, string[]> }> {
  const parsed = parseFilters(paramsOf(res), ctx.query);
  // django-filter's ModelChoiceFilter refuses a key that does not exist; every bad field is reported
  const errors: Record<string, string[]> = { ...parsed.errors, ...extraErrors };
  for (const pf of parsed.filters) {
    if (!pf.fp.filter.choice) continue;
    const table = choiceTable(res.entity, pf.fp.filter);
    const found = new Set((await ctx.database.db.selectFrom(table).select('id').where('id', 'in', pf.values).execute()).map((r) => r.id));
    const missing = pf.values.find((v) => !found.has(v));
    if (missing === undefined) continue;
    errors[pf.fp.param] = [pf.fp.filter.list === 'repeat' ? `Select a valid choice. ${missing} is not one of the available choices.` : CHOICE_ERROR];
  }
  // DRF ignores ?search= on a view without search fields
  const searchPaths = Object.values(res.search);
  const terms = searchPaths.length ? searchTerms(ctx.query.get('search')) : [];
  if (terms.length > MAX_SEARCH_TERMS) errors.search = tooManyTerms(MAX_SEARCH_TERMS);
  if (Object.keys(errors).length) return { errors: sortedKeys(errors) };
  // every term must match some field; each term's condition is built once for the count and the page
  const searches = terms.map((term) => searchTermCondition(ctx.database.db, ctx.database.dialect, res.entity, searchPaths, term));
  return {
    // a term to search for, on a list with search fields (`?search=,` or a list without them is no search)
    searched: searches.length > 0,
    // one alias numbering for the whole WHERE: the same request shape is the same SQL text
    where: (eb) =>
      aliasScope(() => {
        const fctx: FilterContext = { eb, entity: res.entity, dialect: ctx.database.dialect, now: ctx.now };
        const conds: Expression<SqlBool>[] = [];
        const scope = res.scope?.(fctx, ctx.query);
        if (scope) conds.push(scope);
        for (const pf of parsed.filters) {
          const c = filterCondition(pf, fctx);
          if (c) conds.push(c);
        }
        conds.push(...searches);
        return conds.length ? eb.and(conds) : sql<SqlBool>`1 = 1`;
      }),
  };
}

/** Error bodies list the parameters in one stable order, whichever check found them. */
function sortedKeys(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * DRF's SearchFilter: terms split on whitespace and commas, every term must match some field. A term
 * given twice is one condition (matching it again changes nothing).
 */
function searchTerms(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.replace(/\0/g, '').replace(/,/g, ' ').split(/\s+/).map((t) => t.replace(/^"(.*)"$/, '$1')).filter(Boolean))];
}

/** The declared ordering of a `?ordering=` name, if the endpoint declares it (an own key: never `constructor`). */
function declaredOrdering(res: ResourceDecl, name: string): string | undefined {
  return own(res.ordering, name);
}

/**
 * DRF's OrderingFilter: unknown fields are dropped. Ordering by a field again after itself has no
 * effect in SQL, so only its first occurrence (and direction) is kept; beyond MAX_ORDERING_TERMS
 * distinct fields the request is refused.
 */
function requestedOrdering(res: ResourceDecl, query: URLSearchParams): { terms: Array<[string, Direction]> } | { error: string[] } {
  // by what each name sorts by: two names of one field are one term too
  const seen = new Map<string, [string, Direction]>();
  for (const part of (query.get('ordering') ?? '').split(',')) {
    const s = part.trim();
    const name = s.replace(/^-/, '');
    const declared = s ? declaredOrdering(res, name) : undefined;
    if (declared === undefined || seen.has(declared)) continue;
    if (seen.size === MAX_ORDERING_TERMS) return { error: tooManyTerms(MAX_ORDERING_TERMS) };
    seen.set(declared, [name, s.startsWith('-') ? 'desc' : 'asc']);
  }
  return { terms: [...seen.values()] };
}

/**
 * The ORDER BY of a list; the key breaks ties so pages never overlap. Each term is `'id'` (the key)
 * or what the declaration names: a column, a duration or a model path.
 */
function orderingOf(res: ResourceDecl, requested: Array<[string, Direction]>, dialect: DialectName): Array<['id' | Expression<unknown>, Direction]> {
  const terms: Array<[string, Direction]> = requested.length
    ? requested
    : res.defaultOrdering.map((t) => [t.replace(/^-/, ''), t.startsWith('-') ? 'desc' : 'asc']);
  const named = terms.map(([t, dir]): [string, Direction] => [declaredOrdering(res, t) ?? t, dir]);
  if (!named.some(([c]) => c === 'id')) named.push(['id', named[0]?.[1] ?? 'asc']);
  return named.map(([c, dir]) => [c === 'id' ? 'id' : orderExpression(res.entity, c, dir, dialect), dir]);
}

export function modeOf(res: ResourceDecl, query: URLSearchParams): Mode {
  const m = query.get('mode');
  return m !== null && own(res.modes, m) ? (m as Mode) : res.defaultMode;
}

/**
 * The count and page queries of a list request (built, not run), or DRF's 400 body. Their SQL text
 * depends on the request's shape only, never on its values (every value is a bound parameter).
 */
export async function listQueries(res: ResourceDecl, ctx: RequestContext) {
  const ordering = requestedOrdering(res, ctx.query);
  // an ordering refused is reported with the filters' errors, in one body
  const w = await whereOf(res, ctx, 'error' in ordering ? { ordering: ordering.error } : {});
  if ('errors' in w) return { errors: w.errors };
  if ('error' in ordering) return { errors: { ordering: ordering.error } }; // (whereOf reported it already)
  // what a client shapes runs where it cannot hold the thread that serves HTTP (reader threads on SQLite)
  const db = ctx.database.guarded;
  const table = res.entity.table;
  const limit = positiveInt(ctx.query.get('limit'), DEFAULT_LIMIT, true, MAX_LIMIT);
  const offset = positiveInt(ctx.query.get('offset'), 0, false);
  const count = db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(w.where);
  // keys only: the page's objects may be cached; the rest are read by key below (reading the rows here
  // was measured: it moves their cost to SQLite's reader thread but adds a copy between threads, and on
  // PostgreSQL it stops a deep offset from being read off the index alone)
  let page = db.selectFrom(table).select(`${table}.id`).where(w.where);
  // PostgreSQL's (and so LL2's) order: NULLs last ascending, first descending, on every dialect
  for (const [col, dir] of orderingOf(res, ordering.terms, ctx.database.dialect)) {
    // the key is never NULL, and a NULLS clause on it stops SQLite from reading the order off an index
    if (col === 'id') page = page.orderBy(`${table}.id`, dir);
    else page = page.orderBy(col, (ob) => (dir === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsFirst()));
  }
  page = page.limit(limit).offset(offset);
  const orderingKey = ordering.terms.map(([f, d]) => (d === 'desc' ? `-${f}` : f)).join(',');
  return { count, page, limit, offset, orderingKey, searched: w.searched };
}

/** Offsets up to this are read with the count (a deep page of a 100k-launch list is well under it). */
const IN_RANGE_OFFSET = 10_000_000;

export async function listResource(res: ResourceDecl, ctx: RequestContext): Promise<ApiResult> {
  const q = await listQueries(res, ctx);
  if ('errors' in q) return { status: 400, body: q.errors };
  const { limit, offset } = q;
  const countQuery = async () => Number((await q.count.executeTakeFirst())?.n ?? 0);
  const pageQuery = async () => (await q.page.execute()).map((r) => r.id as Key);
  const lists = ctx.lists;
  const listKey = lists?.cache.key(lists.dataVersion, res, ctx.query, ctx.now);
  let count: number;
  let ids: Key[];
  if (offset <= IN_RANGE_OFFSET && q.searched && lists?.cache.knownCount(listKey!) === undefined) {
    // A search's page visits every match to order them: the same query counts them, instead of a
    // second query visiting every match again (SQLite 100k, 12 terms: count + page 380-414 ms of SQL,
    // page with its count 233-241). An empty page past the first says nothing of the count: it is asked.
    const rows = await q.page.select(sql<number>`count(*) over ()`.as('ll2_count')).execute();
    count = rows.length ? Number(rows[0].ll2_count) : offset === 0 ? 0 : await countQuery();
    ids = rows.map((r) => r.id as Key);
    lists?.cache.rememberPage(listKey!, count, q.orderingKey, limit, offset, ids);
  } else {
    const counting = lists ? lists.cache.count(listKey!, countQuery) : countQuery();
    const paging = () => (lists ? lists.cache.page(listKey!, q.orderingKey, limit, offset, pageQuery) : pageQuery());
    // the count and the page are independent reads: asked together, SQLite's reader threads get them in one
    // message and PostgreSQL runs them side by side. An offset past any table's size is asked only after
    // the count shows it is in range: the database would refuse it (SQLite above 2^63) or walk every row.
    const [n, page] = offset <= IN_RANGE_OFFSET ? await Promise.all([counting, paging()]) : [await counting, undefined];
    count = n;
    ids = offset >= count ? [] : (page ?? (await paging()));
  }
  const mode = modeOf(res, ctx.query);
  const results = await serializeJson(res.shapes, res.modes[mode]!, ids, serializeContext(ctx), ctx.reuse);
  const { next, previous } = pageLinks(ctx.pathUrl, ctx.query, count, limit, offset);
  const head = `{"count":${count},"next":${JSON.stringify(next)},"previous":${JSON.stringify(previous)},"results":[`;
  const fingerprint = ctx.textPrefix && `${ctx.textPrefix}\n${mode}\n${head}\n${ids.join(',')}`;
  return { status: 200, body: new JsonText(head, results, ']}', fingerprint) };
}

function serializeContext(ctx: RequestContext): SerializeContext {
  return { store: new GraphStore(ctx.database.db), urlFor: ctx.urlFor };
}

/** A singleton endpoint: its one object (imported, else built from the data: `singletonRow`), in the requested mode. */
export async function singletonResource(res: ResourceDecl, ctx: RequestContext): Promise<ApiResult> {
  const { db } = ctx.database;
  const store = new GraphStore(db);
  const row = await singletonRow(res, { db, dialect: ctx.database.dialect, now: ctx.now, store });
  if (!row) return NOT_FOUND;
  const [body] = await res.shapes.serialize(res.modes[modeOf(res, ctx.query)]!, [row], { store, urlFor: ctx.urlFor });
  return { status: 200, body };
}

export const NOT_FOUND: ApiResult = { status: 404, body: { detail: 'Not found.' } };

/** `/{id}/`: the object if the endpoint's queryset (scope, filters, search) holds it, in the detailed shape. */
export async function retrieveResource(res: ResourceDecl, rawId: string, ctx: RequestContext): Promise<ApiResult> {
  const id = res.entity.key === 'uuid' ? parseUuid(rawId) : /^\d+$/.test(rawId) && rawId.length < 16 ? Number(rawId) : undefined;
  if (id === undefined) return NOT_FOUND;
  const w = await whereOf(res, ctx);
  if ('errors' in w) return { status: 400, body: w.errors };
  // a bare `/{id}/` is a key lookup; with filters or search its conditions are the client's (see listQueries)
  const shaped = [...ctx.query.keys()].some((k) => k !== 'format' && k !== 'mode');
  const db = shaped ? ctx.database.guarded : ctx.database.db;
  const table = res.entity.table;
  // a key lookup reads the whole row at once (one query, one round trip, instead of the key then the row)
  const byKey = db.selectFrom(table).where(`${table}.id`, '=', id).where(w.where);
  const found: Row | undefined = await (shaped ? byKey.select(`${table}.id`) : byKey.selectAll(table)).executeTakeFirst();
  if (!found) return NOT_FOUND;
  const [bytes] = await serializeJson(res.shapes, res.detailShape, [found.id as Key], serializeContext(ctx), ctx.reuse, shaped ? undefined : [found]);
  const fingerprint = ctx.textPrefix && `${ctx.textPrefix}\n${res.detailShape}\n${found.id}`;
  return bytes === undefined ? NOT_FOUND : { status: 200, body: new JsonText('', [bytes], '', fingerprint) };
}
