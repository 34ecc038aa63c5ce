import { distanceTo, fractionalYear, isActive, rateAt } from './activity.ts';
import { BoosterFleet } from './boosters.ts';
import type { Agency, Config, Family, Pad, Site } from './catalog.ts';
import type { FlightSummary, GenContext, LaunchFacts, Outcome } from './context.ts';
import { CrewPlanner } from './crew.ts';
import { writeExtras, writeMissionLinks } from './launch-extras.ts';
import { HISTORY_START, type Slot } from './launch-schedule.ts';
import { LAUNCH_STATUS, missionTypeId, NET_PRECISION, type MissionTypeName } from './lookup-tables.ts';
import { MissionNamer } from './mission-names.ts';
import { MISSION_TEMPLATES, type MissionTemplate } from './missions-data.ts';
import { PayloadPlanner } from './payloads.ts';
import type { Rng } from './rng.ts';
import { SPACECRAFT_MISSIONS } from './spacecraft-data.ts';
import { MEDIA_HOST, slugify, stamp, stem } from './text.ts';
import { DAY, HOUR, isoDateTime, MINUTE, YEAR } from './time.ts';

/** Orbits a small launcher cannot reach: templates aiming there are for bigger vehicles. */
const HIGH_ORBITS = new Set(['GTO', 'GEO', 'MEO', 'IGSO', 'Molniya', 'Helio-N/A', 'LTO', 'MO', 'ES-L1', 'ES-L2']);

const FAIL_REASONS = [
  'Second stage engine shut down prematurely.',
  'First stage engine failure shortly after liftoff.',
  'Loss of attitude control during first stage flight.',
  'Fairing failed to separate.',
  'Upper stage failed to ignite.',
  'Stage separation anomaly.',
  'Guidance system malfunction; the vehicle was destroyed by range safety.',
  'Propellant leak led to a loss of thrust.',
];

const WEATHER = ['Cumulus Clouds', 'Thick Clouds', 'Flight Through Precipitation', 'Liftoff Winds', 'Upper-Level Wind Shear', 'Surface Electric Fields'];

/**
 * Writes one launch after another, in (net, id) order: picks the vehicle, site, provider and mission
 * that fit the date, decides the outcome, and writes the launch with its rocket, mission, payloads,
 * boosters, crew, updates and links. Rows only: the statistics (attempt counts, pad turnaround, every
 * count on agencies, sites and vehicles) are computed from them by src/stats once all are written.
 */
export class LaunchGenerator {
  private readonly namer = new MissionNamer();
  readonly boosters = new BoosterFleet();
  readonly crew: CrewPlanner;
  private readonly payloads = new PayloadPlanner();
  private readonly slugs = new Set<string>();
  private readonly designators = new Map<number, number>();
  private readonly families: Family[];

  constructor(
    private readonly ctx: GenContext,
    private readonly rng: Rng,
  ) {
    this.families = ctx.cat.families.filter((f) => f.spec);
    this.crew = new CrewPlanner(rng.fork('crew'));
  }

  /**
   * The last slot of the Starship era before the anchor and the last after it (-1: none): if Starship
   * has not flown on that side by then, that slot flies it (see `ensureEra`), so the dashboard derived
   * from the data is never empty, however few launches are generated.
   */
  starshipBackstop(lastPast: number, lastFuture: number): void {
    this.backstops = { family: this.families.find((f) => f.name === 'Starship')!, lastPast, lastFuture };
  }

  private backstops: { family: Family; lastPast: number; lastFuture: number } | null = null;

  private backstopFor(index: number, past: boolean): Family | null {
    const b = this.backstops;
    if (!b || index !== (past ? b.lastPast : b.lastFuture)) return null;
    const { anchor, starshipLaunches } = this.ctx;
    return starshipLaunches.some(([net]) => net <= anchor === past) ? null : b.family;
  }

