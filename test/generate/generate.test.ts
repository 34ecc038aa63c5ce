import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../src/db/connect.ts';
import { tableDefsFor } from '../../src/db/table-defs.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { model } from '../../src/model/entities.ts';
import { freshDatabase, testApp, type TestApp } from '../support/app.ts';
import { validateBody, type ResponseMode } from '../support/openapi.ts';

const ANCHOR = new Date('2026-11-01T00:00:00Z');
const LAUNCHES = 3000;
const MODES: ResponseMode[] = ['list', 'normal', 'detailed'];

async function rows(database: Database, table: string): Promise<Record<string, unknown>[]> {
  const query = database.db.selectFrom(table).selectAll();
  // join tables have no id: (owner_id, pos) is their key
  return (table.includes('__') ? query.orderBy('owner_id').orderBy('pos') : query.orderBy('id')).execute();
}

/** A digest of a table's content, independent of the dialect's boolean form. */
async function digest(database: Database, table: string): Promise<string> {
  const h = createHash('sha256');
  for (const r of await rows(database, table)) h.update(JSON.stringify(r, (_k, v) => (typeof v === 'boolean' ? Number(v) : v)));
  return h.digest('hex');
}

const HASHED = [
  'launch', 'mission', 'rocket', 'payload_flight', 'first_stage', 'astronaut', 'docking_event', 'agency', 'update', 'landing',
  'event', 'expedition', 'spacewalk', 'space_station', 'docking_location', 'astronaut__flights', 'road_closure',
];

async function digests(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of HASHED) out[t] = await digest(database, t);
  return out;
}

/** 'P2DT6H30M' -> milliseconds. */
function durationMs(text: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  assert.ok(m, `duration ${text}`);
  const [d, h, min, sec] = m.slice(1).map((v) => Number(v ?? 0));
  return (((d * 24 + h) * 60 + min) * 60 + sec) * 1000;
}

async function countOf(database: Database, query: string): Promise<number> {
  const r = await sql<{ n: number | string }>`${sql.raw(query)}`.execute(database.db);
  return Number(r.rows[0].n);
}

