import type { Mode, ResourceDecl } from '../api/resource.ts';
import { pathAliases } from '../api/resource-paths.ts';
import { resources } from '../resources/index.ts';
import { SYNC_VERSION } from './upstream-url.ts';

/** One upstream resource the sync reads, derived from our own endpoint declarations. */
export interface SyncTarget {
  path: string;
  /** The model entity its objects are (config lists carry no `url` to tell it). */
  entity: string;
  /** The richest mode it offers, or null when it has only one (no `mode` parameter sent). */
  mode: Mode | null;
  /** `ordering=id` where offered: new rows land on the last page, so paging never skips one. */
  ordering: 'id' | null;
  /** Offers `last_updated__gte` and `ordering=last_updated`: followed between full passes. */
  incremental: boolean;
  /** One object, no paging (the Starship dashboard). */
  singleton: boolean;
}

/**
 * Every 2.3.0 resource that holds data, once: upcoming/previous are views of launches and events.
 * Lookup lists (`config/*`) come first so later objects find their lookups; singletons last.
 */
export function syncTargets(decls: ResourceDecl[] = resources): SyncTarget[] {
  const targets = decls
    .filter((d) => d.version === SYNC_VERSION && !pathAliases[d.path])
    .map((d): SyncTarget => {
      const modes = Object.keys(d.modes) as Mode[];
      return {
        path: d.path,
        entity: d.entity.name,
        mode: modes.length < 2 ? null : modes.includes('detailed') ? 'detailed' : modes.includes('normal') ? 'normal' : modes[0],
        ordering: d.ordering.id === 'id' ? 'id' : null,
        incremental: d.filters.some((f) => f.name === 'last_updated' && f.lookups?.includes('gte')) && 'last_updated' in d.ordering,
        singleton: d.singleton !== undefined,
      };
    });
  const rank = (t: SyncTarget) => (t.path.startsWith('config/') ? 0 : t.singleton ? 2 : 1);
  return targets.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map(({ t }) => t);
}

/** What an incremental pass reads: the resources with `last_updated`, and the singletons built from them. */
export function incrementalTargets(all: SyncTarget[]): SyncTarget[] {
  return all.filter((t) => t.incremental || t.singleton);
}