  generate(slot: Slot, index: number): void {
    const { ctx, rng } = this;
    const { cat, writer, anchor } = ctx;
    const net = slot.net;
    const y = fractionalYear(net);
    const year = new Date(net).getUTCFullYear();
    const past = net <= anchor;

    const family = this.backstopFor(index, past) ?? this.pickFamily(y);
    const config = this.pickConfig(family, y);
    const provider = cat.agencies[this.pickProvider(config.providers, y) - 1];

    // what flies: a spacecraft, or a payload mission from the templates
    const scSpec = this.crew.plan({ config, year: y }, rng, SPACECRAFT_MISSIONS);
    const pad = this.pickPad(config.sites, y, net, scSpec?.sites);
    const crewed = scSpec ? this.crew.isCrewed(scSpec, y, rng) : false;
    let template: MissionTemplate | null = null;
    let missionName: string;
    let missionType: MissionTypeName;
    let orbit: string;
    let description: string;
    let operator: Agency;
    const programs = new Set<string>();
    if (scSpec) {
      missionName = this.namer.name(scSpec.name, rng, { counter: scSpec.counter, start: scSpec.counterStart });
      missionType = crewed && scSpec.crewedMissionType ? scSpec.crewedMissionType : scSpec.missionType;
      orbit = scSpec.orbit;
      description = `${scSpec.description}${crewed ? ' The flight carries a crew.' : ''}`;
      operator = cat.agencyByKey.get(scSpec.agency)!;
      if (scSpec.program) programs.add(scSpec.program);
    } else if (config.launches === 0 && y >= 1960 && pad.location.body.name === 'Earth' && !config.suborbital && rng.chance(0.8)) {
      missionName = 'Maiden Flight';
      missionType = 'Test Flight';
      orbit = config.size === 's' ? 'SSO' : 'LEO';
      description = `The first flight of the ${config.fullName} launch vehicle.`;
      operator = provider;
    } else {
      template = this.pickTemplate(family, config, y);
      if (template) {
        operator = this.pickOperator(template.operators, y, provider);
        // series named after a (fictional) operator are numbered per operator: 'Kestrel Comsat 3'
        const perOperator = template.name.includes('{op}');
        missionName = this.namer.name(template.name, rng, {
          counter: perOperator ? `${template.name}:${operator.id}` : template.counter,
          start: template.start,
          operator: operator.name.split(' ')[0],
        });
        missionType = template.type;
        orbit = rng.weighted(template.orbits.map(([o]) => o), template.orbits.map(([, w]) => w));
        description = template.description;
        if (template.program) programs.add(template.program);
      } else {
        missionName = this.namer.name(`${family.name} Mission {n}`, rng);
        missionType = config.suborbital ? 'Suborbital' : 'Unknown';
        orbit = config.suborbital ? 'Sub' : 'LEO';
        description = `A flight of the ${config.fullName}.`;
        operator = provider;
      }
    }
    const suborbital = orbit === 'Sub';

    // outcome, consistent with the date
    const { statusId, outcome } = this.status(net, y, config, crewed || pad.location.body.name !== 'Earth', suborbital);

    const name = `${config.fullName} | ${missionName}`;
    let designator: string | null = null;
    if (past && !suborbital && pad.location.body.name === 'Earth' && (statusId === LAUNCH_STATUS.success || statusId === LAUNCH_STATUS.partialFailure || statusId === LAUNCH_STATUS.payloadDeployed)) {
      const seq = (this.designators.get(year) ?? 0) + 1;
      this.designators.set(year, seq);
      designator = `${year}-${String(seq).padStart(3, '0')}`;
    }

    const facts: LaunchFacts = {
      id: slot.id,
      index,
      rocketId: index + 1,
      missionId: index + 1,
      name,
      missionName,
      slug: this.slug(name),
      net,
      year: y,
      past,
      statusId,
      outcome,
      family,
      config,
      pad,
      provider,
      orbit,
      suborbital,
      crewed,
      rng,
    };

    // times: window around the NET, last update before the anchor
    const [windowStart, windowEnd] = this.window(net, slot.precision);
    let lastUpdated: number;
    if (past) {
      lastUpdated = net + rng.float(1, 480) * HOUR;
      if (y < 2012 && rng.chance(0.6)) lastUpdated = rng.float(Math.max(net, anchor - 5 * YEAR), anchor);
      lastUpdated = Math.min(lastUpdated, anchor);
    } else {
      lastUpdated = anchor - rng.float(0, 60) * DAY;
    }
    lastUpdated = Math.floor(lastUpdated / 1000) * 1000;

    const launchImage = y >= 2010 && rng.chance(0.25) ? ctx.images.create(name, { at: Math.min(anchor, net + DAY), credit: provider.name, license: rng.pick([1, 1, 2, 6]) }) : config.imageId;
    const nearFuture = !past && net - anchor < 14 * DAY;
    const probability = (nearFuture || (past && y >= 2015)) && rng.chance(nearFuture ? 0.6 : 0.3) ? rng.int(20, 95) : null;
    writer.add('launch', {
      id: slot.id,
      name,
      slug: facts.slug,
      launch_designator: designator,
      last_updated: isoDateTime(lastUpdated),
      net: isoDateTime(net),
      window_end: isoDateTime(windowEnd),
      window_start: isoDateTime(windowStart),
      infographic: y >= 2015 && rng.chance(0.03) ? `${MEDIA_HOST}/infographic_images/${stem(name)}_infographic_${stamp(Math.min(anchor, net))}.jpeg` : null,
      probability,
      weather_concerns: probability !== null && rng.chance(0.5) ? rng.sample(WEATHER, rng.int(1, 3)).join(', ') : null,
      failreason: outcome === 'failure' ? rng.pick(FAIL_REASONS) : '',
      hashtag: rng.chance(0.03) ? `#${missionName.replace(/[^A-Za-z0-9]/g, '')}` : null,
      webcast_live: statusId === LAUNCH_STATUS.inFlight,
      flightclub_url: y >= 2015 && rng.chance(0.1) ? `https://flightclub.io/result/2d?llId=${slot.id}` : null,
      pad_turnaround: null,
      orbital_launch_attempt_count: null,
      location_launch_attempt_count: null,
      pad_launch_attempt_count: null,
      agency_launch_attempt_count: null,
      orbital_launch_attempt_count_year: null,
      location_launch_attempt_count_year: null,
      pad_launch_attempt_count_year: null,
      agency_launch_attempt_count_year: null,
      launch_library_id: null,
      inhold: statusId === LAUNCH_STATUS.hold,
      tbdtime: slot.precision >= NET_PRECISION.hour,
      tbddate: slot.precision >= NET_PRECISION.week || statusId === LAUNCH_STATUS.tbd,
      // LL2 gives a launch an empty hold reason ("" in 105 of the 109 real legacy launches, test/fixtures/real/)
      holdreason: '',
      legacy_image_url: null,
      status_id: statusId,
      net_precision_id: slot.precision,
      image_id: launchImage,
      launch_service_provider_id: provider.id,
      mission_id: facts.missionId,
      pad_id: pad.id,
    });
    writer.add('rocket', { id: facts.rocketId, launch_id: slot.id, configuration_id: config.id, pos: 0 });
    writer.add('mission', {
      id: facts.missionId,
      name: missionName,
      description,
      launch_library_id: null,
      // LL2 leaves the mission's designator (2.0.0/2.2.0 only) null and gives it on the launch: a filled
      // one would be lost by any mirror that syncs through 2.3.0, which has no mission designator
      launch_designator: null,
      type_id: missionTypeId(missionType),
      image_id: y >= 2005 && rng.chance(0.1) ? ctx.images.create(`${missionName} mission`, { at: Math.min(anchor, net), license: rng.pick([1, 4, 6]) }) : null,
      orbit_id: cat.orbitIds.get(orbit)!,
    });
    const missionAgencies = [operator.id];
    if (rng.chance(0.15)) {
      const partner = rng.chance(0.5) ? provider : rng.pick(cat.syntheticAgencies);
      if (!missionAgencies.includes(partner.id)) missionAgencies.push(partner.id);
    }
    missionAgencies.forEach((target_id, pos) => writer.add('mission__agencies', { owner_id: facts.missionId, pos, target_id }));

    // what the rocket carries
    this.boosters.fly(ctx, facts);
    let flight: FlightSummary | null = null;
    if (scSpec) {
      flight = this.crew.fly(ctx, facts, { spec: scSpec, crewed, missionName });
      if (scSpec.stations?.some(([s]) => s === 'International Space Station') && y >= 1998.9) programs.add('ISS');
      this.payloads.fly(ctx, facts, null, operator.id);
    } else {
      if (family.name === 'Starship') this.crew.flyShip(ctx, facts, missionName);
      this.payloads.fly(ctx, facts, template, operator.id);
    }
    const programIds = [...programs].map((key) => cat.programs.get(key)!.id);
    programIds.forEach((target_id, pos) => writer.add('launch__program', { owner_id: slot.id, pos, target_id }));
    if (flight) flight.programIds.push(...programIds);

    // a mission patch for crewed flights and some others
    if (crewed || (missionName.startsWith('NROL') && rng.chance(0.6)) || rng.chance(0.015)) {
      const patchId = cat.nextIds.missionPatch++;
      writer.add('mission_patch', {
        id: patchId,
        name: `${missionName} Mission Patch`,
        priority: rng.int(5, 10),
        image_url: `${MEDIA_HOST}/mission_patch_images/${stem(missionName)}_${stamp(Math.min(anchor, net - 30 * DAY))}.png`,
        agency_id: rng.chance(0.9) ? operator.id : null,
      });
      writer.add('launch__mission_patches', { owner_id: slot.id, pos: 0, target_id: patchId });
    }

    writeExtras(ctx, facts, lastUpdated);
    writeMissionLinks(ctx, facts);
    ctx.events.fromLaunch(facts, { template, programIds, operator, flight });
    if (family.name === 'Starship') ctx.starshipLaunches.push([net, slot.id]);
    this.record(facts);
  }

