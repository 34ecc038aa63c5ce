/**
 * Every documented filter of the ten 2.3.0 vehicle list endpoints, on the hand-made data set of
 * test/support/vehicles-fixtures.ts. The parameters come from the official contract, so a filter the
 * contract documents and no case here exercises makes the coverage test fail. Expected answers follow
 * django-filter as /work/shared/ll2/reference/DRF-SEMANTICS.md describes it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sharedApp } from '../support/app.ts';
import { assertBadRequest, assertSameMembers, listIds, lookupCases as filterLookupCases, oddValueProblems, filterCounts, testEmptyValues, undiscriminatedFilters } from '../support/list-checks.ts';
import { contractParameters } from '../support/openapi.ts';
import {
  IDS,
  LAUNCH_IDS,
  LAUNCHER_CONFIGS,
  LAUNCHER_FAMILIES,
  LAUNCHERS,
  STATS,
  VEHICLE_PATHS,
  vehicleFixtureApp,
  type VehiclePath,
} from '../support/vehicles-fixtures.ts';

const NOT_FILTERS = new Set(['limit', 'offset', 'mode', 'ordering', 'search']);
const pathOf = (p: VehiclePath) => `/2.3.0/${p}/`;

type Pairs = Array<[string, string]>;

const t = sharedApp(vehicleFixtureApp);

function url(path: VehiclePath, pairs: Pairs, extra: Pairs = [['limit', '100']]): string {
  const qs = new URLSearchParams([...pairs, ...extra]).toString();
  return `${pathOf(path)}${qs ? `?${qs}` : ''}`;
}

const idsOf = (path: VehiclePath, pairs: Pairs) => listIds(t, url(path, pairs));

const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

async function assertIds(path: VehiclePath, pairs: Pairs, expected: readonly number[], message?: string) {
  assertSameMembers(await idsOf(path, pairs), expected, message ?? url(path, pairs));
}

/* ---------------------------------------------------------------------------------------------- */
/* The cases                                                                                      */
/* ---------------------------------------------------------------------------------------------- */

interface Case {
  on: VehiclePath;
  param: string;
  /** A list means the parameter is repeated (`families=1&families=2`). */
  value: string | string[];
  expect: number[];
  why?: string;
}

type Cmp = 'exact' | 'gt' | 'gte' | 'lt' | 'lte';
const CMP: Cmp[] = ['exact', 'gt', 'gte', 'lt', 'lte'];

/**
 * The five lookups of an ordered field around a pivot, the expected ids computed from the fixture
 * values (null never matches a comparison).
 */
function lookupCases<V extends number | string>(on: VehiclePath, field: string, pivot: V, values: Record<number, V | null>, lookups: Cmp[] = CMP): Case[] {
  return filterLookupCases(field, Object.keys(values).map(Number), (id) => values[id], { pivot, lookups }).map((c) => ({ on, ...c }));
}

/** The middle one of the distinct values: something is below it and something above. */
function pivotOf(values: number[]): number {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  return distinct[Math.floor(distinct.length / 2)];
}

function column<D, K extends keyof D>(defs: Record<number, D>, key: K): Record<number, D[K]> {
  return Object.fromEntries(Object.entries(defs).map(([id, d]) => [id, d[key]]));
}

function statCases(on: VehiclePath, defs: Record<number, { stats: Record<string, number> }>): Case[] {
  return STATS.flatMap((stat) => {
    const values = Object.fromEntries(Object.entries(defs).map(([id, d]) => [id, d.stats[stat]])) as Record<number, number>;
    return lookupCases(on, stat, pivotOf(Object.values(values)), values);
  });
}

const [X1, X2, X4, X5, X6] = [LAUNCH_IDS.X1, LAUNCH_IDS.X2, LAUNCH_IDS.X4, LAUNCH_IDS.X5, LAUNCH_IDS.X6];

