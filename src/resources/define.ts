import { sql, type Expression, type SqlBool } from 'kysely';
import { compare, filterPath, type FilterContext, type FilterDecl, type FilterType, type Lookup } from '../api/filters.ts';
import type { Mode, ResourceDecl } from '../api/resource.ts';
import type { ApiVersion } from '../api/resource-paths.ts';
import type { Entity } from '../model/define.ts';
import { model } from '../model/entities.ts';
import type { ShapeSet } from '../serialize/serializer.ts';
import { v200 } from '../serialize/v2.0.0/index.ts';
import { v210 } from '../serialize/v2.1.0/index.ts';
import { v220 } from '../serialize/v2.2.0/index.ts';
import { v230 } from '../serialize/v2.3.0/index.ts';

/**
 * The builders every resource declaration is written with (src/resources/README.md): one `resource()`
 * with one set of defaults, the filter helpers, the config lookups, lists with their upcoming and
 * previous views, and the derivation of a 2.2.0 endpoint from its 2.3.0 twin. The files beside this
 * one only declare.
 */

/* lookups --------------------------------------------------------------------------------------- */

/** A number or date compared: `x`, `x__gt`, `x__gte`, `x__lt`, `x__lte`. */
export const CMP: Lookup[] = ['exact', 'gt', 'gte', 'lt', 'lte'];
/** A range only (`x__gt`, ...; no exact match). */
export const RANGE: Lookup[] = ['gt', 'gte', 'lt', 'lte'];
/** Exact text and case-sensitive containment (`x`, `x__contains`). */
export const TEXT: Lookup[] = ['exact', 'contains'];
/** Exact text and case-insensitive containment (`x`, `x__icontains`). */
export const ITEXT: Lookup[] = ['exact', 'icontains'];

/** The launch and landing tallies LL2 keeps on agencies, launcher configurations and their families. */
export const TALLIES = [
  'attempted_landings',
  'consecutive_successful_landings',
  'consecutive_successful_launches',
  'failed_landings',
  'failed_launches',
  'pending_launches',
  'successful_landings',
  'successful_launches',
  'total_launch_count',
];

/** Search or ordering names that read the column of the same name (`{ id: 'id', name: 'name' }`), in this order. */
export const sameNames = (...names: string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, n]));

/* filters --------------------------------------------------------------------------------------- */

/** A filter of `type`; `path` only where the name does not spell it (`lsp__id` spells `lsp.id`). */
function filter(name: string, type: FilterType, path: string | undefined, more: Partial<FilterDecl> = {}): FilterDecl {
  return { name, type, ...(path ? { path } : {}), ...more };
}

/** An integer, matched exactly. */
export const int = (name: string, path?: string): FilterDecl => filter(name, 'int', path);
/** Integers compared (`flights`, `flights__gte`, ...), one filter per name. */
export const ints = (...names: string[]): FilterDecl[] => names.map((name) => filter(name, 'int', undefined, { lookups: CMP }));
/** Text matched exactly. */
export const text = (name: string, path?: string): FilterDecl => filter(name, 'text', path);
/** Text matched exactly or by case-sensitive containment (`name`, `name__contains`). */
export const textContains = (name: string, path?: string): FilterDecl => filter(name, 'text', path, { lookups: TEXT });
/** Text matched exactly or by case-insensitive containment (`name`, `name__icontains`). */
export const textIContains = (name: string, path?: string): FilterDecl => filter(name, 'text', path, { lookups: ITEXT });
/** A boolean column: the engine binds the value as each database stores it. */
export const bool = (name: string): FilterDecl => filter(name, 'bool', undefined);
/** A date-time, by the lookups given (exact only by default). */
export const datetime = (name: string, lookups?: Lookup[], path?: string): FilterDecl => filter(name, 'datetime', path, lookups ? { lookups } : {});
/** A date, by the lookups given. */
export const date = (name: string, lookups: Lookup[]): FilterDecl => filter(name, 'date', undefined, { lookups });
/** A comma list of keys (`agency_ids=1,2`), any of which matches. */
export const ids = (name: string, path?: string, type: FilterType = 'int'): FilterDecl => filter(name, type, path, { list: 'csv' });
/** A ModelChoiceFilter: the value must be the key of an existing row. */
export const choice = (name: string, path: string): FilterDecl => filter(name, 'int', path, { choice: true });
/** A ModelMultipleChoiceFilter (`program=1&program=2`): repeated keys of existing rows, any of which matches. */
export const choices = (name: string, path: string): FilterDecl => filter(name, 'int', path, { list: 'repeat', choice: true });
/** `__contains` on an integer (`id__contains=12`): Django, and the engine, match the number's text. */
export const intContains = (name: string, path: string): FilterDecl => filter(name, 'number', path, { lookups: ['contains'] });

/** A boolean column that may be unknown (null): then `derived` says what it is. */
export function derivedBool(name: string, derived: (ctx: FilterContext) => Expression<SqlBool>): FilterDecl {
  return { name, type: 'bool', sql: ([v], ctx) => compare(ctx, sql`coalesce(${sql.ref(`${ctx.entity.table}.${name}`)}, ${derived(ctx)})`, 'exact', [v]) };
}

/**
 * A part of a stored date-time (`YYYY-MM-DDTHH:MM:SSZ`) matching any of the listed numbers: LL2's
 * `day`, `month` and `year` comma lists. Rows without the date never match.
 */
export function datePart(column: string, part: 'year' | 'month' | 'day'): FilterDecl {
  const [from, len] = part === 'year' ? [1, 4] : part === 'month' ? [6, 2] : [9, 2];
  return {
    name: part,
    type: 'int',
    list: 'csv',
    sql: (values, { eb }) => eb(sql`cast(substr(${sql.ref(column)}, ${sql.lit(from)}, ${sql.lit(len)}) as integer)`, 'in', values),
  };
}

