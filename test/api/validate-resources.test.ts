import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { validateResources, type ResourceDecl } from '../../src/api/resource.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { from230 } from '../../src/resources/define.ts';
import { resources } from '../../src/resources/index.ts';
import { testApp, type TestApp } from '../support/app.ts';

const ANCHOR = new Date('2026-11-01T00:00:00Z');

/** A test app over a generated dataset for the tests of one describe, and the keys a list URL answers (a 200). */
function generatedApp(launches: number, seed: number) {
  const ctx = { t: undefined as unknown as TestApp };
  before(async () => {
    ctx.t = await testApp({ now: ANCHOR });
    await generateDataset(ctx.t.database, { launches, seed, anchor: ANCHOR });
  });
  after(() => ctx.t.close());
  const ids = async <K>(url: string): Promise<K[]> => {
    const res = await ctx.t.get(url);
    assert.equal(res.status, 200, `${url}: ${res.text.slice(0, 200)}`);
    return res.body.results.map((r: { id: K }) => r.id);
  };
  return { ctx, ids };
}

describe('validateResources', () => {
  test('every served declaration of every version resolves', () => {
    assert.deepEqual([...new Set(resources.map((r) => r.version))].sort(), ['2.0.0', '2.1.0', '2.2.0', '2.3.0']);
    assert.doesNotThrow(() => validateResources(resources));
  });

  test('a broken declaration is refused with one error naming every problem', () => {
    const pads = resources.find((r) => r.version === '2.3.0' && r.path === 'pads')!;
    const broken: ResourceDecl = {
      ...pads,
      path: 'broken_pads',
      modes: { ...pads.modes, list: 'NoSuchListShape' },
      detailShape: 'NoSuchDetailShape',
      filters: [
        ...pads.filters,
        { name: 'location__nickname', type: 'text' }, // path spelled by the name: no such field
        { name: 'owner', type: 'int', path: 'owner.id' }, // no such relation
        { name: 'agency_type', type: 'int', choice: true }, // a choice filter needs a path to a table
        { name: 'name', type: 'text' }, // `name` is answered already
      ],
      search: { ...pads.search, location__planet: 'location.planet' },
      ordering: { ...pads.ordering, height: 'height', location__moon: 'location.moon.name' },
      defaultOrdering: ['-altitude'],
    };
    assert.throws(
      () => validateResources([...resources, broken]),
      (e: Error) => {
        const expected = [
          /^10 problem/,
          /2\.3\.0 broken_pads: mode list: no shape NoSuchListShape/,
          /2\.3\.0 broken_pads: detail: no shape NoSuchDetailShape/,
          /2\.3\.0 broken_pads: filter location__nickname: location has no field nickname/,
          /2\.3\.0 broken_pads: filter owner: pad has no relation owner/,
          /2\.3\.0 broken_pads: filter agency_type: pad has no field agency_type/,
          /2\.3\.0 broken_pads: parameter name is answered by two filters/,
          /2\.3\.0 broken_pads: search location__planet: location has no field planet/,
          /2\.3\.0 broken_pads: ordering height: pad has no column height/,
          /2\.3\.0 broken_pads: ordering location__moon: location has no relation moon/,
          /2\.3\.0 broken_pads: default ordering -altitude/,
        ];
        for (const re of expected) assert.match(e.message, re);
        // the served declarations add nothing to the list
        assert.doesNotMatch(e.message.replace(/- 2\.3\.0 broken_pads: .*\n?/g, ''), /^- /m);
        return true;
      },
    );
  });

  test('a declaration listed twice is refused', () => {
    assert.throws(() => validateResources([...resources, resources[0]]), /declared twice/);
  });
});

describe('from230: a 2.2.0 endpoint derived from its 2.3.0 twin', () => {
  const twin = resources.find((r) => r.version === '2.3.0' && r.path === 'docking_events')!;
  const base = { modes: { normal: 'DockingEvent' }, detailShape: 'DockingEvent', viewName: 'Docking Event' };

  test('a renamed filter carries the path its 2.3.0 name spelled', () => {
    const d = from230(twin, 'docking_event', { ...base, rename: { space_station__id: 'space_station_target__id' } });
    const f = d.filters.find((x) => x.name === 'space_station__id');
    assert.equal(f?.path, 'space_station_target.id');
    assert.ok(!d.filters.some((x) => x.name === 'space_station_target__id'));
    assert.doesNotThrow(() => validateResources([d]));
  });

  test('omitting or renaming a filter the twin lacks is an error, not a silent drop', () => {
    assert.throws(() => from230(twin, 'docking_event', { ...base, omit: ['no_such_filter'] }), /2\.3\.0 has no filter no_such_filter/);
    assert.throws(() => from230(twin, 'docking_event', { ...base, rename: { station: 'no_such_station' } }), /2\.3\.0 has no filter no_such_station/);
  });

  test('what is not omitted is inherited: filters, search, ordering, default ordering', () => {
    const d = from230(twin, 'docking_event', { ...base, omit: ['docking'] });
    assert.deepEqual(d.filters.map((f) => f.name), twin.filters.map((f) => f.name).filter((n) => n !== 'docking'));
    assert.deepEqual([d.search, d.ordering, d.defaultOrdering], [twin.search, twin.ordering, twin.defaultOrdering]);
  });
});

