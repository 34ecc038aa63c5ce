import type { EventSink, FlightSummary, GenContext, LaunchEventFacts, LaunchFacts, Relocation, SpacewalkFacts } from './context.ts';
import { EDITORS } from './launch-extras.ts';
import { eventTypeId, INFO_URL_TYPE, LANGUAGE, NET_PRECISION, VID_URL_TYPE, type EventTypeName } from './lookup-tables.ts';
import type { Rng } from './rng.ts';
import { MEDIA_HOST, slugify } from './text.ts';
import { DAY, HOUR, isoDateTime, isoDuration, MINUTE, utc, yearOf } from './time.ts';

/**
 * Events (LL2's /events/): what happens around launches and in orbit besides the launches themselves.
 * Most are drawn from the launches while they are written (static fires, rollouts, news conferences,
 * crew announcements, dockings, landings, Moon landings, orbit insertions) and from the spacewalks;
 * conferences, eclipses and agency briefings fill the list up to about one event per 15 launches.
 * Rows are written at the end, once the expeditions they link to exist.
 */

const LAUNCHES_PER_EVENT = 15;

/** Share of a family's launches preceded by a static fire, a wet dress rehearsal, a rollout event. */
const STATIC_FIRE: Record<string, number> = { Starship: 0.9, SLS: 0.8, 'New Glenn': 0.5, Neutron: 0.5, Vulcan: 0.3, H3: 0.3, Falcon: 0.03, Ariane: 0.05 };
const WET_DRESS: Record<string, number> = { SLS: 0.8, Starship: 0.35, 'New Glenn': 0.3, Saturn: 0.3 };
const ROLLOUT: Record<string, number> = { SLS: 0.8, Starship: 0.4, Saturn: 0.4, 'Space Shuttle': 0.15 };

const EVENT_COMMENTS = ['Added event.', 'Date updated.', 'Description updated.', 'Added webcast.', 'Time confirmed.', 'Added links.', 'Event details updated.'];

export interface EventDraft {
  id: number;
  type: EventTypeName;
  name: string;
  date: number;
  precision: number;
  description: string;
  location: string | null;
  duration: number | null;
  launchIds: string[];
  agencyIds: number[];
  stationIds: number[];
  programIds: number[];
  astronautIds: number[];
  /** Base of the info links: the site of the agency behind the event. */
  site: string | null;
  /** Whether the event is typically streamed (a webcast link is likelier). */
  streamed: boolean;
}

type NewEvent = Omit<EventDraft, 'id' | 'date' | 'precision' | 'launchIds' | 'agencyIds' | 'stationIds' | 'programIds' | 'astronautIds' | 'site' | 'streamed' | 'duration' | 'location'> &
  Partial<Pick<EventDraft, 'launchIds' | 'agencyIds' | 'stationIds' | 'programIds' | 'astronautIds' | 'site' | 'streamed' | 'duration' | 'location'>> & { at: number };

/** An expedition's time span, to link events at a station to the expeditions aboard. */
export interface ExpeditionSpan {
  id: number;
  stationId: number;
  start: number;
  end: number | null;
}

export class EventPlanner implements EventSink {
  private readonly drafts: EventDraft[] = [];
  private readonly slugs = new Set<string>();
  private launches = 0;

  constructor(
    private readonly ctx: GenContext,
    private readonly rng: Rng,
  ) {}

  /** Registers an event; its id is known at once (spacewalks point at their event). */
  add(e: NewEvent): number {
    const [date, precision] = this.when(e.at);
    const id = this.ctx.next('event');
    this.drafts.push({
      id,
      type: e.type,
      name: e.name.slice(0, 200),
      date,
      precision,
      description: e.description.slice(0, 2048),
      location: e.location ? e.location.slice(0, 100) : null,
      duration: e.duration ?? null,
      launchIds: e.launchIds ?? [],
      agencyIds: unique(e.agencyIds ?? []),
      stationIds: e.stationIds ?? [],
      programIds: unique(e.programIds ?? []),
      astronautIds: unique(e.astronautIds ?? []),
      site: e.site ?? null,
      streamed: e.streamed ?? false,
    });
    return id;
  }

