/**
 * Responses of the 2.3.0 event, expedition, spacewalk, docking event, space station and update
 * endpoints: every mode of every list and every `{id}` detail validates against the official schemas,
 * unknown ids answer 404, bad filter values answer DRF's 400 bodies and odd ones never a 500, and the
 * upcoming/previous event lists follow the clock. Data: test/support/stations-events-fixtures.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type TestApp, sharedApp, openGeneratedApp } from '../support/app.ts';
import { assertBadRequest, listIds, oddValueProblems } from '../support/list-checks.ts';
import { contractParameters, validateBody } from '../support/openapi.ts';
import {
  BASELINE, DOCKING_IDS, EVENTS, EVENT_IDS, EXPEDITION_IDS, FIXED_NOW, MODES, PATHS, SPACEWALK_IDS, STATION_IDS,
  UPDATE_IDS, WHERES, listUrl, sortedIds, stationsEventsFixtureApp, type Pairs, type Where,
} from '../support/stations-events-fixtures.ts';

const t = sharedApp(stationsEventsFixtureApp);

const idsOf = (where: Where, pairs: Pairs, app: TestApp = t) => listIds(app, listUrl(where, pairs), false);

/** The `{id}` routes: path template, and the ids the fixtures hold there. */
const DETAILS: Array<{ where: Where; ids: number[] }> = [
  { where: 'events', ids: EVENT_IDS },
  { where: 'upcoming', ids: BASELINE.upcoming },
  { where: 'previous', ids: BASELINE.previous },
  { where: 'expeditions', ids: EXPEDITION_IDS },
  { where: 'spacewalks', ids: SPACEWALK_IDS },
  { where: 'docking_events', ids: DOCKING_IDS },
  { where: 'space_stations', ids: STATION_IDS },
  { where: 'updates', ids: UPDATE_IDS },
];

const detailTemplate = (where: Where) => `${PATHS[where]}{id}/`;

/** Validation errors, shortened for a readable failure. */
function problems(path: string, body: unknown, mode?: 'list' | 'normal' | 'detailed'): string[] {
  const errors = validateBody(path, body, mode ? { mode } : {});
  return errors.length > 12 ? [...errors.slice(0, 12), `... and ${errors.length - 12} more`] : errors;
}

describe('every mode of every list validates against the official schemas', () => {
  for (const where of WHERES) {
    const modes = MODES[where];
    for (const mode of modes.length ? modes : [undefined]) {
      test(`${PATHS[where]}${mode ? `?mode=${mode}` : ''}`, async () => {
        const res = await t.get(listUrl(where, mode ? [['mode', mode]] : []));
        assert.equal(res.status, 200);
        assert.equal(res.body.count, BASELINE[where].length);
        assert.deepStrictEqual(problems(PATHS[where], res.body, mode), []);
        if (mode) for (const r of res.body.results) assert.equal(r.response_mode, mode);
      });
    }
  }

  test('the default mode is normal; an unknown mode falls back to it', async () => {
    for (const where of WHERES.filter((w) => MODES[w].length)) {
      for (const q of ['', '?mode=nonsense', '?mode=']) {
        const res = await t.get(`${PATHS[where]}${q}`);
        assert.equal(res.status, 200);
        assert.ok(res.body.results.every((r: { response_mode: string }) => r.response_mode === 'normal'), `${where}${q}`);
      }
    }
    const plain = await t.get(`${PATHS.updates}?mode=detailed`);
    assert.deepStrictEqual(problems(PATHS.updates, plain.body), []);
  });

  test('list mode of spacewalks is their short form, with the url of their detail', async () => {
    const walk = (await t.get(`${PATHS.spacewalks}1/`)).body;
    const listed = (await t.get(`${PATHS.spacewalks}?mode=list&ids=1`)).body.results[0];
    assert.deepStrictEqual(Object.keys(listed), ['response_mode', 'id', 'url', 'name', 'start', 'end', 'duration', 'location']);
    assert.equal(listed.name, walk.name);
    assert.equal(new URL(listed.url).pathname, '/2.3.0/spacewalks/1/');
    assert.equal(listed.url, walk.url);
  });
});

