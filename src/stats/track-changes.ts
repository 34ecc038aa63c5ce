import type { ModelDb } from '../db/model-db.ts';
import type { DialectName } from '../db/connect.ts';
import type { ApiVersion } from '../ingest/detect.ts';
import { Upserter } from '../ingest/upsert.ts';
import type { ChangeLog } from '../ingest/write-batch.ts';
import { ownerColumns } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { literalList } from './sql.ts';
import { addLaunchState, Affected, column, expandOwners, launchesOf, launchStates, LIGHT_OWNERS, OWNER_TABLES, type LaunchState, type OwnerTable } from './owners.ts';
import { addShares, derivedColumns, recomputeAffected, type Shares, type StatsReport } from './recompute.ts';

/**
 * Rows whose links decide which statistics they feed, and the owners with many launches: before they
 * are overwritten, whether they exist and what they point at is read.
 */
const TRACKED = new Set([
  'rocket',
  'first_stage',
  'spacecraft_flight',
  'payload_flight',
  'landing',
  'astronaut_flight',
  'docking_event',
  'mission',
  'spacewalk',
  ...OWNER_TABLES,
]);

/** The tables that lead to launches (through their rocket) when one of their rows changes. */
const LAUNCH_PATHS = ['launch', 'rocket', 'first_stage', 'spacecraft_flight', 'payload_flight', 'landing', 'mission', 'astronaut_flight'];

/**
 * The join tables a statistic reads (a configuration's families, an astronaut's own lists): a change
 * of one of their lists reaches its owner and the targets before and after. Other lists (a launch's
 * programs or patches) feed no statistic.
 */
const COUNTED_LISTS = new Set(['launcher_config__families', 'spacecraft_config__family', 'astronaut__flights', 'astronaut__landings', 'astronaut__spacewalks']);

/** Join table -> [owner entity, target entity], from the model. */
const JOIN_TABLES = new Map<string, [string, string]>();
for (const e of Object.values(model)) for (const r of Object.values(e.relations)) if (r.kind === 'many') JOIN_TABLES.set(r.table, [e.name, r.target]);

type Key = number | string;
type Links = Array<[string, Key]>;

/**
 * An Upserter that follows what an authoritative import changes, so the statistics are recounted for
 * what moved, not for everything the document mentions: a sync re-reads the same upcoming launches
 * every few minutes, and rewriting a launch with the values it has must cost no recount.
 * - The writes report the rows they really inserted or changed (WriteBatch's ChangeLog); the derived
 *   columns are not compared (they are the server's, see Upserter's Tracking).
 * - A launch's state (owners, numbering key, what the statistics read of it: src/stats/owners.ts
 *   LaunchState) is read before the first write of it and again at the end: a launch whose state is
 *   the same recounts nothing, one whose large owners read the same recounts its boosters, spacecraft
 *   and crew, and its numbering is redone only when its key changed. A launch is met (and read) before
 *   anything nested in it is written.
 * - The rows the statistics follow links of (a stage's booster, a pad's location) are read before
 *   they are overwritten: a row whose links changed reaches what it pointed at before (a launch moved
 *   to another pad is taken off the old pad's counts). An existing owner with many launches whose own
 *   row changed (a new description) is not recounted: its statistics come from its launches.
 */
export class TrackingUpserter extends Upserter {
  /** Rows the writes inserted, changed or unlinked, per entity. */
  private readonly changed: Map<string, Set<Key>>;
  /** Owners whose counted lists changed, and the targets those lists named before and after. */
  private readonly relisted: Map<string, Set<Key>>;
  /** Per entity and id, the rows a stored row pointed at before this import wrote it; absent: not stored yet. */
  private readonly oldLinks = new Map<string, Map<Key, Links>>();
  /** Launches as they were before this import first wrote them; null: not stored yet. */
  private readonly oldLaunches = new Map<string, LaunchState | null>();
  /** Ids met since the last flush, whose old state is still to be read. */
  private readonly pending = new Map<string, Set<Key>>();
  /** Per entity, the ids whose old state was read. */
  private readonly known = new Map<string, Set<Key>>();
  /** What the launches read before their first write contributed to the counted columns. */
  private readonly sharesBefore: Shares = new Map();

