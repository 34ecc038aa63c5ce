import type { SelectQueryBuilder } from 'kysely';
import type { DeriveSingleton } from '../../api/resource.ts';
import type { FilterContext } from '../../api/filters.ts';
import type { ModelExpressionBuilder } from '../../api/model-path.ts';
import type { ModelDb } from '../../db/model-db.ts';
import { model } from '../../model/entities.ts';
import type { Key, Row } from '../../serialize/graph-store.ts';
import { isoSeconds } from '../launches/filters.ts';
import { previousScope, upcomingScope } from '../launches/scopes.ts';
import { previousEventScope, upcomingEventScope } from '../events/v2.3.0.ts';

/*
 * LL2 builds its Starship dashboard from its own tables on every request; its lineage (the Space Launch
 * Now server, whose Starship page reads the same database) selects by the Starship programme (program 1,
 * "SpaceX Starship", later "Starship"): the programme's launches and events, the launchers of its
 * launcher configurations, the updates of the programme and of its launches, road closures still open
 * and notices still ahead. How many of each it shows is that page's: 10 launches and 10 events per
 * half, 5 updates, 5 streams, 10 road closures, 10 notices; the vehicles are all of the family (at most
 * 100 here, the largest page LL2 serves, so the work stays bounded however large the data).
 */
const SECTION = 10;
const UPDATES = 5;
const STREAMS = 5;
const CLOSURES = 10;
const NOTICES = 10;
const FLEET = 100;

/** The Starship family's name, as LL2 spells its launcher and spacecraft configuration families. */
const FAMILY = 'Starship';

type Ids = SelectQueryBuilder<Record<string, Record<string, unknown>>, string, { id: Key }>;

/**
 * What belongs to the Starship family, as subqueries of ids (one SQL text whatever the data holds).
 * A programme counts when its name says Starship (LL2 renamed "SpaceX Starship" to "Starship"); a
 * launcher configuration when one of its families (or, as 2.0.0-2.2.0 documents carry it, its family
 * text) is Starship or it belongs to such a programme; a launch when its rocket is such a configuration
 * or it belongs to such a programme, so a mirror of any version and a generated dataset both qualify.
 */
function family(db: ModelDb) {
  const programs = (): Ids => db.selectFrom('program').select('program.id as id').where((eb) => eb(eb.fn('lower', ['program.name']), 'like', '%starship%'));
  const configs = (): Ids =>
    db
      .selectFrom('launcher_config')
      .select('launcher_config.id as id')
      .where((eb) =>
        eb.or([
          eb('launcher_config.family', '=', FAMILY),
          eb('launcher_config.id', 'in', eb.selectFrom('launcher_config__families as cf').innerJoin('launcher_config_family as lf', 'lf.id', 'cf.target_id').select('cf.owner_id').where('lf.name', '=', FAMILY)),
          eb('launcher_config.id', 'in', eb.selectFrom('launcher_config__program as cp').select('cp.owner_id').where('cp.target_id', 'in', programs())),
        ]),
      );
  const launches = (): Ids =>
    db
      .selectFrom('rocket')
      .select('rocket.launch_id as id')
      .where('rocket.configuration_id', 'in', configs())
      .union(db.selectFrom('launch__program as lp').select('lp.owner_id as id').where('lp.target_id', 'in', programs()));
  const events = (): Ids =>
    db
      .selectFrom('event__program as ep')
      .select('ep.owner_id as id')
      .where('ep.target_id', 'in', programs())
      .union(db.selectFrom('event__launches as el').select('el.owner_id as id').where('el.target_id', 'in', launches()));
  const spacecraftConfigs = (): Ids =>
    db
      .selectFrom('spacecraft_config')
      .select('spacecraft_config.id as id')
      .where((eb) =>
        eb.or([
          eb('spacecraft_config.name', '=', FAMILY),
          eb('spacecraft_config.id', 'in', eb.selectFrom('spacecraft_config__family as sf').innerJoin('spacecraft_config_family as f', 'f.id', 'sf.target_id').select('sf.owner_id').where('f.name', '=', FAMILY)),
        ]),
      );
  return { programs, configs, launches, events, spacecraftConfigs };
}

/**
 * The Starship dashboard derived from the data (no dashboard was imported): fills `store` with the
 * rows and links the dashboard's shapes read, for every version's shape alike, and returns its row.
 * The two halves are rows of their own here (keys -1 and -2), as an imported dashboard's are.
 */
