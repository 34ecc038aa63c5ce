/**
 * Derived statistics (DATA_MODE): hand-built LL2 objects (test/stats/fixtures.ts) whose statistics are
 * worked out by hand (test/stats/expected.ts), imported and read back through the API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importDocument } from '../../src/ingest/import-document.ts';
import type { DataMode } from '../../src/stats/definitions.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { A501, A503, firstLaunches, ID, page, SPACEWALK, seventhLaunch } from './fixtures.ts';
import { before as expectedBefore, changedByL7, flagsAfterL7, flagsBefore, landingLocations, stagesAfterL7, stagesBefore } from './expected.ts';

const paths = { ...expectedBefore, ...landingLocations };

async function load(mode: DataMode): Promise<TestApp> {
  const t = await testApp({ publicBaseUrl: 'https://ll.thespacedevs.com' });
  await importDocument(t.database, page(firstLaunches()), { dataMode: mode });
  await importDocument(t.database, SPACEWALK, { dataMode: mode });
  await importDocument(t.database, A503, { dataMode: mode });
  return t;
}

/** A launch's first stage as 2.3.0 shows it, its previous flight by id. */
async function stageOf(t: TestApp, launchPath: string): Promise<Record<string, unknown>> {
  const res = await t.get(launchPath);
  assert.equal(res.status, 200, `${launchPath}: ${res.text.slice(0, 200)}`);
  const [stage, ...more] = res.body.rocket.launcher_stage;
  assert.equal(more.length, 0, `${launchPath} has one first stage`);
  return { ...stage, previous_flight: stage.previous_flight?.id ?? null };
}

async function expectStages(t: TestApp, table: Record<string, Record<string, unknown>>): Promise<void> {
  for (const [path, fields] of Object.entries(table)) {
    const stage = await stageOf(t, path);
    for (const [field, value] of Object.entries(fields)) assert.deepEqual(stage[field], value, `${path} first stage ${field}`);
  }
}

async function expectFields(t: TestApp, table: Record<string, Record<string, unknown>>): Promise<void> {
  for (const [path, fields] of Object.entries(table)) {
    const body = await statsAt(t, path);
    assert.ok(body, `${path} is missing`);
    for (const [field, value] of Object.entries(fields)) assert.deepEqual(body[field], value, `${path} ${field}`);
  }
}