describe('every {id} detail validates against the official schemas', () => {
  for (const { where, ids } of DETAILS) {
    test(`${detailTemplate(where)} for ${ids.length} objects`, async () => {
      for (const id of ids) {
        const res = await t.get(`${PATHS[where]}${id}/`);
        assert.equal(res.status, 200, `${PATHS[where]}${id}/: ${res.text.slice(0, 200)}`);
        assert.equal(res.body.id, id);
        assert.deepStrictEqual(problems(detailTemplate(where), res.body), [], `${PATHS[where]}${id}/`);
        if (where !== 'updates') assert.equal(res.body.response_mode, 'detailed');
      }
    });
  }

  test('a detail holds the relations of the fixtures', async () => {
    const station = (await t.get(`${PATHS.space_stations}4/`)).body;
    assert.deepStrictEqual(station.owners.map((o: { id: number }) => o.id), [44, 63, 27, 37, 16]);
    assert.deepStrictEqual(station.active_expeditions.map((e: { id: number }) => e.id), [73]);
    assert.deepStrictEqual(station.docking_location.map((l: { id: number; currently_docked: { id: number } }) => [l.id, l.currently_docked.id]), [[2, 12], [5, 13]]);
    assert.deepStrictEqual(station.active_docking_events.map((d: { id: number }) => d.id), [12, 13]);

    const expedition = (await t.get(`${PATHS.expeditions}72/`)).body;
    assert.deepStrictEqual(expedition.crew.map((c: { astronaut: { id: number } }) => c.astronaut.id), [201, 202, 203, 101, 102, 104]);
    assert.deepStrictEqual(expedition.spacewalks.map((w: { id: number }) => w.id), [2, 3]);
    assert.equal(expedition.spacestation.id, 4);

    const walk = (await t.get(`${PATHS.spacewalks}2/`)).body;
    assert.equal(walk.spacecraft_flight.id, 9002);
    assert.deepStrictEqual(walk.spacecraft_flight.docking_events.map((d: { id: number }) => d.id), [12, 14]);
    assert.equal(walk.event.id, 802);
    assert.equal(walk.expedition.id, 72);

    const event = (await t.get(`${PATHS.events}801/`)).body;
    assert.deepStrictEqual(event.launches.map((l: { name: string }) => l.name), ['Soyuz FG | Soyuz MS-12']);
    assert.deepStrictEqual(event.updates.map((u: { id: number }) => u.id), [30801]);
    assert.equal(event.date, EVENTS[801].date);

    const docking = (await t.get(`${PATHS.docking_events}13/`)).body;
    assert.equal(docking.flight_vehicle_chaser.spacecraft.name, 'Progress MS-31');
    assert.equal(docking.docking_location.name, 'Rassvet Nadir');
    assert.equal(docking.departure, null);
  });
});

describe('unknown objects: 404 {"detail":"Not found."}', () => {
  for (const where of WHERES) {
    test(`${PATHS[where]}<unknown>/`, async () => {
      for (const id of ['999999', '0', 'abc', '1.5', '-1', '99999999999999999999', '%20']) {
        const res = await t.get(`${PATHS[where]}${id}/`);
        assert.equal(res.status, 404, `${PATHS[where]}${id}/ answered ${res.status}`);
        assert.deepStrictEqual(res.body, { detail: 'Not found.' });
      }
    });
  }

  test('the detail routes under upcoming/ and previous/ apply their scope', async () => {
    assert.equal((await t.get(`${PATHS.upcoming}805/`)).status, 200);
    assert.equal((await t.get(`${PATHS.upcoming}801/`)).status, 404);
    assert.equal((await t.get(`${PATHS.previous}801/`)).status, 200);
    assert.equal((await t.get(`${PATHS.previous}805/`)).status, 404);
    assert.equal((await t.get(`${PATHS.upcoming}803/`)).status, 200, '803 (6.5 h old) is in both');
    assert.equal((await t.get(`${PATHS.previous}803/`)).status, 200);
  });
});

describe('upcoming and previous events follow the clock', () => {
  test('upcoming: date from 24 h ago on, by date ascending; hide_recent_previous keeps only what is to come', async () => {
    assert.deepStrictEqual(await idsOf('upcoming', []), [804, 803, 806, 805]);
    assert.deepStrictEqual(await idsOf('upcoming', [['hide_recent_previous', 'true']]), [806, 805]);
  });

  test('previous: date up to now, by date descending', async () => {
    assert.deepStrictEqual(await idsOf('previous', []), [803, 804, 807, 802, 808, 801]);
  });

  test('one second later, 804 has left upcoming', async () => {
    const later = await stationsEventsFixtureApp(new Date(FIXED_NOW.getTime() + 1000));
    try {
      assert.deepStrictEqual(await idsOf('upcoming', [], later), [803, 806, 805]);
      assert.deepStrictEqual(sortedIds(await idsOf('previous', [], later)), BASELINE.previous);
    } finally {
      await later.close();
    }
  });

  test('at the date of 806, it is in upcoming (even with hide_recent_previous) and in previous', async () => {
    const at = await stationsEventsFixtureApp(new Date(EVENTS[806].date));
    try {
      assert.deepStrictEqual(await idsOf('upcoming', [['hide_recent_previous', 'true']], at), [806, 805]);
      assert.ok((await idsOf('previous', [], at)).includes(806));
      assert.ok(!(await idsOf('previous', [], at)).includes(805));
      assert.equal((await at.get(`${PATHS.previous}806/`)).status, 200);
    } finally {
      await at.close();
    }
  });

  test('is_active of expeditions follows the clock too', async () => {
    const later = await stationsEventsFixtureApp(new Date('2025-12-10T00:00:00Z'));
    try {
      assert.deepStrictEqual(sortedIds(await idsOf('expeditions', [['is_active', 'true']], later)), [73, 74], 'Shenzhou-20 has ended, Expedition 74 has begun');
    } finally {
      await later.close();
    }
  });
});

