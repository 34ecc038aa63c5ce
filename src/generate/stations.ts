import { msOfYear } from './activity.ts';
import type { Station, StationVisit } from './catalog.ts';
import type { GenContext } from './context.ts';
import type { CrewedFlight, CrewPlanner } from './crew.ts';
import type { Astronaut } from './people.ts';
import type { ExpeditionSpan } from './events.ts';
import { ASTRONAUT_ROLE } from './lookup-tables.ts';
import type { Rng } from './rng.ts';
import { MEDIA_HOST, stamp, stem } from './text.ts';
import { DAY, HOUR, isoDateTime, isoDuration, MINUTE, yearOf } from './time.ts';

/**
 * What happens aboard the space stations, once every flight is known: expeditions (the stretches
 * between two crew departures, with the long-stay crews aboard), spacewalks (from the stations and
 * from some spacecraft: Voskhod, Gemini, the Apollo Moon walks, Shuttle), and the station rows with
 * what is aboard and docked at the anchor.
 */

/** A crew stay counts towards expeditions when it lasts this long. */
const LONG_STAY = 10 * DAY;

/** Spacewalks per day of expedition, by station. */
const WALK_RATE: Record<string, number> = {
  'International Space Station': 1 / 45,
  Mir: 1 / 55,
  Tiangong: 1 / 50,
  Skylab: 1 / 25,
  'Salyut 6': 1 / 120,
  'Salyut 7': 1 / 120,
};

interface Expedition {
  id: number;
  station: Station;
  name: string;
  start: number;
  end: number;
  /** Shown end: null for some expeditions still under way at the anchor. */
  shownEnd: number | null;
  members: StationVisit[];
  /** The stay whose end closes the expedition (other stations name their expeditions after it). */
  closing: StationVisit;
}

interface Walk {
  start: number;
  /** null for a planned spacewalk (after the anchor). */
  duration: number | null;
  crew: Astronaut[];
  role: number;
  station: Station | null;
  expedition: Expedition | null;
  flightId: number | null;
  location: string;
  /** How the name is made: a station's series (US/Russian/other) or the flight's own. */
  series: string;
  flightName: string | null;
  programIds: number[];
}

export function writeStationActivity(ctx: GenContext, rng: Rng, crew: CrewPlanner): ExpeditionSpan[] {
  const stations = [...ctx.cat.stations.values()];

  // expeditions of every station, numbered by start across stations
  const planned = stations.flatMap((s) => planExpeditions(ctx, rng, s));
  planned.sort((a, b) => a.start - b.start || a.station.id - b.station.id);
  const counters = new Map<number, number>();
  const expeditions: Expedition[] = planned.map((p) => {
    const n = (counters.get(p.station.id) ?? 0) + 1;
    counters.set(p.station.id, n);
    return { ...p, id: ctx.next('expedition'), name: expeditionName(p.station, n, p.closing) };
  });
  for (const e of expeditions) writeExpedition(ctx, rng, e);

  // spacewalks, numbered in time order
  const walks: Walk[] = [];
  for (const e of expeditions) walks.push(...stationWalks(ctx, rng, e));
  for (const f of crew.crewedFlights) walks.push(...flightWalks(ctx, rng, f, expeditions));
  walks.sort((a, b) => a.start - b.start);
  writeWalks(ctx, walks);

  for (const s of stations) writeStation(ctx, s, expeditions.filter((e) => e.station === s));
  return expeditions.map((e) => ({ id: e.id, stationId: e.station.id, start: e.start, end: e.shownEnd }));
}

/**
 * An expedition ends when a long-stay crew leaves, and starts when the previous one ended (or when
 * the first crew of a new occupation arrived); its crew is everyone staying long aboard meanwhile.
 */
function planExpeditions(ctx: GenContext, rng: Rng, station: Station): Array<Omit<Expedition, 'id' | 'name'>> {
  const stays = station.visits.filter((v) => v.leave - v.arrive >= LONG_STAY).sort((a, b) => a.leave - b.leave || a.arrive - b.arrive);
  const out: Array<Omit<Expedition, 'id' | 'name'>> = [];
  let previousEnd = -Infinity;
  for (let k = 0; k < stays.length; k++) {
    const end = stays[k].leave;
    if (end <= previousEnd) continue;
    let earliest = Infinity;
    for (let j = k; j < stays.length; j++) if (stays[j].arrive < end && stays[j].arrive < earliest) earliest = stays[j].arrive;
    const start = Math.max(previousEnd, earliest);
    previousEnd = end;
    if (end - start < DAY) continue;
    const members = stays.filter((v) => v.arrive < end && v.leave > start).sort((a, b) => a.arrive - b.arrive);
    const ongoing = end > ctx.anchor;
    out.push({ station, start, end, shownEnd: ongoing && rng.chance(0.5) ? null : end, members, closing: stays[k] });
    if (ongoing) break;
  }
  return out;
}

