import type { ModelDb } from '../db/model-db.ts';
import { sql } from 'kysely';
import { FAILURE, LAUNCHED, PENDING, SUCCESS } from './definitions.ts';
import { orbitalFlag, orbitJoin } from './facts.ts';
import { literalList } from './sql.ts';

/** The tables whose statistics this server computes, in the order they are recomputed. */
export const OWNER_TABLES = [
  'agency',
  'launcher_config',
  'launcher_config_family',
  'launcher',
  'pad',
  'location',
  'landing_location',
  'celestial_body',
  'spacecraft',
  'spacecraft_config',
  'spacecraft_config_family',
  'astronaut',
] as const;
export type OwnerTable = (typeof OWNER_TABLES)[number];

/**
 * What a change reaches: the owners whose statistics must be recounted (`owners`), the owners that
 * only launches reach, whose counts follow by delta and whose ordered columns are recounted
 * (`ordered`, src/stats/update.ts), and the earliest NET moved.
 */
export class Affected {
  readonly owners = new Map<OwnerTable, Set<number>>(OWNER_TABLES.map((t) => [t, new Set<number>()]));
  readonly ordered = new Map<OwnerTable, Set<number>>(OWNER_TABLES.map((t) => [t, new Set<number>()]));
  /** Launch counts are recomputed for launches at or after this NET (null: none). */
  minNet: string | null = null;

  add(table: OwnerTable, ids: Iterable<unknown>, into = this.owners): void {
    const set = into.get(table)!;
    for (const id of ids) if (typeof id === 'number' || (typeof id === 'string' && /^-?\d+$/.test(id))) set.add(Number(id));
  }

  net(value: unknown): void {
    if (typeof value === 'string' && (this.minNet === null || value < this.minNet)) this.minNet = value;
  }
}

/** A query's first column. */
export async function column(db: ModelDb, query: string): Promise<unknown[]> {
  return (await rows(db, query)).map((r) => r[0]);
}

const CHUNK = 5000;
function* chunks<T>(ids: T[]): Generator<T[]> {
  for (let i = 0; i < ids.length; i += CHUNK) yield ids.slice(i, i + CHUNK);
}

/**
 * A launch as the statistics see it, to tell which of its changes they must follow (TrackingUpserter):
 * - `key`: what its numbering is partitioned and ordered by (NET, pad, the pad's location, provider,
 *   orbital or not; src/stats/launch-counts.ts);
 * - `heavy`: everything the statistics of the owners with many launches (providers, configurations,
 *   families, pads, locations, landing locations, bodies) read of it: the owners, which of the status
 *   sets (launched, success, failure, pending) it is in and, once launched, its NET, orbit, boosters and
 *   landings. A NET slip or a Go/TBD flip of an upcoming launch changes none of it;
 * - `all`: everything any statistic reads of it (the booster numbering and the spacecraft flights
 *   count every NET, the crews' statistics their flights);
 * - `owners`: the owners it feeds, and which are light (boosters, spacecraft, astronauts: a few
 *   flights each, recounted for any change of `all`).
 */
export interface LaunchState {
  net: string | null;
  key: string;
  heavy: string;
  all: string;
  owners: Array<[OwnerTable, number]>;
}

/** Owners with a few flights each: recounted whenever a launch they flew changes at all. */
export const LIGHT_OWNERS: ReadonlySet<OwnerTable> = new Set(['launcher', 'spacecraft', 'astronaut']);

const STATUS_SETS = [LAUNCHED, SUCCESS, FAILURE, PENDING];

