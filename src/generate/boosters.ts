import type { Config } from './catalog.ts';
import type { GenContext, LaunchFacts } from './context.ts';
import { writeLanding } from './landings.ts';
import { FIRST_STAGE_TYPE, LANDING_TYPE, LAUNCHER_STATUS } from './lookup-tables.ts';
import { DAY, YEAR } from './time.ts';

/** A reusable first stage (or side booster) with a serial number. */
export interface Booster {
  id: number;
  serial: string;
  config: Config;
  imageId: number | null;
  /** Flights assigned so far, scheduled ones included: a fleet retires a booster after so many. */
  flightsScheduled: number;
  /** NET of its latest flight, scheduled ones included: when it is ready again. */
  lastNet: number;
  /** Whether it flew again after a flight that happened (the launcher's `flight_proven`). */
  proven: boolean;
  /** Whether one of its flights had happened at the anchor (a booster never flown is not retired). */
  flown: boolean;
  status: number;
  details: string;
}

const MIN_TURNAROUND: Record<string, number> = { Falcon: 20 * DAY, 'New Shepard': 30 * DAY, Starship: 45 * DAY };
const MAX_FLIGHTS: Record<string, number> = { Falcon: 40, 'New Shepard': 30, Starship: 20 };

/**
 * Boosters of the reusable configurations. Each launch of such a configuration flies one core (three
 * for Falcon Heavy): a booster from the fleet when one is ready, otherwise a new one. Every flight
 * gets a first-stage row; its flight number, previous flight and turnaround, and the booster's
 * flights, landings and dates are statistics, computed from those rows by src/stats.
 */
export class BoosterFleet {
  readonly boosters: Booster[] = [];
  private readonly pools = new Map<number, Booster[]>();
  private readonly serials = new Map<string, number>();

  fly(ctx: GenContext, l: LaunchFacts): void {
    const spec = l.config.spec.booster;
    if (!spec) return;
    const rng = l.rng;
    const cores = spec.cores ?? 1;
    const pool = this.pools.get(l.config.id) ?? [];
    this.pools.set(l.config.id, pool);
    const familyName = l.family.name;
    const minGap = MIN_TURNAROUND[familyName] ?? 45 * DAY;
    const maxFlights = MAX_FLIGHTS[familyName] ?? 20;
    const used = new Set<Booster>();
    for (let core = 0; core < cores; core++) {
      let booster: Booster | undefined;
      if (l.year >= spec.reuseFrom && rng.chance(l.year < spec.reuseFrom + 1.5 ? 0.5 : 0.93)) {
        const ready = pool.filter((b) => b.status === LAUNCHER_STATUS.active && !used.has(b) && b.lastNet + minGap <= l.net && b.flightsScheduled < maxFlights);
        if (ready.length) booster = rng.pick(ready);
      }
      if (!booster) booster = this.newBooster(ctx, l.config, spec.prefix, spec.start, rng.chance(0.2));
      used.add(booster);
      if (!pool.includes(booster)) pool.push(booster);
      this.flyBooster(ctx, l, booster, core, cores);
      if (booster.flightsScheduled >= maxFlights && booster.status === LAUNCHER_STATUS.active) booster.status = LAUNCHER_STATUS.retired;
    }
  }

  private newBooster(ctx: GenContext, config: Config, prefix: string, start: number, ownImage: boolean): Booster {
    // serial numbers run per prefix, shared by the configurations of a family (B1019, B1020...)
    const key = `${config.family.name}:${prefix}`;
    const n = this.serials.get(key) ?? start;
    this.serials.set(key, n + 1);
    const serial = `${prefix}${prefix === 'B10' ? String(n).padStart(2, '0') : prefix === 'GS1-SN' ? String(n).padStart(3, '0') : n}`.slice(0, 10);
    const b: Booster = {
      id: ctx.next('launcher'),
      serial,
      config,
      imageId: ownImage ? ctx.images.create(`${config.fullName} ${serial}`, { at: Math.min(ctx.anchor, Date.UTC(2024, 0, 1)), credit: null }) : config.imageId,
      flightsScheduled: 0,
      lastNet: -Infinity,
      proven: false,
      flown: false,
      status: LAUNCHER_STATUS.active,
      details: '',
    };
    this.boosters.push(b);
    return b;
  }

