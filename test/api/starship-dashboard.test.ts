/**
 * The Starship dashboard answers as LL2's does whether or not one was imported. Without an imported
 * dashboard it is derived from the data (src/resources/dashboard/derived.ts): the Starship family's
 * launches and events on each side of the clock, its boosters and ships, the updates of its launches,
 * the road closures and notices still ahead. An imported dashboard (a dump, `ll2 sync`) is served as
 * imported. pylaunches (Home Assistant's launch_library integration) refuses a dashboard whose
 * `previous.launches` is empty ("No starship data."), and the integration reads `upcoming.launches`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { loadReferenceData } from '../../src/ingest/reference-data.ts';
import { freshDatabase, GENERATED_ANCHOR, openGeneratedApp, testApp } from '../support/app.ts';
import { validateBody } from '../support/openapi.ts';

const PATH = '/2.3.0/dashboard/starship/';
const MODES = ['list', 'normal', 'detailed'] as const;
const DAY = 24 * 3600 * 1000;
/** The keys of the 2.2.0 StarshipDashboard, in LL2's order. */
const KEYS_220 = ['updates', 'upcoming', 'previous', 'road_closures', 'notices', 'live_streams', 'vehicles', 'orbiters'];

/** pylaunches' `dashboard_starship()`: what it accepts, and the error it raises otherwise. */
function pylaunchesCheck(body: any): void {
  if (!body?.previous?.launches?.length) throw new Error('No starship data.');
  assert.ok(Array.isArray(body.upcoming?.launches), 'upcoming.launches is a list');
}

/** The 2.3.0 document declares a list of dashboards; LL2 answers one object (docs/live-pages): validate it as the item. */
function schemaErrors(body: unknown, mode: (typeof MODES)[number]): string[] {
  return validateBody(PATH, [body], { mode }).slice(0, 10);
}

/** An app over a database that outlives it (closing the app leaves the database open), with its own clock. */
async function appAt(database: Database, now: Date) {
  const app = buildApp({ database, now: () => now });
  await app.ready();
  return {
    async get(path: string) {
      const res = await app.inject({ method: 'GET', url: path });
      return { status: res.statusCode, body: JSON.parse(res.body) };
    },
    close: () => app.close(),
  };
}

describe('Starship dashboard on a fresh start (the bundled reference documents)', () => {
  test('answers a dashboard with previous Starship launches in 2.3.0 (every mode) and 2.2.0, and pylaunches accepts it', async (t) => {
    const database = await freshDatabase();
    await loadReferenceData(database);
    const a = await testApp({ database }); // the real clock, as `npm start` serves
    t.after(() => a.close());
    for (const mode of MODES) {
      const r = await a.get(`${PATH}?mode=${mode}`);
      assert.equal(r.status, 200, `${mode}: ${JSON.stringify(r.body).slice(0, 200)}`);
      assert.equal(r.body.response_mode, mode);
      // the reference launch is a 2.1.0 list-page object: it has what LaunchBasic requires; the normal and
      // detailed schemas require fields a short copy does not carry (as golden.test.ts notes for the seeds)
      if (mode === 'list') assert.deepStrictEqual(schemaErrors(r.body, mode), [], mode);
      else assert.deepStrictEqual(Object.keys(r.body), ['response_mode', 'updates', 'live_streams', 'road_closures', 'notices', 'vehicles', 'orbiters', 'upcoming', 'previous']);
      pylaunchesCheck(r.body);
      assert.ok(r.body.previous.launches.every((l: any) => l.name.startsWith('Starship')), JSON.stringify(r.body.previous.launches.map((l: any) => l.name)));
    }
    const legacy = await a.get('/2.2.0/dashboard/starship/');
    assert.equal(legacy.status, 200);
    assert.deepStrictEqual(Object.keys(legacy.body), KEYS_220);
    pylaunchesCheck(legacy.body);
  });

  test('a launch is upcoming until 24 hours after its NET, previous from its NET on (the launch lists rule)', async () => {
    const database = await freshDatabase();
    await loadReferenceData(database);
    // the real SN9 hop the reference data carries: NET 2021-01-25T14:00:00Z
    const net = Date.parse('2021-01-25T14:00:00Z');
    const sides = async (now: number) => {
      const a = await appAt(database, new Date(now));
      const { body } = await a.get(`${PATH}?mode=list`);
      await a.close();
      return [body.upcoming.launches.length, body.previous.launches.length];
    };
    try {
      assert.deepStrictEqual(await sides(net - DAY), [1, 0]);
      assert.deepStrictEqual(await sides(net + DAY / 2), [1, 1]);
      assert.deepStrictEqual(await sides(net + 2 * DAY), [0, 1]);
    } finally {
      await database.close();
    }
  });
});