/** Per launch, what it feeds and what of it the statistics read (see LaunchState); a few batched queries per 5,000 launches. */
export async function launchStates(db: ModelDb, launchIds: Iterable<string>): Promise<Map<string, LaunchState>> {
  const out = new Map<string, LaunchState>();
  for (const part of chunks([...new Set(launchIds)])) {
    if (!part.length) continue;
    const ids = literalList(part);
    const launches = await rows(
      db,
      `SELECT l.id, l.net, l.status_id, l.pad_id, p.location_id, l.launch_service_provider_id, ${orbitalFlag} AS orb
        FROM launch l LEFT JOIN pad p ON p.id = l.pad_id ${orbitJoin} WHERE l.id IN (${ids})`,
    );
    // per launch, the rows of each kind that feed a statistic (the launch id dropped)
    type Kinds = 'configs' | 'stages' | 'flights' | 'payloads' | 'crew' | 'listed';
    const of = new Map<string, Record<Kinds, unknown[][]>>();
    for (const [id] of launches) of.set(String(id), { configs: [], stages: [], flights: [], payloads: [], crew: [], listed: [] });
    const into = (k: Kinds, list: unknown[][]) => {
      for (const [launch, ...v] of list) of.get(String(launch))?.[k].push(v);
    };
    const fromRockets = (t: string, cols: string) => rows(db, `SELECT r.launch_id, ${cols} FROM ${t} x JOIN rocket r ON r.id = x.rocket_id WHERE r.launch_id IN (${ids})`);
    into('configs', await rows(db, `SELECT launch_id, configuration_id FROM rocket WHERE launch_id IN (${ids})`));
    into('stages', await fromRockets('first_stage', 'x.id, x.launcher_id, x.landing_id'));
    into('flights', await fromRockets('spacecraft_flight', 'x.id, x.spacecraft_id, x.landing_id, x.mission_end'));
    into('payloads', await fromRockets('payload_flight', 'x.id, x.landing_id'));
    into(
      'crew',
      await rows(
        db,
        `SELECT r.launch_id, af.id, af.astronaut_id, af.launch_crew_of_id, af.landing_crew_of_id, af.onboard_crew_of_id FROM astronaut_flight af JOIN spacecraft_flight x
          ON x.id = af.launch_crew_of_id OR x.id = af.landing_crew_of_id OR x.id = af.onboard_crew_of_id
          JOIN rocket r ON r.id = x.rocket_id WHERE r.launch_id IN (${ids})`,
      ),
    );
    into('listed', await rows(db, `SELECT target_id, owner_id FROM astronaut__flights WHERE target_id IN (${ids})`));
    const landingIds = [...of.values()].flatMap((f) => [...f.stages.map((x) => x[2]), ...f.flights.map((x) => x[2]), ...f.payloads.map((x) => x[1])]).filter((v) => v !== null);
    const landings = new Map<unknown, unknown[]>();
    for (const part of chunks([...new Set(landingIds)])) {
      for (const [id, ...rest] of await rows(db, `SELECT id, attempt, success, landing_location_id FROM landing WHERE id IN (${literalList(part as number[])})`)) landings.set(id, rest);
    }
    for (const [id, net, status, pad, location, lsp, orb] of launches) {
      const f = of.get(String(id))!;
      const owners: Array<[OwnerTable, number]> = [];
      const own = (table: OwnerTable, v: unknown) => {
        if (v !== null && v !== undefined) owners.push([table, Number(v)]);
      };
      own('pad', pad);
      own('agency', lsp);
      for (const [config] of f.configs) own('launcher_config', config);
      for (const [, booster] of f.stages) own('launcher', booster);
      for (const [, spacecraft] of f.flights) own('spacecraft', spacecraft);
      for (const [, astronaut] of f.crew) own('astronaut', astronaut);
      for (const [astronaut] of f.listed) own('astronaut', astronaut);
      const landed = [
        ...f.stages.map((x) => ['first_stage', x[2]]),
        ...f.flights.map((x) => ['spacecraft_flight', x[2]]),
        ...f.payloads.map((x) => ['payload_flight', x[1]]),
      ]
        .filter(([, landing]) => landing !== null)
        .map(([kind, landing]) => [kind, landing, ...(landings.get(landing) ?? [])]);
      for (const l of landed) own('landing_location', l[4]);
      const sorted = (list: unknown[]) => list.map((v) => JSON.stringify(v)).sort();
      const sets = STATUS_SETS.map((set) => set.includes(Number(status)));
      const launched = sets[0];
      const key = JSON.stringify([net, pad, location, lsp, Number(orb)]);
      const heavy = JSON.stringify([
        sets,
        pad,
        location,
        lsp,
        sorted(f.configs),
        launched ? [net, Number(orb), sorted(f.stages.map((x) => x[1])), sorted(landed)] : sorted(landed.map((l) => l[4])),
      ]);
      const all = JSON.stringify([key, heavy, status, sorted(f.stages), sorted(f.flights), sorted(f.payloads), sorted(f.crew), sorted(f.listed), sorted(landed)]);
      out.set(String(id), { net: net as string | null, key, heavy, all, owners });
    }
  }
  return out;
}

