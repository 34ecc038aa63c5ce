/**
 * The eight `*_launch_attempt_count(_year)` columns of a launch: running counts in NET order, overall
 * and within the launch's calendar year (UTC), of orbital launch attempts worldwide, and of launch
 * attempts from the same location, from the same pad and by the same provider. Suborbital launches
 * are not orbital attempts: their two orbital counts are null. Upcoming launches continue the counts,
 * as LL2 shows the attempt number a scheduled launch will be.
 */
export interface AttemptCounts {
  orbital_launch_attempt_count: number | null;
  location_launch_attempt_count: number;
  pad_launch_attempt_count: number;
  agency_launch_attempt_count: number;
  orbital_launch_attempt_count_year: number | null;
  location_launch_attempt_count_year: number;
  pad_launch_attempt_count_year: number;
  agency_launch_attempt_count_year: number;
}

export class AttemptCounter {
  private orbital = 0;
  private readonly totals = new Map<string, number>();
  private year = -1;
  private orbitalYear = 0;
  private readonly yearly = new Map<string, number>();

  /** Counts one more launch; launches must come in (net, id) order. */
  next(l: { year: number; orbital: boolean; locationId: number; padId: number; agencyId: number }): AttemptCounts {
    if (l.year !== this.year) {
      this.year = l.year;
      this.orbitalYear = 0;
      this.yearly.clear();
    }
    const bump = (m: Map<string, number>, key: string) => {
      const n = (m.get(key) ?? 0) + 1;
      m.set(key, n);
      return n;
    };
    if (l.orbital) {
      this.orbital++;
      this.orbitalYear++;
    }
    return {
      orbital_launch_attempt_count: l.orbital ? this.orbital : null,
      location_launch_attempt_count: bump(this.totals, `l${l.locationId}`),
      pad_launch_attempt_count: bump(this.totals, `p${l.padId}`),
      agency_launch_attempt_count: bump(this.totals, `a${l.agencyId}`),
      orbital_launch_attempt_count_year: l.orbital ? this.orbitalYear : null,
      location_launch_attempt_count_year: bump(this.yearly, `l${l.locationId}`),
      pad_launch_attempt_count_year: bump(this.yearly, `p${l.padId}`),
      agency_launch_attempt_count_year: bump(this.yearly, `a${l.agencyId}`),
    };
  }
}
