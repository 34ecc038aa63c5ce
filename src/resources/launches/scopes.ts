import type { FilterContext } from '../../api/filters.ts';
import { isoSeconds } from './filters.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Every launch LL2 lists has a NET. A launch we only know by reference (a first stage's
 * `previous_flight` names it) is kept for those references but left out of the lists.
 */
export const knownScope = (ctx: FilterContext) => ctx.eb('launch.net', 'is not', null);

/** Upcoming: NET in the future, plus the last 24 hours so clients see the outcome (LL2's FAQ). */
export const upcomingScope = (ctx: FilterContext) => ctx.eb('launch.net', '>=', isoSeconds(new Date(ctx.now.getTime() - DAY_MS)));

/** Previous: NET already passed (the last 24 hours are in both lists, as in LL2's code lineage). */
export const previousScope = (ctx: FilterContext) => ctx.eb('launch.net', '<=', isoSeconds(ctx.now));
