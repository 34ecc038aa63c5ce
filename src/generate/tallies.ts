import { isoDuration } from './time.ts';

/** How a launch counts in the statistics LL2 keeps on agencies, vehicles and sites. */
export type Outcome = 'success' | 'failure' | 'pending' | 'flying';

/**
 * Launch and landing statistics of one object (agency, configuration, family, spacecraft...),
 * accumulated launch by launch in NET order so streaks come out right. Only launches that already
 * happened at the anchor count as launches; upcoming ones count as pending.
 */
export class Tally {
  total = 0;
  success = 0;
  failed = 0;
  pending = 0;
  consecutive = 0;
  landAttempted = 0;
  landSuccess = 0;
  landFailed = 0;
  landConsecutive = 0;
  first: number | null = null;
  last: number | null = null;
  /** Shortest time between two consecutive launches, in ms. */
  fastest: number | null = null;

  launch(outcome: Outcome, net: number): void {
    if (outcome === 'pending') {
      this.pending++;
      return;
    }
    this.total++;
    if (this.last !== null) {
      const gap = net - this.last;
      if (gap > 0 && (this.fastest === null || gap < this.fastest)) this.fastest = gap;
    }
    this.first ??= net;
    this.last = net;
    if (outcome === 'success') {
      this.success++;
      this.consecutive++;
    } else if (outcome === 'failure') {
      this.failed++;
      this.consecutive = 0;
    }
  }

  /** A landing attempt that has an outcome (null: not decided yet, only counted as attempted). */
  landing(success: boolean | null): void {
    this.landAttempted++;
    if (success === true) {
      this.landSuccess++;
      this.landConsecutive++;
    } else if (success === false) {
      this.landFailed++;
      this.landConsecutive = 0;
    }
  }

  fastestText(): string | null {
    return this.fastest === null ? null : isoDuration(this.fastest);
  }

  /** The launch-vehicle statistics columns (launcher configurations and their families). */
  vehicleColumns(): Record<string, unknown> {
    return {
      total_launch_count: this.total,
      consecutive_successful_launches: this.consecutive,
      successful_launches: this.success,
      failed_launches: this.failed,
      pending_launches: this.pending,
      attempted_landings: this.landAttempted,
      successful_landings: this.landSuccess,
      failed_landings: this.landFailed,
      consecutive_successful_landings: this.landConsecutive,
    };
  }
}

/** An agency's statistics: its launches, and the landings of boosters, spacecraft and payloads it flew. */
export class AgencyTally extends Tally {
  readonly spacecraft = new Tally();
  readonly payload = new Tally();

  columns(): Record<string, unknown> {
    return {
      total_launch_count: this.total,
      consecutive_successful_launches: this.consecutive,
      successful_launches: this.success,
      failed_launches: this.failed,
      pending_launches: this.pending,
      consecutive_successful_landings: this.landConsecutive,
      successful_landings: this.landSuccess,
      failed_landings: this.landFailed,
      attempted_landings: this.landAttempted,
      successful_landings_spacecraft: this.spacecraft.landSuccess,
      failed_landings_spacecraft: this.spacecraft.landFailed,
      attempted_landings_spacecraft: this.spacecraft.landAttempted,
      successful_landings_payload: this.payload.landSuccess,
      failed_landings_payload: this.payload.landFailed,
      attempted_landings_payload: this.payload.landAttempted,
    };
  }
}
