import { sql } from 'kysely';
import type { ModelDb } from '../db/model-db.ts';
import type { DialectName } from '../db/connect.ts';
import type { ApiVersion } from '../ingest/detect.ts';
import { Upserter } from '../ingest/upsert.ts';
import { ownerColumns } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { literalList } from './sql.ts';
import { addLandingOwners, addLaunchOwners, Affected, expandOwners, launchesOf, OWNER_TABLES, type OwnerTable } from './owners.ts';

/** Rows whose links decide which statistics they feed: their links are read before they are overwritten. */
const LINKED = new Set([
  'rocket',
  'first_stage',
  'spacecraft_flight',
  'payload_flight',
  'landing',
  'pad',
  'landing_location',
  'location',
  'astronaut_flight',
  'spacecraft',
  'docking_event',
  'mission',
  'spacewalk',
]);

/** The tables that lead to launches (through their rocket) when one of their rows changes. */
const LAUNCH_PATHS = ['launch', 'rocket', 'first_stage', 'spacecraft_flight', 'payload_flight', 'landing', 'mission', 'astronaut_flight'];

type Key = number | string;

/**
 * An Upserter that remembers what it wrote, and what the rows it is about to overwrite pointed at:
 * a launch moved to another pad must still be taken off the old pad's counts. The old links are read
 * in bulk, per table, just before the queued writes reach the database (beforeFlush).
 */
export class TrackingUpserter extends Upserter {
  /** Ids written per entity (the new state), plus ids the old state pointed at. */
  readonly reached = new Map<string, Set<Key>>();
  /** Owners reached through what launches pointed at before this import changed them. */
  readonly before = new Affected();
  /** Existing ids met since the last flush, whose old links are still to be read. */
  private readonly pending = new Map<string, Set<Key>>();

  constructor(
    private readonly trx: ModelDb,
    dialect: DialectName,
    version: ApiVersion,
    exactErrors = false,
  ) {
    super(trx, dialect, version, exactErrors);
  }

  override async upsert(entityName: string, raw: unknown, path: string, owner?: { fk: string; id: Key; pos: number }, collect?: Parameters<Upserter['upsert']>[4]): Promise<Key> {
    const id = existingKey(entityName, raw);
    if (id !== null && (entityName === 'launch' || LINKED.has(entityName))) {
      let set = this.pending.get(entityName);
      if (!set) this.pending.set(entityName, (set = new Set()));
      set.add(id);
    }
    const written = await super.upsert(entityName, raw, path, owner, collect);
    if (!collect) this.reach(entityName, [written]);
    return written;
  }

  protected override async beforeFlush(): Promise<void> {
    const pending = [...this.pending];
    this.pending.clear();
    for (const [entityName, ids] of pending) {
      if (entityName === 'launch') await addLaunchOwners(this.trx, ids as Set<string>, this.before);
      else await this.rememberLinks(entityName, [...ids]);
    }
  }

  private reach(entity: string, ids: Iterable<unknown>): void {
    let set = this.reached.get(entity);
    if (!set) this.reached.set(entity, (set = new Set()));
    for (const id of ids) if (typeof id === 'number' || typeof id === 'string') set.add(id);
  }

  /** The rows these rows point at now (their foreign keys, and the parents they are children of). */
  private async rememberLinks(entityName: string, ids: Key[]): Promise<void> {
    const entity = model[entityName];
    const links = new Map<string, string>(); // column -> target entity
    for (const r of Object.values(entity.relations)) if (r.kind === 'one') links.set(r.column, r.target);
    for (const [fk, ownerEntity] of ownerColumns(model, entity)) links.set(fk, ownerEntity);
    if (!links.size) return;
    for (let i = 0; i < ids.length; i += 5000) {
      const rows = await this.trx.selectFrom(entity.table).select([...links.keys()]).where('id', 'in', ids.slice(i, i + 5000)).execute();
      for (const row of rows) for (const [col, target] of links) if (row[col] !== null && row[col] !== undefined) this.reach(target, [row[col]]);
    }
  }

  /** Everything the import reached, old and new state together. */
  async affected(): Promise<Affected> {
    const db = this.trx;
    const out = this.before;
    const ids = (e: string) => [...(this.reached.get(e) ?? [])];
    const launches = new Set<string>();
    for (const t of LAUNCH_PATHS) for (const l of await launchesOf(db, t, ids(t))) launches.add(l);
    await addLaunchOwners(db, launches, out);
    // owners written directly carry the upstream's values: theirs are recomputed too
    for (const t of OWNER_TABLES) out.add(t as OwnerTable, ids(t));
    await addLandingOwners(db, ids('landing') as number[], out);
    const pick = async (query: string) => (await sql.raw<Record<string, unknown>>(query).execute(db)).rows.map((r) => Object.values(r)[0]);
    if (ids('astronaut_flight').length) out.add('astronaut', await pick(`SELECT astronaut_id FROM astronaut_flight WHERE id IN (${literalList(ids('astronaut_flight'))})`));
    if (ids('spacecraft_flight').length) out.add('spacecraft', await pick(`SELECT spacecraft_id FROM spacecraft_flight WHERE id IN (${literalList(ids('spacecraft_flight'))})`));
    if (ids('docking_event').length)
      out.add('spacecraft', await pick(`SELECT x.spacecraft_id FROM docking_event de JOIN spacecraft_flight x ON x.id = de.flight_vehicle_chaser_id WHERE de.id IN (${literalList(ids('docking_event'))})`));
    if (ids('spacewalk').length) {
      const list = literalList(ids('spacewalk'));
      out.add('astronaut', await pick(`SELECT astronaut_id FROM astronaut_flight WHERE spacewalk_crew_of_id IN (${list}) UNION SELECT owner_id FROM astronaut__spacewalks WHERE target_id IN (${list})`));
    }
    await expandOwners(db, out);
    return out;
  }
}

/** The id an object will be stored under, when it names one (objects LL2 sends without id have none). */
function existingKey(entityName: string, raw: unknown): Key | null {
  const entity = model[entityName];
  if (!entity || entity.key === 'auto' || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const id = (raw as Record<string, unknown>).id;
  if (entity.key === 'uuid') return typeof id === 'string' && /^[0-9a-f-]{32,36}$/i.test(id) ? id.toLowerCase() : null;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}