  /** Events of one launch: before it (static fire, rollout, news), and what its flight does. */
  fromLaunch(l: LaunchFacts, x: LaunchEventFacts): void {
    this.launches++;
    const rng = this.rng;
    const { cat } = this.ctx;
    const fam = l.family.name;
    const where = l.pad.location.spec.name;
    const common = { launchIds: [l.id], agencyIds: [l.provider.id, x.operator.id], programIds: x.programIds, site: x.operator.infoUrl ?? l.provider.infoUrl };
    const ok = l.outcome !== 'failure';

    if (l.year >= 2008 && rng.chance(STATIC_FIRE[fam] ?? 0)) {
      this.add({
        ...common,
        type: 'Static Fire',
        name: `${l.missionName} Static Fire`,
        at: l.net - rng.float(2, fam === 'Starship' ? 40 : 20) * DAY,
        description: `The ${l.config.fullName} for ${l.missionName} briefly fires its engines while held down on the pad, a final test before launch.`,
        location: where,
        duration: rng.int(5, 60) * 1000,
        streamed: fam === 'Starship',
      });
    }
    if (l.year >= 1966 && rng.chance(WET_DRESS[fam] ?? 0)) {
      this.add({
        ...common,
        type: 'Wet Dress Rehearsal',
        name: `${l.missionName} Wet Dress Rehearsal`,
        at: l.net - rng.float(12, 45) * DAY,
        description: `The launch team loads propellant into the ${l.config.fullName} and runs the countdown as on launch day, stopping short of ignition.`,
        location: where,
        duration: rng.int(6, 14) * HOUR,
      });
    }
    if (l.year >= 1966 && rng.chance(ROLLOUT[fam] ?? 0)) {
      this.add({
        ...common,
        type: 'Rollout',
        name: `${l.missionName} Rollout`,
        at: l.net - rng.float(15, 60) * DAY,
        description: `The ${l.config.fullName} for ${l.missionName} rolls out to the launch pad.`,
        location: where,
        duration: rng.int(6, 12) * HOUR,
        streamed: true,
      });
    }

    const f = x.flight;
    if (f) this.fromFlight(l, f, x.programIds, common.site);

    // robotic landers and planetary probes
    const payloadType = x.template?.payload?.type;
    if (payloadType === 'Lander' && l.orbit === 'LTO' && ok && rng.chance(0.75)) {
      const site = rng.pick(cat.locationByKey.get('MOON')!.spec.pads);
      this.add({
        ...common,
        type: 'Moon Landing',
        name: `${l.missionName} Moon Landing`,
        at: l.net + rng.float(4, 60) * DAY,
        description: `The ${l.missionName} lander attempts a soft landing on the Moon near ${site}.`,
        location: 'Moon',
        duration: 20 * MINUTE,
        streamed: l.year >= 2010,
      });
    } else if (payloadType === 'Space Probe' && ok && (l.orbit === 'MO' || l.orbit === 'Helio-N/A') && rng.chance(0.4)) {
      const mars = l.orbit === 'MO';
      this.add({
        ...common,
        type: 'Spacecraft Event',
        name: `${l.missionName} ${mars ? 'Mars Orbit Insertion' : 'Planetary Flyby'}`,
        at: l.net + rng.float(mars ? 190 : 90, mars ? 320 : 900) * DAY,
        description: mars
          ? `${l.missionName} fires its engine to slow down and enter orbit around Mars.`
          : `${l.missionName} flies past a planet on its way through the Solar System, taking science data and a gravity assist.`,
        location: mars ? 'Mars' : 'Interplanetary space',
        duration: mars ? rng.int(20, 40) * MINUTE : null,
      });
    }
  }

