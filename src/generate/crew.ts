import type { Port, Spacecraft, SpacecraftConfig, Station } from './catalog.ts';
import { orbitDestination } from './celestial-data.ts';
import { COUNTRIES } from './countries.ts';
import type { FlightSummary, GenContext, LaunchFacts } from './context.ts';
import type { Astronaut } from './people.ts';
import { writeLanding } from './landings.ts';
import { ASTRONAUT_ROLE, ASTRONAUT_STATUS, ASTRONAUT_TYPE, LANDING_TYPE, SPACECRAFT_STATUS } from './lookup-tables.ts';
import { personName } from './person-names.ts';
import type { Rng } from './rng.ts';
import type { SpacecraftMissionSpec } from './spacecraft-data.ts';
import { isActive, msOfYear } from './activity.ts';
import { DAY, HOUR, isoDate, isoDateTime, MINUTE, YEAR } from './time.ts';

/** A spacecraft flight with people (or a test dummy) aboard: spacewalks and events are drawn from them. */
export interface CrewedFlight {
  flightId: number;
  launchId: string;
  missionName: string;
  vehicleName: string;
  configKey: string;
  crew: Astronaut[];
  net: number;
  /** Planned end of the flight (landing or reentry). */
  end: number;
  ended: boolean;
  past: boolean;
  station: Station | null;
  /** When its lunar module touched down, for Apollo flights that landed on the Moon. */
  lunarLanding: number | null;
  /** Programmes of the launch, filled in by the launch generator. */
  programIds: number[];
}

/** 'Soyuz MS-{n}' -> 'Soyuz MS'. */
function seriesBase(seriesName: string): string {
  return seriesName.replace(/[- ]*\{n\}.*$/, '') || seriesName;
}

export interface FlightPlan {
  spec: SpacecraftMissionSpec;
  crewed: boolean;
  missionName: string;
}

/**
 * Spacecraft flights: the vehicle (a named reusable one, or a single-use spacecraft named after the
 * mission), its landing, its crew (launch, onboard and landing crews, drawn from the astronauts of
 * the agencies that fly on it) and its docking at a space station.
 */
export class CrewPlanner {
  readonly astronauts: Astronaut[] = [];
  readonly crewedFlights: CrewedFlight[] = [];
  /** The people of each agency (test dummies are in no pool). */
  private readonly byAgency = new Map<string, Astronaut[]>();
  private readonly names = new Set<string>();
  private readonly stationCrews = new Map<number, Astronaut[]>();
  /** Spacecraft configurations whose uncrewed test flight already carried a test dummy. */
  private readonly dummies = new Set<string>();

  /** `rng` draws what the launch's own stream does not (relocations, dummies, ships, lunar landings). */
  constructor(private readonly rng: Rng) {}

  /** Decides whether a launch carries a spacecraft, and which. */
  plan(l: { config: { fullName: string }; year: number }, rng: Rng, specs: SpacecraftMissionSpec[]): SpacecraftMissionSpec | null {
    let roll = rng.next();
    for (const spec of specs) {
      if (l.year < spec.from || l.year > spec.to) continue;
      const carrier = spec.carriers.find(([name]) => name === l.config.fullName);
      if (!carrier) continue;
      roll -= carrier[1];
      if (roll < 0) return spec;
    }
    return null;
  }

  isCrewed(spec: SpacecraftMissionSpec, year: number, rng: Rng): boolean {
    if (spec.crew[1] === 0) return false;
    if (spec.crewFrom !== undefined && year < spec.crewFrom) return false;
    return spec.crewedShare === undefined || rng.chance(spec.crewedShare);
  }