/**
 * Adds the owners a launch feeds (see launchStates): with `light`, only boosters, spacecraft and
 * astronauts; with `counted`, the other owners are kept by delta (their ordered columns recounted).
 */
export function addLaunchState(out: Affected, state: LaunchState, opts: { light: boolean; counted: boolean }): void {
  for (const [table, id] of state.owners) {
    if (LIGHT_OWNERS.has(table)) out.add(table, [id]);
    else if (!opts.light) out.add(table, [id], opts.counted ? out.ordered : out.owners);
  }
}

/** A query's rows as arrays of their values, in column order. */
async function rows(db: ModelDb, query: string): Promise<unknown[][]> {
  const res = await sql.raw<Record<string, unknown>>(query).execute(db);
  return res.rows.map((r) => Object.values(r));
}

/** Launches that rows of these tables belong to (through their rocket), for the ids given. */
export async function launchesOf(db: ModelDb, table: string, ids: Array<number | string>): Promise<string[]> {
  const out: string[] = [];
  for (const part of chunks(ids)) {
    if (!part.length) continue;
    const list = literalList(part);
    let q: string;
    if (table === 'launch') q = `SELECT id FROM launch WHERE id IN (${list})`;
    else if (table === 'rocket') q = `SELECT launch_id FROM rocket WHERE id IN (${list})`;
    else if (table === 'mission') q = `SELECT id FROM launch WHERE mission_id IN (${list})`;
    else if (table === 'landing')
      q = ['first_stage', 'spacecraft_flight', 'payload_flight']
        .map((t) => `SELECT r.launch_id FROM ${t} x JOIN rocket r ON r.id = x.rocket_id WHERE x.landing_id IN (${list})`)
        .join(' UNION ');
    else if (table === 'astronaut_flight')
      q = `SELECT r.launch_id FROM astronaut_flight af JOIN spacecraft_flight x ON x.id = af.launch_crew_of_id OR x.id = af.landing_crew_of_id
        JOIN rocket r ON r.id = x.rocket_id WHERE af.id IN (${list})`;
    else q = `SELECT r.launch_id FROM ${table} x JOIN rocket r ON r.id = x.rocket_id WHERE x.id IN (${list})`;
    for (const v of await column(db, q)) if (typeof v === 'string') out.push(v);
  }
  return out;
}

/**
 * Owners that follow from other owners: a pad's location, a location's or landing location's body,
 * a configuration's families, a spacecraft's configuration and its families, a docking flight's
 * spacecraft, a spacewalk's crew.
 */
export async function expandOwners(db: ModelDb, out: Affected, into: Map<OwnerTable, Set<number>> = out.owners): Promise<void> {
  const ids = (t: OwnerTable) => [...into.get(t)!];
  const each = async (t: OwnerTable, target: OwnerTable, query: (list: string) => string) => {
    for (const part of chunks(ids(t))) if (part.length) out.add(target, await column(db, query(literalList(part))), into);
  };
  await each('pad', 'location', (l) => `SELECT DISTINCT location_id FROM pad WHERE id IN (${l})`);
  await each('landing_location', 'location', (l) => `SELECT DISTINCT location_id FROM landing_location WHERE id IN (${l})`);
  await each('location', 'celestial_body', (l) => `SELECT DISTINCT celestial_body_id FROM location WHERE id IN (${l})`);
  await each('landing_location', 'celestial_body', (l) => `SELECT DISTINCT celestial_body_id FROM landing_location WHERE id IN (${l})`);
  await each('launcher_config', 'launcher_config_family', (l) => `SELECT DISTINCT target_id FROM launcher_config__families WHERE owner_id IN (${l})`);
  await each('spacecraft', 'spacecraft_config', (l) => `SELECT DISTINCT spacecraft_config_id FROM spacecraft WHERE id IN (${l})`);
  await each('spacecraft_config', 'spacecraft_config_family', (l) => `SELECT DISTINCT target_id FROM spacecraft_config__family WHERE owner_id IN (${l})`);
}
