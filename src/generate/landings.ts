import type { LandingLocation } from './catalog.ts';
import type { GenContext } from './context.ts';
import type { Tally } from './tallies.ts';

export interface LandingSpec {
  attempt: boolean;
  /** null while the outcome is unknown (upcoming or in flight) or when nothing was attempted. */
  success: boolean | null;
  description: string;
  downrange: number | null;
  location: LandingLocation;
  type: number;
  /** Whether the landing already happened at the anchor (only those count in statistics). */
  decided: boolean;
}

/**
 * Writes a landing row (boosters, spacecraft and payloads all point at one) and counts a decided
 * attempt for the landing location, its celestial body and the given tallies.
 */
export function writeLanding(ctx: GenContext, l: LandingSpec, tallies: Tally[] = []): number {
  const id = ctx.next('landing');
  ctx.writer.add('landing', {
    id,
    attempt: l.attempt,
    success: l.success,
    description: l.description,
    downrange_distance: l.downrange,
    landing_location_id: l.location.id,
    type_id: l.type,
  });
  countLanding(ctx, l, tallies);
  return id;
}

/**
 * Counts a decided landing attempt without writing a row (a booster's first flight: it has no
 * first-stage row to hang the landing on, yet its landing counts in every statistic).
 */
export function countLanding(ctx: GenContext, l: LandingSpec, tallies: Tally[] = []): void {
  if (l.attempt && l.decided && l.success !== null) {
    l.location.tally.landing(l.success);
    l.location.body.landings.landing(l.success);
    if (l.location.locationId !== null) {
      const loc = ctx.cat.locations[l.location.locationId - 1];
      loc.landings++;
    }
    for (const t of tallies) t.landing(l.success);
  }
}