  fly(ctx: GenContext, l: LaunchFacts, plan: FlightPlan): FlightSummary {
    const { spec } = plan;
    const rng = l.rng;
    const config = ctx.cat.spacecraftConfigs.get(spec.config)!;
    const vehicle = this.vehicle(ctx, config, l, plan.missionName);

    // duration and whether the flight is over at the anchor
    let planned = rng.float(spec.days[0], spec.days[1]) * DAY;
    if (plan.crewed && spec.stations && planned > 30 * DAY) planned = Math.max(planned, rng.float(150, 200) * DAY);
    if (l.outcome === 'failure') planned = rng.float(5, 60) * MINUTE;
    const plannedEnd = l.net + planned;
    const ended = l.past && plannedEnd <= ctx.anchor && l.outcome !== 'flying';
    const inFlight = l.past && !ended;

    // station, if the flight goes to one that is in orbit
    let station: Station | null = null;
    if (spec.stations && l.outcome !== 'failure' && rng.chance(spec.stationShare ?? 1)) {
      for (const [name, from, to] of spec.stations) {
        const s = ctx.cat.stations.get(name)!;
        if (l.year >= from && l.year <= to && l.net >= s.founded && (s.deorbited === null || l.net < s.deorbited)) {
          station = s;
          break;
        }
      }
    }

    // landing
    const landingType = { parachute: LANDING_TYPE.parachute, splashdown: LANDING_TYPE.splashdown, horizontal: LANDING_TYPE.horizontal, reentry: LANDING_TYPE.reentry }[spec.landing.type];
    const attempt = spec.landing.type !== 'reentry';
    const success = attempt && ended ? (l.outcome === 'failure' ? rng.chance(0.6) : rng.chance(0.99)) : null;
    const at = ctx.cat.landingLocations.get(rng.pick(spec.landing.at))!;
    const landingId = writeLanding(
      ctx,
      {
        attempt,
        success,
        description: !attempt
          ? `${vehicle.name} performs a destructive reentry at the end of its mission.`
          : success === null
            ? `${vehicle.name} is planned to land at ${at.name}.`
            : success
              ? `${vehicle.name} landed at ${at.name}.`
              : `${vehicle.name} was lost during its return at ${at.name}.`,
        downrange: null,
        location: at,
        type: landingType,
      },
    );

    // the flight, the vehicle's state and the configuration's maiden flight
    const flightId = this.writeFlight(ctx, l, vehicle, config, {
      destination: station ? station.spec.name : orbitDestination(spec.orbit),
      ended,
      inFlight,
      plannedEnd,
      landingId,
      lost: success === false || (l.outcome === 'failure' && !attempt),
    });
    vehicle.busyUntil = Math.max(vehicle.busyUntil, plannedEnd + 14 * DAY);

    // crew
    let crew: Astronaut[] = [];
    if (plan.crewed) {
      const size = rng.int(spec.crew[0], Math.min(spec.crew[1], config.spec.crew ?? spec.crew[1]));
      crew = this.pickCrew(ctx, spec, l, size);
      crew.forEach((a, pos) => this.addFlight(ctx, a, 'launch_crew_of_id', flightId, pos, this.role(spec, pos)));
      for (const a of crew) {
        a.flights.push({ net: l.net, mission: plan.missionName, past: l.past });
        a.launchIds.push(l.id);
        a.busyUntil = plannedEnd + 30 * DAY;
      }
      if (ended) crew.forEach((a, pos) => this.addFlight(ctx, a, 'landing_crew_of_id', flightId, pos, this.role(spec, pos)));
      // a crew member already aboard the station who moves to this vehicle (a port relocation)
      const aboard = station ? this.stationCrews.get(station.id) : undefined;
      if (ended && aboard?.length && rng.chance(0.15)) this.addFlight(ctx, rng.pick(aboard), 'onboard_crew_of_id', flightId, 0, ASTRONAUT_ROLE.flightEngineer);
      if (station) this.stationCrews.set(station.id, crew);
    } else if (config.spec.humanRated && spec.crew[1] > 0 && l.outcome !== 'failure' && !this.dummies.has(config.spec.key)) {
      // the first uncrewed test flight of a crew vehicle carries an instrumented test dummy
      this.dummies.add(config.spec.key);
      const dummy = this.newDummy(ctx, spec, l);
      crew = [dummy];
      this.addFlight(ctx, dummy, 'launch_crew_of_id', flightId, 0, ASTRONAUT_ROLE.participant);
      dummy.flights.push({ net: l.net, mission: plan.missionName, past: l.past });
      dummy.launchIds.push(l.id);
      if (ended && attempt) this.addFlight(ctx, dummy, 'landing_crew_of_id', flightId, 0, ASTRONAUT_ROLE.participant);
    }

    // Apollo flights that went to the Moon mostly landed there
    const lunarLanding = spec.config === 'apolloCsm' && spec.orbit === 'LO' && plan.crewed && l.outcome !== 'failure' && this.rng.chance(0.65) ? l.net + this.rng.float(3.8, 4.3) * DAY : null;

    const programIds: number[] = [];
    let dockedAt: number | null = null;
    let departedAt: number | null = null;
    let dockedPort: Port | null = null;
    if (station) {
      const docking = l.net + rng.float(3, 50) * HOUR;
      const departure = ended ? Math.max(docking + HOUR, plannedEnd - rng.float(2, 10) * HOUR) : null;
      dockedAt = docking;
      departedAt = departure;
      if (docking <= ctx.anchor && l.past) {
        // a free port for this kind of vehicle, any free port, or the usual one
        const free = (p: Port) => p.busyUntil <= docking;
        const port = station.ports.find((p) => p.config === spec.config && free(p)) ?? station.ports.find(free) ?? station.ports.find((p) => p.config === spec.config) ?? rng.pick(station.ports);
        dockedPort = port;
        port.busyUntil = departure ?? Infinity;
        const target = station.modules[port.module].flightId ?? station.modules.find((m) => m.flightId !== null)?.flightId ?? null;
        if (target !== null && station.lastFlightId !== null) {
          const events = this.dock(ctx, station, port, { flightId, target, docking, departure, stayEnd: departure ?? plannedEnd, crewed: crew.length > 0 });
          if (events.length > 1) ctx.events.relocation({ l, station, from: events[0].port, to: events[1].port, at: events[0].departure!, vehicleName: vehicle.name, missionName: plan.missionName, crew, programIds });
        }
        if (crew.length && !crew[0].nonHuman) {
          station.visits.push({ flightId, launchId: l.id, missionName: plan.missionName, crew, arrive: docking, leave: departure ?? plannedEnd, ended, programIds });
        }
      }
      station.lastFlightId = flightId;
    }

    if (crew.length) {
      this.crewedFlights.push({
        flightId,
        launchId: l.id,
        missionName: plan.missionName,
        vehicleName: vehicle.name,
        configKey: spec.config,
        crew,
        net: l.net,
        end: plannedEnd,
        ended,
        past: l.past,
        station,
        lunarLanding,
        programIds,
      });
    }
    return {
      flightId,
      vehicleName: vehicle.name,
      configKey: spec.config,
      crew,
      crewed: plan.crewed,
      station,
      port: dockedPort,
      docking: dockedAt,
      departure: departedAt,
      end: plannedEnd,
      ended,
      landing: { attempt, at: at.name, kind: spec.landing.type },
      lunarLanding,
      programIds,
    };
  }