/** The object a path's statistics live on (a landing location is read through its landing). */
async function statsAt(t: TestApp, path: string): Promise<Record<string, unknown> | null> {
  const res = await t.get(path);
  if (res.status === 404) return null;
  assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 200)}`);
  return path.startsWith('/2.3.0/landings/') ? res.body.landing_location : res.body;
}

/** Every field the expectations name, per path. */
async function snapshot(t: TestApp, fieldsOf: Record<string, Record<string, unknown>>[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const all = new Map<string, Set<string>>();
  for (const table of fieldsOf) for (const [p, f] of Object.entries(table)) all.set(p, new Set([...(all.get(p) ?? []), ...Object.keys(f)]));
  for (const [p, fields] of all) {
    const body = await statsAt(t, p);
    if (body) for (const f of fields) out.set(`${p} ${f}`, body[f]);
  }
  return out;
}

function ageToday(born: string): number {
  const today = new Date().toISOString().slice(0, 10);
  const years = Number(today.slice(0, 4)) - Number(born.slice(0, 4));
  return today.slice(5) < born.slice(5) ? years - 1 : years;
}

describe('authoritative mode', () => {
  let t: TestApp;
  before(async () => {
    t = await load('authoritative');
  });
  after(() => t?.close());

  for (const [path, fields] of Object.entries(paths)) {
    test(`${path} shows the counts of its rows`, async () => {
      const body = await statsAt(t, path);
      assert.ok(body, `${path} is missing`);
      for (const [field, value] of Object.entries(fields)) assert.deepEqual(body[field], value, `${path} ${field}`);
    });
  }

  test("first stages: the booster's flight number, previous flight and turnaround", async () => {
    await expectStages(t, stagesBefore);
  });

  test('has_flown and in_space follow the flights and landings', async () => {
    await expectFields(t, flagsBefore);
    const stored = await t.database.db.selectFrom('astronaut').select(['id', 'has_flown']).orderBy('id').execute();
    assert.deepEqual(stored.map((a) => [a.id, Boolean(a.has_flown)]), [[501, true], [502, true], [503, false]]);
    for (const [flag, ids] of [['true', [501, 502]], ['false', [503]]] as const) {
      const res = await t.get(`/2.3.0/astronauts/?has_flown=${flag}&ordering=id`);
      assert.deepEqual(res.body.results.map((a: { id: number }) => a.id), ids, `has_flown=${flag}`);
    }
  });

  test('age runs to today for the living and stops at the date of death', async () => {
    assert.equal((await statsAt(t, '/2.3.0/astronauts/501/'))!.age, ageToday(A501.date_of_birth));
    assert.equal((await statsAt(t, '/2.3.0/astronauts/502/'))!.age, 60);
  });

  test('importing one more launch changes exactly the numbers it reaches', async () => {
    const was = await snapshot(t, [paths, changedByL7]);
    await importDocument(t.database, seventhLaunch(), { dataMode: 'authoritative' });
    const now = await snapshot(t, [paths, changedByL7]);
    for (const [key, value] of now) {
      const [path, field] = key.split(' ');
      const expected = changedByL7[path]?.[field];
      if (expected !== undefined) assert.deepEqual(value, expected, `${key} should have changed`);
      else assert.deepEqual(value, was.get(key), `${key} should not have changed`);
    }
    for (const [path, fields] of Object.entries(changedByL7)) for (const f of Object.keys(fields)) assert.ok(now.has(`${path} ${f}`), `${path} ${f} read`);
    // the new flight's turnaround follows the spacecraft's previous landing
    const flight = await statsAt(t, '/2.3.0/spacecraft_flights/71/');
    assert.deepEqual([flight!.duration, flight!.turn_around_time], [null, 'P210DT5H11M54S']);
  });

  test("the seventh launch renumbers its booster's later flight and puts C206 and its crew in space", async () => {
    await expectStages(t, { ...stagesBefore, ...stagesAfterL7 });
    await expectFields(t, flagsAfterL7);
    // 2.2.0 shows the recomputed turnaround in days
    const legacy = await t.get(`/2.2.0/launch/${ID.L6}/`);
    assert.equal(legacy.status, 200, legacy.text.slice(0, 200));
    assert.equal(legacy.body.rocket.launcher_stage[0].turn_around_time_days, 92);
  });

  test('moving a launch to another pad takes it off the old pad', async () => {
    const moved = firstLaunches().find((l) => l.id === ID.L6)!;
    moved.pad = { id: 31, name: '31/6', location: { id: 15, name: 'Baikonur Cosmodrome, Republic of Kazakhstan' } };
    moved.status = { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'Success' };
    await importDocument(t.database, moved, { dataMode: 'authoritative' });
    assert.deepEqual((await statsAt(t, '/2.3.0/pads/80/'))!.total_launch_count, 3, 'SLC-40 keeps L1, L2, L5');
    assert.deepEqual((await statsAt(t, '/2.3.0/pads/31/'))!.total_launch_count, 2, 'Site 31 gains L6');
    assert.deepEqual((await statsAt(t, '/2.3.0/locations/15/'))!.total_launch_count, 2);
    const l6 = (await statsAt(t, `/2.3.0/launches/${ID.L6}/`))!;
    assert.deepEqual([l6.pad_launch_attempt_count, l6.location_launch_attempt_count, l6.pad_turnaround], [2, 2, 'P417DT15H54M54S']);
  });
});

describe('mirror mode', () => {
  let t: TestApp;
  before(async () => {
    t = await load('mirror');
  });
  after(() => t?.close());

  test('keeps every value the upstream sent', async () => {
    for (const [path, fields] of Object.entries(paths)) {
      const body = await statsAt(t, path);
      assert.ok(body, `${path} is missing`);
      for (const field of Object.keys(fields)) {
        if (field === 'first_launch_date' || field === 'last_launch_date' || field === 'first_flight' || field === 'last_flight')
          assert.equal(body[field], '1999-01-01T00:00:00Z', `${path} ${field}`);
        else if (body[field] !== null) assert.ok(body[field] === 999 || body[field] === 'P999D', `${path} ${field} = ${JSON.stringify(body[field])}`);
      }
    }
  });

  test('keeps the first stages and flags the upstream sent', async () => {
    const stage = await stageOf(t, `/2.3.0/launches/${ID.L3}/`);
    assert.deepEqual([stage.launcher_flight_number, stage.previous_flight_date, stage.turn_around_time], [999, '1999-01-01T00:00:00Z', 'P999D']);
    assert.equal((await statsAt(t, '/2.3.0/astronauts/501/'))!.in_space, true);
    const stored = await t.database.db.selectFrom('astronaut').select('has_flown').where('id', '=', 501).executeTakeFirstOrThrow();
    assert.equal(Boolean(stored.has_flown), false);
    assert.equal((await statsAt(t, '/2.3.0/spacecraft/301/'))!.in_space, true);
  });

  test('importing one more launch recomputes nothing', async () => {
    await importDocument(t.database, seventhLaunch(), { dataMode: 'mirror' });
    const l6 = (await statsAt(t, `/2.3.0/launches/${ID.L6}/`))!;
    assert.equal(l6.orbital_launch_attempt_count, 999);
    assert.equal((await statsAt(t, '/2.3.0/agencies/121/'))!.total_launch_count, 999);
  });
});

describe('age as days pass', () => {
  test('the refresher corrects a stored age that is out of date', async () => {
    const t = await load('authoritative');
    try {
      await t.database.db.updateTable('astronaut').set({ age: 1 }).where('id', 'in', [501, 502]).execute();
      const { startAgeRefresher } = await import('../../src/stats/age-refresher.ts');
      const stop = startAgeRefresher(t.database, 3600_000);
      for (let i = 0; i < 50; i++) {
        const row = await t.database.db.selectFrom('astronaut').select('age').where('id', '=', 501).executeTakeFirst();
        if (row?.age !== 1) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      stop();
      const ages = await t.database.db.selectFrom('astronaut').select(['id', 'age']).where('id', 'in', [501, 502]).orderBy('id').execute();
      assert.deepEqual(ages.map((a) => a.age), [ageToday(A501.date_of_birth), 60]);
    } finally {
      await t.close();
    }
  });
});