export const deriveStarshipDashboard: DeriveSingleton = async ({ db, dialect, now, store, key }) => {
  const f = family(db);
  const scoped = (entity: 'launch' | 'event', scope: (ctx: FilterContext) => ReturnType<typeof upcomingScope>) => (eb: ModelExpressionBuilder) =>
    scope({ eb, entity: model[entity], dialect, now });
  const ids = async (q: { execute(): Promise<Array<{ id: unknown }>> }) => (await q.execute()).map((r) => r.id as Key);

  // upcoming and previous as the launch and event lists define them (24 hours in both, LL2's FAQ)
  const [upLaunches, prevLaunches, upEvents, prevEvents] = await Promise.all([
    ids(db.selectFrom('launch').select('launch.id as id').where('launch.id', 'in', f.launches()).where(scoped('launch', upcomingScope)).orderBy('launch.net').orderBy('launch.id').limit(SECTION)),
    ids(db.selectFrom('launch').select('launch.id as id').where('launch.id', 'in', f.launches()).where(scoped('launch', previousScope)).orderBy('launch.net', 'desc').orderBy('launch.id', 'desc').limit(SECTION)),
    ids(db.selectFrom('event').select('event.id as id').where('event.id', 'in', f.events()).where(scoped('event', upcomingEventScope)).orderBy('event.date').orderBy('event.id').limit(SECTION)),
    ids(db.selectFrom('event').select('event.id as id').where('event.id', 'in', f.events()).where(scoped('event', previousEventScope)).orderBy('event.date', 'desc').orderBy('event.id', 'desc').limit(SECTION)),
  ]);
  const at = isoSeconds(now);
  const [updates, vehicles, orbiters, closures, notices, streams] = await Promise.all([
    ids(
      db
        .selectFrom('update')
        .select('update.id as id')
        .where((eb) => eb.or([eb('update.program_id', 'in', f.programs()), eb('update.launch_id', 'in', f.launches()), eb('update.event_id', 'in', f.events())]))
        .orderBy('update.created_on', 'desc')
        .orderBy('update.id', 'desc')
        .limit(UPDATES),
    ),
    ids(db.selectFrom('launcher').select('launcher.id as id').where('launcher.launcher_config_id', 'in', f.configs()).orderBy('launcher.status_id').orderBy('launcher.serial_number').orderBy('launcher.id').limit(FLEET)),
    ids(db.selectFrom('spacecraft').select('spacecraft.id as id').where('spacecraft.spacecraft_config_id', 'in', f.spacecraftConfigs()).orderBy('spacecraft.status_id').orderBy('spacecraft.serial_number').orderBy('spacecraft.id').limit(FLEET)),
    ids(db.selectFrom('road_closure').select('road_closure.id as id').where('road_closure.window_end', '>=', at).orderBy('road_closure.window_end').orderBy('road_closure.id').limit(CLOSURES)),
    ids(db.selectFrom('notice').select('notice.id as id').where('notice.date', '>=', at).orderBy('notice.date').orderBy('notice.id').limit(NOTICES)),
    liveStreams(db, upLaunches, upEvents),
  ]);

  // the rows the shapes start from (each loader below is one keyed query per table, never one per row)
  const sections: Row[] = [{ id: -1 }, { id: -2 }];
  const dashboard: Row = { id: key };
  store.add(model.starship_dashboard, [dashboard]);
  store.add(model.dashboard_section, sections);
  const rows: Array<[string, Key[]]> = [
    ['launch', [...upLaunches, ...prevLaunches]],
    ['event', [...upEvents, ...prevEvents]],
    ['update', updates],
    ['launcher', vehicles],
    ['spacecraft', orbiters],
    ['road_closure', closures],
    ['notice', notices],
    ['vid_url', streams],
  ];
  await Promise.all(rows.filter(([, keys]) => keys.length).map(([entity, keys]) => store.loadRows(model[entity], keys)));
  const links: Record<string, Key[]> = { updates, live_streams: streams, road_closures: closures, notices, vehicles, orbiters, upcoming: [-1], previous: [-2] };
  for (const rel of Object.keys(model.starship_dashboard.relations)) store.link('starship_dashboard', rel, key, links[rel] ?? []);
  store.link('dashboard_section', 'launches', -1, upLaunches);
  store.link('dashboard_section', 'events', -1, upEvents);
  store.link('dashboard_section', 'launches', -2, prevLaunches);
  store.link('dashboard_section', 'events', -2, prevEvents);
  return dashboard;
};

/**
 * The programme's own streams (Starbase cameras) are stored only with an imported dashboard; derived,
 * the streams are the webcasts of the upcoming Starship launches and events, soonest first.
 */
async function liveStreams(db: ModelDb, launches: Key[], events: Key[]): Promise<Key[]> {
  if (!launches.length && !events.length) return [];
  const rows = await db
    .selectFrom('vid_url')
    .select(['vid_url.id as id', 'vid_url.launch_id as launch_id', 'vid_url.event_id as event_id', 'vid_url.pos as pos'])
    .where((eb) => eb.or([...(launches.length ? [eb('vid_url.launch_id', 'in', launches)] : []), ...(events.length ? [eb('vid_url.event_id', 'in', events)] : [])]))
    .execute();
  // launches first, then events, each in its list's order, then as each lists its own
  const rank = new Map<Key, number>([...launches.map((k, i): [Key, number] => [`l${k}`, i]), ...events.map((k, i): [Key, number] => [`e${k}`, launches.length + i])]);
  const order = (r: Row) => rank.get(r.launch_id != null ? `l${r.launch_id}` : `e${r.event_id}`) ?? Infinity;
  return rows
    .sort((a, b) => order(a) - order(b) || Number(a.pos ?? 0) - Number(b.pos ?? 0) || Number(a.id) - Number(b.id))
    .slice(0, STREAMS)
    .map((r) => r.id as Key);
}