describe('invalid values: 400 with DRF error bodies', () => {
  const CHOICE = 'Select a valid choice. That choice is not one of the available choices.';
  const cases: Array<{ on: Where; pairs: Pairs; body: Record<string, string[]> }> = [
    { on: 'events', pairs: [['date__gt', 'soon']], body: { date__gt: ['Enter a valid date/time.'] } },
    { on: 'events', pairs: [['last_updated__gte', '2025-13-01']], body: { last_updated__gte: ['Enter a valid date/time.'] } },
    { on: 'events', pairs: [['agency__ids', 'nasa']], body: { agency__ids: ['Enter a number.'] } },
    { on: 'events', pairs: [['id', '801,x']], body: { id: ['Enter a number.'] } },
    { on: 'events', pairs: [['year', 'last']], body: { year: ['Enter a number.'] } },
    { on: 'events', pairs: [['type', 'eva']], body: { type: [CHOICE] } },
    { on: 'events', pairs: [['type', '99']], body: { type: [CHOICE] } },
    { on: 'events', pairs: [['type', '5.0']], body: { type: [CHOICE] } },
    { on: 'events', pairs: [['program', 'iss']], body: { program: ['“iss” is not a valid value.'] } },
    { on: 'events', pairs: [['program', '999']], body: { program: ['Select a valid choice. 999 is not one of the available choices.'] } },
    { on: 'upcoming', pairs: [['date__lt', 'x']], body: { date__lt: ['Enter a valid date/time.'] } },
    { on: 'previous', pairs: [['type__ids', 'x']], body: { type__ids: ['Enter a number.'] } },
    { on: 'expeditions', pairs: [['crew__astronaut', 'hague']], body: { crew__astronaut: ['Enter a number.'] } },
    { on: 'expeditions', pairs: [['start__gt', '2025-02-30']], body: { start__gt: ['Enter a valid date/time.'] } },
    { on: 'expeditions', pairs: [['space_station', 'iss']], body: { space_station: ['Enter a number.'] } },
    { on: 'spacewalks', pairs: [['launch__ids', 'abc']], body: { launch__ids: ['Enter a valid UUID.'] } },
    { on: 'spacewalks', pairs: [['ids', '1,a']], body: { ids: ['Enter a number.'] } },
    { on: 'spacewalks', pairs: [['end', 'yesterday']], body: { end: ['Enter a valid date/time.'] } },
    { on: 'spacewalks', pairs: [['owner__ids', 'nasa']], body: { owner__ids: ['Enter a number.'] } },
    { on: 'docking_events', pairs: [['docking__gte', 'x']], body: { docking__gte: ['Enter a valid date/time.'] } },
    { on: 'docking_events', pairs: [['docking_location__id', 'harmony']], body: { docking_location__id: ['Enter a number.'] } },
    { on: 'space_stations', pairs: [['owners', '999']], body: { owners: ['Select a valid choice. 999 is not one of the available choices.'] } },
    { on: 'space_stations', pairs: [['owners', 'nasa']], body: { owners: ['“nasa” is not a valid value.'] } },
    { on: 'space_stations', pairs: [['status', 'active']], body: { status: ['Enter a number.'] } },
    { on: 'space_stations', pairs: [['orbit', 'leo']], body: { orbit: ['Enter a number.'] } },
    { on: 'updates', pairs: [['launch', 'x']], body: { launch: ['Enter a valid UUID.'] } },
    { on: 'updates', pairs: [['created_on', 'today']], body: { created_on: ['Enter a valid date/time.'] } },
    { on: 'updates', pairs: [['program', 'iss']], body: { program: ['Enter a number.'] } },
  ];
  for (const c of cases) {
    test(`${c.on}: ${c.pairs.map(([k, v]) => `${k}=${v}`).join('&')} -> ${JSON.stringify(c.body)}`, () => assertBadRequest(t, listUrl(c.on, c.pairs), c.body));
  }

  test('several bad parameters give one body with each key', async () => {
    const res = await t.get(listUrl('space_stations', [['onboard_crew__gt', 'many'], ['status', 'active'], ['name', 'Mir']]));
    assert.equal(res.status, 400);
    assert.deepStrictEqual(res.body, { onboard_crew__gt: ['Enter a number.'], status: ['Enter a number.'] });
  });

  test('an unknown choice is reported with the other bad values (Django validates every field of the form)', async () => {
    const res = await t.get(listUrl('space_stations', [['onboard_crew__gt', 'many'], ['owners', '999']]));
    assert.equal(res.status, 400);
    assert.deepStrictEqual(res.body, { onboard_crew__gt: ['Enter a number.'], owners: ['Select a valid choice. 999 is not one of the available choices.'] });
  });

  test('a detail route checks the filters too', async () => {
    const res = await t.get(`${PATHS.events}801/?date__gt=soon`);
    assert.equal(res.status, 400);
    assert.deepStrictEqual(res.body, { date__gt: ['Enter a valid date/time.'] });
  });
});