  constructor(
    private readonly trx: ModelDb,
    private readonly dialectName: DialectName,
    version: ApiVersion,
    exactErrors = false,
  ) {
    const changed = new Map<string, Set<Key>>();
    const relisted = new Map<string, Set<Key>>();
    const mark = (into: Map<string, Set<Key>>, entity: string, ids: Iterable<Key>) => {
      let set = into.get(entity);
      if (!set) into.set(entity, (set = new Set()));
      for (const id of ids) set.add(id);
    };
    const changes: ChangeLog = {
      rows: (table, ids) => mark(changed, table, ids),
      links: (table, owner, before, after) => {
        const ends = JOIN_TABLES.get(table);
        if (!ends || !COUNTED_LISTS.has(table)) return;
        mark(relisted, ends[0], [owner]);
        mark(relisted, ends[1], [...before, ...after]);
      },
    };
    super(trx, dialectName, version, exactErrors, { changes, derived: derivedColumns(dialectName) });
    this.changed = changed;
    this.relisted = relisted;
  }

  override async upsert(entityName: string, raw: unknown, path: string, owner?: { fk: string; id: Key; pos: number }, collect?: Parameters<Upserter['upsert']>[4]): Promise<Key> {
    const id = existingKey(entityName, raw);
    if (id !== null && (entityName === 'launch' || TRACKED.has(entityName)) && !this.known.get(entityName)?.has(id)) {
      let set = this.pending.get(entityName);
      if (!set) this.pending.set(entityName, (set = new Set()));
      set.add(id);
    }
    return super.upsert(entityName, raw, path, owner, collect);
  }

  protected override async beforeFlush(): Promise<void> {
    const pending = [...this.pending];
    this.pending.clear();
    for (const [entityName, ids] of pending) {
      let known = this.known.get(entityName);
      if (!known) this.known.set(entityName, (known = new Set()));
      const fresh = [...ids].filter((id) => !known.has(id));
      for (const id of fresh) known.add(id);
      if (entityName === 'launch') {
        const states = await launchStates(this.trx, fresh as string[]);
        for (const id of fresh as string[]) this.oldLaunches.set(id, states.get(id) ?? null);
        await addShares(this.trx, this.dialectName, states.keys(), this.sharesBefore);
      } else {
        let old = this.oldLinks.get(entityName);
        if (!old) this.oldLinks.set(entityName, (old = new Map()));
        for (const [id, links] of await this.linksOf(entityName, fresh)) old.set(id, links);
      }
    }
  }

  /** What stored rows point at (their foreign keys, and the parents they are children of), per id found. */
  private async linksOf(entityName: string, ids: Key[]): Promise<Map<Key, Links>> {
    const entity = model[entityName];
    const links = new Map<string, string>(); // column -> target entity
    for (const r of Object.values(entity.relations)) if (r.kind === 'one') links.set(r.column, r.target);
    for (const [fk, ownerEntity] of ownerColumns(model, entity)) links.set(fk, ownerEntity);
    const out = new Map<Key, Links>();
    for (let i = 0; i < ids.length; i += 5000) {
      const rows = await this.trx.selectFrom(entity.table).select(['id', ...links.keys()]).where('id', 'in', ids.slice(i, i + 5000)).execute();
      for (const row of rows) {
        const to: Links = [];
        for (const [col, target] of links) if (row[col] !== null && row[col] !== undefined) to.push([target, row[col] as Key]);
        out.set(typeof row.id === 'string' ? row.id.toLowerCase() : (row.id as Key), to);
      }
    }
    return out;
  }