function expeditionName(station: Station, n: number, closing: StationVisit): string {
  const name = station.spec.name;
  if (name === 'International Space Station') return `Expedition ${n}`;
  if (name === 'Mir' || name === 'Salyut 6' || name === 'Salyut 7') return `${name} EO-${n}`;
  return `${closing.missionName} Expedition`;
}

function crewOf(e: Expedition): Astronaut[] {
  const out: Astronaut[] = [];
  for (const v of e.members) for (const a of v.crew) if (!out.includes(a)) out.push(a);
  return out;
}

function writeExpedition(ctx: GenContext, rng: Rng, e: Expedition): void {
  const { writer, cat, anchor } = ctx;
  writer.add('expedition', { id: e.id, name: e.name, start: isoDateTime(e.start), end: e.shownEnd === null ? null : isoDateTime(e.shownEnd), spacestation_id: e.station.id });
  crewOf(e).forEach((a, pos) => {
    writer.add('astronaut_flight', {
      id: ctx.next('astronautFlight'),
      role_id: pos === 0 ? ASTRONAUT_ROLE.commander : ASTRONAUT_ROLE.flightEngineer,
      astronaut_id: a.id,
      expedition_crew_of_id: e.id,
      pos,
    });
  });
  // crews of the long-duration era design a patch for their expedition
  const international = e.station.spec.name === 'International Space Station';
  if (rng.chance(international ? 0.9 : 0.4)) {
    const patchId = cat.nextIds.missionPatch++;
    const name = `${e.name} Patch`;
    writer.add('mission_patch', {
      id: patchId,
      name,
      priority: rng.int(5, 10),
      image_url: `${MEDIA_HOST}/mission_patch_images/${stem(name)}_${stamp(Math.min(anchor, e.start - 30 * DAY))}.png`,
      agency_id: rng.chance(0.9) ? (e.station.ownerIds[0] ?? null) : null,
    });
    writer.add('expedition__mission_patches', { owner_id: e.id, pos: 0, target_id: patchId });
  }
}

/** Who is aboard for a spacewalk at `t`: members who arrived a few days earlier and have not left. */
function aboard(e: Expedition, t: number): Astronaut[] {
  const out: Astronaut[] = [];
  for (const v of e.members) if (v.arrive + 2 * DAY <= t && v.leave - DAY >= t) for (const a of v.crew) if (!out.includes(a)) out.push(a);
  return out;
}

function stationWalks(ctx: GenContext, rng: Rng, e: Expedition): Walk[] {
  const { anchor } = ctx;
  const name = e.station.spec.name;
  const rate = WALK_RATE[name] ?? 1 / 150;
  const out: Walk[] = [];
  const programIds = e.station.programId === null ? [] : [e.station.programId];
  const add = (t: number, planned: boolean) => {
    const people = aboard(e, t);
    if (!people.length) return;
    const crew = rng.sample(people, Math.min(people.length, rng.chance(0.1) ? 1 : 2));
    const russian = ['RFSA', 'SSP'].includes(crew[0].agencyKey);
    const chinese = crew[0].agencyKey === 'CMSA';
    const series = name === 'International Space Station' ? (russian ? 'ISS-RU' : 'ISS-US') : name;
    out.push({
      start: t,
      duration: planned ? null : walkDuration(rng, name),
      crew,
      role: ASTRONAUT_ROLE.flightEngineer,
      station: e.station,
      expedition: e,
      flightId: null,
      location: stationAirlock(rng, name, t, russian || (!chinese && name !== 'International Space Station' && name !== 'Skylab')),
      series,
      flightName: null,
      programIds,
    });
  };
  const from = e.start + 3 * DAY;
  const to = Math.min(e.end, anchor);
  if (to > from) {
    const n = Math.floor(((to - from) / DAY) * rate + rng.next());
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push(Math.floor(rng.float(from, to) / MINUTE) * MINUTE);
    for (const t of times.sort((a, b) => a - b)) add(t, false);
  }
  // a spacewalk planned in the weeks after the anchor for the crew aboard
  if (e.end > anchor && rng.chance(0.6)) {
    const t = Math.floor((anchor + rng.float(3, 60) * DAY) / HOUR) * HOUR;
    if (t < e.end) add(t, true);
  }
  return out;
}

