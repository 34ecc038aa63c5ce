import { Feed } from 'feed';
import ical from 'ical-generator';
import type { Kysely } from 'kysely';
import { listResource, type ApiResult, type RequestContext } from '../api/list-query.ts';
import type { ResourceDecl } from '../api/resource.ts';
import type { ChangeType } from '../changes/change-log.ts';
import { readChanges } from '../changes/read.ts';
import { isoDurationSeconds } from '../db/iso-duration.ts';
import type { Tables } from '../db/tables.generated.ts';
import { JsonText } from '../serialize/serialize-json.ts';

/** Formats every launches and events list also answers (issue #15): LL2 has none of them, so no LL2 answer changes. */
export const FEED_FORMATS = {
  ics: 'text/calendar; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export function isFeedFormat(format: string | null): format is FeedFormat {
  return format !== null && Object.hasOwn(FEED_FORMATS, format);
}

/** The lists that answer them: launches and events (their upcoming and previous views too), any version. */
export function feedTypeOf(res: ResourceDecl): ChangeType | null {
  if (res.singleton !== undefined) return null;
  return res.entity.name === 'launch' || res.entity.name === 'event' ? res.entity.name : null;
}

/** Records of changes an Atom/RSS answer lists beside its objects, at most. */
const FEED_CHANGES = 100;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- LL2 JSON of any version, read field by field
type Json = Record<string, any>;

/** What a launch or an event of any version's JSON gives a calendar or a feed. */
interface Item {
  id: string;
  name: string;
  url: string | null;
  start: Date;
  end: Date | null;
  lastUpdated: Date | null;
  description: string;
  location: string | null;
}

/**
 * A launches or events list as an iCalendar file or an Atom/RSS feed: the same page the JSON would give
 * (every filter, search term, ordering, limit and offset; the list's normal mode where it has one), each
 * object one VEVENT or entry. In a calendar, SEQUENCE is the number of changes the change log recorded for
 * the object (raised on every one, so calendar apps replace their copy), UID is stable
 * (`launch-ID@ll2` / `event-ID@ll2`), DTSTART/DTEND are the launch window (NET when it has none) or the
 * event's date and duration. A feed also lists the page's objects' latest recorded changes.
 */
export async function renderFeed(format: FeedFormat, type: ChangeType, res: ResourceDecl, ctx: RequestContext, selfUrl: string, origin: string): Promise<{ status: number; body: string; contentType: string } | ApiResult> {
  const query = new URLSearchParams(ctx.query);
  query.delete('format');
  if ('normal' in res.modes) query.set('mode', 'normal');
  const result = await listResource(res, { ...ctx, query, reuse: undefined });
  if (result.status !== 200) return result; // DRF's 400 for a bad filter, as JSON
  const page = (result.body instanceof JsonText ? result.body.value() : result.body) as { results: Json[] };
  const items = page.results.map((o) => itemOf(type, o)).filter((i): i is Item => i !== null);
  const db = ctx.database.db as Kysely<Tables>;
  const title = `Launch Library 2: ${res.help.viewName}`;
  if (format === 'ics') {
    const sequences = await changeCounts(db, type, items.map((i) => i.id));
    const calendar = ical({ name: title, prodId: { company: 'll2-server', product: 'Launch Library 2 mirror', language: 'EN' }, url: selfUrl });
    for (const item of items) {
      calendar.createEvent({
        id: `${type}-${item.id}@ll2`,
        summary: item.name,
        start: item.start,
        end: item.end && item.end > item.start ? item.end : null,
        stamp: item.lastUpdated ?? item.start,
        lastModified: item.lastUpdated,
        sequence: sequences.get(item.id) ?? 0,
        url: item.url,
        description: item.description,
        location: item.location,
      });
    }
    return { status: 200, body: calendar.toString(), contentType: FEED_FORMATS.ics };
  }
  const changes = items.length ? (await readChanges(db, { type, ids: items.map((i) => i.id) }, FEED_CHANGES, 0, origin)).results : [];
  const updated = [...items.map((i) => i.lastUpdated), ...changes.map((c) => new Date(c.occurred_at))].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
  const feed = new Feed({ title, id: selfUrl, link: selfUrl, updated: updated ?? new Date(0), generator: 'll2-server', copyright: 'Data: The Space Devs (Launch Library 2)' });
  for (const item of items) {
    feed.addItem({ title: item.name, id: item.url ?? `${selfUrl}#${item.id}`, link: item.url ?? selfUrl, date: item.lastUpdated ?? item.start, description: item.description });
  }
  for (const c of changes) {
    const what = c.changes.map((f) => (f.field === 'created' ? 'added' : `${f.field}: ${show(f.old)} → ${show(f.new)}`)).join('; ');
    feed.addItem({ title: `${c.object.name ?? c.object.id}: ${what}`, id: `${origin}/changes/?id=${encodeURIComponent(String(c.object.id))}#change-${c.id}`, link: c.object.url, date: new Date(c.occurred_at), description: what });
  }
  return { status: 200, body: format === 'atom' ? feed.atom1() : feed.rss2(), contentType: FEED_FORMATS[format] };
}

function itemOf(type: ChangeType, o: Json): Item | null {
  const date = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null);
  const id = o.id === undefined || o.id === null ? null : String(o.id);
  if (id === null) return null;
  if (type === 'launch') {
    const start = date(o.window_start) ?? date(o.net);
    if (!start) return null;
    const status = o.status?.name ?? (typeof o.status === 'string' ? o.status : null);
    const pad = o.pad?.name ? `${o.pad.name}${o.pad.location?.name ? `, ${o.pad.location.name}` : ''}` : null;
    const lines = [status && `Status: ${status}`, date(o.net) && `NET: ${o.net}`, o.launch_service_provider?.name && `Provider: ${o.launch_service_provider.name}`, o.mission?.description];
    return { id, name: String(o.name ?? id), url: o.url ?? null, start, end: date(o.window_end), lastUpdated: date(o.last_updated), description: lines.filter(Boolean).join('\n'), location: pad };
  }
  const start = date(o.date);
  if (!start) return null;
  const seconds = isoDurationSeconds(o.duration) ?? 0;
  const lines = [o.type?.name && `Type: ${o.type.name}`, o.description];
  return { id, name: String(o.name ?? id), url: o.url ?? null, start, end: seconds > 0 ? new Date(start.getTime() + seconds * 1000) : null, lastUpdated: date(o.last_updated), description: lines.filter(Boolean).join('\n'), location: typeof o.location === 'string' ? o.location : null };
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '-';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** How many changes (beyond its creation) the log recorded for each object: the calendar's SEQUENCE. */
async function changeCounts(db: Kysely<Tables>, type: ChangeType, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('change_event')
    .innerJoin('change_field', 'change_field.event_id', 'change_event.id')
    .select(['change_event.object_id', (eb) => eb.fn.count<number | string>('change_event.id').distinct().as('n')])
    .where('change_event.type', '=', type)
    .where('change_event.object_id', 'in', ids)
    .where('change_field.field', '!=', 'created')
    .groupBy('change_event.object_id')
    .execute();
  return new Map(rows.map((r) => [String(r.object_id), Number(r.n)]));
}