describe('Starship dashboard derived from generated data', () => {
  for (const launches of [20, 300]) {
    test(`${launches} launches: upcoming and previous launches, a booster, a ship; schema-valid in every mode and in 2.2.0`, async (t) => {
      const a = await openGeneratedApp({ launches, seed: 1 }, t);
      const now = GENERATED_ANCHOR.getTime();
      for (const mode of MODES) {
        const r = await a.get(`${PATH}?mode=${mode}`);
        assert.equal(r.status, 200);
        assert.deepStrictEqual(schemaErrors(r.body, mode), [], mode);
        pylaunchesCheck(r.body);
        const { upcoming, previous, vehicles, orbiters } = r.body;
        assert.ok(upcoming.launches.length > 0, 'an upcoming launch');
        assert.ok(vehicles.length > 0 && orbiters.length > 0, 'a booster and a ship');
        for (const l of upcoming.launches) assert.ok(Date.parse(l.net) >= now - DAY, `${l.name} ${l.net} is upcoming`);
        for (const l of previous.launches) assert.ok(Date.parse(l.net) <= now, `${l.name} ${l.net} is previous`);
        for (const l of [...upcoming.launches, ...previous.launches]) assert.match(l.name, /^Starship/);
        // soonest first ahead, latest first behind, as the upcoming and previous lists sort
        const nets = (ls: any[]) => ls.map((l) => Date.parse(l.net));
        assert.deepStrictEqual(nets(upcoming.launches), [...nets(upcoming.launches)].sort((x, y) => x - y));
        assert.deepStrictEqual(nets(previous.launches), [...nets(previous.launches)].sort((x, y) => y - x));
        for (const v of vehicles) assert.match(v.launcher_config.full_name, /^Starship/);
        for (const o of orbiters) assert.equal(o.spacecraft_config.name, 'Starship');
        for (const c of r.body.road_closures) assert.ok(Date.parse(c.window_end) >= now, `closure ${c.id} still open`);
      }
      const legacy = await a.get('/2.2.0/dashboard/starship/');
      assert.equal(legacy.status, 200);
      assert.deepStrictEqual(Object.keys(legacy.body), KEYS_220);
      pylaunchesCheck(legacy.body);
      assert.ok(legacy.body.upcoming.launches.length > 0 && legacy.body.vehicles.length > 0 && legacy.body.orbiters.length > 0);
    });
  }

  test('the lists are bounded as LL2 bounds them (10 launches and events per half, 5 updates)', async (t) => {
    const a = await openGeneratedApp({ launches: 3000, seed: 2 }, t);
    const { body } = await a.get(`${PATH}?mode=list`);
    for (const half of [body.upcoming, body.previous]) assert.ok(half.launches.length <= 10 && half.events.length <= 10);
    assert.equal(body.previous.launches.length, 10, 'a large dataset fills the previous half');
    assert.ok(body.updates.length <= 5 && body.live_streams.length <= 5 && body.road_closures.length <= 10 && body.notices.length <= 10);
    const created = body.updates.map((u: any) => Date.parse(u.created_on));
    assert.deepStrictEqual(created, [...created].sort((x, y) => y - x), 'updates newest first');
  });
});

describe('an imported dashboard wins over the derived one', () => {
  test('once a dashboard is imported it is served exactly as imported, whatever the clock says', async () => {
    const database = await freshDatabase();
    try {
      const { generateDataset } = await import('../../src/generate/index.ts');
      await generateDataset(database, { launches: 300, seed: 3, anchor: GENERATED_ANCHOR });
      const before = await appAt(database, GENERATED_ANCHOR);
      const snapshot = (await before.get(`${PATH}?mode=detailed`)).body;
      await before.close();
      const later = new Date(GENERATED_ANCHOR.getTime() + 400 * DAY);
      const derivedLater = await appAt(database, later);
      const derived = (await derivedLater.get(`${PATH}?mode=detailed`)).body;
      await derivedLater.close();
      assert.notDeepStrictEqual(derived, snapshot, 'the derived dashboard follows the clock');

      // what `ll2 sync` stores: LL2's own dashboard, imported
      await importDocument(database, snapshot, { entity: 'starship_dashboard', version: '2.3.0' });
      const served = await appAt(database, later);
      assert.deepStrictEqual((await served.get(`${PATH}?mode=detailed`)).body, snapshot);
      await served.close();
    } finally {
      await database.close();
    }
  });
});