function walkDuration(rng: Rng, where: string): number {
  const early = where.startsWith('Salyut') || where === 'Skylab';
  const ms = rng.around(early ? 4 * HOUR : 6.5 * HOUR, 3 * HOUR, early ? 0.5 * HOUR : HOUR, early ? 7.5 * HOUR : 9 * HOUR);
  return Math.round(ms / MINUTE) * MINUTE;
}

function stationAirlock(rng: Rng, station: string, t: number, russian: boolean): string {
  switch (station) {
    case 'International Space Station':
      if (russian) return t < msOfYear(2009.9) ? 'Pirs Docking Compartment' : t >= msOfYear(2021.6) ? 'Poisk Mini-Research Module 2' : rng.pick(['Pirs Docking Compartment', 'Poisk Mini-Research Module 2']);
      return t >= msOfYear(2001.55) ? 'Quest Joint Airlock' : 'Space Shuttle Airlock';
    case 'Mir':
      return t >= msOfYear(1989.95) ? 'Kvant-2 Airlock' : 'Mir Core Module';
    case 'Skylab':
      return 'Skylab Airlock Module';
    case 'Tiangong':
      return t >= msOfYear(2022.6) ? 'Wentian Airlock' : 'Tianhe Node Module';
    default:
      return station.startsWith('Salyut') ? `${station} Transfer Compartment` : `${station} Airlock`;
  }
}

/** Spacewalks from a spacecraft: Voskhod, Gemini, the Apollo Moon walks, Shuttle, Shenzhou, Dragon. */
function flightWalks(ctx: GenContext, rng: Rng, f: CrewedFlight, expeditions: Expedition[]): Walk[] {
  const { anchor } = ctx;
  // crews at a station walk from the station (the expeditions' spacewalks), except Shuttle crews
  if (!f.past || f.crew.some((a) => a.nonHuman) || (f.station && f.configKey !== 'shuttle')) return [];
  const out: Walk[] = [];
  const base = { role: ASTRONAUT_ROLE.missionSpecialist, flightId: f.flightId, flightName: f.missionName, programIds: f.programIds, series: 'flight' };
  if (f.lunarLanding !== null && f.lunarLanding <= anchor) {
    const walkers = f.crew.filter((_, i) => i !== 1).slice(0, 2);
    const n = yearOf(f.net) < 1971 ? rng.int(1, 2) : 3;
    for (let k = 0; k < n; k++) {
      const t = f.lunarLanding + (4 + 24 * k) * HOUR + rng.int(0, 120) * MINUTE;
      if (t > anchor) break;
      out.push({ ...base, start: t, duration: Math.round(rng.float(2, 7.5) * 60) * MINUTE, crew: walkers, station: null, expedition: null, location: 'Lunar Surface' });
    }
    return out;
  }
  const odds: Record<string, [chance: number, min: number, max: number, hours: [number, number], location: string]> = {
    voskhod: [0.5, 1, 1, [0.15, 0.4], 'Voskhod Volga Airlock'],
    gemini: [0.5, 1, 2, [0.5, 2.5], 'Gemini Hatch'],
    apolloCsm: [0.15, 1, 1, [0.3, 1.3], 'Apollo Command Module Hatch'],
    shuttle: [0.35, 1, 3, [5, 8], 'Space Shuttle Airlock'],
    shenzhou: [0.3, 1, 1, [0.3, 7], 'Shenzhou Orbital Module'],
    crewDragon: [0.2, 1, 1, [1, 2], 'Crew Dragon Hatch'],
  };
  const o = odds[f.configKey];
  if (!o || !rng.chance(o[0])) return out;
  const from = f.net + (f.end - f.net < 2 * DAY ? (f.end - f.net) / 3 : DAY);
  const to = Math.min(f.ended ? f.end - (f.end - f.net < 2 * DAY ? (f.end - f.net) / 3 : DAY) : anchor, anchor);
  if (to <= from) return out;
  const n = rng.int(o[1], o[2]);
  const times: number[] = [];
  for (let k = 0; k < n; k++) times.push(Math.floor(rng.float(from, to) / MINUTE) * MINUTE);
  times.sort((a, b) => a - b);
  // a Shuttle at a station walks as part of that station's spacewalk series
  const station = f.configKey === 'shuttle' ? f.station : null;
  for (const t of times) {
    const expedition = station ? (expeditions.find((e) => e.station === station && e.start <= t && t <= e.end) ?? null) : null;
    const crew = rng.sample(f.crew, Math.min(f.crew.length, f.configKey === 'voskhod' || f.configKey === 'gemini' || f.configKey === 'apolloCsm' ? 1 : 2));
    out.push({
      ...base,
      start: t,
      duration: Math.round(rng.float(o[3][0], o[3][1]) * 60) * MINUTE,
      crew,
      station,
      expedition,
      location: o[4],
      series: station ? `${station.spec.name === 'International Space Station' ? 'ISS-US' : station.spec.name}` : 'flight',
      programIds: station?.programId != null ? [...f.programIds, station.programId] : f.programIds,
    });
  }
  return out;
}

