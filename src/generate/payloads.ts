import { orbitDestination } from './celestial-data.ts';
import type { GenContext, LaunchFacts } from './context.ts';
import { writeLanding } from './landings.ts';
import { LANDING_TYPE, payloadTypeId, type PayloadTypeName } from './lookup-tables.ts';
import type { MissionTemplate } from './missions-data.ts';
import { msOfYear } from './activity.ts';
import { HOUR, isoDateTime } from './time.ts';
import { wikiUrl } from './text.ts';

/** Payloads, and the payload flights that carry them (each with the landing 2.3.0 requires). */
export class PayloadPlanner {
  /** Constellation satellite models: one payload row shared by every batch. */
  private readonly shared = new Map<string, number>();

  /** The payload flights of an uncrewed launch, from its mission template. */
  fly(ctx: GenContext, l: LaunchFacts, template: MissionTemplate | null, operatorId: number): void {
    const rng = l.rng;
    let pos = 0;
    pos = this.stationModule(ctx, l, pos);
    if (!template?.payload) return;
    const p = template.payload;
    const chance = p.shared ? 0.8 : l.year >= 2000 ? 0.5 : 0.2;
    if (!rng.chance(chance)) return;
    const destination = orbitDestination(l.orbit);
    const type = p.type ?? 'Satellite';
    const name = typeof p.name === 'function' ? p.name(l.year) : (p.name ?? l.missionName);
    let payloadId: number;
    if (p.shared) {
      const found = this.shared.get(name);
      payloadId = found ?? this.payload(ctx, l, name, type, operatorId, template.program);
      if (found === undefined) this.shared.set(name, payloadId);
    } else {
      payloadId = this.payload(ctx, l, name, type, operatorId, template.program);
    }
    const amount = p.amount ? rng.int(p.amount[0], p.amount[1]) : 1;
    this.flight(ctx, l, payloadId, destination, amount, pos++);
    const extra = p.rideshares ? rng.int(p.rideshares[0], p.rideshares[1]) : 0;
    for (let i = 0; i < extra; i++) {
      const op = rng.pick(ctx.cat.syntheticAgencies);
      const id = this.payload(ctx, l, `${op.name.split(' ')[0]}Sat-${rng.int(1, 40)}`, rng.chance(0.7) ? 'CubeSat' : 'Satellite', op.id, undefined);
      this.flight(ctx, l, id, destination, rng.int(1, 4), pos++);
    }
  }

  /** A station module waiting for this vehicle family is carried by the launch (and docks if it can). */
  private stationModule(ctx: GenContext, l: LaunchFacts, pos: number): number {
    if (l.outcome === 'failure') return pos;
    for (const station of ctx.cat.stations.values()) {
      const module = station.modules.find((m) => m.flightId === null && m.family === l.family.name && l.net >= msOfYear(m.notBefore));
      if (!module) continue;
      const previous = station.modules.filter((m) => m.flightId !== null).at(-1);
      const flightId = this.flight(ctx, l, module.payloadId, station.spec.name, 1, pos);
      module.flightId = flightId;
      const docking = l.net + l.rng.float(6, 200) * HOUR;
      if (l.past && docking <= ctx.anchor && previous && station.lastFlightId !== null) {
        const port = station.ports.find((p) => p.module === station.modules.indexOf(module)) ?? station.ports[0];
        // a module stays until its station is deorbited; it docks as a part of that station
        const departure = station.deorbited !== null && station.deorbited <= ctx.anchor ? station.deorbited : null;
        const id = ctx.next('dockingEvent');
        ctx.writer.add('docking_event', {
          id,
          docking: isoDateTime(docking),
          departure: departure === null ? null : isoDateTime(departure),
          docking_location_id: port.id,
          space_station_target_id: station.id,
          flight_vehicle_target_id: station.lastFlightId,
          payload_flight_target_id: previous.flightId,
          flight_vehicle_chaser_id: null,
          space_station_chaser_id: station.id,
          payload_flight_chaser_id: flightId,
          pos: 0,
        });
        station.dockings.push({ id, port, docking, departure, flightId: null });
      }
      return pos + 1;
    }
    return pos;
  }

  private payload(ctx: GenContext, l: LaunchFacts, name: string, type: PayloadTypeName, operatorId: number, program: string | undefined): number {
    const rng = l.rng;
    const id = ctx.cat.nextIds.payload++;
    const country = l.family.spec?.country ?? 'USA';
    const makers = ctx.cat.manufacturers.get(country) ?? [operatorId];
    const small = type === 'CubeSat';
    ctx.writer.add('payload', {
      id,
      name,
      wiki_link: !small && rng.chance(0.3) ? (wikiUrl(name) ?? '') : '',
      info_link: rng.chance(0.2) ? `https://www.example.org/payloads/${id}` : '',
      cost: small || rng.chance(0.6) ? null : rng.int(20, 600) * 1_000_000,
      mass: small ? Math.round(rng.float(1, 30) * 10) / 10 : Math.round(rng.float(200, 6500)),
      description: `${name} is a ${type.toLowerCase()} launched on ${l.config.fullName}.`,
      type_id: payloadTypeId(type),
      manufacturer_id: rng.chance(0.7) ? rng.pick(makers) : operatorId,
      operator_id: operatorId,
      image_id: !small && rng.chance(0.3) ? ctx.images.create(name, { at: Math.min(ctx.anchor, Math.max(l.net, Date.UTC(2019, 0, 1))), credit: null }) : null,
    });
    if (program) ctx.writer.add('payload__program', { owner_id: id, pos: 0, target_id: ctx.cat.programs.get(program)!.id });
    return id;
  }

  private flight(ctx: GenContext, l: LaunchFacts, payloadId: number, destination: string, amount: number, pos: number): number {
    const id = ctx.next('payloadFlight');
    const landingId = writeLanding(ctx, {
      attempt: false,
      success: null,
      description: 'No recovery is planned: the payload will reenter and burn up at the end of its mission.',
      downrange: null,
      location: ctx.cat.landingLocations.get('SPOUA')!,
      type: LANDING_TYPE.reentry,
    });
    ctx.writer.add('payload_flight', { id, destination, amount, rocket_id: l.rocketId, payload_id: payloadId, landing_id: landingId, pos });
    return id;
  }
}
