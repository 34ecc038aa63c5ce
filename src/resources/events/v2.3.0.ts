import { sql } from 'kysely';
import type { FilterContext, FilterDecl } from '../../api/filters.ts';
import type { ResourceDecl } from '../../api/resource.ts';
import { model } from '../../model/entities.ts';
import { v230 } from '../../serialize/v2.3.0/index.ts';
import { isoSeconds } from '../launches/filters.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A part of a stored date-time (`YYYY-MM-DDTHH:MM:SSZ`) matching any of the listed numbers: LL2's
 * `day`, `month` and `year` comma lists (`date__day__in`, ...). Rows without the date never match.
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

/** The filters of `/2.3.0/events/` and `/events/previous/` (`/events/upcoming/` adds `hide_recent_previous`). */
const filters: FilterDecl[] = [
  { name: 'agency__ids', type: 'int', list: 'csv', path: 'agencies.id' },
  { name: 'date', type: 'datetime', lookups: ['gt', 'gte', 'lt', 'lte'] },
  datePart('event.date', 'day'),
  { name: 'id', type: 'int', list: 'csv' },
  { name: 'last_updated', type: 'datetime', lookups: ['gte', 'lte'] },
  datePart('event.date', 'month'),
  { name: 'program', type: 'int', list: 'repeat', path: 'program.id', choice: true },
  { name: 'slug', type: 'text' },
  { name: 'type', type: 'int', path: 'type.id', choice: true },
  { name: 'type__ids', type: 'int', list: 'csv', path: 'type.id' },
  { name: 'video_url', type: 'text', list: 'csv', path: 'vid_urls.url' },
  datePart('event.date', 'year'),
];

/** Events stay in upcoming for 24 hours after their date, as launches do (LL2's FAQ); this hides those. */
const hideRecentPrevious: FilterDecl = {
  name: 'hide_recent_previous',
  type: 'bool',
  sql: ([v], ctx) => (v ? ctx.eb('event.date', '>=', isoSeconds(ctx.now)) : null),
};

/** Upcoming: date in the future, plus the last 24 hours so clients see the outcome. */
export const upcomingEventScope = (ctx: FilterContext) => ctx.eb('event.date', '>=', isoSeconds(new Date(ctx.now.getTime() - DAY_MS)));

/** Previous: date already passed (the last 24 hours are in both lists, as for launches). */
export const previousEventScope = (ctx: FilterContext) => ctx.eb('event.date', '<=', isoSeconds(ctx.now));

function events(path: string, extra: Partial<ResourceDecl>): ResourceDecl {
  return {
    version: '2.3.0',
    path,
    entity: model.event,
    modes: { list: 'EventEndpointList', normal: 'EventEndpointNormal', detailed: 'EventEndpointDetailed' },
    defaultMode: 'normal',
    detailShape: 'EventEndpointDetailed',
    shapes: v230,
    filters,
    search: { name: 'name' },
    ordering: { date: 'date', last_updated: 'last_updated' },
    defaultOrdering: ['date'],
    help: {
      viewName: 'Event',
      filterExample: 'type__ids=2,8',
      searchExample: 'Flyby',
      orderingExample: '-last_updated',
    },
    ...extra,
  };
}

export const events230: ResourceDecl[] = [
  events('events', {}),
  events('events/upcoming', { filters: [...filters, hideRecentPrevious], scope: upcomingEventScope }),
  events('events/previous', { scope: previousEventScope, defaultOrdering: ['-date'] }),
];
