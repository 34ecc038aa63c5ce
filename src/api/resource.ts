import type { Expression, SqlBool } from 'kysely';
import type { Entity } from '../model/define.ts';
import type { ShapeSet } from '../serialize/serializer.ts';
import type { GraphStore, Row } from '../serialize/graph-store.ts';
import type { DialectName } from '../db/connect.ts';
import type { ModelDb } from '../db/model-db.ts';
import type { ApiVersion } from './resource-paths.ts';
import { choiceTable, filterParams, filterPath, type FilterContext, type FilterDecl } from './filters.ts';
import { resolvePath } from './model-path.ts';

export type Mode = 'list' | 'normal' | 'detailed';

/**
 * Builds a singleton's object from the data: loads into `store` the rows and links its shapes read and
 * returns its row (keyed `key`), so every version's shape serializes it as it would an imported one.
 */
export type DeriveSingleton = (args: { db: ModelDb; dialect: DialectName; now: Date; store: GraphStore; key: number }) => Promise<Row>;

/**
 * The one object of a singleton endpoint: its row as imported (a dump, `ll2 sync`, an export of LL2's own
 * answer) when there is one; else, for an endpoint that can be built from the data (`derive`: the Starship
 * dashboard), the object built as LL2 builds it. Served (list-query.ts) and exported (ingest/export.ts) alike.
 */
export async function singletonRow(res: ResourceDecl, args: Omit<Parameters<DeriveSingleton>[0], 'key'>): Promise<Row | undefined> {
  const key = res.singleton!;
  return (await args.db.selectFrom(res.entity.table).selectAll().where('id', '=', key).executeTakeFirst()) ?? (await res.derive?.({ ...args, key }));
}

/**
 * Everything the API needs to know about one endpoint, declared once. Routes, SQL, validation, the
 * browsable page's help text and the OpenAPI parameters all derive from it.
 */
export interface ResourceDecl {
  version: ApiVersion;
  /** Path between the version and the id: `launches/upcoming`. */
  path: string;
  entity: Entity;
  /** The shape for each `?mode=`; the first listed mode is the default unless `defaultMode` says. */
  modes: Partial<Record<Mode, string>>;
  defaultMode: Mode;
  /** The shape of `/{id}/`. */
  detailShape: string;
  shapes: ShapeSet;
  filters: FilterDecl[];
  /** `?search=` fields as LL2 names them (`pad__location__name`) → the model path each searches. */
  search: Record<string, string>;
  /**
   * `?ordering=` names and what each sorts by: a column of the table (`status_id`) or a model path
   * (`location.name`); durations sort by length of time (src/api/order-expression.ts).
   */
  ordering: Record<string, string>;
  defaultOrdering: string[];
  /** `Cache-Control: max-age` of this endpoint's responses (default 60 s). */
  cacheSeconds?: number;
  /** The key of the one object a singleton endpoint answers with (the Starship dashboard): no paging, no `{id}` route. */
  singleton?: number;
  /** A singleton built from the data when its row was never imported (the Starship dashboard, as LL2 builds it). */
  derive?: DeriveSingleton;
  /** The subset of rows this endpoint serves (upcoming / previous). */
  scope?: (ctx: FilterContext, query: URLSearchParams) => Expression<SqlBool> | null;
  /** Help text of the browsable page. */
  help: {
    viewName: string;
    intro?: string[];
    filterExample?: string;
    searchExample?: string;
    orderingExample?: string;
    /** Extra filter names the docs list that are not in `filters` (handled by `scope`). */
    extraFilters?: string[];
  };
}

/**
 * The column a `?ordering=` name or a default ordering term sorts by when it names no model path: a
 * field of the table, its key, or the foreign key column of a to-one relation (`status_id`).
 */
function isColumn(entity: Entity, column: string): boolean {
  return column === 'id' || Object.hasOwn(entity.fields, column) || Object.values(entity.relations).some((r) => r.kind === 'one' && r.column === column);
}

/** Runs `check`, adding what it throws to `problems` under `where`. */
function attempt(problems: string[], where: string, check: () => void): void {
  try {
    check();
  } catch (e) {
    problems.push(`${where}: ${(e as Error).message}`);
  }
}

/**
 * Checks every declaration against the model and its shapes before anything is served: each filter
 * path (and the table of a choice filter), search path, ordering and default ordering term, mode
 * shape and detail shape must exist, and no query parameter may be answered by two filters. A mistake
 * would otherwise surface as a 500 on the first request that reaches it; here it stops the start-up,
 * and one error lists every problem so that one run shows them all.
 */
export function validateResources(resources: ResourceDecl[]): void {
  const problems: string[] = [];
  const routes = new Set<string>();
  for (const res of resources) {
    const at = `${res.version} ${res.path}`;
    if (routes.has(at)) problems.push(`${at}: declared twice`);
    routes.add(at);
    for (const [mode, shape] of Object.entries(res.modes)) {
      if (!res.shapes.shapes.has(shape!)) problems.push(`${at}: mode ${mode}: no shape ${shape}`);
    }
    if (!Object.hasOwn(res.modes, res.defaultMode)) problems.push(`${at}: default mode ${res.defaultMode} is not one of its modes`);
    if (res.singleton === undefined && !res.shapes.shapes.has(res.detailShape)) problems.push(`${at}: detail: no shape ${res.detailShape}`);
    const params = new Set<string>();
    for (const fp of filterParams(res.filters)) {
      if (params.has(fp.param)) problems.push(`${at}: parameter ${fp.param} is answered by two filters`);
      params.add(fp.param);
    }
    for (const f of res.filters) {
      if (f.sql) continue;
      attempt(problems, `${at}: filter ${f.name}`, () => (f.choice ? choiceTable(res.entity, f) : resolvePath(res.entity, filterPath(f))));
    }
    for (const [name, path] of Object.entries(res.search)) attempt(problems, `${at}: search ${name}`, () => resolvePath(res.entity, path));
    for (const [name, by] of Object.entries(res.ordering)) {
      if (by.includes('.')) attempt(problems, `${at}: ordering ${name}`, () => resolvePath(res.entity, by));
      else if (!isColumn(res.entity, by)) problems.push(`${at}: ordering ${name}: ${res.entity.name} has no column ${by}`);
    }
    for (const term of res.defaultOrdering) {
      const name = term.replace(/^-/, '');
      if (!Object.hasOwn(res.ordering, name) && !isColumn(res.entity, name)) problems.push(`${at}: default ordering ${term}: neither an ordering nor a column of ${res.entity.name}`);
    }
  }
  if (problems.length) throw new Error(`${problems.length} problem(s) in the resource declarations:\n${problems.map((p) => `- ${p}`).join('\n')}`);
}