  /**
   * The docking events of a flight at a station: one, or two when a long stay includes a move to
   * another free port. Returns them in order; each is also recorded on the station.
   */
  private dock(
    ctx: GenContext,
    station: Station,
    port: Port,
    d: { flightId: number; target: number; docking: number; departure: number | null; stayEnd: number; crewed: boolean },
  ): Array<{ port: Port; docking: number; departure: number | null }> {
    const legs: Array<{ port: Port; docking: number; departure: number | null }> = [{ port, docking: d.docking, departure: d.departure }];
    if (d.crewed && station.ports.length > 1 && d.stayEnd - d.docking > 20 * DAY && this.rng.chance(0.12)) {
      const move = Math.floor(d.docking + this.rng.float(0.15, 0.6) * (d.stayEnd - d.docking));
      const other = station.ports.find((p) => p !== port && p.busyUntil <= move);
      if (other && move + HOUR <= ctx.anchor) {
        const redock = move + this.rng.int(25, 50) * MINUTE;
        legs[0].departure = move;
        legs.push({ port: other, docking: redock, departure: d.departure !== null && d.departure > redock ? d.departure : d.departure === null ? null : redock + HOUR });
        port.busyUntil = move;
        other.busyUntil = legs[1].departure ?? Infinity;
      }
    }
    legs.forEach((leg, pos) => {
      const id = ctx.next('dockingEvent');
      ctx.writer.add('docking_event', {
        id,
        docking: isoDateTime(leg.docking),
        departure: leg.departure === null ? null : isoDateTime(leg.departure),
        docking_location_id: leg.port.id,
        space_station_target_id: station.id,
        flight_vehicle_target_id: station.lastFlightId,
        payload_flight_target_id: d.target,
        flight_vehicle_chaser_id: d.flightId,
        space_station_chaser_id: null,
        payload_flight_chaser_id: null,
        pos,
      });
      station.dockings.push({ id, port: leg.port, docking: leg.docking, departure: leg.departure, flightId: d.flightId });
    });
    return legs;
  }

