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
  return database.db.selectFrom(table).selectAll().orderBy('id').execute();
}

/** A digest of a table's content, independent of the dialect's boolean form. */
async function digest(database: Database, table: string): Promise<string> {
  const h = createHash('sha256');
  for (const r of await rows(database, table)) h.update(JSON.stringify(r, (_k, v) => (typeof v === 'boolean' ? Number(v) : v)));
  return h.digest('hex');
}

const HASHED = ['launch', 'mission', 'rocket', 'payload_flight', 'first_stage', 'astronaut', 'docking_event', 'agency', 'update', 'landing'];

async function digests(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of HASHED) out[t] = await digest(database, t);
  return out;
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
    // generating again into the same (now filled) database replaces its content
    await generateDataset(database, { launches: LAUNCHES, seed: 2, anchor: ANCHOR });
    const other = await digests(database);
    await generateDataset(database, { launches: LAUNCHES, seed: 1, anchor: ANCHOR });
    const again = await digests(database);
    assert.deepStrictEqual(again, first);
    for (const t of ['launch', 'mission', 'payload_flight', 'update']) assert.notEqual(other[t], first[t], t);
  });

  test('writes N launches and rows in every table of the model, as reported', async () => {
    assert.equal(written.launch, LAUNCHES);
    for (const def of tableDefsFor(model)) {
      const n = await countOf(database, `SELECT count(*) AS n FROM "${def.name}"`);
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
      if (isOrbital) orbital++, orbitalYear++;
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