  /** Launcher rows, once every launch is written (spacecraft and astronauts: `crew.write`). */
  finish(): void {
    this.boosters.write(this.ctx);
  }

  /**
   * What later launches and rows depend on: maiden flights, the agencies of a pad, when it last
   * launched, how often a vehicle has flown (a new vehicle fails more often). No statistics.
   */
  private record(l: LaunchFacts): void {
    const { pad, config, family, provider } = l;
    if (l.past) {
      config.maiden ??= l.net;
      family.maiden ??= l.net;
      if (family.parentId !== null) this.ctx.cat.families[family.parentId - 1].maiden ??= l.net;
    }
    if (!pad.agencies.includes(provider.id) && pad.agencies.length < 5) pad.agencies.push(provider.id);
    pad.previousNet = l.net;
    config.launches++;
  }

  private status(net: number, y: number, config: Config, critical: boolean, suborbital: boolean): { statusId: number; outcome: Outcome } {
    const { rng, ctx } = this;
    const S = LAUNCH_STATUS;
    if (net > ctx.anchor) {
      const ahead = net - ctx.anchor;
      const statusId = ahead < 14 * DAY ? rng.weighted([S.go, S.tbc, S.tbd], [6, 2.5, 1.5]) : ahead < 90 * DAY ? rng.weighted([S.go, S.tbc, S.tbd], [1, 4, 5]) : rng.weighted([S.tbc, S.tbd], [1.5, 8.5]);
      return { statusId, outcome: 'pending' };
    }
    if (net > ctx.anchor - 3 * HOUR && rng.chance(0.5)) return { statusId: S.inFlight, outcome: 'flying' };
    if (net === HISTORY_START) return { statusId: S.success, outcome: 'success' }; // Sputnik 1 reached orbit
    let pFail = y < 1960 ? 0.45 : y < 1965 ? 0.22 : y < 1970 ? 0.12 : y < 1990 ? 0.06 : y < 2010 ? 0.05 : 0.035;
    if (config.launches < 3) pFail += config.launches === 0 ? 0.25 : 0.12;
    if (critical) pFail *= 0.25; // crewed flights and ascents from other worlds were flown with extra margins
    if (suborbital) pFail *= 0.5;
    if (rng.chance(pFail)) return rng.chance(0.8) ? { statusId: S.failure, outcome: 'failure' } : { statusId: S.partialFailure, outcome: 'failure' };
    if (net > ctx.anchor - 2 * DAY && rng.chance(0.15)) return { statusId: S.payloadDeployed, outcome: 'success' };
    return { statusId: S.success, outcome: 'success' };
  }