  private fromFlight(l: LaunchFacts, f: FlightSummary, programIds: number[], site: string | null): void {
    const rng = this.rng;
    const humans = f.crew.filter((a) => !a.nonHuman);
    const crewIds = humans.map((a) => a.id);
    const crewAgencies = humans.map((a) => a.agencyId).filter((id): id is number => id !== null);
    const base = { launchIds: [l.id], agencyIds: [l.provider.id, ...crewAgencies], programIds, astronautIds: crewIds, site };
    const ok = l.outcome !== 'failure';
    const orbital = !l.suborbital;
    if (f.crewed && humans.length) {
      if (orbital && l.year >= 1985 && rng.chance(0.15)) {
        this.add({
          ...base,
          type: 'Crew Announcement',
          name: `${l.missionName} Crew Announcement`,
          at: l.net - rng.float(200, 500) * DAY,
          description: `The crew of ${l.missionName} is announced: ${names(humans)}.`,
          location: null,
          duration: HOUR,
          streamed: l.year >= 2010,
        });
      }
      if (l.year >= 1965 && rng.chance(!orbital ? 0.05 : l.year >= 1995 ? 0.3 : 0.12)) {
        this.add({
          ...base,
          type: 'Press Event',
          name: `${l.missionName} Prelaunch News Conference`,
          at: l.net - rng.float(2, 20) * DAY,
          description: `Mission managers and the crew of ${l.missionName} brief the media ahead of launch.`,
          location: l.pad.location.spec.name,
          duration: rng.int(2, 4) * 30 * MINUTE,
          streamed: true,
        });
      }
    }
    if (f.station && f.docking !== null && ok && rng.chance(l.year >= 2005 ? 0.35 : 0.15)) {
      const station = f.station;
      this.add({
        ...base,
        programIds: [...programIds, ...(station.programId === null ? [] : [station.programId])],
        stationIds: [station.id],
        type: 'Docking',
        name: `${l.missionName} Docking`,
        at: f.docking,
        description: `${f.vehicleName} docks to the ${station.spec.name}${f.port ? ` at the ${f.port.name} port` : ''}${humans.length ? `, bringing ${names(humans)}` : ''}.`,
        location: station.spec.name,
        duration: 2 * HOUR,
        streamed: true,
      });
      if (f.departure !== null && f.departure <= this.ctx.anchor + 120 * DAY && rng.chance(l.year >= 2005 ? 0.25 : 0.1)) {
        this.add({
          ...base,
          stationIds: [station.id],
          type: 'Undocking',
          name: `${l.missionName} Undocking`,
          at: f.departure,
          description: `${f.vehicleName} undocks from the ${station.spec.name} to begin its return.`,
          location: station.spec.name,
          duration: HOUR,
          streamed: true,
        });
      }
    }
    if (f.crewed && humans.length && f.landing.attempt && (f.ended || !l.past) && ok && rng.chance(orbital ? 0.25 : 0.03)) {
      const splash = f.landing.kind === 'splashdown';
      this.add({
        ...base,
        type: 'Landing',
        name: `${l.missionName} ${splash ? 'Splashdown' : 'Landing'}`,
        at: f.end,
        description: `${f.vehicleName} returns ${names(humans)} to Earth with a ${splash ? 'splashdown' : 'landing'} at ${f.landing.at}.`,
        location: f.landing.at,
        duration: HOUR,
        streamed: l.year >= 2000,
      });
    }
    if (f.lunarLanding !== null) {
      const walkers = humans.filter((_, i) => i !== 1).slice(0, 2);
      const site = this.rng.pick(this.ctx.cat.locationByKey.get('MOON')!.spec.pads.slice(0, 6));
      this.add({
        ...base,
        astronautIds: walkers.map((a) => a.id),
        type: 'Moon Landing',
        name: `${l.missionName} Moon Landing`,
        at: f.lunarLanding,
        description: `The lunar module of ${l.missionName} lands near ${site} with ${names(walkers)}.`,
        location: `${site}, Moon`,
        duration: 15 * MINUTE,
        streamed: true,
      });
    }
  }

  /** A crewed vehicle moving to another port of its station. */
  relocation(r: Relocation): void {
    if (!this.rng.chance(0.6)) return;
    const humans = r.crew.filter((a) => !a.nonHuman);
    this.add({
      type: 'Relocation',
      name: `${r.missionName} Port Relocation`,
      at: r.at,
      description: `${r.vehicleName} moves from the ${r.from.name} port to the ${r.to.name} port of the ${r.station.spec.name}${humans.length ? ` with ${names(humans)} aboard` : ''}.`,
      location: r.station.spec.name,
      duration: 45 * MINUTE,
      launchIds: [r.l.id],
      agencyIds: [r.l.provider.id],
      stationIds: [r.station.id],
      programIds: r.programIds,
      astronautIds: humans.map((a) => a.id),
      site: r.l.provider.infoUrl,
      streamed: true,
    });
  }

