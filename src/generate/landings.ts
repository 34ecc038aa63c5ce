import type { LandingLocation } from './catalog.ts';
import type { GenContext } from './context.ts';

export interface LandingSpec {
  attempt: boolean;
  /** null while the outcome is unknown (upcoming or in flight) or when nothing was attempted. */
  success: boolean | null;
  description: string;
  downrange: number | null;
  location: LandingLocation;
  type: number;
}

/**
 * Writes a landing row (boosters, spacecraft and payloads all point at one). What it counts for its
 * landing location, body and vehicles is computed from the rows by src/stats.
 */
export function writeLanding(ctx: GenContext, l: LandingSpec): number {
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
  return id;
}
