/**
 * The ten 2.3.0 vehicle endpoints beyond their filters: every mode of every list and every `{id}`
 * detail validates against the official schemas, unknown ids answer 404, search, ordering and paging
 * behave as DRF's, the browsable page documents what the contract lists, and generated data (the
 * dataset generator fills these tables) validates too.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sharedApp, generatedApp } from '../support/app.ts';
import { pageThrough } from '../support/list-checks.ts';
import { contractParameters, validateBody, type ResponseMode } from '../support/openapi.ts';
import {
  IDS,
  LAUNCH_DEFS,
  PAYLOAD_FLIGHTS,
  STATS,
  VEHICLE_PATHS,
  vehicleFixtureApp,
  type VehiclePath,
} from '../support/vehicles-fixtures.ts';


const pathOf = (p: VehiclePath) => `/2.3.0/${p}/`;
const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

const MODES = (p: VehiclePath): ResponseMode[] => (contractParameters(pathOf(p)).find((x) => x.name === 'mode')?.schema as { enum: ResponseMode[] }).enum;

/**
 * The ordering fields each endpoint's description in the contract lists. The two flight endpoints list
 * none: DRF's OrderingFilter then accepts the readable model fields of the serializer.
 */
const ORDERING: Record<VehiclePath, string[]> = {
  launcher_configuration_families: [...STATS, 'name'],
  launcher_configurations: [...STATS, 'gto_capacity', 'launch_cost', 'launch_mass', 'leo_capacity', 'maiden_flight', 'name'],
  launchers: ['attempted_landings', 'flight_proven', 'flights', 'id', 'successful_landings'],
  landings: ['downrange_distance', 'id'],
  payloads: ['id', 'name', 'payloadflight__rocket__launch__net'],
  payload_flights: ['amount', 'destination', 'id'],
  spacecraft: ['flights_count', 'id', 'mission_ends_count', 'time_docked', 'time_in_space'],
  spacecraft_configuration_families: ['name'],
  spacecraft_configurations: ['name'],
  spacecraft_flights: ['destination', 'id', 'mission_end'],
};

const t = sharedApp(vehicleFixtureApp);

async function list(p: VehiclePath, qs: string): Promise<any> {
  const res = await t.get(`${pathOf(p)}?${qs}`);
  assert.equal(res.status, 200, `${pathOf(p)}?${qs}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.body;
}

/* ---------------------------------------------------------------------------------------------- */

describe('every mode of every list validates against the official schema', () => {
  for (const p of VEHICLE_PATHS) {
    for (const mode of MODES(p)) {
      test(`${p} mode=${mode}`, async () => {
        const body = await list(p, `limit=100&mode=${mode}`);
        assert.deepStrictEqual(sorted(body.results.map((r: any) => r.id)), sorted(IDS[p]));
        assert.deepStrictEqual(validateBody(pathOf(p), body, { mode }), []);
      });
    }
    test(`${p}: the default mode is normal, an unknown mode falls back to it`, async () => {
      for (const qs of ['limit=100', 'limit=100&mode=full', 'limit=100&mode=']) {
        const body = await list(p, qs);
        assert.deepStrictEqual(validateBody(pathOf(p), body, { mode: 'normal' }), [], qs);
      }
    });
  }
});

describe('every {id} detail validates against the official schema', () => {
  for (const p of VEHICLE_PATHS) {
    test(`${p}/{id}/ for ids ${IDS[p].join(',')}`, async () => {
      for (const id of IDS[p]) {
        const res = await t.get(`${pathOf(p)}${id}/`);
        assert.equal(res.status, 200, `${p}/${id}/`);
        assert.equal(res.body.id, id);
        assert.deepStrictEqual(validateBody(`${pathOf(p)}{id}/`, res.body), [], `${p}/${id}/`);
      }
    });
    test(`${p}/{id}/ is the detailed form whatever ?mode= says`, async () => {
      const id = IDS[p][0];
      const plain = await t.get(`${pathOf(p)}${id}/`);
      const withMode = await t.get(`${pathOf(p)}${id}/?mode=list`);
      assert.deepStrictEqual(withMode.body, plain.body);
    });
  }

  test('a spacecraft lists its flights; a spacecraft configuration family its configurations', async () => {
    const freedom = await t.get('/2.3.0/spacecraft/502/');
    assert.deepStrictEqual(freedom.body.flights.map((f: any) => f.id), [1, 4]);
    assert.equal(freedom.body.flights[0].launch.name, LAUNCH_DEFS.X1.name);
    const dragon = await t.get('/2.3.0/spacecraft_configuration_families/2/');
    assert.deepStrictEqual(dragon.body.spacecraft.map((c: any) => c.id), [18]);
    assert.equal(dragon.body.parent.name, 'Dragon');
  });

  test('a landing names the first stage, spacecraft flight or payload flight it belongs to', async () => {
    const booster = (await t.get('/2.3.0/landings/3/')).body;
    assert.equal(booster.firststage.launcher.serial_number, 'B1064');
    assert.equal(booster.firststage.previous_flight.name, LAUNCH_DEFS.X3.name);
    assert.equal(booster.spacecraftflight, null);
    assert.equal(booster.payloadflight, null);
    const capsule = (await t.get('/2.3.0/landings/2/')).body;
    assert.equal(capsule.spacecraftflight.spacecraft.name, 'Crew Dragon Freedom');
    assert.equal(capsule.spacecraftflight.launch.name, LAUNCH_DEFS.X1.name);
    assert.equal(capsule.firststage, null);
    const cargo = (await t.get('/2.3.0/landings/8/?mode=list')).body;
    assert.equal(cargo.payloadflight.payload.name, 'Reusable return capsule');
  });

  test('a payload flight shows its launch; urls point at the 2.3.0 routes', async () => {
    const pf = (await t.get('/2.3.0/payload_flights/5/')).body;
    assert.equal(pf.launch.name, LAUNCH_DEFS[PAYLOAD_FLIGHTS[5].launch].name);
    assert.equal(pf.url, 'https://ll.thespacedevs.com/2.3.0/payload_flights/5/');
    assert.equal(pf.launch.url, `https://ll.thespacedevs.com/2.3.0/launches/${pf.launch.id}/`);
    const config = (await t.get('/2.3.0/launchers/62/')).body.launcher_config;
    assert.equal(config.url, 'https://ll.thespacedevs.com/2.3.0/launcher_configurations/164/');
  });
});