describe('synthetic dataset generator', () => {
  let database: Database;
  let written: Record<string, number>;
  const progress: Array<[number, number]> = [];

  before(async () => {
    database = await freshDatabase();
    written = await generateDataset(database, { launches: LAUNCHES, seed: 1, anchor: ANCHOR, onProgress: (done, total) => progress.push([done, total]) });
  });
  after(() => database.close());

  test('reports progress in launches, ending with total/total', () => {
    assert.ok(progress.length > 1);
    assert.deepStrictEqual(progress.at(-1), [LAUNCHES, LAUNCHES]);
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i][0] >= progress[i - 1][0]);
  });

  test('is deterministic: the same seed gives the same rows, another seed other rows', async () => {
    const first = await digests(database);
    // generating again into the same (now filled) database replaces its content when asked to
    await generateDataset(database, { launches: LAUNCHES, seed: 2, anchor: ANCHOR, replace: true });
    const other = await digests(database);
    await generateDataset(database, { launches: LAUNCHES, seed: 1, anchor: ANCHOR, replace: true });
    const again = await digests(database);
    assert.deepStrictEqual(again, first);
    for (const t of ['launch', 'mission', 'payload_flight', 'update', 'event', 'spacewalk']) assert.notEqual(other[t], first[t], t);
  });

  test('writes N launches and rows in every table of the model, as reported', async () => {
    assert.equal(written.launch, LAUNCHES);
    // the Starship dashboard's tables hold an imported dashboard; the generator leaves it to be derived
    const imported = new Set(
      [model.starship_dashboard, model.dashboard_section].flatMap((e) => [e.table, ...Object.values(e.relations).flatMap((r) => (r.kind === 'many' ? [r.table] : []))]),
    );
    for (const def of tableDefsFor(model)) {
      const n = await countOf(database, `SELECT count(*) AS n FROM "${def.name}"`);
      if (imported.has(def.name)) {
        assert.equal(n, 0, `${def.name} holds rows`);
        assert.equal(written[def.name] ?? 0, 0);
        continue;
      }
      assert.ok(n > 0, `${def.name} is empty`);
      assert.equal(n, written[def.name], `${def.name}: reported ${written[def.name]}, holds ${n}`);
    }
  });

  test('every foreign key and join-table entry points at an existing row', async () => {
    const problems: string[] = [];
    for (const e of Object.values(model)) {
      const fks: Array<[column: string, target: string]> = [];
      for (const r of Object.values(e.relations)) if (r.kind === 'one') fks.push([r.column, model[r.target].table]);
      for (const owner of Object.values(model)) {
        for (const r of Object.values(owner.relations)) {
          if ((r.kind === 'children' || r.kind === 'child') && r.target === e.name) fks.push([r.fk, owner.table]);
        }
      }
      for (const [column, target] of fks) {
        const n = await countOf(database, `SELECT count(*) AS n FROM "${e.table}" WHERE "${column}" IS NOT NULL AND "${column}" NOT IN (SELECT id FROM "${target}")`);
        if (n) problems.push(`${e.table}.${column} -> ${target}: ${n} dangling`);
      }
      for (const r of Object.values(e.relations)) {
        if (r.kind !== 'many') continue;
        const owners = await countOf(database, `SELECT count(*) AS n FROM "${r.table}" WHERE owner_id NOT IN (SELECT id FROM "${e.table}")`);
        const targets = await countOf(database, `SELECT count(*) AS n FROM "${r.table}" WHERE target_id NOT IN (SELECT id FROM "${model[r.target].table}")`);
        if (owners) problems.push(`${r.table}.owner_id: ${owners} dangling`);
        if (targets) problems.push(`${r.table}.target_id: ${targets} dangling`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  test('children are ordered (a position unique per parent) and a child belongs to one parent', async () => {
    const problems: string[] = [];
    for (const owner of Object.values(model)) {
      for (const [name, r] of Object.entries(owner.relations)) {
        if (r.kind !== 'children' && r.kind !== 'child') continue;
        const table = model[r.target].table;
        const dup = await countOf(
          database,
          r.kind === 'children'
            ? `SELECT count(*) AS n FROM (SELECT "${r.fk}" FROM "${table}" WHERE "${r.fk}" IS NOT NULL GROUP BY "${r.fk}", pos HAVING count(*) > 1) d`
            : `SELECT count(*) AS n FROM (SELECT "${r.fk}" FROM "${table}" WHERE "${r.fk}" IS NOT NULL GROUP BY "${r.fk}" HAVING count(*) > 1) d`,
        );
        if (dup) problems.push(`${owner.name}.${name}: ${dup} parents with ${r.kind === 'children' ? 'a repeated position' : 'several children'}`);
        if (r.kind === 'children') {
          const unordered = await countOf(database, `SELECT count(*) AS n FROM "${table}" WHERE "${r.fk}" IS NOT NULL AND pos IS NULL`);
          if (unordered) problems.push(`${owner.name}.${name}: ${unordered} rows without a position`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  test('the 2.3.0 surface is consistent: crews and astronaut lists, stations, docking, agencies, landings', async () => {
    const q = async <T = Record<string, any>>(query: string) => (await sql<T>`${sql.raw(query)}`.execute(database.db)).rows;
    const pairs = (rs: Array<Record<string, unknown>>) => rs.map((r) => `${r.a}>${r.b}`).sort();
    const anchor = `${ANCHOR.toISOString().slice(0, 19)}Z`;

    // astronaut lists follow from the crews, their counts from the lists
    assert.deepStrictEqual(
      pairs(await q('SELECT owner_id AS a, target_id AS b FROM astronaut__flights')),
      pairs(await q('SELECT DISTINCT af.astronaut_id AS a, r.launch_id AS b FROM astronaut_flight af JOIN spacecraft_flight sf ON sf.id = af.launch_crew_of_id JOIN rocket r ON r.id = sf.rocket_id')),
    );
    assert.deepStrictEqual(
      pairs(await q('SELECT owner_id AS a, target_id AS b FROM astronaut__landings')),
      pairs(await q('SELECT DISTINCT astronaut_id AS a, landing_crew_of_id AS b FROM astronaut_flight WHERE landing_crew_of_id IS NOT NULL')),
    );
    assert.deepStrictEqual(
      pairs(await q('SELECT owner_id AS a, target_id AS b FROM astronaut__spacewalks')),
      pairs(await q('SELECT DISTINCT astronaut_id AS a, spacewalk_crew_of_id AS b FROM astronaut_flight WHERE spacewalk_crew_of_id IS NOT NULL')),
    );
    // eva_time is the time of the spacewalks they did
    const evaOf = new Map<number, number>();
    for (const w of await q('SELECT af.astronaut_id AS a, w.duration FROM astronaut_flight af JOIN spacewalk w ON w.id = af.spacewalk_crew_of_id WHERE w.duration IS NOT NULL')) {
      evaOf.set(Number(w.a), (evaOf.get(Number(w.a)) ?? 0) + durationMs(w.duration));
    }
    const astronauts = await q(`
      SELECT a.id, a.flights_count, a.landings_count, a.spacewalks_count, a.has_flown, a.is_human, a.eva_time, t.name AS type,
        (SELECT count(*) FROM astronaut__flights x WHERE x.owner_id = a.id) AS flights,
        (SELECT count(*) FROM astronaut__landings x WHERE x.owner_id = a.id) AS landings,
        (SELECT count(*) FROM astronaut__spacewalks x WHERE x.owner_id = a.id) AS walks,
        (SELECT count(*) FROM astronaut__flights x JOIN launch l ON l.id = x.target_id WHERE x.owner_id = a.id AND l.net <= '${anchor}') AS flown
      FROM astronaut a JOIN astronaut_type t ON t.id = a.type_id`);
    for (const a of astronauts) {
      // flights_count counts the flights that happened (src/stats), the list also names those ahead
      assert.deepStrictEqual([a.flights_count, a.landings_count, a.spacewalks_count].map(Number), [a.flown, a.landings, a.walks].map(Number), `counts of astronaut ${a.id}`);
      assert.equal(Boolean(a.has_flown), Number(a.flown) > 0, `has_flown of astronaut ${a.id}`);
      assert.equal(Boolean(a.is_human), a.type !== 'Non-Human', `is_human of astronaut ${a.id}`);
      assert.equal(durationMs(a.eva_time), evaOf.get(Number(a.id)) ?? 0, `eva_time of astronaut ${a.id}`);
    }
    assert.ok(astronauts.some((a) => Number(a.walks) > 0) && astronauts.some((a) => !a.is_human), 'spacewalkers and test dummies');

    // stations: active expeditions and docking events, what is docked where
    assert.deepStrictEqual(
      pairs(await q('SELECT owner_id AS a, target_id AS b FROM space_station__active_expeditions')),
      pairs(await q(`SELECT spacestation_id AS a, id AS b FROM expedition WHERE start <= '${anchor}' AND ("end" IS NULL OR "end" > '${anchor}')`)),
    );
    assert.deepStrictEqual(
      pairs(await q('SELECT owner_id AS a, target_id AS b FROM space_station__active_docking_events')),
      pairs(await q('SELECT space_station_target_id AS a, id AS b FROM docking_event WHERE departure IS NULL')),
    );
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM space_station__active_expeditions'), await countOf(database, `SELECT count(*) AS n FROM expedition WHERE "end" IS NULL OR "end" > '${anchor}'`));
    const docked = await q('SELECT dl.id, d.docking_location_id AS at, d.departure, d.flight_vehicle_chaser_id AS flight FROM docking_location dl JOIN docking_event d ON d.id = dl.currently_docked_id');
    assert.ok(docked.length > 0, 'nothing is docked anywhere');
    for (const d of docked) assert.ok(d.at === d.id && d.departure === null && d.flight !== null, `docking location ${d.id}`);
    for (const s of await q(`SELECT s.id, s.docked_vehicles, (SELECT count(DISTINCT flight_vehicle_chaser_id) FROM docking_event d WHERE d.space_station_target_id = s.id AND d.departure IS NULL) AS n FROM space_station s WHERE s.docked_vehicles IS NOT NULL`)) {
      assert.equal(Number(s.docked_vehicles), Number(s.n), `docked vehicles of station ${s.id}`);
    }
    // a docking event's chaser is the flight whose docking_events list holds it; a module docks as part of its station
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM docking_event WHERE (flight_vehicle_chaser_id IS NULL) = (payload_flight_chaser_id IS NULL)'), 0);
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM docking_event WHERE space_station_chaser_id IS NOT NULL AND payload_flight_chaser_id IS NULL'), 0);
    assert.ok((await countOf(database, 'SELECT count(*) AS n FROM docking_event WHERE space_station_chaser_id IS NOT NULL')) > 0, 'no station module docked');

    // agencies list the configurations they build
    assert.deepStrictEqual(pairs(await q('SELECT owner_id AS a, target_id AS b FROM agency__launcher_list')), pairs(await q('SELECT manufacturer_id AS a, id AS b FROM launcher_config')));
    assert.deepStrictEqual(pairs(await q('SELECT owner_id AS a, target_id AS b FROM agency__spacecraft_list')), pairs(await q('SELECT agency_id AS a, id AS b FROM spacecraft_config')));

    // every landing is the landing of one first stage, spacecraft flight or payload flight
    assert.equal(
      await countOf(
        database,
        `SELECT count(*) AS n FROM landing l WHERE (SELECT count(*) FROM first_stage x WHERE x.landing_id = l.id) + (SELECT count(*) FROM spacecraft_flight x WHERE x.landing_id = l.id) + (SELECT count(*) FROM payload_flight x WHERE x.landing_id = l.id) <> 1`,
      ),
      0,
    );

    // expeditions have a crew; spacewalks happen during their expedition, and the done ones have a duration
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM expedition x WHERE NOT EXISTS (SELECT 1 FROM astronaut_flight af WHERE af.expedition_crew_of_id = x.id)'), 0);
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM spacewalk w JOIN expedition x ON x.id = w.expedition_id WHERE w.start < x.start OR (x."end" IS NOT NULL AND w.start > x."end")'), 0);
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM spacewalk WHERE ("end" IS NULL) <> (duration IS NULL)'), 0);
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM spacewalk w WHERE NOT EXISTS (SELECT 1 FROM astronaut_flight af WHERE af.spacewalk_crew_of_id = w.id)'), 0);
    assert.equal(await countOf(database, `SELECT count(*) AS n FROM spacewalk WHERE duration IS NOT NULL AND duration NOT LIKE 'PT%'`), 0);
  });

  test('events, programme updates and the Starship dashboard', async () => {
    const q = async <T = Record<string, any>>(query: string) => (await sql<T>`${sql.raw(query)}`.execute(database.db)).rows;
    const anchor = `${ANCHOR.toISOString().slice(0, 19)}Z`;
    const events = await q('SELECT id, slug, date, last_updated FROM event');
    assert.ok(events.length >= Math.round(LAUNCHES / 15) && events.length < LAUNCHES / 10, `${events.length} events`);
    assert.equal(new Set(events.map((e) => e.slug)).size, events.length, 'event slugs are unique');
    assert.ok(events.some((e) => e.date > anchor) && events.some((e) => e.date <= anchor), 'upcoming and past events');
    for (const e of events) assert.ok(e.last_updated <= anchor, `event ${e.id} updated after the anchor`);
    for (const table of ['event__launches', 'event__agencies', 'event__astronauts', 'event__spacestations', 'event__expeditions', 'event__program']) {
      assert.ok((await countOf(database, `SELECT count(*) AS n FROM ${table}`)) > 0, `${table} is empty`);
    }
    assert.ok((await countOf(database, 'SELECT count(*) AS n FROM "update" WHERE event_id IS NOT NULL')) > 0, 'no event update');
    assert.ok((await countOf(database, 'SELECT count(*) AS n FROM "update" WHERE program_id IS NOT NULL')) > 0, 'no programme update');
    assert.equal(await countOf(database, `SELECT count(*) AS n FROM "update" WHERE created_on > '${anchor}'`), 0);
    // a spacewalk's event is a spacewalk at the same time
    assert.equal(await countOf(database, `SELECT count(*) AS n FROM spacewalk w JOIN event e ON e.id = w.event_id JOIN event_type t ON t.id = e.type_id WHERE t.name <> 'Spacewalk' OR e.name <> w.name`), 0);

    // no stored dashboard: the server derives it from these rows, as LL2 does (test/api/starship-dashboard.test.ts);
    // the family flies on both sides of the anchor, with its boosters and ships, and the site has its news,
    // road closures and notices
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM starship_dashboard'), 0);
    const starship = await q(`
      SELECT l.id, l.net FROM launch l JOIN rocket r ON r.launch_id = l.id JOIN launcher_config c ON c.id = r.configuration_id
      JOIN launcher_config__families cf ON cf.owner_id = c.id JOIN launcher_config_family f ON f.id = cf.target_id WHERE f.name = 'Starship'`);
    assert.ok(starship.some((l) => l.net > anchor) && starship.some((l) => l.net <= anchor), 'Starship launches on both sides of the anchor');
    const vehicles = await q(`SELECT c.full_name FROM launcher l JOIN launcher_config c ON c.id = l.launcher_config_id WHERE c.full_name LIKE 'Starship%'`);
    assert.ok(vehicles.length > 0, 'no Starship booster');
    assert.ok((await countOf(database, `SELECT count(*) AS n FROM spacecraft s JOIN spacecraft_config c ON c.id = s.spacecraft_config_id WHERE c.name = 'Starship'`)) > 0, 'no ship');
    const ids = starship.map((l) => `'${l.id}'`).join(',');
    assert.ok((await countOf(database, `SELECT count(*) AS n FROM "update" WHERE comment LIKE 'Starbase:%' AND launch_id IN (${ids})`)) > 0, 'no site news');
    for (const table of ['road_closure', 'notice']) assert.ok((await countOf(database, `SELECT count(*) AS n FROM ${table}`)) > 0, `${table} is empty`);
    assert.equal(await countOf(database, 'SELECT count(*) AS n FROM road_closure WHERE window_end <= window_start'), 0);
  });

  test('launches are consistent: statuses fit the date, slugs are unique, attempt counts add up', async () => {
    const launches = await database.db
      .selectFrom('launch')
      .innerJoin('pad', 'pad.id', 'launch.pad_id')
      .innerJoin('mission', 'mission.id', 'launch.mission_id')
      .innerJoin('orbit', 'orbit.id', 'mission.orbit_id')
      .select(['launch.id', 'launch.net', 'launch.slug', 'launch.status_id', 'launch.launch_service_provider_id as agency', 'launch.pad_id as pad', 'pad.location_id as location', 'orbit.abbrev'])
      .select([
        'launch.orbital_launch_attempt_count', 'launch.location_launch_attempt_count', 'launch.pad_launch_attempt_count', 'launch.agency_launch_attempt_count',
        'launch.orbital_launch_attempt_count_year', 'launch.location_launch_attempt_count_year', 'launch.pad_launch_attempt_count_year',
        'launch.agency_launch_attempt_count_year',
      ])
      .orderBy('launch.net')
      .orderBy('launch.id')
      .execute();
    const anchor = `${ANCHOR.toISOString().slice(0, 19)}Z`;
    const slugs = new Set<string>();
    const totals = new Map<string, number>();
    const yearly = new Map<string, number>();
    let orbital = 0;
    let orbitalYear = 0;
    let year = '';
    for (const l of launches) {
      if (l.net > anchor) assert.ok([1, 2, 8].includes(l.status_id), `upcoming launch ${l.id} has status ${l.status_id}`);
      else assert.ok(![1, 2, 8].includes(l.status_id), `past launch ${l.id} has status ${l.status_id}`);
      assert.match(l.slug, /^[-a-zA-Z0-9_]+$/);
      assert.ok(!slugs.has(l.slug), `duplicate slug ${l.slug}`);
      slugs.add(l.slug);
      if (l.net.slice(0, 4) !== year) {
        year = l.net.slice(0, 4);
        orbitalYear = 0;
        yearly.clear();
      }
      const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1).get(k);
      const isOrbital = l.abbrev !== 'Sub';
      if (isOrbital) {
        orbital++;
        orbitalYear++;
      }
      assert.deepStrictEqual(
        [l.orbital_launch_attempt_count, l.orbital_launch_attempt_count_year],
        isOrbital ? [orbital, orbitalYear] : [null, null],
        `orbital counts of ${l.id}`,
      );
      assert.deepStrictEqual(
        [l.location_launch_attempt_count, l.pad_launch_attempt_count, l.agency_launch_attempt_count],
        [bump(totals, `l${l.location}`), bump(totals, `p${l.pad}`), bump(totals, `a${l.agency}`)],
        `running counts of ${l.id}`,
      );
      assert.deepStrictEqual(
        [l.location_launch_attempt_count_year, l.pad_launch_attempt_count_year, l.agency_launch_attempt_count_year],
        [bump(yearly, `l${l.location}`), bump(yearly, `p${l.pad}`), bump(yearly, `a${l.agency}`)],
        `yearly counts of ${l.id}`,
      );
    }
    const upcoming = launches.filter((l) => l.net > anchor).length;
    assert.ok(upcoming > LAUNCHES * 0.01 && upcoming < LAUNCHES * 0.1, `${upcoming} upcoming launches`);
    assert.ok(launches[0].net.startsWith('1957'), `first launch ${launches[0].net}`);
  });

  describe('2.3.0 responses over the generated data conform to the official schemas', () => {
    let t: TestApp;
    before(async () => {
      t = await testApp({ database, now: ANCHOR });
    });
    // the app's close() would close the database the other tests share
    after(() => t.app.close());

    for (const path of ['/2.3.0/launches/', '/2.3.0/launches/upcoming/', '/2.3.0/launches/previous/']) {
      for (const mode of MODES) {
        test(`${path}?mode=${mode}&limit=100`, async () => {
          const res = await t.get(`${path}?mode=${mode}&limit=100`);
          assert.equal(res.status, 200);
          assert.equal(res.body.results.length, 100);
          assert.deepStrictEqual(validateBody(path, res.body, { mode }), []);
        });
      }
    }

    test('/2.3.0/launches/?is_crewed=true&mode=detailed (crews, spacecraft, dockings)', async () => {
      const res = await t.get('/2.3.0/launches/?is_crewed=true&mode=detailed&limit=100');
      assert.ok(res.body.count > 0);
      assert.deepStrictEqual(validateBody('/2.3.0/launches/', res.body, { mode: 'detailed' }), []);
    });

    test('/2.3.0/launches/{id}/ for a sample of launches', async () => {
      const pick = async (query: string) => (await sql<{ id: string }>`${sql.raw(query)}`.execute(database.db)).rows.map((r) => r.id);
      const crewed = await pick(
        'SELECT r.launch_id AS id FROM rocket r JOIN spacecraft_flight sf ON sf.rocket_id = r.id JOIN astronaut_flight af ON af.launch_crew_of_id = sf.id ORDER BY r.id LIMIT 3',
      );
      const docked = await pick(
        'SELECT r.launch_id AS id FROM rocket r JOIN spacecraft_flight sf ON sf.rocket_id = r.id JOIN docking_event d ON d.flight_vehicle_chaser_id = sf.id ORDER BY r.id DESC LIMIT 2',
      );
      const boosters = await pick(
        'SELECT r.launch_id AS id FROM rocket r JOIN first_stage fs ON fs.rocket_id = r.id JOIN landing ld ON ld.id = fs.landing_id WHERE ld.attempt = ' + (database.dialect === 'sqlite' ? '1' : 'true') + ' ORDER BY r.id LIMIT 2',
      );
      const modules = await pick('SELECT r.launch_id AS id FROM rocket r JOIN payload_flight pf ON pf.rocket_id = r.id JOIN docking_event d ON d.payload_flight_chaser_id = pf.id LIMIT 1');
      const payloads = await pick('SELECT r.launch_id AS id FROM rocket r JOIN payload_flight pf ON pf.rocket_id = r.id ORDER BY r.id DESC LIMIT 2');
      const beyond = await pick("SELECT l.id FROM launch l JOIN pad p ON p.id = l.pad_id JOIN location lo ON lo.id = p.location_id WHERE lo.name IN ('Lunar Surface', 'Jezero Crater, Mars') LIMIT 1");
      const suborbital = await pick("SELECT l.id FROM launch l JOIN mission m ON m.id = l.mission_id JOIN orbit o ON o.id = m.orbit_id WHERE o.abbrev = 'Sub' LIMIT 2");
      const spread = await pick(`SELECT id FROM launch ORDER BY slug LIMIT 12`);
      for (const [what, ids] of Object.entries({ crewed, docked, boosters })) assert.ok(ids.length > 0, `no ${what} launch in the dataset`);
      for (const id of [...crewed, ...docked, ...boosters, ...modules, ...payloads, ...beyond, ...suborbital, ...spread]) {
        const res = await t.get(`/2.3.0/launches/${id}/`);
        assert.equal(res.status, 200, id);
        assert.deepStrictEqual(validateBody('/2.3.0/launches/{id}/', res.body), [], id);
      }
      const crewedDetail = (await t.get(`/2.3.0/launches/${crewed[0]}/`)).body;
      assert.ok(crewedDetail.rocket.spacecraft_stage[0].launch_crew.length > 0);
      const boosterDetail = (await t.get(`/2.3.0/launches/${boosters[0]}/`)).body;
      assert.ok(boosterDetail.rocket.launcher_stage[0].landing.attempt);
      const dockedDetail = (await t.get(`/2.3.0/launches/${docked[0]}/`)).body;
      assert.ok(dockedDetail.rocket.spacecraft_stage[0].docking_events.length > 0);
    });
  });
});