const CASES: Case[] = [
  // --- launcher configuration families ---------------------------------------------------------
  ...statCases('launcher_configuration_families', LAUNCHER_FAMILIES),
  ...lookupCases('launcher_configuration_families', 'maiden_flight', '1979-12-24', column(LAUNCHER_FAMILIES, 'maiden_flight')),
  { on: 'launcher_configuration_families', param: 'maiden_flight', value: '1966-11-28', expect: [3] },
  ...[
    { param: 'manufacturer__abbrev', value: 'SpX', expect: [1, 2] },
    { param: 'manufacturer__abbrev', value: ' SpX ', expect: [1, 2], why: 'CharField strips surrounding spaces' },
    { param: 'manufacturer__abbrev', value: 'spx', expect: [], why: 'exact is case-sensitive' },
    { param: 'manufacturer__abbrev', value: 'ESA', expect: [4], why: 'any of the manufacturers' },
    { param: 'manufacturer__abbrev__contains', value: 'A', expect: [3, 4, 5], why: 'RFSA, ASA and ESA, CASC' },
    { param: 'manufacturer__abbrev__contains', value: 'p', expect: [1, 2], why: 'case-sensitive' },
    { param: 'manufacturer__country_code', value: 'FRA', expect: [4] },
    { param: 'manufacturer__country_code', value: 'DEU', expect: [4], why: 'ESA has two countries' },
    { param: 'manufacturer__country_code', value: 'USA', expect: [1, 2, 6, 7] },
    { param: 'manufacturer__id', value: '121', expect: [1, 2] },
    { param: 'manufacturer__id', value: '27', expect: [4] },
    { param: 'manufacturer__id__contains', value: '1', expect: [1, 2, 4, 7], why: 'the text of the id: 121, 115, 141' },
    { param: 'manufacturer__id__contains', value: '25', expect: [6], why: '257' },
    { param: 'manufacturer__id__contains', value: '8', expect: [5], why: '88' },
    { param: 'manufacturer__name', value: 'SpaceX', expect: [1, 2] },
    { param: 'manufacturer__name', value: 'European Space Agency', expect: [4] },
    { param: 'manufacturer__name__contains', value: 'Space', expect: [1, 2, 3, 4] },
    { param: 'manufacturer__name__contains', value: 'space', expect: [4, 5], why: 'case-sensitive: "Arianespace", "Aerospace"' },
    { param: 'name', value: 'Falcon', expect: [1] },
    { param: 'name__contains', value: 'Falcon', expect: [1, 2] },
    { param: 'name__contains', value: 'falcon', expect: [] },
  ].map((c) => ({ on: 'launcher_configuration_families' as const, ...c })),

  // --- launcher configurations ------------------------------------------------------------------
  ...statCases('launcher_configurations', LAUNCHER_CONFIGS),
  ...lookupCases('launcher_configurations', 'maiden_flight', '2011-09-29', column(LAUNCHER_CONFIGS, 'maiden_flight')),
  ...[
    { param: 'active', value: 'false', expect: [88, 900] },
    { param: 'active', value: 'True', expect: [27, 60, 161, 164, 600] },
    { param: 'families', value: '2', expect: [164] },
    { param: 'families', value: '1', expect: [161], why: 'the family itself, not its children' },
    { param: 'families', value: '3', expect: [27, 900] },
    { param: 'families', value: ['2', '4'], expect: [88, 164], why: 'families=2&families=4 is an OR' },
    { param: 'families__contains', value: '5', expect: [60] },
    { param: 'families__contains', value: ['3', '7'], expect: [27, 600, 900] },
    { param: 'full_name', value: 'Falcon 9 Block 5', expect: [164] },
    { param: 'full_name', value: 'falcon 9 block 5', expect: [] },
    { param: 'full_name__contains', value: 'Soyuz', expect: [27, 900] },
    { param: 'full_name__contains', value: 'soyuz', expect: [] },
    { param: 'is_placeholder', value: 'true', expect: [900] },
    { param: 'is_placeholder', value: '0', expect: [27, 60, 88, 161, 164, 600] },
    { param: 'manufacturer__name', value: 'SpaceX', expect: [161, 164] },
    { param: 'manufacturer__name__contains', value: 'Blue', expect: [600] },
    { param: 'manufacturer__name__contains', value: 'Space', expect: [27, 161, 164, 900] },
    { param: 'name', value: 'Soyuz', expect: [900], why: 'exact: not "Soyuz 2.1a"' },
    { param: 'name__contains', value: 'Soyuz', expect: [27, 900] },
    { param: 'name__contains', value: 'Falcon', expect: [161, 164] },
    { param: 'program', value: '17', expect: [27, 164] },
    { param: 'program', value: ['17', '26'], expect: [27, 60, 164] },
    { param: 'program', value: ['17', '19'], expect: [27, 164], why: 'Falcon 9 is in both and appears once' },
    { param: 'program__contains', value: '19', expect: [164] },
    { param: 'program__contains', value: ['26'], expect: [60] },
  ].map((c) => ({ on: 'launcher_configurations' as const, ...c })),

  // --- launchers --------------------------------------------------------------------------------
  ...(['attempted_landings', 'flights', 'successful_landings'] as const).flatMap((field) => {
    const values = column(LAUNCHERS, field);
    return lookupCases('launchers', field, pivotOf(Object.values(values)), values);
  }),
  ...[
    { param: 'first_launch_date', value: '2022-11-01T13:41:00Z', expect: [64, 65] },
    { param: 'first_launch_date', value: '2022-11-01T14:41:00+01:00', expect: [64, 65], why: 'an offset is honoured' },
    { param: 'first_launch_date', value: '2022-11-01T13:41:01Z', expect: [] },
    { param: 'last_launch_date', value: '2025-01-16T07:03:00Z', expect: [1001] },
    { param: 'last_launch_date', value: '2025-01-16 07:03', expect: [1001], why: 'no seconds, no zone: UTC' },
    { param: 'flight_proven', value: 'true', expect: [62, 64, 65, 80, 85] },
    { param: 'flight_proven', value: 'False', expect: [900, 1001] },
    { param: 'id', value: '64', expect: [64] },
    { param: 'id', value: '63', expect: [] },
    { param: 'id__contains', value: '6', expect: [62, 64, 65] },
    { param: 'id__contains', value: '00', expect: [80, 900, 1001], why: 'the number 00 is 0, as for Django (a NumberFilter)' },
    { param: 'id__contains', value: '100', expect: [1001] },
    { param: 'id__contains', value: '8', expect: [80, 85] },
    { param: 'is_placeholder', value: 'true', expect: [900] },
    { param: 'launcher_config__ids', value: '161', expect: [64, 65, 900] },
    { param: 'launcher_config__ids', value: '600,27', expect: [1001] },
    { param: 'launcher_config__ids', value: '600, 161', expect: [64, 65, 900, 1001], why: 'items are stripped' },
    { param: 'launcher_config__manufacturer__name', value: 'Blue Origin', expect: [1001] },
    { param: 'launcher_config__manufacturer__name__contains', value: 'Space', expect: [62, 64, 65, 80, 85, 900] },
    { param: 'launcher_config__manufacturer__name__contains', value: 'space', expect: [] },
    { param: 'serial_number', value: 'B1062', expect: [62] },
    { param: 'serial_number', value: 'b1062', expect: [] },
    { param: 'serial_number__contains', value: 'B10', expect: [62, 64, 65, 80, 85] },
    { param: 'serial_number__contains', value: 'SN', expect: [1001] },
    { param: 'status', value: '3', expect: [64, 65] },
    { param: 'status', value: '2', expect: [62, 1001] },
    { param: 'status', value: '99', expect: [], why: 'a NumberFilter: an unknown status is no error' },
  ].map((c) => ({ on: 'launchers' as const, ...c })),

  // --- landings ---------------------------------------------------------------------------------
  ...[
    { param: 'attempt', value: 'false', expect: [11, 13, 14, 15, 16] },
    { param: 'attempt', value: 'true', expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12] },
    { param: 'success', value: 'false', expect: [5, 9] },
    { param: 'success', value: 'true', expect: [1, 2, 3, 4, 6, 7, 8, 10, 12], why: 'no attempt: success is null, in neither' },
    { param: 'firststage_launch__ids', value: X2, expect: [3, 4, 11] },
    { param: 'firststage_launch__ids', value: `${X1},${X6}`, expect: [1, 9] },
    { param: 'firststage_launch__ids', value: X2.toUpperCase(), expect: [3, 4, 11] },
    { param: 'firststage_launch__ids', value: X4, expect: [], why: 'a launch without first stages' },
    { param: 'landing_location__ids', value: '1', expect: [1, 3] },
    { param: 'landing_location__ids', value: '3,4', expect: [2, 5, 10] },
    { param: 'landing_type__ids', value: '2', expect: [1, 3, 4] },
    { param: 'landing_type__ids', value: '4,5', expect: [6, 7, 8] },
    { param: 'launcher__ids', value: '85', expect: [1] },
    { param: 'launcher__ids', value: '64,65', expect: [3, 4] },
    { param: 'launcher_config__ids', value: '161', expect: [3, 4, 11] },
    { param: 'launcher_config__ids', value: '600,27', expect: [9] },
    { param: 'launcher_serial_numbers', value: 'B1062', expect: [5] },
    { param: 'launcher_serial_numbers', value: 'B1080,GS1-SN001', expect: [9, 10] },
    { param: 'launcher_serial_numbers', value: ' B1080 , GS1-SN001', expect: [9, 10], why: 'items are stripped' },
    { param: 'spacecraft__ids', value: '502', expect: [2, 12] },
    { param: 'spacecraft__ids', value: '560,760', expect: [6, 7] },
    { param: 'spacecraft_config__ids', value: '18', expect: [2, 12] },
    { param: 'spacecraft_config__ids', value: '9,31', expect: [6, 7] },
    { param: 'spacecraft_launch__ids', value: X1, expect: [2] },
    { param: 'spacecraft_launch__ids', value: `${X4},${X5}`, expect: [6, 7] },
    { param: 'spacecraft_launch__ids', value: X2, expect: [], why: 'a launch without spacecraft' },
  ].map((c) => ({ on: 'landings' as const, ...c })),

  // --- payloads -----------------------------------------------------------------------------------
  ...[
    { param: 'manufacturer__id', value: '44', expect: [1] },
    { param: 'manufacturer__id', value: '257', expect: [5] },
    { param: 'manufacturer__name', value: 'Northrop Grumman', expect: [5] },
    { param: 'manufacturer__name', value: 'Northrop', expect: [], why: 'exact' },
    { param: 'name', value: 'Europa Clipper', expect: [1] },
    { param: 'name', value: 'europa clipper', expect: [] },
    { param: 'operator', value: '44', expect: [1, 5] },
    { param: 'operator', value: '88', expect: [3] },
    { param: 'operator__id', value: '121', expect: [2] },
    { param: 'operator__name', value: 'China Aerospace Science and Technology Corporation', expect: [3] },
    { param: 'operator__name', value: 'National Aeronautics and Space Administration', expect: [1, 5] },
    { param: 'program__id', value: '17', expect: [5] },
    { param: 'program__id', value: '26', expect: [3] },
  ].map((c) => ({ on: 'payloads' as const, ...c })),

  // --- payload flights ----------------------------------------------------------------------------
  { on: 'payload_flights', param: 'payload', value: '2', expect: [2, 5] },
  { on: 'payload_flights', param: 'payload', value: '1', expect: [1] },
  { on: 'payload_flights', param: 'payload', value: '5', expect: [], why: 'a payload that never flew' },

  // --- spacecraft ---------------------------------------------------------------------------------
  ...[
    { param: 'in_space', value: 'true', expect: [501] },
    { param: 'in_space', value: 'false', expect: [502, 503, 560, 760] },
    { param: 'is_placeholder', value: 'true', expect: [503] },
    { param: 'is_placeholder', value: 'false', expect: [501, 502, 560, 760] },
    { param: 'name', value: 'Soyuz MS-25', expect: [760] },
    { param: 'name', value: 'Crew Dragon', expect: [503], why: 'exact' },
    { param: 'spacecraft_config', value: '18', expect: [501, 502, 503] },
    { param: 'spacecraft_config', value: '31', expect: [560] },
    { param: 'status', value: '4', expect: [760] },
    { param: 'status', value: '1', expect: [501, 502, 560] },
  ].map((c) => ({ on: 'spacecraft' as const, ...c })),

  // --- spacecraft configuration families ----------------------------------------------------------
  { on: 'spacecraft_configuration_families', param: 'manufacturer', value: '121', expect: [1, 2] },
  { on: 'spacecraft_configuration_families', param: 'manufacturer', value: '257', expect: [4] },
  { on: 'spacecraft_configuration_families', param: 'name', value: 'Soyuz', expect: [3] },
  { on: 'spacecraft_configuration_families', param: 'name', value: 'Dragon', expect: [1], why: 'exact: not "Dragon 2"' },

  // --- spacecraft configurations ------------------------------------------------------------------
  ...[
    { param: 'agency', value: '121', expect: [7, 18] },
    { param: 'agency', value: '63', expect: [9] },
    { param: 'human_rated', value: 'true', expect: [9, 18] },
    { param: 'human_rated', value: 'false', expect: [7, 17, 31] },
    { param: 'in_use', value: 'false', expect: [7] },
    { param: 'in_use', value: '1', expect: [9, 17, 18, 31] },
    { param: 'name', value: 'Cygnus', expect: [17] },
  ].map((c) => ({ on: 'spacecraft_configurations' as const, ...c })),

  // --- spacecraft flights -------------------------------------------------------------------------
  { on: 'spacecraft_flights', param: 'spacecraft', value: '502', expect: [1, 4] },
  { on: 'spacecraft_flights', param: 'spacecraft', value: '560', expect: [3] },
  { on: 'spacecraft_flights', param: 'spacecraft', value: '501', expect: [], why: 'a spacecraft without flights' },
];