  /**
   * The upper stage of a Starship launch, a spacecraft of its own: a new ship (later a caught and
   * reflown one), its flight and its landing.
   */
  flyShip(ctx: GenContext, l: LaunchFacts, missionName: string): void {
    const rng = this.rng;
    const config = ctx.cat.spacecraftConfigs.get('starship')!;
    const catching = l.year >= 2027;
    const ready = catching ? ctx.cat.spacecraft.filter((v) => v.config === config && !v.destroyed && v.busyUntil <= l.net) : [];
    const vehicle = ready.length && rng.chance(0.6) ? rng.pick(ready) : (() => {
      const [name, serial] = config.spec.nextVehicle!(++config.extra);
      return this.newVehicle(ctx, config, name, serial, true, null, rng);
    })();
    const planned = l.suborbital ? rng.float(62, 68) * MINUTE : rng.float(0.1, 3) * DAY;
    const plannedEnd = l.net + (l.outcome === 'failure' ? rng.float(2, 9) * MINUTE : planned);
    const ended = l.past && plannedEnd <= ctx.anchor && l.outcome !== 'flying';
    const inFlight = l.past && !ended;
    const attempt = l.outcome !== 'failure';
    const success = attempt && ended ? rng.chance(catching ? 0.85 : 0.75) : null;
    const at = ctx.cat.landingLocations.get(catching ? 'OLMA' : 'IO')!;
    const landingId = writeLanding(
      ctx,
      {
        attempt,
        success,
        description: !attempt
          ? `${vehicle.name} was lost during ascent.`
          : success === null
            ? `${vehicle.name} will attempt ${catching ? 'to be caught by the launch tower' : 'a controlled splashdown in the Indian Ocean'}.`
            : success
              ? `${vehicle.name} ${catching ? 'was caught by the launch tower' : 'performed a controlled splashdown in the Indian Ocean'}.`
              : `${vehicle.name} was lost during reentry.`,
        downrange: null,
        location: at,
        type: catching ? LANDING_TYPE.catch : LANDING_TYPE.ocean,
      },
    );
    this.writeFlight(ctx, l, vehicle, config, {
      destination: l.suborbital ? 'Suborbital' : orbitDestination(l.orbit),
      ended,
      inFlight,
      plannedEnd,
      landingId,
      // ships that splash down are not recovered
      lost: !attempt || success === false || (ended && !catching),
    });
    vehicle.description = `${vehicle.name}, a Starship upper stage${vehicle.flightRows > 1 ? ' that has flown more than once' : ''}, flown on ${missionName}${vehicle.flightRows > 1 ? ' and earlier flights' : ''}.`;
    vehicle.busyUntil = Math.max(vehicle.busyUntil, plannedEnd + 40 * DAY);
  }

  /**
   * Writes a spacecraft flight and what it does to the vehicle (in space while it flies, free again after
   * its end, destroyed when lost) and the configuration's and family's maiden flight; what the flight
   * counts for is computed from the rows by src/stats. Returns the flight's id.
   */
  private writeFlight(
    ctx: GenContext,
    l: LaunchFacts,
    vehicle: Spacecraft,
    config: SpacecraftConfig,
    f: { destination: string; ended: boolean; inFlight: boolean; plannedEnd: number; landingId: number; lost: boolean },
  ): number {
    const id = ctx.next('spacecraftFlight');
    ctx.writer.add('spacecraft_flight', {
      id,
      destination: f.destination,
      mission_end: f.ended ? isoDateTime(f.plannedEnd) : null,
      duration: null,
      turn_around_time: null,
      rocket_id: l.rocketId,
      spacecraft_id: vehicle.id,
      landing_id: f.landingId,
      pos: vehicle.flightRows++,
    });
    if (l.past) {
      if (f.inFlight) vehicle.inSpace = true;
      if (f.ended) vehicle.lastEnd = f.plannedEnd;
      if (f.lost) vehicle.destroyed = true;
      config.maiden ??= l.net;
      config.family.maiden ??= l.net;
    }
    return id;
  }

