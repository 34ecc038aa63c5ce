import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, DialectName } from '../db/connect.ts';
import { GraphStore, type Row } from '../serialize/graph-store.ts';
import type { SerializeContext } from '../serialize/serializer.ts';
import { CHOICE_ERROR, choiceTable, containsCondition, filterCondition, filterParams, parseFilters, type FilterContext, type FilterParam } from './filters.ts';
import { pageLinks, positiveInt } from './links.ts';
import { pathCondition } from './model-path.ts';
import { orderExpression, type Direction } from './order-expression.ts';
import type { Mode, ResourceDecl } from './resource.ts';
import { parseUuid } from './values.ts';
import { JsonText, serializeJson, type ObjectReuse } from '../serialize/serialize-json.ts';
import type { Key } from '../serialize/graph-store.ts';
import type { ListCache } from './list-cache.ts';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export interface ApiResult {
  status: number;
  body: unknown;
}

export interface RequestContext {
  database: Database;
  query: URLSearchParams;
  /** Absolute URL of the requested path, without its query. */
  pathUrl: string;
  urlFor: SerializeContext['urlFor'];
  now: Date;
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

/** The WHERE of a request: the endpoint's scope, its filters and `?search=`; or DRF's 400 body. */
async function whereOf(res: ResourceDecl, ctx: RequestContext): Promise<{ where: (eb: ExpressionBuilder<any, any>) => Expression<SqlBool> } | { errors: Record<string, string[]> }> {
  const parsed = parseFilters(paramsOf(res), ctx.query);
  // django-filter's ModelChoiceFilter refuses a key that does not exist; every bad field is reported
  const errors: Record<string, string[]> = { ...parsed.errors };
  for (const pf of parsed.filters) {
    if (!pf.fp.filter.choice) continue;
    const table = choiceTable(res.entity, pf.fp.filter);
    const found = new Set((await ctx.database.db.selectFrom(table).select('id').where('id', 'in', pf.values).execute()).map((r) => r.id));
    const missing = pf.values.find((v) => !found.has(v));
    if (missing === undefined) continue;
    errors[pf.fp.param] = [pf.fp.filter.list === 'repeat' ? `Select a valid choice. ${missing} is not one of the available choices.` : CHOICE_ERROR];
  }
  if (Object.keys(errors).length) return { errors: sortedKeys(errors) };
  // DRF ignores ?search= on a view without search fields
  const terms = Object.keys(res.search).length ? searchTerms(ctx.query.get('search')) : [];
  return {
    where: (eb) => {
      const fctx: FilterContext = { eb, entity: res.entity, dialect: ctx.database.dialect, now: ctx.now };
      const conds: Expression<SqlBool>[] = [];
      const scope = res.scope?.(fctx, ctx.query);
      if (scope) conds.push(scope);
      for (const pf of parsed.filters) {
        const c = filterCondition(pf, fctx);
        if (c) conds.push(c);
      }
      for (const term of terms) {
        conds.push(
          eb.or(Object.values(res.search).map((path) => pathCondition(eb, res.entity, path, (col) => containsCondition(fctx, col, term, true)))),
        );
      }
      return conds.length ? eb.and(conds) : sql<SqlBool>`1 = 1`;
    },
  };
}

/** Error bodies list the parameters in one stable order, whichever check found them. */
function sortedKeys(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** DRF's SearchFilter: terms split on whitespace and commas, every term must match some field. */
function searchTerms(raw: string | null): string[] {
  if (!raw) return [];
  return raw.replace(/\0/g, '').replace(/,/g, ' ').split(/\s+/).map((t) => t.replace(/^"(.*)"$/, '$1')).filter(Boolean);
}

/**
 * DRF's OrderingFilter: unknown fields are dropped; the key breaks ties so pages never overlap. Each
 * term is `'id'` (the key) or what the declaration names: a column, a duration or a model path.
 */
function orderingOf(res: ResourceDecl, query: URLSearchParams, dialect: DialectName): Array<['id' | Expression<unknown>, Direction]> {
  const requested = (query.get('ordering') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && res.ordering[s.replace(/^-/, '')] !== undefined);
  const terms = requested.length ? requested : res.defaultOrdering;
  const named = terms.map((t): [string, Direction] => [res.ordering[t.replace(/^-/, '')] ?? t.replace(/^-/, ''), t.startsWith('-') ? 'desc' : 'asc']);
  if (!named.some(([c]) => c === 'id')) named.push(['id', named[0]?.[1] ?? 'asc']);
  return named.map(([c, dir]) => [c === 'id' ? 'id' : orderExpression(res.entity, c, dir, dialect), dir]);
}

export function modeOf(res: ResourceDecl, query: URLSearchParams): Mode {
  const m = query.get('mode') as Mode | null;
  return m && res.modes[m] ? m : res.defaultMode;
}

export async function listResource(res: ResourceDecl, ctx: RequestContext): Promise<ApiResult> {
  const w = await whereOf(res, ctx);
  if ('errors' in w) return { status: 400, body: w.errors };
  const { db } = ctx.database;
  const table = res.entity.table;
  const limit = positiveInt(ctx.query.get('limit'), DEFAULT_LIMIT, true, MAX_LIMIT);
  const offset = positiveInt(ctx.query.get('offset'), 0, false);

  const countQuery = async () => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(w.where).executeTakeFirst())?.n ?? 0);
  const pageQuery = async () => {
    // keys only: the page's objects may be cached; the rest are read by key below
    let q = db.selectFrom(table).select(`${table}.id`).where(w.where);
    // PostgreSQL's (and so LL2's) order: NULLs last ascending, first descending, on every dialect
    for (const [col, dir] of orderingOf(res, ctx.query, ctx.database.dialect)) {
      // the key is never NULL, and a NULLS clause on it stops SQLite from reading the order off an index
      if (col === 'id') q = q.orderBy(`${table}.id`, dir);
      else q = q.orderBy(col, (ob) => (dir === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsFirst()));
    }
    return (await q.limit(limit).offset(offset).execute()).map((r) => r.id as Key);
  };
  const lists = ctx.lists;
  const listKey = lists?.cache.key(lists.dataVersion, res, ctx.query, ctx.now);
  const count = lists ? await lists.cache.count(listKey!, countQuery) : await countQuery();
  let ids: Key[] = [];
  if (offset < count) ids = lists ? await lists.cache.page(listKey!, ctx.query.get('ordering') ?? '', limit, offset, pageQuery) : await pageQuery();
  const results = await serializeJson(res.shapes, res.modes[modeOf(res, ctx.query)]!, ids, rowsById(ctx, table), serializeContext(ctx), ctx.reuse);
  const { next, previous } = pageLinks(ctx.pathUrl, ctx.query, count, limit, offset);
  const head = `{"count":${count},"next":${JSON.stringify(next)},"previous":${JSON.stringify(previous)},"results":[`;
  const fingerprint = ctx.reuse && `${ctx.reuse.prefix}\n${modeOf(res, ctx.query)}\n${head}\n${ids.join(',')}`;
  return { status: 200, body: new JsonText(head, results, ']}', fingerprint) };
}