const pairsOf = (c: Case): Pairs => (Array.isArray(c.value) ? c.value.map((v) => [c.param, v] as [string, string]) : [[c.param, c.value]]);
const labelOf = (c: Case) => `${c.on}: ${pairsOf(c).map(([k, v]) => `${k}=${v}`).join('&')}`;

/** Filter parameters the contract documents for each list path. */
function documentedFilters(): Array<{ on: VehiclePath; param: string }> {
  return VEHICLE_PATHS.flatMap((on) => contractParameters(pathOf(on)).filter((p) => !NOT_FILTERS.has(p.name)).map((p) => ({ on, param: p.name })));
}

/* ---------------------------------------------------------------------------------------------- */
/* Tests                                                                                          */
/* ---------------------------------------------------------------------------------------------- */

describe('the fixture data set', () => {
  test('every endpoint holds the expected objects without filters', async () => {
    for (const on of VEHICLE_PATHS) await assertIds(on, [], IDS[on]);
  });
});

describe('coverage of the contract', () => {
  const documented = documentedFilters();

  test('the contract documents the filters we expect to find (sanity)', () => {
    assert.deepStrictEqual(
      filterCounts(documented, VEHICLE_PATHS),
      {
        launcher_configuration_families: 59,
        launcher_configurations: 62,
        launchers: 27,
        landings: 11,
        payloads: 7,
        payload_flights: 1,
        spacecraft: 5,
        spacecraft_configuration_families: 2,
        spacecraft_configurations: 4,
        spacecraft_flights: 1,
      },
    );
  });

  test('every documented filter parameter has a case whose result differs from the unfiltered list', () => {
    const missing = undiscriminatedFilters(documented, CASES, IDS);
    assert.deepStrictEqual(missing, [], `filter parameters without a discriminating case:\n  ${missing.join('\n  ')}`);
  });

  test('every case uses a parameter the contract documents for its endpoint', () => {
    const unknown = CASES.filter((c) => !documented.some((d) => d.on === c.on && d.param === c.param)).map(labelOf);
    assert.deepStrictEqual(unknown, []);
  });
});

