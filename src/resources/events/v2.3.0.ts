import type { FilterContext, FilterDecl } from '../../api/filters.ts';
import type { ResourceDecl } from '../../api/resource.ts';
import { choice, choices, datePart, datetime, ids, listWithViews, RANGE, text } from '../define.ts';
import { isoSeconds } from '../launches/filters.ts';

const DAY_MS = 24 * 3600 * 1000;

/** The filters of `/2.3.0/events/` and `/events/previous/` (`/events/upcoming/` adds `hide_recent_previous`). */
const filters: FilterDecl[] = [
  ids('agency__ids', 'agencies.id'),
  datetime('date', RANGE),
  datePart('event.date', 'day'),
  ids('id'),
  datetime('last_updated', ['gte', 'lte']),
  datePart('event.date', 'month'),
  choices('program', 'program.id'),
  text('slug'),
  choice('type', 'type.id'),
  ids('type__ids', 'type.id'),
  ids('video_url', 'vid_urls.url', 'text'),
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

export const events230: ResourceDecl[] = listWithViews('2.3.0', 'events', 'event', {
  modes: { list: 'EventEndpointList', normal: 'EventEndpointNormal', detailed: 'EventEndpointDetailed' },
  detailShape: 'EventEndpointDetailed',
  filters,
  search: { name: 'name' },
  ordering: { date: 'date', last_updated: 'last_updated' },
  defaultOrdering: ['date'],
  help: { viewName: 'Event', filterExample: 'type__ids=2,8', searchExample: 'Flyby', orderingExample: '-last_updated' },
}, {
  all: {},
  upcoming: { filters: [...filters, hideRecentPrevious], scope: upcomingEventScope },
  previous: { scope: previousEventScope, defaultOrdering: ['-date'] },
});