function rowsById(ctx: RequestContext, table: string): (ids: Key[]) => Promise<Row[]> {
  return (ids) => ctx.database.db.selectFrom(table).selectAll().where('id', 'in', ids).execute();
}

function serializeContext(ctx: RequestContext): SerializeContext {
  return { store: new GraphStore(ctx.database.db), urlFor: ctx.urlFor };
}

/** A singleton endpoint: its one object, in the requested mode. */
export async function singletonResource(res: ResourceDecl, ctx: RequestContext): Promise<ApiResult> {
  const { db } = ctx.database;
  const row = await db.selectFrom(res.entity.table).selectAll().where('id', '=', res.singleton!).executeTakeFirst();
  if (!row) return NOT_FOUND;
  const [body] = await res.shapes.serialize(res.modes[modeOf(res, ctx.query)]!, [row], { store: new GraphStore(db), urlFor: ctx.urlFor });
  return { status: 200, body };
}

export const NOT_FOUND: ApiResult = { status: 404, body: { detail: 'Not found.' } };

/** `/{id}/`: the object if the endpoint's queryset (scope, filters, search) holds it, in the detailed shape. */
export async function retrieveResource(res: ResourceDecl, rawId: string, ctx: RequestContext): Promise<ApiResult> {
  const id = res.entity.key === 'uuid' ? parseUuid(rawId) : /^\d+$/.test(rawId) && rawId.length < 16 ? Number(rawId) : undefined;
  if (id === undefined) return NOT_FOUND;
  const w = await whereOf(res, ctx);
  if ('errors' in w) return { status: 400, body: w.errors };
  const { db } = ctx.database;
  const table = res.entity.table;
  const found = await db.selectFrom(table).select(`${table}.id`).where(`${table}.id`, '=', id).where(w.where).executeTakeFirst();
  if (!found) return NOT_FOUND;
  const [bytes] = await serializeJson(res.shapes, res.detailShape, [found.id as Key], rowsById(ctx, table), serializeContext(ctx), ctx.reuse);
  const fingerprint = ctx.reuse && `${ctx.reuse.prefix}\n${res.detailShape}\n${found.id}`;
  return bytes === undefined ? NOT_FOUND : { status: 200, body: new JsonText('', [bytes], '', fingerprint) };
}
