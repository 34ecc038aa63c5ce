import type { ModelDb } from '../db/model-db.ts';
import { isLaunched } from './facts.ts';
import { inScope, type Scope, type StatsSql } from './sql.ts';
import { ownerStats, zero, type OwnerStats } from './update.ts';

/**
 * Astronaut statistics. An astronaut's flights are the launched launches on whose spacecraft flight
 * they are launch crew, plus those their own `flights` list names; landings are the spacecraft flights
 * they are landing crew of (or their `landings` list); spacewalks likewise (lineage: Astronaut.flights
 * / .landings). flights_count, landings_count, spacewalks_count count them (distinct);
 * first_flight/last_flight are the earliest/latest flight NET.
 * time_in_space pairs the n-th launch with the n-th landing (both in time order) and adds up
 * landing mission_end − launch NET, so a crew member who went up on one vehicle and came home on
 * another is counted once, and a flight still up adds nothing until it lands. eva_time adds up
 * spacewalk end − start.
 * has_flown: at least one flight. in_space: gone up and not come down — the latest flight is after
 * the latest landing (or there is none), and that flight's spacecraft has not ended its mission
 * (a crew on a flight that ended without a landing crew, e.g. a test dummy, is not left in space).
 */

const flights = (scope: Scope) => `
  SELECT af.astronaut_id AS owner, l.id, l.net FROM astronaut_flight af
    JOIN spacecraft_flight x ON x.id = af.launch_crew_of_id JOIN rocket r ON r.id = x.rocket_id JOIN launch l ON l.id = r.launch_id
    WHERE af.astronaut_id IS NOT NULL AND ${isLaunched}${inScope('af.astronaut_id', scope)}
  UNION
  SELECT j.owner_id AS owner, l.id, l.net FROM astronaut__flights j JOIN launch l ON l.id = j.target_id
    WHERE ${isLaunched}${inScope('j.owner_id', scope)}`;

const landings = (scope: Scope) => `
  SELECT af.astronaut_id AS owner, x.id, x.mission_end FROM astronaut_flight af JOIN spacecraft_flight x ON x.id = af.landing_crew_of_id
    WHERE af.astronaut_id IS NOT NULL${inScope('af.astronaut_id', scope)}
  UNION
  SELECT j.owner_id AS owner, x.id, x.mission_end FROM astronaut__landings j JOIN spacecraft_flight x ON x.id = j.target_id
    WHERE 1 = 1${inScope('j.owner_id', scope)}`;

const spacewalks = (scope: Scope) => `
  SELECT af.astronaut_id AS owner, w.id, w.start, w."end" AS finish FROM astronaut_flight af JOIN spacewalk w ON w.id = af.spacewalk_crew_of_id
    WHERE af.astronaut_id IS NOT NULL${inScope('af.astronaut_id', scope)}
  UNION
  SELECT j.owner_id AS owner, w.id, w.start, w."end" AS finish FROM astronaut__spacewalks j JOIN spacewalk w ON w.id = j.target_id
    WHERE 1 = 1${inScope('j.owner_id', scope)}`;

export function astronautStats(q: StatsSql, scope: Scope): OwnerStats {
  return ownerStats(
    'astronaut',
    scope,
    {
      f: `SELECT owner, COUNT(*) AS n, MIN(net) AS first_net, MAX(net) AS last_net FROM (${flights(scope)}) f GROUP BY owner`,
      d: `SELECT owner, COUNT(*) AS n FROM (${landings(scope)}) d GROUP BY owner`,
      w: `SELECT owner, COUNT(*) AS n, CAST(SUM(CASE WHEN finish IS NOT NULL AND start IS NOT NULL
          THEN ${q.epoch('finish')} - ${q.epoch('start')} ELSE 0 END) AS BIGINT) AS secs FROM (${spacewalks(scope)}) w GROUP BY owner`,
      t: `SELECT up.owner, CAST(SUM(${q.epoch('down.mission_end')} - ${q.epoch('up.net')}) AS BIGINT) AS secs FROM
          (SELECT owner, net, ROW_NUMBER() OVER (PARTITION BY owner ORDER BY net, id) AS rn FROM (${flights(scope)}) a) up
          JOIN (SELECT owner, mission_end, ROW_NUMBER() OVER (PARTITION BY owner ORDER BY mission_end, id) AS rn
            FROM (${landings(scope)}) b WHERE mission_end IS NOT NULL) down ON down.owner = up.owner AND down.rn = up.rn
          GROUP BY up.owner`,
      // the latest landing, and whether the latest flight still has a spacecraft flight under way
      d2: `SELECT owner, MAX(mission_end) AS last_down FROM (${landings(scope)}) b WHERE mission_end IS NOT NULL GROUP BY owner`,
      u: `SELECT a.owner, a.net, CASE WHEN EXISTS (SELECT 1 FROM spacecraft_flight x JOIN rocket r ON r.id = x.rocket_id
            WHERE r.launch_id = a.id AND x.mission_end IS NULL) THEN 1 ELSE 0 END AS open
          FROM (SELECT owner, id, net, ROW_NUMBER() OVER (PARTITION BY owner ORDER BY net DESC, id DESC) AS rn FROM (${flights(scope)}) f) a
          WHERE a.rn = 1`,
    },
    {
      flights_count: zero('f.n'),
      landings_count: zero('d.n'),
      spacewalks_count: zero('w.n'),
      first_flight: 'f.first_net',
      last_flight: 'f.last_net',
      time_in_space: q.isoDuration(zero('t.secs')),
      eva_time: q.isoDuration(zero('w.secs')),
      has_flown: `CASE WHEN f.n > 0 THEN true ELSE false END`,
      in_space: `CASE WHEN u.open = 1 AND (d2.last_down IS NULL OR u.net > d2.last_down) THEN true ELSE false END`,
    },
  );
}

/** Completed years from `birth` to `until` (both YYYY-MM-DD). */
export function ageOn(birth: string, until: string): number {
  const years = Number(until.slice(0, 4)) - Number(birth.slice(0, 4));
  return until.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * `age`: completed years from date_of_birth to date_of_death, or to `today` (UTC) for the living
 * (LL2 shows 84 for someone born 1934-08-02 who died 2019-03-27). It changes with the calendar, not
 * with the rows, so it is refreshed for a day rather than recomputed per change: rows whose stored
 * age is not today's are updated (a few thousand astronauts at most), grouped by value.
 */
export async function refreshAges(db: ModelDb, today: string, scope: 'all' | Set<number | string> = 'all'): Promise<number> {
  let query = db.selectFrom('astronaut').select(['id', 'date_of_birth', 'date_of_death', 'age']);
  if (scope !== 'all') query = query.where('id', 'in', [...scope].length ? [...scope] : [-1]);
  const rows = await query.execute();
  const byAge = new Map<number | null, number[]>();
  for (const r of rows) {
    const age = r.date_of_birth ? ageOn(String(r.date_of_birth), r.date_of_death ? String(r.date_of_death) : today) : null;
    if (age === (r.age ?? null)) continue;
    byAge.set(age, [...(byAge.get(age) ?? []), r.id]);
  }
  let changed = 0;
  for (const [age, ids] of byAge) {
    for (let i = 0; i < ids.length; i += 1000) {
      await db.updateTable('astronaut').set({ age }).where('id', 'in', ids.slice(i, i + 1000)).execute();
      changed += Math.min(1000, ids.length - i);
    }
  }
  return changed;
}