  private window(net: number, precision: number): [number, number] {
    const { rng } = this;
    const P = NET_PRECISION;
    const d = new Date(net);
    if (precision <= P.minute) {
      if (rng.chance(0.4)) return [net, net];
      return [net - rng.int(0, 90) * MINUTE, net + rng.int(10, 240) * MINUTE];
    }
    if (precision === P.hour) return [net, net + rng.int(1, 4) * HOUR];
    if (precision <= P.day) return [net, net + DAY];
    if (precision === P.week) return [net, net + 7 * DAY];
    const months = precision === P.month ? 1 : precision <= 11 ? 3 : precision <= 13 ? 6 : 12;
    return [net, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) - 1000];
  }

  /** Django-style slug, 50 characters at most, unique across launches. */
  private slug(name: string): string {
    const base = slugify(name).slice(0, 50).replace(/-+$/, '') || 'launch';
    let slug = base;
    for (let k = 2; this.slugs.has(slug); k++) {
      const suffix = `-${k}`;
      slug = `${base.slice(0, 50 - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    this.slugs.add(slug);
    return slug;
  }

  private pickFamily(y: number): Family {
    const weights = this.families.map((f) => rateAt(f.spec!.rate, y));
    if (weights.some((w) => w > 0)) return this.rng.weighted(this.families, weights);
    // outside every family's years (only at the very edges of history): the nearest one
    let best = this.families[0];
    let bestDistance = Infinity;
    for (const f of this.families) {
      const r = f.spec!.rate;
      const dist = distanceTo(r[0][0], r[r.length - 1][0], y);
      if (dist < bestDistance) [best, bestDistance] = [f, dist];
    }
    return best;
  }

  private pickConfig(family: Family, y: number): Config {
    const active = family.configs.filter((c) => isActive(c.spec.from, c.spec.to, y));
    if (active.length) return this.rng.weighted(active, active.map((c) => c.spec.weight ?? 1));
    return nearest(family.configs, (c) => distanceTo(c.spec.from, c.spec.to, y));
  }

  /**
   * A pad of the vehicle that is in use at that date (and from the locations a spacecraft flies from),
   * preferring pads that have not launched in the last days: pads need time between launches.
   */
  private pickPad(sites: Site[], y: number, net: number, locations?: string[]): Pad {
    let candidates = sites.filter((s) => isActive(s.from, s.to, y));
    if (!candidates.length) candidates = sites;
    if (locations) {
      const there = candidates.filter((s) => locations.includes(s.pad.location.spec.key));
      if (there.length) candidates = there;
    }
    const gap = y < 2000 ? 10 * DAY : 2 * DAY;
    const ready = candidates.filter((s) => s.pad.previousNet === null || s.pad.previousNet <= net - gap);
    return this.rng.pick(ready.length ? ready : candidates).pad;
  }

  private pickProvider(providers: Array<[number, number, number?]>, y: number): number {
    const active = providers.filter(([, from, to]) => isActive(from, to, y));
    if (active.length) return this.rng.pick(active)[0];
    return nearest(providers, ([, from, to]) => distanceTo(from, to, y))[0];
  }

  private pickTemplate(family: Family, config: Config, y: number): MissionTemplate | null {
    const country = family.spec!.country;
    const small = config.size === 's';
    const candidates: MissionTemplate[] = [];
    const weights: number[] = [];
    for (const t of MISSION_TEMPLATES) {
      if (y < t.from || (t.to !== undefined && y >= t.to)) continue;
      if (Boolean(t.suborbital) !== config.suborbital) continue;
      if (t.configs ? !t.configs.includes(config.fullName) : t.families ? !t.families.includes(family.name) : t.countries ? !t.countries.includes(country) : false) continue;
      if (small && !t.configs && !t.families && t.orbits.every(([o]) => HIGH_ORBITS.has(o))) continue;
      candidates.push(t);
      weights.push(typeof t.weight === 'number' ? t.weight : interpolate(t.weight, y));
    }
    return candidates.length ? this.rng.weighted(candidates, weights) : null;
  }

  /** 'KEY', 'KEY@from-to' (years, either side optional) or '*' (a fictional operator). */
  private pickOperator(operators: string[], y: number, fallback: Agency): Agency {
    const { cat } = this.ctx;
    const active = operators.filter((o) => {
      const [, years] = o.split('@');
      if (!years) return true;
      const [a, b] = years.split('-');
      return (a === '' || y >= Number(a)) && (b === '' || b === undefined || y < Number(b) + 1);
    });
    if (!active.length) return fallback;
    const key = this.rng.pick(active).split('@')[0];
    if (key === '*') return this.rng.pick(cat.syntheticAgencies);
    return cat.agencyByKey.get(key) ?? fallback;
  }
}

function nearest<T>(items: T[], distance: (t: T) => number): T {
  let best = items[0];
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distance(item);
    if (d < bestDistance) [best, bestDistance] = [item, d];
  }
  return best;
}

/** Linear interpolation between weight breakpoints, flat beyond both ends. */
function interpolate(points: Array<[number, number]>, y: number): number {
  if (y <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x1, v1] = points[i];
    if (y <= x1) {
      const [x0, v0] = points[i - 1];
      return v0 + ((v1 - v0) * (y - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1][1];
}