/**
 * 2.2.0 filters renamed from a 2.3.0 twin (`agency_type` ← `type__id`, `flight_vehicle__id` ←
 * `flight_vehicle_chaser__id`, `space_station__id` ← `space_station_target__id`) compare what the twin
 * compares: the same values select the same objects, odd numbers included (`-1`, `0`, `1.5`).
 */
describe('2.2.0 filters renamed from 2.3.0', () => {
  const { ctx, ids } = generatedApp(150, 3);

  /** `v220` must list what `v230` lists, for every value; at least one value must select something. */
  async function sameAsTwin(v220: string, v230: string, values: string[]) {
    let selected = 0;
    for (const v of values) {
      const got = await ids(`${v220}${v}&limit=100`);
      assert.deepEqual(got, await ids(`${v230}${v}&limit=100`), `${v220}${v}`);
      selected += got.length;
    }
    assert.ok(selected > 0, `${v220}: no value selected anything, the comparison proves nothing`);
  }

  test('agencies: agency_type is type__id', async () => {
    const types = (await ctx.t.database.db.selectFrom('agency').select('type_id').where('type_id', 'is not', null).distinct().execute()).map((r) => String(r.type_id));
    await sameAsTwin('/2.2.0/agencies/?agency_type=', '/2.3.0/agencies/?type__id=', ['-1', '0', '1.5', ...types]);
  });

  test('docking_event: flight_vehicle__id is flight_vehicle_chaser__id', async () => {
    const chasers = (await ctx.t.database.db.selectFrom('docking_event').select('flight_vehicle_chaser_id as v').where('flight_vehicle_chaser_id', 'is not', null).limit(3).execute()).map((r) => String(r.v));
    await sameAsTwin('/2.2.0/docking_event/?flight_vehicle__id=', '/2.3.0/docking_events/?flight_vehicle_chaser__id=', ['0', '-1', '1.5', ...chasers]);
  });

  test('docking_event: space_station__id is space_station_target__id', async () => {
    const stations = (await ctx.t.database.db.selectFrom('docking_event').select('space_station_target_id as v').where('space_station_target_id', 'is not', null).distinct().execute()).map((r) => String(r.v));
    await sameAsTwin('/2.2.0/docking_event/?space_station__id=', '/2.3.0/docking_events/?space_station_target__id=', ['1.5', '0', ...stations, `${stations[0]}.5`]);
  });
});

/**
 * The 2.0.0 launch view reads `lsp__id`, `lsp__ids` and `location__ids` by hand (its scope): their
 * numbers are read as the declared integer filters read them (a fraction truncated, a number beyond
 * the 32-bit keys clamped), never bound as they came (PostgreSQL refuses `1.5` for an integer).
 */
describe('2.0.0 launch parameters read by the scope', () => {
  const { ctx, ids } = generatedApp(60, 5);

  test('fractions and huge numbers select as the integer they read as', async () => {
    const lsp = await ctx.t.database.db.selectFrom('launch').select('launch_service_provider_id as v').where('launch_service_provider_id', 'is not', null).executeTakeFirstOrThrow();
    const pad = await ctx.t.database.db.selectFrom('pad').select('location_id as v').where('location_id', 'is not', null).executeTakeFirstOrThrow();
    for (const path of ['launch', 'launch/upcoming', 'launch/previous']) {
      const base = `/2.0.0/${path}/?limit=100`;
      assert.deepEqual(await ids(`${base}&lsp__id=${lsp.v}.5`), await ids(`${base}&lsp__id=${lsp.v}`));
      assert.deepEqual(await ids(`${base}&lsp__ids=${lsp.v}.5,0`), await ids(`${base}&lsp__ids=${lsp.v}`));
      assert.deepEqual(await ids(`${base}&location__ids=${pad.v}.9`), await ids(`${base}&location__ids=${pad.v}`));
      for (const huge of ['2147483648', '1234567890'.repeat(4), `-${'9'.repeat(40)}`]) {
        for (const p of ['lsp__id', 'lsp__ids', 'location__ids']) assert.deepEqual(await ids(`${base}&${p}=${huge}`), []);
      }
    }
    assert.ok((await ids(`/2.0.0/launch/?limit=100&lsp__id=${lsp.v}`)).length > 0);
  });
});