  /** Everything the import's changes reached, old and new state together. */
  async affected(): Promise<Affected> {
    const db = this.trx;
    const out = new Affected();
    const reached = new Map<string, Set<Key>>();
    const reach = (entity: string, id: Key) => {
      let set = reached.get(entity);
      if (!set) reached.set(entity, (set = new Set()));
      set.add(id);
    };
    for (const [entity, ids] of this.relisted) for (const id of ids) reach(entity, id);
    for (const [entity, ids] of this.changed) {
      const old = this.oldLinks.get(entity);
      const tracked = old ? [...ids].filter((id) => old.has(id)) : [];
      const now = tracked.length ? await this.linksOf(entity, tracked) : new Map<Key, Links>();
      const heavyOwner = (OWNER_TABLES as readonly string[]).includes(entity) && !LIGHT_OWNERS.has(entity as OwnerTable);
      for (const id of ids) {
        const before = old?.get(id);
        const after = now.get(id);
        const moved = before !== undefined && JSON.stringify(before) !== JSON.stringify(after ?? []);
        // a new row, or one whose links moved: reached, with what it pointed at before
        if (moved) for (const [target, to] of before) reach(target, to);
        if (before === undefined || moved || !heavyOwner) reach(entity, id);
      }
    }
    const ids = (e: string) => [...(reached.get(e) ?? [])];
    const launches = new Set<string>();
    for (const t of LAUNCH_PATHS) for (const l of await launchesOf(db, t, ids(t))) launches.add(l);
    const now = await launchStates(db, launches);
    for (const id of launches) {
      const after = now.get(id);
      const before = this.oldLaunches.get(id);
      // a launch whose statistics-relevant state is the same (its name, images, probability, webcast
      // changed) recounts nothing; one whose large owners read the same (an upcoming launch's NET or
      // Go/TBD) recounts only its boosters, spacecraft and crew
      if (before && after && before.all === after.all) continue;
      const light = !!before && !!after && before.heavy === after.heavy;
      // a launch read before it was written contributes to the counts by delta (src/stats/recompute.ts)
      if (after) addLaunchState(out, after, { light, counted: before !== undefined });
      if (before) addLaunchState(out, before, { light, counted: true });
      // renumbered from where it was and where it is, unless its numbering key is the same (before
      // unknown, e.g. a launch reached through a landing document alone: renumbered, as it may have moved)
      if (before && after && before.key === after.key) continue;
      out.net(before?.net);
      out.net(after?.net);
    }
    for (const t of OWNER_TABLES) out.add(t as OwnerTable, ids(t));
    const pick = (query: string) => column(db, query);
    if (ids('astronaut_flight').length) out.add('astronaut', await pick(`SELECT astronaut_id FROM astronaut_flight WHERE id IN (${literalList(ids('astronaut_flight'))})`));
    if (ids('spacecraft_flight').length) out.add('spacecraft', await pick(`SELECT spacecraft_id FROM spacecraft_flight WHERE id IN (${literalList(ids('spacecraft_flight'))})`));
    if (ids('docking_event').length)
      out.add('spacecraft', await pick(`SELECT x.spacecraft_id FROM docking_event de JOIN spacecraft_flight x ON x.id = de.flight_vehicle_chaser_id WHERE de.id IN (${literalList(ids('docking_event'))})`));
    if (ids('spacewalk').length) {
      const list = literalList(ids('spacewalk'));
      out.add('astronaut', await pick(`SELECT astronaut_id FROM astronaut_flight WHERE spacewalk_crew_of_id IN (${list}) UNION SELECT owner_id FROM astronaut__spacewalks WHERE target_id IN (${list})`));
    }
    await expandOwners(db, out);
    await expandOwners(db, out, out.ordered);
    return out;
  }

  /** Recounts what the import changed, in its transaction (call after finish()). */
  async recount(): Promise<StatsReport> {
    const affected = await this.affected();
    const after: Shares = new Map();
    await addShares(this.trx, this.dialectName, this.oldLaunches.keys(), after);
    return recomputeAffected(this.trx, this.dialectName, affected, { before: this.sharesBefore, after });
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