  private flyBooster(ctx: GenContext, l: LaunchFacts, b: Booster, core: number, cores: number): void {
    const rng = l.rng;
    const spec = l.config.spec.booster!;
    b.flightsScheduled++;
    const reused = b.flightsScheduled > 1;

    // where and whether it lands
    const early = l.year < spec.reuseFrom;
    const centerCore = cores > 1 && core === 0;
    const attempt = rng.chance(centerCore ? 0.6 : early ? 0.7 : 0.97) && l.outcome !== 'failure';
    const kind = cores > 1 && !centerCore ? 'RTLS' : rng.pick(spec.landing);
    const { type, at } = attempt
      ? this.landingSite(ctx, l, kind)
      : { type: LANDING_TYPE.ocean, at: ctx.cat.landingLocations.get(l.pad.location.spec.key === 'VSFB' ? 'PAC' : 'ATL')! };
    const decided = l.past && l.outcome !== 'flying';
    let success: boolean | null = null;
    if (attempt && decided) success = rng.chance(centerCore ? 0.4 : early ? 0.7 : 0.975);
    const landingSpec = {
      attempt,
      success: attempt ? success : null,
      description: !attempt
        ? 'The booster was expended.'
        : success === null
          ? `The booster will attempt to land on ${at.name}.`
          : success
            ? `The booster landed successfully on ${at.name}.`
            : `The booster was lost during its landing attempt on ${at.name}.`,
      downrange: kind === 'ASDS' ? Math.round(rng.float(300, 650)) : kind === 'RTLS' || kind === 'Catch' || kind === 'VL' ? round1(rng.float(0, 10)) : null,
      location: at,
      type,
    };

    // the flight number, previous flight and turnaround are left to the statistics
    ctx.writer.add('first_stage', {
      id: ctx.next('firstStage'),
      reused,
      launcher_flight_number: null,
      previous_flight_date: null,
      turn_around_time: null,
      type_id: cores > 1 && core > 0 ? FIRST_STAGE_TYPE.booster : FIRST_STAGE_TYPE.core,
      launcher_id: b.id,
      landing_id: writeLanding(ctx, landingSpec),
      previous_flight_id: null,
      rocket_id: l.rocketId,
      pos: core,
    });

    if (l.past) {
      if (reused) b.proven = true;
      b.flown = true;
      if (l.outcome === 'failure') {
        b.status = LAUNCHER_STATUS.destroyed;
        b.details = 'Lost in a launch failure.';
      } else if (!attempt) {
        b.status = LAUNCHER_STATUS.expended;
        b.details = 'Expended on its final flight.';
      } else if (success === false) {
        b.status = LAUNCHER_STATUS.destroyed;
        b.details = 'Lost during a landing attempt.';
      }
    }
    b.lastNet = l.net;
  }

  private landingSite(ctx: GenContext, l: LaunchFacts, kind: string) {
    const ll = ctx.cat.landingLocations;
    const vandenberg = l.pad.location.spec.key === 'VSFB';
    switch (kind) {
      case 'RTLS':
        if (l.family.name === 'Zhuque') return { type: LANDING_TYPE.rtls, at: ll.get('DLS')! };
        return { type: LANDING_TYPE.rtls, at: ll.get(vandenberg ? 'LZ4' : l.year < 2018 ? 'LZ1' : l.rng.pick(['LZ1', 'LZ2']))! };
      case 'VL':
        return { type: LANDING_TYPE.vertical, at: ll.get('WTX')! };
      case 'Catch':
        return { type: LANDING_TYPE.catch, at: ll.get('OLMA')! };
      case 'Ocean':
        return { type: LANDING_TYPE.ocean, at: ll.get('GOM')! };
      default: {
        if (l.family.name === 'New Glenn') return { type: LANDING_TYPE.asds, at: ll.get('JACKLYN')! };
        if (l.family.name !== 'Falcon') return { type: LANDING_TYPE.asds, at: ll.get('ATL')! };
        const ships = vandenberg ? ['OCISLY'] : l.year < 2021 ? ['OCISLY', 'JRTI'] : ['JRTI', 'ASOG'];
        return { type: LANDING_TYPE.asds, at: ll.get(l.rng.pick(ships))! };
      }
    }
  }

  /** Launcher rows, once every flight is known; their statistics are left to src/stats. */
  write(ctx: GenContext): void {
    for (const b of this.boosters) {
      let status = b.status;
      if (status === LAUNCHER_STATUS.active && b.flown && b.lastNet < ctx.anchor - 2 * YEAR) status = LAUNCHER_STATUS.retired;
      ctx.writer.add('launcher', {
        id: b.id,
        flight_proven: b.proven,
        serial_number: b.serial,
        is_placeholder: false,
        details: b.details,
        successful_landings: null,
        attempted_landings: null,
        flights: null,
        last_launch_date: null,
        first_launch_date: null,
        fastest_turnaround: null,
        status_id: status,
        image_id: b.imageId,
        launcher_config_id: b.config.id,
      });
    }
  }
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
