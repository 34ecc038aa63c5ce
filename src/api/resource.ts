import type { Expression, SqlBool } from 'kysely';
import type { Entity } from '../model/define.ts';
import type { ShapeSet } from '../serialize/serializer.ts';
import type { ApiVersion } from './resource-paths.ts';
import type { FilterContext, FilterDecl } from './filters.ts';

export type Mode = 'list' | 'normal' | 'detailed';

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