  private role(spec: SpacecraftMissionSpec, pos: number): number {
    if (spec.roles === 'sfp') return pos === 0 && spec.config === 'vssUnity' ? ASTRONAUT_ROLE.commander : pos === 1 && spec.config === 'vssUnity' ? ASTRONAUT_ROLE.pilot : ASTRONAUT_ROLE.participant;
    if (pos === 0) return ASTRONAUT_ROLE.commander;
    if (pos === 1 && spec.roles === 'ms') return ASTRONAUT_ROLE.pilot;
    return spec.roles === 'fe' ? ASTRONAUT_ROLE.flightEngineer : ASTRONAUT_ROLE.missionSpecialist;
  }

  private addFlight(ctx: GenContext, a: Astronaut, column: string, flightId: number, pos: number, role: number): void {
    ctx.writer.add('astronaut_flight', { id: ctx.next('astronautFlight'), role_id: role, astronaut_id: a.id, [column]: flightId, pos });
    if (column === 'landing_crew_of_id') a.landingIds.push(flightId);
  }

  /** An instrumented test dummy (Commander Moonikin Campos on Artemis I, Ripley on Demo-1...). */
  private newDummy(ctx: GenContext, spec: SpacecraftMissionSpec, l: LaunchFacts): Astronaut {
    const names: Record<string, string> = { orion: 'Commander Moonikin Campos', crewDragon: 'Ripley', starliner: 'Rosie the Rocketeer', nsCapsule: 'Mannequin Skywalker', shenzhou: 'Shenzhou Test Dummy', gaganyaan: 'Vyommitra', mengzhou: 'Mengzhou Test Dummy' };
    const agency = ctx.cat.agencyByKey.get(spec.agency) ?? null;
    let name = names[spec.config] ?? `${seriesBase(spec.name)} Test Dummy`;
    while (this.names.has(name)) name = `${name} II`;
    this.names.add(name);
    const a: Astronaut = {
      id: ctx.next('astronaut'),
      name,
      agencyId: agency?.id ?? null,
      agencyKey: spec.agency,
      nationality: agency ? [agency.countries[0]] : [],
      private: false,
      nonHuman: true,
      dob: null,
      dod: null,
      imageId: this.rng.chance(0.6) ? ctx.images.create(name, { at: Math.min(ctx.anchor, Math.max(l.net, Date.UTC(2019, 0, 1))), license: 4, singleUse: true }) : null,
      flights: [],
      launchIds: [],
      landingIds: [],
      spacewalkIds: [],
      busyUntil: Infinity,
      socialLinks: [],
    };
    this.astronauts.push(a);
    return a;
  }

  private vehicle(ctx: GenContext, config: SpacecraftConfig, l: LaunchFacts, missionName: string): Spacecraft {
    const rng = l.rng;
    if (config.spec.reusable) {
      const ready = ctx.cat.spacecraft.filter(
        (v) => v.config === config && !v.destroyed && v.busyUntil <= l.net && (v.retireAfter === null || l.net < v.retireAfter),
      );
      if (ready.length && !(config.unused.length && isActive(config.unused[0][2], undefined, l.year) && rng.chance(0.3))) return rng.pick(ready);
      const named = config.unused.findIndex(([, , from]) => from <= l.year);
      let name: string;
      let serial: string;
      let retireAfter: number | null = null;
      if (named >= 0) {
        const [n, s, , to] = config.unused.splice(named, 1)[0];
        [name, serial] = [n, s];
        if (to !== undefined) retireAfter = msOfYear(to + 1);
      } else {
        [name, serial] = config.spec.nextVehicle!(++config.extra);
      }
      return this.newVehicle(ctx, config, name, serial, true, retireAfter, rng);
    }
    return this.newVehicle(ctx, config, missionName, null, false, null, rng);
  }

  private newVehicle(ctx: GenContext, config: SpacecraftConfig, name: string, serial: string | null, reusable: boolean, retireAfter: number | null, rng: Rng): Spacecraft {
    const v: Spacecraft = {
      id: ctx.cat.nextIds.spacecraft++,
      name,
      serial,
      config,
      imageId: reusable && rng.chance(0.7) ? ctx.images.create(name, { at: Math.min(ctx.anchor, Date.UTC(2023, 0, 1)), license: rng.pick([1, 4, 5]) }) : rng.chance(0.2) ? config.imageId : null,
      reusable,
      inSpace: false,
      busyUntil: -Infinity,
      lastEnd: null,
      destroyed: false,
      retireAfter,
      description: reusable ? `${name}, a ${config.spec.name} vehicle.` : `${name}, a single-use ${config.spec.name} spacecraft.`,
      flightRows: 0,
    };
    ctx.cat.spacecraft.push(v);
    return v;
  }