describe('unknown ids: 404 {"detail":"Not found."}', () => {
  for (const p of VEHICLE_PATHS) {
    test(p, async () => {
      for (const id of ['999999', '0', '-1', 'abc', '1.5', '9'.repeat(40), '%20']) {
        const res = await t.get(`${pathOf(p)}${id}/`);
        assert.equal(res.status, 404, `${p}/${id}/`);
        assert.deepStrictEqual(res.body, { detail: 'Not found.' }, `${p}/${id}/`);
      }
    });
  }
});

/* ---------------------------------------------------------------------------------------------- */

describe('search', () => {
  const cases: Array<{ on: VehiclePath; search: string; expect: number[]; why?: string }> = [
    { on: 'launcher_configuration_families', search: 'Ariane', expect: [4] },
    { on: 'launcher_configuration_families', search: 'spx', expect: [1, 2], why: 'manufacturer abbrev, any case' },
    { on: 'launcher_configuration_families', search: 'grumman', expect: [6], why: 'manufacturer name' },
    { on: 'launcher_configuration_families', search: 'falcon 9', expect: [2], why: 'AND across terms' },
    { on: 'launcher_configuration_families', search: 'falcon,9', expect: [2], why: 'commas split terms too' },
    { on: 'launcher_configuration_families', search: 'esa', expect: [4], why: 'a second manufacturer' },
    { on: 'launcher_configurations', search: 'Soyuz', expect: [27, 900] },
    { on: 'launcher_configurations', search: 'ECA', expect: [88], why: 'full name' },
    { on: 'launcher_configurations', search: 'casc', expect: [60], why: 'manufacturer abbrev' },
    { on: 'launcher_configurations', search: 'blue origin', expect: [600], why: 'manufacturer name' },
    { on: 'launcher_configurations', search: 'falcon block', expect: [164] },
    { on: 'launchers', search: 'B1085', expect: [85] },
    { on: 'launchers', search: 'expended', expect: [64, 65], why: 'status name' },
    { on: 'launchers', search: 'lost gs1', expect: [1001] },
    { on: 'launchers', search: 'B1048', expect: [] },
    { on: 'launchers', search: '%', expect: [], why: '% is a literal character' },
    { on: 'launchers', search: '_', expect: [], why: '_ is a literal character' },
    { on: 'landings', search: 'B1062', expect: [5], why: 'booster serial number' },
    { on: 'landings', search: 'Falcon Heavy', expect: [3, 4, 11], why: "the booster's configuration" },
    { on: 'landings', search: 'lz-1', expect: [1, 3], why: 'landing location abbrev' },
    { on: 'landings', search: 'shortfall', expect: [5, 10], why: 'landing location name' },
    { on: 'landings', search: 'Freedom', expect: [2, 12], why: 'spacecraft name' },
    { on: 'landings', search: 'C212', expect: [2, 12], why: 'spacecraft serial number' },
    { on: 'landings', search: 'Soyuz MS', expect: [6], why: 'spacecraft and configuration names' },
    { on: 'landings', search: 'Crew-4', expect: [12], why: "the spacecraft flight's launch name" },
    { on: 'landings', search: 'Starlink', expect: [5, 10], why: "the first stage's launch name" },
    { on: 'landings', search: 'Crew-9', expect: [1, 2], why: 'the launch name of both the booster and the capsule' },
    { on: 'payloads', search: 'Clipper', expect: [1] },
    { on: 'payloads', search: 'northrop', expect: [5], why: 'manufacturer name' },
    { on: 'payloads', search: 'Aeronautics', expect: [1, 5], why: 'operator name (NASA)' },
    { on: 'payloads', search: 'low earth', expect: [2, 3], why: 'payload flight destination' },
    { on: 'payloads', search: 'Starlink Group', expect: [2], why: "payload flight's launch name" },
    { on: 'payloads', search: 'NG-1', expect: [4] },
    { on: 'payloads', search: 'Europa Heavy', expect: [1], why: 'one term in the name, one in the launch name' },
    { on: 'spacecraft', search: 'Endeavour', expect: [501] },
    { on: 'spacecraft', search: 'dragon', expect: [501, 502, 503] },
    { on: 'spacecraft', search: 'chinese reusable', expect: [560] },
    { on: 'spacecraft', search: 'Soyuz MS', expect: [760], why: 'name and configuration name' },
    { on: 'spacecraft_configuration_families', search: 'Northrop', expect: [4] },
    { on: 'spacecraft_configuration_families', search: 'dragon', expect: [1, 2] },
    { on: 'spacecraft_configuration_families', search: 'casc', expect: [5], why: 'manufacturer abbrev' },
    { on: 'spacecraft_configurations', search: 'Dragon', expect: [7, 18] },
    { on: 'spacecraft_configurations', search: 'rfsa', expect: [9], why: 'agency abbrev' },
    { on: 'spacecraft_configurations', search: 'aerospace', expect: [31], why: 'agency name' },
    { on: 'payload_flights', search: 'Starlink', expect: IDS.payload_flights, why: 'no search fields: ?search= changes nothing' },
    { on: 'spacecraft_flights', search: 'Freedom', expect: IDS.spacecraft_flights, why: 'no search fields: ?search= changes nothing' },
  ];
  for (const c of cases) {
    test(`${c.on}: search=${JSON.stringify(c.search)} -> [${c.expect.join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
      const body = await list(c.on, `limit=100&search=${encodeURIComponent(c.search)}`);
      assert.deepStrictEqual(sorted(body.results.map((r: any) => r.id)), sorted(c.expect));
    });
  }

  test('search combines with filters', async () => {
    const body = await list('landings', 'limit=100&search=falcon+heavy&success=true');
    assert.deepStrictEqual(sorted(body.results.map((r: any) => r.id)), [3, 4]);
  });
});

/* ---------------------------------------------------------------------------------------------- */

/** An ISO 8601 duration (`P1DT2H3M4S`) in seconds. */
function seconds(d: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0);
}

function comparable(field: string, v: unknown): number | string {
  if (field.startsWith('time_')) return seconds(String(v));
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v as number | string;
}

describe('ordering', () => {
  for (const p of VEHICLE_PATHS) {
    test(`${p}: without ordering, by id`, async () => {
      const body = await list(p, 'limit=100');
      assert.deepStrictEqual(body.results.map((r: any) => r.id), sorted(IDS[p]));
    });

    for (const field of ORDERING[p]) {
      if (field.includes('__')) continue; // see the payloads test below
      for (const dir of ['', '-']) {
        test(`${p}: ordering=${dir}${field}`, async () => {
          const body = await list(p, `limit=100&mode=detailed&ordering=${dir}${field}`);
          const rows: Array<{ id: number; v: number | string }> = body.results
            .filter((r: any) => r[field] !== null)
            .map((r: any) => ({ id: r.id, v: comparable(field, r[field]) }));
          assert.ok(rows.length >= 2, 'at least two values to order');
          for (let i = 1; i < rows.length; i++) {
            const [a, b] = [rows[i - 1], rows[i]];
            const inOrder = dir ? a.v > b.v || (a.v === b.v && a.id > b.id) : a.v < b.v || (a.v === b.v && a.id < b.id);
            assert.ok(inOrder, `${a.id} (${a.v}) before ${b.id} (${b.v})`);
          }
          assert.equal(body.results.length, IDS[p].length);
        });
      }
    }
  }

  test('launchers: ties are broken by id, in the same direction (B1064 and B1065 have flown 6 times each)', async () => {
    assert.deepStrictEqual((await list('launchers', 'ordering=-flights')).results.map((r: any) => r.id), [62, 80, 65, 64, 85, 1001, 900]);
    assert.deepStrictEqual((await list('launchers', 'ordering=flights')).results.map((r: any) => r.id), [900, 1001, 85, 64, 65, 80, 62]);
  });

  test('several fields, and unknown fields are ignored', async () => {
    const ids = async (qs: string) => (await list('launcher_configurations', `limit=100&${qs}`)).results.map((r: any) => r.id);
    assert.deepStrictEqual(await ids('ordering=-failed_launches,name'), [27, 88, 164, 161, 60, 600, 900]);
    assert.deepStrictEqual(await ids('ordering=-active,name'), [88, 164, 161, 60, 600, 900, 27], 'active is not an ordering field');
    assert.deepStrictEqual(await ids('ordering=nonsense'), sorted(IDS.launcher_configurations));
    assert.deepStrictEqual(await ids('ordering=nonsense,-name'), [27, 900, 600, 60, 161, 164, 88]);
    assert.deepStrictEqual(await ids('ordering=variant'), sorted(IDS.launcher_configurations), 'variant is not an ordering field');
  });

  test('payloads: ordering=-payloadflight__rocket__launch__net (latest launch first)', async () => {
    const ids = (await list('payloads', 'ordering=-payloadflight__rocket__launch__net')).results.map((r: any) => r.id);
    // the payloads that flew, by the NET of their launches (Starlink flew twice); HALO never flew
    const flown = ids.filter((id: number) => id !== 5);
    assert.deepStrictEqual(flown.filter((id: number, i: number) => flown.indexOf(id) === i), [4, 2, 1, 3]);
  });

  test('payloads: ordering by a to-many path lists each payload once, where Django lists it first', async () => {
    // Django's LEFT JOIN lists Starlink (2) at both its launches (X3 2024-08, X7 2024-12); HALO (5) has no NET
    const ids = async (ordering: string) => (await list('payloads', `ordering=${ordering}`)).results.map((r: any) => r.id);
    assert.deepStrictEqual(await ids('payloadflight__rocket__launch__net'), [3, 2, 1, 4, 5]);
    assert.deepStrictEqual(await ids('-payloadflight__rocket__launch__net'), [5, 4, 2, 1, 3]);
    assert.equal((await list('payloads', 'ordering=payloadflight__rocket__launch__net')).count, 5);
  });

  test('null values: last ascending, first descending (PostgreSQL, as LL2, on both databases)', async () => {
    const asc = (await list('launcher_configurations', 'ordering=gto_capacity')).results.map((r: any) => r.id);
    assert.deepStrictEqual(asc.slice(0, 4), [164, 88, 600, 161]);
    assert.deepStrictEqual(sorted(asc.slice(4)), [27, 60, 900], 'no GTO capacity: last');
    const desc = (await list('landings', 'limit=100&ordering=-downrange_distance')).results.map((r: any) => r.id);
    assert.deepStrictEqual(sorted(desc.slice(0, 10)), [2, 6, 7, 8, 11, 12, 13, 14, 15, 16], 'no downrange distance: first');
    assert.deepStrictEqual(desc.slice(10), [9, 10, 5, 4, 3, 1]);
  });

  test('payload_flights and spacecraft_flights: ordering by the serializer fields DRF accepts by default', async () => {
    assert.deepStrictEqual((await list('payload_flights', 'ordering=-amount')).results.map((r: any) => r.id), [5, 2, 4, 3, 1]);
    assert.deepStrictEqual((await list('spacecraft_flights', 'ordering=mission_end')).results.map((r: any) => r.id), [4, 3, 2, 1]);
    assert.deepStrictEqual((await list('spacecraft_flights', 'ordering=launch')).results.map((r: any) => r.id), [1, 2, 3, 4], 'not a model field');
  });

  for (const p of VEHICLE_PATHS) {
    const orderings = ['', ...ORDERING[p].filter((f) => !f.includes('__')).flatMap((f) => [f, `-${f}`])];
    test(`${p}: paging with limit=2 visits every object exactly once, whatever the ordering`, async () => {
      for (const ordering of orderings) {
        const urlAt = (offset: number) => `${pathOf(p)}?limit=2&offset=${offset}${ordering ? `&ordering=${ordering}` : ''}`;
        const { seen } = await pageThrough(t, urlAt, 2, 40, IDS[p].length);
        assert.deepStrictEqual(sorted(seen), sorted(IDS[p]), `ordering=${ordering}: visited ${seen.join(',')}`);
      }
    });
  }

  test('page links', async () => {
    const body = await list('landings', 'limit=5&offset=5&ordering=-id');
    assert.equal(body.count, 16);
    assert.equal(body.next, 'https://ll.thespacedevs.com/2.3.0/landings/?limit=5&offset=10&ordering=-id');
    assert.equal(body.previous, 'https://ll.thespacedevs.com/2.3.0/landings/?limit=5&ordering=-id');
    assert.deepStrictEqual(body.results.map((r: any) => r.id), [11, 10, 9, 8, 7]);
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('the browsable page documents what the contract lists', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');
  for (const p of VEHICLE_PATHS) {
    test(p, async () => {
      const res = await t.get(`${pathOf(p)}?format=api`);
      assert.equal(res.status, 200);
      const page = text(res.text);
      const filters = contractParameters(pathOf(p)).map((x) => x.name).filter((n) => !['limit', 'offset', 'mode', 'ordering', 'search'].includes(n)).sort();
      assert.ok(page.includes(`Parameters - ${filters.join(', ')}`), `the filters of ${p}`);
      assert.ok(page.includes(`Levels of detail in the response - ${MODES(p).sort((a, b) => ['list', 'normal', 'detailed'].indexOf(a) - ['list', 'normal', 'detailed'].indexOf(b)).join(', ')}`));
      const ordering = ORDERING[p];
      if (ordering.length) assert.ok(page.includes(`Fields - ${ordering.filter((f) => !f.includes('__')).join(', ')}`) || page.includes(`Fields - ${ordering.join(', ')}`), `the ordering fields of ${p}`);
      else assert.ok(!page.includes('Ordering'), `${p} documents no ordering`);
    });
  }

  test("the Modes example is LL2's (first mode other than the default)", async () => {
    const page = text((await t.get('/2.3.0/spacecraft_flights/?format=api')).text);
    assert.ok(page.includes('/spacecraft_flights/?mode=detailed'), page.slice(0, 600));
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('generated data: every page of the vehicle endpoints validates', () => {
  const ANCHOR = new Date('2026-11-01T00:00:00Z');
  const g = generatedApp({ launches: 2000, seed: 1, anchor: ANCHOR });

  for (const p of VEHICLE_PATHS) {
    test(`${p}: every mode, first, middle and last page, and their details`, async () => {
      const first = await g.get(`${pathOf(p)}?limit=100`);
      const count: number = first.body.count;
      assert.ok(count > 0, `${p}: generated data gives an empty list`);
      const offsets = [...new Set([0, Math.max(0, Math.floor(count / 2) - 50), Math.max(0, count - 100)])];
      for (const mode of MODES(p)) {
        for (const offset of offsets) {
          const res = await g.get(`${pathOf(p)}?limit=100&offset=${offset}&mode=${mode}`);
          assert.equal(res.status, 200);
          assert.deepStrictEqual(validateBody(pathOf(p), res.body, { mode }).slice(0, 10), [], `${p} mode=${mode} offset=${offset}`);
        }
      }
      const ids: number[] = first.body.results.map((r: any) => r.id);
      for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)!]) {
        const d = await g.get(`${pathOf(p)}${id}/`);
        assert.equal(d.status, 200);
        assert.deepStrictEqual(validateBody(`${pathOf(p)}{id}/`, d.body).slice(0, 10), [], `${p}/${id}/`);
      }
    });
  }
});
