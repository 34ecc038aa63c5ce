import type { Mode, ResourceDecl } from '../api/resource.ts';
import { pathAliases } from '../api/resource-paths.ts';
import { model } from '../model/entities.ts';
import { resources } from '../resources/index.ts';
import { SYNC_VERSION } from './upstream-url.ts';

/** One upstream resource the sync reads, derived from our own endpoint declarations. */
export interface SyncTarget {
  path: string;
  /** The model entity its objects are (config lists carry no `url` to tell it). */
  entity: string;
  /** The richest mode it offers, or null when it has only one (no `mode` parameter sent). */
  mode: Mode | null;
  /**
   * `ordering=id` where offered (new rows land on the last page, so paging never skips one); launches
   * and events newest first (`-net`, `-date`: what users read first arrives first; a launch added at
   * the front mid-pass is read by the next incremental pass, which starts from this pass's start).
   */
  ordering: string | null;
  /** Only the first pages (the most recent previous launches, read early; the rest come with the history). */
  maxPages?: number;
  /** Offers `last_updated__gte` and `ordering=last_updated`: followed between full passes. */
  incremental: boolean;
  /** One object, no paging (the Starship dashboard). */
  singleton: boolean;
}

/**
 * What apps ask first, read first (issue #14): the upcoming launches and events (detailed), the
 * Starship dashboard and the 100 most recent launches, before anything else of a full pass. The views
 * are read again by each full pass: a few pages.
 */
const FIRST: Array<{ path: string; maxPages?: number }> = [
  { path: 'launches/upcoming' },
  { path: 'events/upcoming' },
  { path: 'dashboard/starship' },
  { path: 'launches/previous', maxPages: 1 },
];

/** Entities other objects name by a string (relations with a `lookup` field), from the model. */
const NAMED_LOOKUPS = new Set(Object.values(model).flatMap((e) => Object.values(e.relations).flatMap((r) => (r.kind === 'one' && r.lookup ? [r.target] : []))));

/** Newest first, for the history of launches and events. */
const NEWEST_FIRST: Record<string, string> = { launches: '-net', events: '-date' };

/**
 * A full pass: what apps ask first (FIRST), then every 2.3.0 resource that holds data, once (the
 * upcoming/previous views only in FIRST): lookup lists (`config/*`) first so later objects find their
 * lookups, then the catalogue, then the history of launches and events, newest first.
 */
export function syncTargets(decls: ResourceDecl[] = resources): SyncTarget[] {
  const lists = decls
    .filter((d) => d.version === SYNC_VERSION && !pathAliases[d.path])
    .map((d): SyncTarget => {
      const modes = Object.keys(d.modes) as Mode[];
      const newest = NEWEST_FIRST[d.path];
      return {
        path: d.path,
        entity: d.entity.name,
        mode: modes.length < 2 ? null : modes.includes('detailed') ? 'detailed' : modes.includes('normal') ? 'normal' : modes[0],
        ordering: newest && newest.slice(1) in d.ordering ? newest : d.ordering.id === 'id' ? 'id' : null,
        incremental: d.filters.some((f) => f.name === 'last_updated' && f.lookups?.includes('gte')) && 'last_updated' in d.ordering,
        singleton: d.singleton !== undefined,
      };
    });
  const first: SyncTarget[] = FIRST.map((f) => {
    // a view reads its list's objects in its list's richest mode, in the view's own order
    const list = lists.find((t) => t.path === (pathAliases[f.path] ?? f.path));
    if (!list) throw new Error(`sync plan: no ${SYNC_VERSION} list for ${f.path}`);
    return list.singleton ? list : { ...list, ...f, ordering: null, incremental: false };
  });
  // lookups an object names by a string (a 2.3.0 mission's `type`): read before anything names them, or
  // the import would make up a row for each name and the real list, read later, would add its own
  const named = lists.filter((t) => NAMED_LOOKUPS.has(t.entity));
  first.unshift(...named);
  const rest = lists.filter((t) => !first.some((f) => f.path === t.path));
  const rank = (t: SyncTarget) => (t.path.startsWith('config/') ? 0 : t.path in NEWEST_FIRST ? 2 : 1);
  return [...first, ...rest.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map(({ t }) => t)];
}

/** What an incremental pass reads: the resources with `last_updated`, and the singletons built from them. */
export function incrementalTargets(all: SyncTarget[]): SyncTarget[] {
  return all.filter((t) => t.incremental || t.singleton);
}