function writeWalks(ctx: GenContext, walks: Walk[]): void {
  const { writer, anchor } = ctx;
  const series = new Map<string, number>();
  const perFlight = new Map<number, number>();
  const perExpedition = new Map<number, number>();
  for (const w of walks) {
    const id = ctx.next('spacewalk');
    let name: string;
    if (w.series === 'flight') {
      const k = (perFlight.get(w.flightId!) ?? 0) + 1;
      perFlight.set(w.flightId!, k);
      name = `${w.flightName} EVA ${k}`;
    } else {
      const n = (series.get(w.series) ?? 0) + 1;
      series.set(w.series, n);
      name = w.series === 'ISS-US' ? `US Spacewalk ${n}` : w.series === 'ISS-RU' ? `VKD-${n}` : `${w.series} EVA ${n}`;
    }
    const where = w.station ? `outside the ${w.station.spec.name}` : w.location === 'Lunar Surface' ? 'on the Moon' : `outside their spacecraft${w.flightName ? ` during ${w.flightName}` : ''}`;
    const eventId = ctx.events.spacewalk({ name, start: w.start, duration: w.duration, crew: w.crew, stationId: w.station?.id ?? null, programIds: w.programIds, location: w.location, where });
    let pos: number | null = null;
    if (w.expedition) {
      pos = perExpedition.get(w.expedition.id) ?? 0;
      perExpedition.set(w.expedition.id, pos + 1);
    }
    const done = w.duration !== null && w.start + w.duration <= anchor;
    writer.add('spacewalk', {
      id,
      name,
      start: isoDateTime(w.start),
      end: done ? isoDateTime(w.start + w.duration!) : null,
      duration: done ? isoDuration(w.duration!) : null,
      location: w.location,
      spacestation_id: w.station?.id ?? null,
      expedition_id: w.expedition?.id ?? null,
      spacecraft_flight_id: w.flightId,
      event_id: eventId,
      pos,
    });
    w.crew.forEach((a, p) => {
      writer.add('astronaut_flight', { id: ctx.next('astronautFlight'), role_id: w.role, astronaut_id: a.id, spacewalk_crew_of_id: id, pos: p });
      a.spacewalkIds.push(id);
    });
    [...new Set(w.programIds)].forEach((target_id, p) => writer.add('spacewalk__program', { owner_id: id, pos: p, target_id }));
  }
}

/** The station row with what is aboard and docked at the anchor, its owners and docking locations. */
function writeStation(ctx: GenContext, s: Station, expeditions: Expedition[]): void {
  const { writer, anchor, cat } = ctx;
  const inOrbit = s.founded <= anchor && (s.deorbited === null || s.deorbited > anchor);
  const onboard = new Set<number>();
  for (const v of s.visits) if (v.arrive <= anchor && !v.ended) for (const a of v.crew) onboard.add(a.id);
  const docked = s.dockings.filter((d) => d.departure === null).sort((a, b) => a.docking - b.docking);
  const vehicles = new Set(docked.filter((d) => d.flightId !== null).map((d) => d.flightId));
  writer.add('space_station', {
    ...s.row,
    onboard_crew: inOrbit ? onboard.size : s.founded > anchor ? null : 0,
    docked_vehicles: inOrbit ? vehicles.size : s.founded > anchor ? null : 0,
  });
  s.ownerIds.forEach((target_id, pos) => writer.add('space_station__owners', { owner_id: s.id, pos, target_id }));
  expeditions
    .filter((e) => e.shownEnd === null || e.shownEnd > anchor)
    .forEach((e, pos) => writer.add('space_station__active_expeditions', { owner_id: s.id, pos, target_id: e.id }));
  docked.forEach((d, pos) => writer.add('space_station__active_docking_events', { owner_id: s.id, pos, target_id: d.id }));
  s.ports.forEach((p, pos) => {
    // the vehicle at that port now: the latest docking there without a departure
    const here = docked.filter((d) => d.port === p && d.flightId !== null).at(-1);
    writer.add('docking_location', {
      id: p.id,
      name: p.name,
      spacestation_id: s.id,
      spacecraft_id: cat.spacecraftConfigs.get(p.config)!.id,
      payload_id: s.modules[p.module].payloadId,
      currently_docked_id: here?.id ?? null,
      pos,
    });
  });
}