  /** The event of a spacewalk, for some of them; returns its id (null: none). */
  spacewalk(w: SpacewalkFacts): number | null {
    const y = yearOf(w.start);
    if (!this.rng.chance(w.start > this.ctx.anchor ? 0.8 : y >= 2000 ? 0.4 : 0.12)) return null;
    const agencies = w.crew.map((a) => a.agencyId).filter((id): id is number => id !== null);
    const site = agencies.length ? this.ctx.cat.agencies[agencies[0] - 1].infoUrl : null;
    return this.add({
      type: 'Spacewalk',
      name: w.name,
      at: w.start,
      description: `${names(w.crew)} ${w.start > this.ctx.anchor ? 'will exit' : 'exit'} the ${w.location} for a spacewalk ${w.where}.`,
      location: w.stationId === null ? w.location : this.stationName(w.stationId),
      duration: w.duration ?? 6.5 * HOUR,
      agencyIds: agencies,
      stationIds: w.stationId === null ? [] : [w.stationId],
      programIds: w.programIds,
      astronautIds: w.crew.map((a) => a.id),
      site,
      streamed: y >= 2005,
    });
  }

  /** Fills the list up to one event per 15 launches (with past and upcoming ones) and writes it. */
  finish(expeditions: ExpeditionSpan[]): void {
    const { anchor } = this.ctx;
    const target = Math.round(this.launches / LAUNCHES_PER_EVENT);
    while (this.drafts.length < target) this.filler();
    if (!this.drafts.some((d) => d.date > anchor)) this.filler(true);
    if (!this.drafts.some((d) => d.date <= anchor)) this.filler(false);
    const byStation = new Map<number, ExpeditionSpan[]>();
    for (const s of expeditions) byStation.set(s.stationId, [...(byStation.get(s.stationId) ?? []), s]);
    for (const d of this.drafts) this.write(d, byStation);
  }