/* resources ------------------------------------------------------------------------------------- */

const SHAPES: Record<ApiVersion, ShapeSet> = { '2.0.0': v200, '2.1.0': v210, '2.2.0': v220, '2.3.0': v230 };

/** What a declaration states; the rest has one default for every endpoint of every version. */
export interface Declaration {
  /** The shape of each `?mode=`, in the order the help page lists them. */
  modes: Partial<Record<Mode, string>>;
  /** Default: `normal` where the endpoint has it, else its first mode. */
  defaultMode?: Mode;
  detailShape: string;
  /** Default: none. */
  filters?: FilterDecl[];
  /** Default: none (DRF then ignores `?search=`). */
  search?: Record<string, string>;
  /** Default: none (unknown `?ordering=` names are dropped). */
  ordering?: Record<string, string>;
  /** Default: by key. */
  defaultOrdering?: string[];
  scope?: ResourceDecl['scope'];
  singleton?: number;
  derive?: ResourceDecl['derive'];
  cacheSeconds?: number;
  help: ResourceDecl['help'];
}

/** One endpoint: `/{version}/{path}/` listing `entity` (a model name, or an entity seen with extra relations). */
export function resource(version: ApiVersion, path: string, entity: string | Entity, d: Declaration): ResourceDecl {
  const out: ResourceDecl = {
    version,
    path,
    entity: typeof entity === 'string' ? model[entity] : entity,
    modes: d.modes,
    defaultMode: d.defaultMode ?? (d.modes.normal ? 'normal' : (Object.keys(d.modes)[0] as Mode)),
    detailShape: d.detailShape,
    shapes: SHAPES[version],
    filters: d.filters ?? [],
    search: d.search ?? {},
    ordering: d.ordering ?? {},
    defaultOrdering: d.defaultOrdering ?? ['id'],
    help: d.help,
  };
  if (!out.entity) throw new Error(`${version} ${path}: no entity ${String(entity)}`);
  if (d.scope) out.scope = d.scope;
  if (d.singleton !== undefined) out.singleton = d.singleton;
  if (d.derive) out.derive = d.derive;
  if (d.cacheSeconds !== undefined) out.cacheSeconds = d.cacheSeconds;
  return out;
}

/**
 * A `config/*` lookup list: one shape in every mode; LL2 documents `search` and `ordering` on them
 * without naming fields, and they search and sort by the lookup's label (its name, role or abbrev).
 */
export function configLookup(version: ApiVersion, path: string, entity: string, shape: string, label = 'name'): ResourceDecl {
  return resource(version, `config/${path}`, entity, {
    modes: { normal: shape },
    detailShape: shape,
    search: { [label]: label },
    ordering: { id: 'id', [label]: label },
    help: { viewName: shape },
  });
}

export type View = 'all' | 'upcoming' | 'previous';
const VIEWS: Array<[View, string]> = [['all', ''], ['upcoming', '/upcoming'], ['previous', '/previous']];

/** `build` once per view of a list: `path/`, `path/upcoming/`, `path/previous/`, in that order. */
export function eachView(path: string, build: (path: string, view: View, suffix: string) => ResourceDecl): ResourceDecl[] {
  return VIEWS.map(([view, suffix]) => build(`${path}${suffix}`, view, suffix));
}

/** A list and its upcoming/previous views: what they share, and what each view changes. */
export function listWithViews(
  version: ApiVersion,
  path: string,
  entity: string,
  shared: Declaration,
  views: Record<View, Partial<Declaration>>,
): ResourceDecl[] {
  return eachView(path, (p, view) => resource(version, p, entity, { ...shared, ...views[view] }));
}

/**
 * How a 2.2.0 endpoint differs from its 2.3.0 twin. Filters are the twin's except those named in
 * `omit` (2.3.0 has them, 2.2.0 does not), those renamed (`rename`: 2.2.0 name → 2.3.0 name; the filter
 * keeps comparing what the twin's compares), plus 2.2.0's own `extra`. Search, ordering, default
 * ordering and scope are the twin's unless given.
 */
export interface Twin220 extends Omit<Declaration, 'filters' | 'help'> {
  viewName: string;
  omit?: string[];
  rename?: Record<string, string>;
  extra?: FilterDecl[];
}

/** A 2.2.0 endpoint derived from its 2.3.0 twin; naming a filter the twin lacks is an error. */
export function from230(twin: ResourceDecl, path: string, d: Twin220): ResourceDecl {
  const { viewName, omit = [], rename = {}, extra = [], ...rest } = d;
  const where = `2.2.0 ${path} (from 2.3.0 ${twin.path})`;
  const names = new Set(twin.filters.map((f) => f.name));
  for (const name of [...omit, ...Object.values(rename)]) {
    if (!names.has(name)) throw new Error(`${where}: 2.3.0 has no filter ${name}`);
  }
  const renamedFrom = new Map(Object.entries(rename).map(([to, from]) => [from, to]));
  const filters: FilterDecl[] = [];
  for (const f of twin.filters) {
    if (omit.includes(f.name)) continue;
    const to = renamedFrom.get(f.name);
    // the 2.3.0 name spelled the path: under its 2.2.0 name the filter must carry it
    filters.push(to === undefined ? f : { ...f, name: to, ...(f.sql ? {} : { path: filterPath(f) }) });
  }
  return resource('2.2.0', path, twin.entity, {
    search: twin.search,
    ordering: twin.ordering,
    defaultOrdering: twin.defaultOrdering,
    scope: twin.scope,
    ...rest,
    filters: [...filters, ...extra],
    help: { viewName },
  });
}