  private pickCrew(ctx: GenContext, spec: SpacecraftMissionSpec, l: LaunchFacts, size: number): Astronaut[] {
    const rng = l.rng;
    const crew: Astronaut[] = [];
    const agencies = spec.crewAgencies.map(([k]) => k);
    const weights = spec.crewAgencies.map(([, w]) => w);
    for (let seat = 0; seat < size; seat++) {
      const key = seat === 0 && agencies[0] !== 'private' && rng.chance(0.9) ? agencies[0] : rng.weighted(agencies, weights);
      const pool = this.byAgency.get(key) ?? [];
      const eligible = pool.filter((a) => !crew.includes(a) && a.busyUntil < l.net && (a.dod === null || a.dod > l.net + YEAR) && l.net - a.dob! < 60 * YEAR && l.net - a.dob! > 26 * YEAR);
      const reuse = key === 'private' ? 0.15 : 0.55;
      crew.push(eligible.length && rng.chance(reuse) ? rng.pick(eligible) : this.newAstronaut(ctx, key, l, rng));
    }
    return crew;
  }

  private newAstronaut(ctx: GenContext, key: string, l: LaunchFacts, rng: Rng): Astronaut {
    const isPrivate = key === 'private';
    const agency = isPrivate ? null : ctx.cat.agencyByKey.get(key)!;
    const countries = isPrivate
      ? [rng.weighted(COUNTRIES, COUNTRIES.map((c) => (c.alpha_3_code === 'USA' ? 20 : 1)))]
      : [rng.pick(agency!.countries)];
    if (!isPrivate && rng.chance(0.03)) countries.push(rng.pick(COUNTRIES.filter((c) => c !== countries[0])));
    let name = personName(rng, countries[0].alpha_3_code);
    while (this.names.has(name)) name = `${name.split(' ')[0]} ${String.fromCharCode(65 + rng.int(0, 25))}. ${name.split(' ').slice(1).join(' ')}`;
    this.names.add(name);
    const dob = Math.floor((l.net - rng.float(isPrivate ? 25 : 29, isPrivate ? 70 : 48) * YEAR) / DAY) * DAY;
    let dod: number | null = null;
    const earliestDeath = Math.max(l.net + 2 * YEAR, dob + 55 * YEAR);
    const latestDeath = Math.min(ctx.anchor - DAY, dob + 92 * YEAR);
    if (earliestDeath < latestDeath && rng.chance(dob < Date.UTC(1945, 0, 1) ? 0.7 : 0.05)) dod = Math.floor(rng.float(earliestDeath, latestDeath) / DAY) * DAY;
    const a: Astronaut = {
      id: ctx.next('astronaut'),
      name,
      agencyId: agency?.id ?? null,
      agencyKey: key,
      nationality: countries,
      private: isPrivate,
      nonHuman: false,
      dob,
      dod,
      imageId: rng.chance(0.75) ? ctx.images.create(name, { at: Math.min(ctx.anchor, Math.max(l.net, Date.UTC(2019, 0, 1))), license: rng.pick([1, 4, 5]), singleUse: true }) : null,
      flights: [],
      launchIds: [],
      landingIds: [],
      spacewalkIds: [],
      busyUntil: -Infinity,
      socialLinks: [],
    };
    if (l.year > 2005 && rng.chance(0.35)) {
      const base = ['https://x.com/', 'https://www.instagram.com/'];
      const handle = name.replace(/[^A-Za-z]/g, '').slice(0, 15);
      a.socialLinks = rng.chance(0.5) ? [[1, `${base[0]}${handle}`], [3, `${base[1]}${handle}`]] : [[1, `${base[0]}${handle}`]];
    }
    this.astronauts.push(a);
    const pool = this.byAgency.get(key) ?? [];
    pool.push(a);
    this.byAgency.set(key, pool);
    return a;
  }

