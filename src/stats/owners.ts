import type { ModelDb } from '../db/model-db.ts';
import { sql } from 'kysely';
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

/** What a change reaches: the owners whose statistics must be recomputed, and the earliest NET moved. */
export class Affected {
  readonly owners = new Map<OwnerTable, Set<number>>(OWNER_TABLES.map((t) => [t, new Set<number>()]));
  /** Launch counts are recomputed for launches at or after this NET (null: none). */
  minNet: string | null = null;

  add(table: OwnerTable, ids: Iterable<unknown>): void {
    const set = this.owners.get(table)!;
    for (const id of ids) if (typeof id === 'number' || (typeof id === 'string' && /^-?\d+$/.test(id))) set.add(Number(id));
  }

  net(value: unknown): void {
    if (typeof value === 'string' && (this.minNet === null || value < this.minNet)) this.minNet = value;
  }

  get empty(): boolean {
    return this.minNet === null && [...this.owners.values()].every((s) => s.size === 0);
  }
}

async function column(db: ModelDb, query: string): Promise<unknown[]> {
  const res = await sql.raw<Record<string, unknown>>(query).execute(db);
  return res.rows.map((r) => Object.values(r)[0]);
}

const CHUNK = 5000;
function* chunks<T>(ids: T[]): Generator<T[]> {
  for (let i = 0; i < ids.length; i += CHUNK) yield ids.slice(i, i + CHUNK);
}

/**
 * Adds everything a set of launches feeds: their pads and providers, the configurations, boosters,
 * spacecraft and crews they flew, the landings they made; and their NETs.
 */
export async function addLaunchOwners(db: ModelDb, launchIds: Iterable<string>, out: Affected): Promise<void> {
  for (const part of chunks([...new Set(launchIds)])) {
    if (!part.length) continue;
    const ids = literalList(part);
    const launches = await sql.raw<{ net: string; pad_id: number | null; launch_service_provider_id: number | null }>(`SELECT net, pad_id, launch_service_provider_id FROM launch WHERE id IN (${ids})`).execute(db);
    for (const l of launches.rows) {
      out.net(l.net);
      out.add('pad', [l.pad_id]);
      out.add('agency', [l.launch_service_provider_id]);
    }
    out.add('launcher_config', await column(db, `SELECT DISTINCT configuration_id FROM rocket WHERE launch_id IN (${ids})`));
    const fromRockets = (t: string, col: string) =>
      column(db, `SELECT DISTINCT x.${col} FROM ${t} x JOIN rocket r ON r.id = x.rocket_id WHERE r.launch_id IN (${ids})`);
    out.add('launcher', await fromRockets('first_stage', 'launcher_id'));
    out.add('spacecraft', await fromRockets('spacecraft_flight', 'spacecraft_id'));
    const landings = [
      ...(await fromRockets('first_stage', 'landing_id')),
      ...(await fromRockets('spacecraft_flight', 'landing_id')),
      ...(await fromRockets('payload_flight', 'landing_id')),
    ].filter((v) => v !== null);
    await addLandingOwners(db, landings as number[], out);
    out.add(
      'astronaut',
      await column(
        db,
        `SELECT DISTINCT af.astronaut_id FROM astronaut_flight af JOIN spacecraft_flight x
          ON x.id = af.launch_crew_of_id OR x.id = af.landing_crew_of_id OR x.id = af.onboard_crew_of_id
          JOIN rocket r ON r.id = x.rocket_id WHERE r.launch_id IN (${ids})`,
      ),
    );
    out.add('astronaut', await column(db, `SELECT DISTINCT owner_id FROM astronaut__flights WHERE target_id IN (${ids})`));
  }
}

export async function addLandingOwners(db: ModelDb, landingIds: number[], out: Affected): Promise<void> {
  for (const part of chunks([...new Set(landingIds)])) {
    if (!part.length) continue;
    out.add('landing_location', await column(db, `SELECT DISTINCT landing_location_id FROM landing WHERE id IN (${literalList(part)})`));
  }
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
export async function expandOwners(db: ModelDb, out: Affected): Promise<void> {
  const ids = (t: OwnerTable) => [...out.owners.get(t)!];
  const each = async (t: OwnerTable, target: OwnerTable, query: (list: string) => string) => {
    for (const part of chunks(ids(t))) if (part.length) out.add(target, await column(db, query(literalList(part))));
  };
  await each('pad', 'location', (l) => `SELECT DISTINCT location_id FROM pad WHERE id IN (${l})`);
  await each('landing_location', 'location', (l) => `SELECT DISTINCT location_id FROM landing_location WHERE id IN (${l})`);
  await each('location', 'celestial_body', (l) => `SELECT DISTINCT celestial_body_id FROM location WHERE id IN (${l})`);
  await each('landing_location', 'celestial_body', (l) => `SELECT DISTINCT celestial_body_id FROM landing_location WHERE id IN (${l})`);
  await each('launcher_config', 'launcher_config_family', (l) => `SELECT DISTINCT target_id FROM launcher_config__families WHERE owner_id IN (${l})`);
  await each('spacecraft', 'spacecraft_config', (l) => `SELECT DISTINCT spacecraft_config_id FROM spacecraft WHERE id IN (${l})`);
  await each('spacecraft_config', 'spacecraft_config_family', (l) => `SELECT DISTINCT target_id FROM spacecraft_config__family WHERE owner_id IN (${l})`);
}