describe('odd values never cause a server error', () => {
  for (const where of WHERES) {
    test(`${PATHS[where]}: every contract parameter`, async () => {
      const found: string[] = [];
      for (const { name: param } of contractParameters(PATHS[where])) {
        found.push(...(await oddValueProblems(t, (value) => listUrl(where, [[param, value]], [['limit', '100']]), param)));
      }
      assert.deepStrictEqual(found, []);
    });
  }
});

/**
 * Where the official document is wrong about real LL2 data: a docking is between one chaser and one
 * target, each "a Spacecraft, SpaceStation, or Payload" (LL2's 2.3.0 changelog), so two of the three
 * chaser keys and two of the three target keys are null, and a free docking port has nothing
 * `currently_docked`; drf-spectacular declares them all non-null. The hand-made fixtures fill every
 * one (they validate with no exception); generated data is realistic and may leave them null.
 */
const NULL_DOCKING_SIDE = /\/(?:(?:space_station|flight_vehicle|payload_flight)_(?:chaser|target)|currently_docked|spacestation|spacecraft|payload): must be object \[#\/type\]$/;

/** Validation errors on generated data, but for the nulls above (and the oneOf noise they cause in the declared list schema). */
function generatedProblems(path: string, body: unknown, mode?: 'list' | 'normal' | 'detailed'): string[] {
  const errors = validateBody(path, body, mode ? { mode } : {}).filter((e) => !NULL_DOCKING_SIDE.test(e));
  const kept = mode ? errors.filter((e) => e.includes('(mode=') || !/\/results\/\d+/.test(e)) : errors;
  return kept.length > 12 ? [...kept.slice(0, 12), `... and ${kept.length - 12} more`] : kept;
}

/**
 * The dataset generator (src/generate/) fills these tables: every page of these endpoints must
 * validate on generated data too.
 */
describe('generated data', () => {
  test('every mode of every list and a detail validate on generateDataset(2000 launches)', async (ctx) => {
    const app = await openGeneratedApp({ launches: 2000, seed: 1 }, ctx);
    const empty: Where[] = [];
    for (const where of WHERES) {
      const modes = MODES[where].length ? MODES[where] : [undefined];
      for (const mode of modes) {
        for (const ordering of ['', '-id']) {
          const pairs: Pairs = [...(mode ? [['mode', mode]] as Pairs : []), ...(ordering ? [['ordering', ordering]] as Pairs : [])];
          const res = await app.get(listUrl(where, pairs, [['limit', '100']]));
          assert.equal(res.status, 200, `${where} ${mode}`);
          if (!res.body.count) {
            empty.push(where);
            break;
          }
          assert.deepStrictEqual(generatedProblems(PATHS[where], res.body, mode), [], `${where} mode=${mode} ${ordering}`);
        }
      }
      const first = await app.get(listUrl(where, [], [['limit', '1']]));
      if (first.body.count) {
        const id = first.body.results[0].id;
        const detail = await app.get(`${PATHS[where]}${id}/`);
        assert.equal(detail.status, 200);
        assert.deepStrictEqual(generatedProblems(detailTemplate(where), detail.body), [], `${PATHS[where]}${id}/`);
      }
    }
    if (empty.length) ctx.diagnostic(`the generator does not fill these lists yet: ${[...new Set(empty)].join(', ')}`);
  });
});