  /** Astronaut and spacecraft rows, once every flight is known. */
  write(ctx: GenContext): void {
    const { writer, anchor } = ctx;
    for (const a of this.astronauts) {
      const past = a.flights.filter((f) => f.past);
      const last = past.length ? past[past.length - 1].net : null;
      let row: Record<string, unknown>;
      if (a.nonHuman) {
        const agency = a.agencyId === null ? null : ctx.cat.agencies[a.agencyId - 1];
        row = {
          date_of_birth: null,
          date_of_death: null,
          bio: `${a.name} is an instrumented test dummy${agency ? ` of ${agency.name}` : ''} that flew on ${a.flights[0].mission} to measure what a crew would experience.`,
          status_id: past.length ? ASTRONAUT_STATUS.retired : ASTRONAUT_STATUS.inTraining,
          type_id: ASTRONAUT_TYPE.nonHuman,
        };
      } else {
        const dob = a.dob!;
        // their age at the anchor decides whether they retired; the `age` column is a statistic
        const age = Math.floor(((a.dod ?? anchor) - dob) / YEAR);
        const nat = a.nationality[0].nationality_name;
        const word = a.nationality[0].alpha_3_code === 'RUS' ? 'cosmonaut' : a.nationality[0].alpha_3_code === 'CHN' ? 'taikonaut' : a.private ? 'private astronaut' : 'astronaut';
        const walks = a.spacewalkIds.length;
        row = {
          date_of_birth: isoDate(dob),
          date_of_death: a.dod === null ? null : isoDate(a.dod),
          bio:
            `${a.name} is a ${nat} ${word}${past.length ? ` who flew on ${past.map((f) => f.mission).slice(0, 4).join(', ')}` : ` assigned to ${a.flights[0].mission}`}.` +
            (walks ? ` ${a.name.split(' ')[0]} has ${walks === 1 ? 'one spacewalk' : `${walks} spacewalks`} to their name.` : ''),
          status_id: a.dod !== null ? ASTRONAUT_STATUS.deceased : !past.length ? ASTRONAUT_STATUS.inTraining : (last !== null && last < anchor - 12 * YEAR) || age > 65 ? ASTRONAUT_STATUS.retired : ASTRONAUT_STATUS.active,
          type_id: a.private ? ASTRONAUT_TYPE.private : ASTRONAUT_TYPE.government,
        };
      }
      // the statistics (flights, landings, spacewalks, time in space, age...) are computed by src/stats
      writer.add('astronaut', {
        id: a.id,
        name: a.name,
        in_space: null,
        time_in_space: null,
        eva_time: null,
        age: null,
        ...row,
        wiki: null,
        last_flight: null,
        first_flight: null,
        flights_count: null,
        landings_count: null,
        spacewalks_count: null,
        has_flown: null,
        is_human: !a.nonHuman,
        agency_id: a.agencyId,
        image_id: a.imageId,
      });
      a.nationality.forEach((c, pos) => writer.add('astronaut__nationality', { owner_id: a.id, pos, target_id: c.id }));
      a.socialLinks.forEach(([sm, url], pos) => writer.add('social_media_link', { id: ctx.next('socialMediaLink'), url, social_media_id: sm, agency_id: null, astronaut_id: a.id, pos }));
      a.launchIds.forEach((target_id, pos) => writer.add('astronaut__flights', { owner_id: a.id, pos, target_id }));
      a.landingIds.forEach((target_id, pos) => writer.add('astronaut__landings', { owner_id: a.id, pos, target_id }));
      a.spacewalkIds.forEach((target_id, pos) => writer.add('astronaut__spacewalks', { owner_id: a.id, pos, target_id }));
    }
    for (const v of ctx.cat.spacecraft) {
      const status = v.inSpace
        ? SPACECRAFT_STATUS.inSpace
        : v.destroyed
          ? SPACECRAFT_STATUS.destroyed
          : !v.reusable
            ? SPACECRAFT_STATUS.singleUse
            : (v.retireAfter !== null && v.retireAfter <= anchor) || (v.lastEnd !== null && v.lastEnd < anchor - 4 * YEAR)
              ? SPACECRAFT_STATUS.retired
              : SPACECRAFT_STATUS.active;
      writer.add('spacecraft', {
        id: v.id,
        name: v.name,
        serial_number: v.serial,
        is_placeholder: false,
        in_space: null,
        time_in_space: null,
        time_docked: null,
        flights_count: null,
        mission_ends_count: null,
        description: v.description,
        fastest_turnaround: null,
        image_id: v.imageId,
        status_id: status,
        spacecraft_config_id: v.config.id,
      });
    }
  }
}