  private write(d: EventDraft, expeditions: Map<number, ExpeditionSpan[]>): void {
    const { ctx, rng } = this;
    const { writer, anchor } = ctx;
    const y = yearOf(d.date);
    const past = d.date <= anchor;
    const lastUpdated = Math.floor((past ? Math.min(anchor, d.date + rng.float(1, 96) * HOUR) : anchor - rng.float(0, 45) * DAY) / 1000) * 1000;
    const imageId = rng.chance(y >= 2000 ? 0.6 : 0.3)
      ? ctx.images.create(d.name, { at: Math.min(anchor, Math.max(d.date, utc(2019, 1, 1))), credit: rng.chance(0.5) ? 'Public domain' : null, license: rng.pick([1, 4, 5, 6]) })
      : null;
    const slug = this.slug(d.name);
    writer.add('event', {
      id: d.id,
      name: d.name,
      date: isoDateTime(d.date),
      slug,
      description: d.description,
      webcast_live: past && anchor < d.date + (d.duration ?? 2 * HOUR),
      location: d.location,
      duration: d.duration === null ? null : isoDuration(d.duration),
      last_updated: isoDateTime(lastUpdated),
      image_id: imageId,
      type_id: eventTypeId(d.type),
      date_precision_id: d.precision,
    });
    const linked: number[] = [];
    for (const stationId of d.stationIds) {
      for (const s of expeditions.get(stationId) ?? []) if (s.start <= d.date && (s.end === null || d.date <= s.end) && linked.length < 2) linked.push(s.id);
    }
    d.agencyIds.forEach((target_id, pos) => writer.add('event__agencies', { owner_id: d.id, pos, target_id }));
    d.launchIds.forEach((target_id, pos) => writer.add('event__launches', { owner_id: d.id, pos, target_id }));
    linked.forEach((target_id, pos) => writer.add('event__expeditions', { owner_id: d.id, pos, target_id }));
    d.stationIds.forEach((target_id, pos) => writer.add('event__spacestations', { owner_id: d.id, pos, target_id }));
    d.programIds.forEach((target_id, pos) => writer.add('event__program', { owner_id: d.id, pos, target_id }));
    d.astronautIds.forEach((target_id, pos) => writer.add('event__astronauts', { owner_id: d.id, pos, target_id }));

    // updates: several for recent events
    const count = y >= 2015 ? rng.int(0, 3) : y >= 2000 && rng.chance(0.3) ? 1 : 0;
    const hi = Math.min(anchor, lastUpdated);
    const lo = Math.min(d.date - rng.float(10, 45) * DAY, hi - HOUR);
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(Math.floor(rng.float(lo, hi) / MINUTE) * MINUTE);
    times.sort((a, b) => a - b);
    times.forEach((t, pos) => {
      const editor = rng.pick(EDITORS);
      const id = ctx.next('update');
      writer.add('update', {
        id,
        profile_image: rng.chance(0.9) ? `${MEDIA_HOST}/profile_images/${editor}_profile_20210817212020.png` : null,
        comment: pos === 0 ? 'Added event.' : past && pos === count - 1 && t >= d.date ? 'Event concluded.' : rng.pick(EVENT_COMMENTS),
        info_url: rng.chance(0.3) ? `${(d.site ?? 'https://www.example.org/').replace(/\/$/, '')}/news/${slug}` : null,
        created_by: editor,
        created_on: isoDateTime(t),
        launch_id: null,
        event_id: d.id,
        program_id: null,
        pos,
      });
    });

    if (y >= 2005 && rng.chance(0.35)) {
      const base = (d.site ?? 'https://www.example.org/').replace(/\/$/, '');
      writer.add('info_url', {
        id: ctx.next('infoUrl'),
        priority: 10,
        source: new URL(base).hostname.replace(/^www\./, ''),
        title: d.name.slice(0, 200),
        description: rng.chance(0.5) ? `Event page for ${d.name}.`.slice(0, 350) : null,
        feature_image: rng.chance(0.4) ? `${MEDIA_HOST}/info_images/${slug}.jpeg` : null,
        url: `${base}/events/${slug}`,
        type_id: INFO_URL_TYPE.official,
        language_id: LANGUAGE.english,
        mission_id: null,
        launch_id: null,
        event_id: d.id,
        pos: 0,
      });
    }
    if (y >= 2012 && rng.chance(d.streamed ? 0.55 : 0.15)) {
      const video = rng.chars(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
      const official = rng.chance(0.7);
      writer.add('vid_url', {
        id: ctx.next('vidUrl'),
        priority: official ? 10 : 5,
        source: 'youtube.com',
        publisher: official ? (d.agencyIds.length ? ctx.cat.agencies[d.agencyIds[0] - 1].name : 'Space Events Live') : rng.pick(['Space Live Channel', 'Orbit Watch', 'Countdown Central']),
        title: `${official ? '' : 'LIVE: '}${d.name}`.slice(0, 200),
        description: official ? `Live coverage of ${d.name}.` : null,
        feature_image: `https://i.ytimg.com/vi/${video}/maxresdefault.jpg`,
        url: `https://www.youtube.com/watch?v=${video}`,
        start_time: isoDateTime(d.date - rng.int(10, 60) * MINUTE),
        end_time: past && anchor >= d.date + (d.duration ?? HOUR) ? isoDateTime(d.date + (d.duration ?? HOUR) + rng.int(5, 30) * MINUTE) : null,
        live: past && anchor < d.date + (d.duration ?? 2 * HOUR),
        type_id: official ? VID_URL_TYPE.official : VID_URL_TYPE.unofficial,
        language_id: LANGUAGE.english,
        mission_id: null,
        launch_id: null,
        event_id: d.id,
        dashboard_id: null,
        pos: 0,
      });
    }
  }

  /** Django-style slug, unique across events. */
  private slug(name: string): string {
    const base = slugify(name).slice(0, 80).replace(/-+$/, '') || 'event';
    let slug = base;
    for (let k = 2; this.slugs.has(slug); k++) slug = `${base}-${k}`;
    this.slugs.add(slug);
    return slug;
  }

  private stationName(id: number): string {
    for (const s of this.ctx.cat.stations.values()) if (s.id === id) return s.spec.name;
    return 'Space station';
  }

  /**
   * How precisely an event's date is known, and the date rounded to it: to the minute or second once
   * it happened (less for early history), coarser the further ahead it is.
   */
  private when(t: number): [number, number] {
    const P = NET_PRECISION;
    const { rng } = this;
    const { anchor } = this.ctx;
    let p: number;
    if (t <= anchor) p = t < utc(1990) ? rng.weighted([P.minute, P.hour, P.day], [5, 3, 2]) : rng.weighted([P.second, P.minute, P.hour], [2, 7, 1]);
    else {
      const ahead = t - anchor;
      p =
        ahead < 7 * DAY
          ? rng.weighted([P.minute, P.hour], [7, 3])
          : ahead < 60 * DAY
            ? rng.weighted([P.minute, P.hour, P.day, P.week], [3, 2, 4, 1])
            : ahead < 365 * DAY
              ? rng.weighted([P.day, P.week, P.month], [3, 1, 4])
              : rng.weighted([P.month, P.q1], [3, 2]);
    }
    const d = new Date(t);
    const Y = d.getUTCFullYear();
    const M = d.getUTCMonth();
    let snapped: number;
    if (p === P.second) snapped = Math.floor(t / 1000) * 1000;
    else if (p === P.minute) snapped = Math.floor(t / MINUTE) * MINUTE;
    else if (p === P.hour) snapped = Math.floor(t / HOUR) * HOUR;
    else if (p === P.day || p === P.week) snapped = Math.floor(t / DAY) * DAY;
    else if (p === P.month) snapped = Date.UTC(Y, M, 1);
    else {
      snapped = Date.UTC(Y, Math.floor(M / 3) * 3, 1);
      p = P.q1 + Math.floor(M / 3);
    }
    // an upcoming event stays upcoming once rounded
    if (t > anchor && snapped <= anchor) return [Math.floor(t / MINUTE) * MINUTE, P.minute];
    return [snapped, p];
  }

  /** An event of no launch: a conference, an eclipse, a briefing, an astronaut class. */
  private filler(future?: boolean): void {
    const { rng } = this;
    const { anchor, cat } = this.ctx;
    const upcoming = future ?? rng.chance(0.2);
    const agency = (k: string) => cat.agencyByKey.get(k)!;
    // the occurrence of a yearly event (month, day range) on the chosen side of the anchor
    const yearly = (month: number, dayFrom: number, dayTo: number, fromYear: number): number | null => {
      let y = upcoming ? yearOf(anchor) + rng.int(0, 1) : Math.max(fromYear, yearOf(anchor - (anchor - utc(fromYear)) * rng.next() ** 2));
      let t = Date.UTC(y, month - 1, rng.int(dayFrom, dayTo), rng.int(8, 18));
      if (upcoming && t <= anchor) t = Date.UTC(++y, month - 1, rng.int(dayFrom, dayTo), rng.int(8, 18));
      if (!upcoming && t > anchor) t = Date.UTC(--y, month - 1, rng.int(dayFrom, dayTo), rng.int(8, 18));
      return y < fromYear ? null : t;
    };
    const any = upcoming ? anchor + rng.float(2, 730) * DAY : anchor - (anchor - utc(1961)) * rng.next() ** 2;
    const kind = rng.weighted(['iac', 'symposium', 'eclipse', 'meteors', 'budget', 'class'] as const, [3, 2, 2, 1.5, 1.5, 1]);
    const featured = ['NASA', 'ESA', 'JAXA', 'CNSA', 'ISRO', 'RFSA'].map(agency);
    switch (kind) {
      case 'iac': {
        const t = yearly(10, 1, 20, 1951);
        if (t === null) break;
        const city = rng.pick(['Paris, France', 'Washington, D.C., USA', 'Bremen, Germany', 'Adelaide, Australia', 'Dubai, UAE', 'Baku, Azerbaijan', 'Milan, Italy', 'Sydney, Australia', 'Beijing, China', 'Hyderabad, India', 'Guadalajara, Mexico', 'Toronto, Canada']);
        this.add({
          type: 'Conference',
          name: `International Astronautical Congress ${yearOf(t)}`,
          at: t,
          description: `The annual International Astronautical Congress gathers space agencies, industry and academia in ${city}.`,
          location: city,
          duration: 5 * DAY,
          agencyIds: rng.sample(featured, rng.int(2, 4)).map((a) => a.id),
          site: 'https://www.iafastro.org/',
        });
        return;
      }
      case 'symposium': {
        const t = yearly(4, 5, 20, 1984);
        if (t === null) break;
        this.add({
          type: 'Conference',
          name: `Space Symposium ${yearOf(t)}`,
          at: t,
          description: 'The annual Space Symposium brings together the civil, commercial and national security space communities.',
          location: 'Colorado Springs, CO, USA',
          duration: 4 * DAY,
          agencyIds: [agency('NASA').id, ...rng.sample([agency('USSF'), agency('SpX'), agency('ULA'), agency('BO')], rng.int(1, 2)).map((a) => a.id)],
          site: 'https://www.example.org/',
        });
        return;
      }
      case 'eclipse': {
        const what = rng.pick(['Total Solar Eclipse', 'Annular Solar Eclipse', 'Total Lunar Eclipse', 'Partial Lunar Eclipse']);
        const d = new Date(any);
        const region = rng.pick(['North America', 'South America', 'Europe', 'Africa', 'Asia', 'Australia', 'the South Pacific', 'Antarctica']);
        this.add({
          type: 'Celestial Event',
          name: `${what} of ${d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
          at: any,
          description: `A ${what.toLowerCase()}, visible from ${region}.`,
          location: region,
          duration: rng.int(2, 5) * HOUR,
          streamed: true,
        });
        return;
      }
      case 'meteors': {
        const [shower, month, day] = rng.pick([['Perseid', 8, 12], ['Geminid', 12, 14], ['Quadrantid', 1, 3], ['Leonid', 11, 17], ['Orionid', 10, 21]] as const);
        const t = yearly(month, day, day, 1961);
        if (t === null) break;
        this.add({ type: 'Celestial Event', name: `${shower} Meteor Shower Peak ${yearOf(t)}`, at: t, description: `The ${shower} meteor shower reaches its peak.`, location: 'Worldwide', duration: 10 * HOUR });
        return;
      }
      case 'budget': {
        const t = yearly(2, 1, 28, 1975);
        if (t === null) break;
        this.add({
          type: 'Press Event',
          name: `NASA Budget Briefing FY${yearOf(t) + 1}`,
          at: t,
          description: `NASA presents its budget request for fiscal year ${yearOf(t) + 1}.`,
          location: 'Washington, D.C., USA',
          duration: 90 * MINUTE,
          agencyIds: [agency('NASA').id],
          site: agency('NASA').infoUrl,
          streamed: true,
        });
        return;
      }
      case 'class': {
        const a = rng.pick(featured.filter((x) => x.founded === null || x.founded <= yearOf(any)));
        if (!a) break;
        this.add({
          type: 'Crew Announcement',
          name: `${a.abbrev} Astronaut Class of ${yearOf(any)}`,
          at: any,
          description: `${a.name} introduces its new class of astronaut candidates.`,
          location: null,
          duration: HOUR,
          agencyIds: [a.id],
          site: a.infoUrl,
          streamed: yearOf(any) >= 2010,
        });
        return;
      }
    }
    // a yearly event that did not exist yet at the drawn date: an eclipse instead
    this.add({ type: 'Celestial Event', name: `Total Solar Eclipse of ${yearOf(any)}`, at: any, description: 'A total solar eclipse.', location: 'Worldwide', duration: 3 * HOUR });
  }
}

/** Updates on programme pages (2.3.0 updates also belong to programmes). */
export function writeProgramUpdates(ctx: GenContext, rng: Rng): void {
  const comments = ['Program description updated.', 'Added a new mission patch.', 'Program timeline updated.', 'Linked new launches to the program.', 'Program status reviewed.', 'Added agency partners.'];
  for (const p of ctx.cat.programs.values()) {
    const count = rng.int(0, 4);
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(Math.floor(rng.float(utc(2016, 1, 1), ctx.anchor) / MINUTE) * MINUTE);
    times.sort((a, b) => a - b);
    times.forEach((t, pos) => {
      const editor = rng.pick(EDITORS);
      ctx.writer.add('update', {
        id: ctx.next('update'),
        profile_image: rng.chance(0.9) ? `${MEDIA_HOST}/profile_images/${editor}_profile_20210817212020.png` : null,
        comment: pos === 0 ? `Added the ${p.name} program page.` : rng.pick(comments),
        info_url: null,
        created_by: editor,
        created_on: isoDateTime(t),
        launch_id: null,
        event_id: null,
        program_id: p.id,
        pos,
      });
    });
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** 'A, B and C'. */
export function names(people: Array<{ name: string }>): string {
  const n = people.map((p) => p.name);
  return n.length <= 1 ? (n[0] ?? 'the crew') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}