describe('every documented filter of the vehicle endpoints', () => {
  for (const c of CASES) {
    test(`${labelOf(c)} -> [${sorted(c.expect).join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
      await assertIds(c.on, pairsOf(c), c.expect);
    });
  }
});

describe('django-filter conventions', () => {
  const some: Array<[VehiclePath, string]> = [
    ['launcher_configuration_families', 'total_launch_count__gte'],
    ['launcher_configuration_families', 'manufacturer__id__contains'],
    ['launcher_configurations', 'families'],
    ['launcher_configurations', 'maiden_flight__lt'],
    ['launchers', 'launcher_config__ids'],
    ['launchers', 'first_launch_date'],
    ['landings', 'firststage_launch__ids'],
    ['landings', 'success'],
    ['payloads', 'operator'],
    ['spacecraft', 'name'],
    ['spacecraft_flights', 'spacecraft'],
  ];
  testEmptyValues(some, assertIds, IDS);

  test('a blank text value means no filter (CharField strips it)', async () => {
    await assertIds('launchers', [['serial_number', '   ']], IDS.launchers);
    await assertIds('payloads', [['name', '  ']], IDS.payloads);
  });

  test('an unreadable boolean is ignored', async () => {
    await assertIds('spacecraft', [['in_space', 'maybe']], IDS.spacecraft);
    await assertIds('landings', [['attempt', 'yes']], IDS.landings);
  });

  test('unknown parameters and undocumented lookups are ignored', async () => {
    await assertIds('launchers', [['serial_number__icontains', 'b10']], IDS.launchers);
    await assertIds('payload_flights', [['payload__name', 'HALO']], IDS.payload_flights);
    await assertIds('spacecraft', [['name__contains', 'Dragon']], IDS.spacecraft);
    await assertIds('landings', [['launcher_serial_number', 'B1062']], IDS.landings);
  });

  test('a parameter given twice: the last value counts (except the repeated ones)', async () => {
    await assertIds('spacecraft_flights', [['spacecraft', '502'], ['spacecraft', '560']], [3]);
    await assertIds('landings', [['launcher__ids', '85'], ['launcher__ids', '64,65']], [3, 4]);
  });

  test('several filters are AND-ed', async () => {
    await assertIds('launchers', [['launcher_config__ids', '164'], ['status', '1']], [80, 85]);
    await assertIds('landings', [['success', 'true'], ['landing_type__ids', '2'], ['launcher_config__ids', '161']], [3, 4]);
    await assertIds('launcher_configurations', [['families', '3'], ['is_placeholder', 'false']], [27]);
  });

  test('a filter applies to the {id} route too (the object must be in the filtered list)', async () => {
    assert.equal((await t.get('/2.3.0/launchers/64/?status=3')).status, 200);
    assert.equal((await t.get('/2.3.0/launchers/64/?status=1')).status, 404);
  });
});

describe('invalid values: 400 with DRF error bodies', () => {
  const NUMBER = ['Enter a number.'];
  const cases: Array<{ on: VehiclePath; pairs: Pairs; body: Record<string, string[]> }> = [
    { on: 'launcher_configuration_families', pairs: [['total_launch_count', 'ten']], body: { total_launch_count: NUMBER } },
    { on: 'launcher_configuration_families', pairs: [['maiden_flight__gt', '2024-13-01']], body: { maiden_flight__gt: ['Enter a valid date.'] } },
    { on: 'launcher_configuration_families', pairs: [['maiden_flight', '2024-01-01T00:00:00Z']], body: { maiden_flight: ['Enter a valid date.'] } },
    { on: 'launcher_configuration_families', pairs: [['manufacturer__id', 'spacex']], body: { manufacturer__id: NUMBER } },
    { on: 'launcher_configuration_families', pairs: [['manufacturer__id__contains', 'x1']], body: { manufacturer__id__contains: NUMBER } },
    { on: 'launcher_configurations', pairs: [['families', 'falcon']], body: { families: ['“falcon” is not a valid value.'] } },
    { on: 'launcher_configurations', pairs: [['families', '999']], body: { families: ['Select a valid choice. 999 is not one of the available choices.'] } },
    { on: 'launcher_configurations', pairs: [['families', '2'], ['families', '998']], body: { families: ['Select a valid choice. 998 is not one of the available choices.'] } },
    { on: 'launcher_configurations', pairs: [['program__contains', '404']], body: { program__contains: ['Select a valid choice. 404 is not one of the available choices.'] } },
    { on: 'launcher_configurations', pairs: [['program', '1.5']], body: { program: ['“1.5” is not a valid value.'] } },
    { on: 'launcher_configurations', pairs: [['successful_launches__lt', '1e']], body: { successful_launches__lt: NUMBER } },
    { on: 'launchers', pairs: [['first_launch_date', 'soon']], body: { first_launch_date: ['Enter a valid date/time.'] } },
    { on: 'launchers', pairs: [['id', 'B1062']], body: { id: NUMBER } },
    { on: 'launchers', pairs: [['id__contains', 'abc']], body: { id__contains: NUMBER } },
    { on: 'launchers', pairs: [['launcher_config__ids', '164,abc']], body: { launcher_config__ids: NUMBER } },
    { on: 'launchers', pairs: [['status', 'active']], body: { status: NUMBER } },
    { on: 'landings', pairs: [['firststage_launch__ids', 'not-a-uuid']], body: { firststage_launch__ids: ['Enter a valid UUID.'] } },
    { on: 'landings', pairs: [['spacecraft_launch__ids', `${X1},42`]], body: { spacecraft_launch__ids: ['Enter a valid UUID.'] } },
    { on: 'landings', pairs: [['landing_location__ids', 'lz1']], body: { landing_location__ids: NUMBER } },
    { on: 'payloads', pairs: [['operator', 'nasa']], body: { operator: NUMBER } },
    { on: 'payloads', pairs: [['program__id', 'iss']], body: { program__id: NUMBER } },
    { on: 'payload_flights', pairs: [['payload', 'x']], body: { payload: NUMBER } },
    { on: 'spacecraft', pairs: [['spacecraft_config', 'dragon']], body: { spacecraft_config: NUMBER } },
    { on: 'spacecraft_configuration_families', pairs: [['manufacturer', 'spacex']], body: { manufacturer: NUMBER } },
    { on: 'spacecraft_configurations', pairs: [['agency', 'nasa']], body: { agency: NUMBER } },
    { on: 'spacecraft_flights', pairs: [['spacecraft', 'freedom']], body: { spacecraft: NUMBER } },
  ];
  for (const c of cases) {
    test(`${c.on}: ${c.pairs.map(([k, v]) => `${k}=${v}`).join('&')} -> ${JSON.stringify(c.body)}`, () => assertBadRequest(t, url(c.on, c.pairs), c.body));
  }

  test('several bad parameters give one body with each key', async () => {
    const res = await t.get(url('launchers', [['flights__gt', 'many'], ['first_launch_date', 'x'], ['flight_proven', 'perhaps'], ['serial_number', 'B1062']]));
    assert.equal(res.status, 400);
    assert.deepStrictEqual(res.body, { first_launch_date: ['Enter a valid date/time.'], flights__gt: ['Enter a number.'] });
  });

  test('the {id} route answers the same 400 for a bad filter', async () => {
    const res = await t.get('/2.3.0/payloads/1/?operator=nasa');
    assert.equal(res.status, 400);
    assert.deepStrictEqual(res.body, { operator: ['Enter a number.'] });
  });
});

describe('odd values never cause a server error', () => {
  for (const on of VEHICLE_PATHS) {
    for (const p of contractParameters(pathOf(on))) {
      test(`${on}: ${p.name}`, async () => {
        const problems = await oddValueProblems(t, (value) => url(on, [[p.name, value]], p.name === 'limit' ? [] : [['limit', '100']]), p.name);
        assert.deepStrictEqual(problems, []);
      });
    }
  }
});
