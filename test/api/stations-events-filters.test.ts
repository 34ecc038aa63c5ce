/**
 * Every documented filter of the 2.3.0 event, expedition, spacewalk, docking event, space station and
 * update lists, checked on the hand-made world of test/support/stations-events-fixtures.ts (clock
 * pinned to 2025-06-15T12:00:00Z).
 *
 * The parameters come from the official contract: a filter documented for a path and missing here
 * makes the coverage test fail. Expected results follow LL2's framework (Django REST Framework +
 * django-filter, /work/shared/ll2/reference/DRF-SEMANTICS.md). The event cases are written once for
 * `/events/` and checked again on `/events/upcoming/` and `/events/previous/`, where the expected ids
 * are the same ones restricted to what each of those lists holds (a filter is AND-ed with the scope).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sharedApp } from '../support/app.ts';
import { assertSameMembers, listIds, NOT_FILTERS, filterCounts, testEmptyValues, undiscriminatedFilters } from '../support/list-checks.ts';
import { LAUNCH_IDS } from '../support/launch-fixtures.ts';
import { contractParameters } from '../support/openapi.ts';
import {
  BASELINE, PATHS, VIDEO, WHERES, listUrl, stationsEventsFixtureApp, type Pairs, type Where,
} from '../support/stations-events-fixtures.ts';


const t = sharedApp(stationsEventsFixtureApp);

const idsOf = (where: Where, pairs: Pairs) => listIds(t, listUrl(where, pairs));

async function assertIds(where: Where, pairs: Pairs, expected: readonly number[], message?: string) {
  assertSameMembers(await idsOf(where, pairs), expected, message ?? listUrl(where, pairs));
}

/* ---------------------------------------------------------------------------------------------- */
/* The cases                                                                                      */
/* ---------------------------------------------------------------------------------------------- */

interface Case {
  param: string;
  /** A list means the parameter is repeated (`program=1&program=2`). */
  value: string | string[];
  expect: number[];
  on: Where;
  why?: string;
}

type Lookup5 = 'exact' | 'gt' | 'gte' | 'lt' | 'lte';

/** The lookups of one ordered field around a pivot: `eq` equal to it, `below`/`above` the others (nulls in none). */
function lookupCases(on: Where, field: string, pivot: string, sets: { eq: number[]; below: number[]; above: number[] }, lookups: Lookup5[]): Case[] {
  const { eq, below, above } = sets;
  const expect = { exact: eq, gt: above, gte: [...eq, ...above], lt: below, lte: [...below, ...eq] };
  return lookups.map((l) => ({ on, param: l === 'exact' ? field : `${field}__${l}`, value: pivot, expect: expect[l] }));
}

const RANGE: Lookup5[] = ['gt', 'gte', 'lt', 'lte'];
const ALL5: Lookup5[] = ['exact', 'gt', 'gte', 'lt', 'lte'];

/** The event cases, written for `/events/`; each is also checked on upcoming and previous. */
const EVENT_CASES: Array<Omit<Case, 'on'>> = [
  { param: 'agency__ids', value: '44', expect: [801, 802, 805, 807] },
  { param: 'agency__ids', value: '17,121', expect: [804, 806, 808] },
  { param: 'agency__ids', value: '44, 63', expect: [801, 802, 803, 805, 807], why: 'each item is stripped' },
  { param: 'agency__ids', value: '999', expect: [] },

  // date: two pivots, 803 (6.5 h before now) and 807
  ...lookupCases('events', 'date', '2025-06-15T05:30:00Z', { eq: [803], below: [801, 802, 804, 807, 808], above: [805, 806] }, RANGE),
  ...lookupCases('events', 'date', '2025-03-01T17:57:00Z', { eq: [807], below: [801, 802, 808], above: [803, 804, 805, 806] }, RANGE),
  { param: 'date__gte', value: '2025-06-15T07:30:00+02:00', expect: [803, 805, 806], why: 'an offset is honoured' },
  { param: 'date__lt', value: '2025-01-01', expect: [801, 808], why: 'a date alone is midnight UTC' },
  { param: 'date__gt', value: '2025-06-15T05:29:59.5Z', expect: [803, 805, 806], why: 'fractional seconds' },

  { param: 'day', value: '15', expect: [801, 803] },
  { param: 'day', value: '14,20', expect: [804, 806] },
  { param: 'month', value: '6', expect: [803, 804, 806, 808] },
  { param: 'month', value: '1,3', expect: [801, 802, 807] },
  { param: 'year', value: '2025', expect: [802, 803, 804, 806, 807] },
  { param: 'year', value: '2019,2026', expect: [801, 805] },

  { param: 'id', value: '801,805', expect: [801, 805] },
  { param: 'id', value: '804', expect: [804] },
  { param: 'id', value: '999', expect: [] },

  ...lookupCases('events', 'last_updated', '2025-03-02T00:00:00Z', { eq: [807], below: [801, 802, 808], above: [803, 804, 805, 806] }, ['gte', 'lte']),
  ...lookupCases('events', 'last_updated', '2025-06-15T06:00:00Z', { eq: [803], below: [801, 802, 804, 805, 807, 808], above: [806] }, ['gte', 'lte']),

  { param: 'program', value: '17', expect: [801, 802, 803] },
  { param: 'program', value: ['12', '30'], expect: [805, 808], why: 'program=12&program=30 is an OR' },
  { param: 'program', value: ['17', '12'], expect: [801, 802, 803, 805] },

  { param: 'slug', value: 'us-eva-91', expect: [802] },
  { param: 'slug', value: 'artemis-ii-lunar-flyby', expect: [805] },
  { param: 'slug', value: 'US-EVA-91', expect: [], why: 'exact is case-sensitive' },

  { param: 'type', value: '5', expect: [802, 804] },
  { param: 'type', value: '4', expect: [805, 807] },
  { param: 'type__ids', value: '2,4', expect: [801, 803, 805, 807] },
  { param: 'type__ids', value: '3', expect: [806] },

  { param: 'video_url', value: VIDEO.nasaTv, expect: [802, 803] },
  { param: 'video_url', value: `${VIDEO.starship},${VIDEO.nasaTv}`, expect: [802, 803, 806] },
];

const eventCasesOn = (on: Where): Case[] =>
  EVENT_CASES.map((c) => ({ ...c, on, expect: c.expect.filter((id) => BASELINE[on].includes(id)) }));

const CASES: Case[] = [
  ...eventCasesOn('events'),
  ...eventCasesOn('upcoming'),
  ...eventCasesOn('previous'),
  { on: 'upcoming', param: 'hide_recent_previous', value: 'true', expect: [805, 806], why: '803 (6.5 h ago) and 804 (24 h ago) go' },
  { on: 'upcoming', param: 'hide_recent_previous', value: 'True', expect: [805, 806] },
  { on: 'upcoming', param: 'hide_recent_previous', value: 'false', expect: BASELINE.upcoming },

  // --- expeditions -------------------------------------------------------------------------------
  { on: 'expeditions', param: 'crew__astronaut', value: '102', expect: [59, 72] },
  { on: 'expeditions', param: 'crew__astronaut', value: '204', expect: [73] },
  { on: 'expeditions', param: 'crew__astronaut', value: '999', expect: [], why: 'a plain number filter: an unknown astronaut matches nothing' },
  { on: 'expeditions', param: 'crew__astronaut__agency', value: '37', expect: [73] },
  { on: 'expeditions', param: 'crew__astronaut__agency', value: '63', expect: [28, 59, 72, 73] },
  { on: 'expeditions', param: 'crew__astronaut__agency', value: '17', expect: [200] },
  ...lookupCases('expeditions', 'end', '2025-04-19T21:57:00Z', { eq: [72], below: [28, 59], above: [200] }, RANGE),
  ...lookupCases('expeditions', 'start', '2025-04-19T21:57:00Z', { eq: [73], below: [28, 59, 72], above: [74, 200] }, RANGE),
  { on: 'expeditions', param: 'is_active', value: 'true', expect: [73, 200], why: 'started, and no end or an end still to come' },
  { on: 'expeditions', param: 'is_active', value: 'false', expect: [28, 59, 72, 74], why: '74 has not started' },
  { on: 'expeditions', param: 'name', value: 'Expedition 72', expect: [72] },
  { on: 'expeditions', param: 'name', value: 'expedition 72', expect: [], why: 'exact is case-sensitive' },
  { on: 'expeditions', param: 'space_station', value: '18', expect: [200] },
  { on: 'expeditions', param: 'space_station', value: '4', expect: [59, 72, 73, 74] },

  // --- spacewalks --------------------------------------------------------------------------------
  { on: 'spacewalks', param: 'astronaut__ids', value: '102', expect: [1, 2] },
  { on: 'spacewalks', param: 'astronaut__ids', value: '301,401', expect: [4, 5] },
  { on: 'spacewalks', param: 'day', value: '22', expect: [1, 4] },
  { on: 'spacewalks', param: 'day', value: '16,19', expect: [2, 3] },
  { on: 'spacewalks', param: 'month', value: '3', expect: [1] },
  { on: 'spacewalks', param: 'month', value: '5,12', expect: [3, 4, 5] },
  { on: 'spacewalks', param: 'year', value: '2025', expect: [2, 4] },
  { on: 'spacewalks', param: 'year', value: '2000,2027', expect: [5, 6] },
  ...lookupCases('spacewalks', 'end', '2024-12-19T21:41:00Z', { eq: [3], below: [1, 5], above: [2, 4] }, ALL5),
  ...lookupCases('spacewalks', 'start', '2024-12-19T14:24:00Z', { eq: [3], below: [1, 5], above: [2, 4, 6] }, RANGE),
  { on: 'spacewalks', param: 'event__ids', value: '802', expect: [2] },
  { on: 'spacewalks', param: 'event__ids', value: '801,803', expect: [] },
  { on: 'spacewalks', param: 'id', value: '3', expect: [3] },
  { on: 'spacewalks', param: 'ids', value: '1,5', expect: [1, 5] },
  { on: 'spacewalks', param: 'launch__ids', value: LAUNCH_IDS.L01, expect: [1], why: 'the launch of the spacewalk\'s spacecraft flight' },
  { on: 'spacewalks', param: 'launch__ids', value: `${LAUNCH_IDS.L01},${LAUNCH_IDS.L02.toUpperCase()}`, expect: [1, 2] },
  { on: 'spacewalks', param: 'launch__ids', value: LAUNCH_IDS.L03, expect: [] },
  { on: 'spacewalks', param: 'name', value: 'US EVA 91', expect: [2] },
  { on: 'spacewalks', param: 'name__contains', value: 'EVA', expect: [1, 2, 4, 5] },
  { on: 'spacewalks', param: 'name__contains', value: 'eva', expect: [], why: 'contains is case-sensitive' },
  { on: 'spacewalks', param: 'owner__ids', value: '37', expect: [1, 2, 3], why: 'the owners of the station' },
  { on: 'spacewalks', param: 'owner__ids', value: '17,1100', expect: [4] },
  { on: 'spacewalks', param: 'program__ids', value: '17', expect: [1, 2, 3] },
  { on: 'spacewalks', param: 'program__ids', value: '12,30', expect: [6] },
  { on: 'spacewalks', param: 'program__name', value: 'Artemis', expect: [6] },
  { on: 'spacewalks', param: 'program__name', value: 'artemis', expect: [] },
  { on: 'spacewalks', param: 'program__name__contains', value: 'Space Station', expect: [1, 2, 3] },
  { on: 'spacewalks', param: 'program__name__contains', value: 'space station', expect: [] },
  { on: 'spacewalks', param: 'spacestation__ids', value: '18,2', expect: [4, 5] },
  { on: 'spacewalks', param: 'spacestation__ids', value: '4', expect: [1, 2, 3] },

  // --- docking events ----------------------------------------------------------------------------
  ...lookupCases('docking_events', 'docking', '2024-09-29T21:30:00Z', { eq: [12], below: [11, 15], above: [13, 14] }, RANGE),
  { on: 'docking_events', param: 'docking_location__id', value: '5', expect: [11, 13] },
  { on: 'docking_events', param: 'docking_location__id', value: '40', expect: [15] },
  { on: 'docking_events', param: 'flight_vehicle_chaser__id', value: '9002', expect: [12, 14] },
  { on: 'docking_events', param: 'flight_vehicle_chaser__id', value: '9001', expect: [11, 15] },
  { on: 'docking_events', param: 'space_station_target__id', value: '4', expect: [11, 12, 13] },
  { on: 'docking_events', param: 'space_station_target__id', value: '18', expect: [14] },

  // --- space stations ----------------------------------------------------------------------------
  ...lookupCases('space_stations', 'docked_vehicles', '1', { eq: [18], below: [2, 3], above: [4] }, ALL5),
  ...lookupCases('space_stations', 'onboard_crew', '3', { eq: [18], below: [2, 3], above: [4] }, ALL5),
  { on: 'space_stations', param: 'id', value: '18', expect: [18] },
  { on: 'space_stations', param: 'name', value: 'Mir', expect: [2] },
  { on: 'space_stations', param: 'name', value: 'mir', expect: [], why: 'exact is case-sensitive' },
  { on: 'space_stations', param: 'name__contains', value: 'Salyut', expect: [3] },
  { on: 'space_stations', param: 'name__contains', value: 'Station', expect: [4] },
  { on: 'space_stations', param: 'name__contains', value: 'station', expect: [18], why: 'contains is case-sensitive' },
  { on: 'space_stations', param: 'orbit', value: '8', expect: [2, 3, 4, 18, 19], why: 'the id of the orbit (Low Earth Orbit)' },
  { on: 'space_stations', param: 'orbit', value: '33', expect: [20] },
  { on: 'space_stations', param: 'orbit', value: '2', expect: [] },
  { on: 'space_stations', param: 'owner__ids', value: '63', expect: [2, 3, 4] },
  { on: 'space_stations', param: 'owner__ids', value: '17,1100', expect: [18, 19] },
  { on: 'space_stations', param: 'owners', value: '27', expect: [4, 20] },
  { on: 'space_stations', param: 'owners', value: ['17', '1100'], expect: [18, 19], why: 'owners=17&owners=1100 is an OR' },
  { on: 'space_stations', param: 'owners', value: ['44', '27'], expect: [4, 20], why: 'a station owned by both appears once' },
  { on: 'space_stations', param: 'status', value: '2', expect: [2, 3] },
  { on: 'space_stations', param: 'status', value: '9', expect: [], why: 'a plain number filter: an unknown status matches nothing' },
  { on: 'space_stations', param: 'status__ids', value: '1,3', expect: [4, 18, 19, 20] },
  { on: 'space_stations', param: 'type', value: '2', expect: [19] },
  { on: 'space_stations', param: 'type', value: '1', expect: [2, 3, 4, 18, 20] },

  // --- updates -----------------------------------------------------------------------------------
  { on: 'updates', param: 'created_on', value: '2024-10-01T00:00:00Z', expect: [20002, 20003, 20004, 20005], why: 'the updates of L02..L05' },
  { on: 'updates', param: 'created_on', value: '2025-05-20T00:00:00Z', expect: [30805, 30912] },
  { on: 'updates', param: 'created_on', value: '2025-05-20T02:00:00+02:00', expect: [30805, 30912], why: 'an offset is honoured' },
  { on: 'updates', param: 'launch', value: LAUNCH_IDS.L02, expect: [20002] },
  { on: 'updates', param: 'launch', value: LAUNCH_IDS.L03.toUpperCase(), expect: [20003] },
  { on: 'updates', param: 'launch__launch_service_provider', value: '121', expect: [20002, 20003, 20004] },
  { on: 'updates', param: 'launch__launch_service_provider', value: '63', expect: [20001] },
  { on: 'updates', param: 'program', value: '17', expect: [30917] },
  { on: 'updates', param: 'program', value: '12', expect: [30912] },
];

const pairsOf = (c: Case): Pairs => (Array.isArray(c.value) ? c.value.map((v) => [c.param, v] as [string, string]) : [[c.param, c.value]]);
const labelOf = (c: Case) => `${c.on}: ${pairsOf(c).map(([k, v]) => `${k}=${v}`).join('&')}`;

/** Every filter parameter the contract documents, per list path. */
function documentedFilters(): Array<{ param: string; on: Where }> {
  return WHERES.flatMap((on) => contractParameters(PATHS[on]).filter((p) => !NOT_FILTERS.has(p.name)).map((p) => ({ param: p.name, on })));
}

/* ---------------------------------------------------------------------------------------------- */
/* Tests                                                                                          */
/* ---------------------------------------------------------------------------------------------- */

describe('the fixture world', () => {
  test('every list holds the expected objects without filters', async () => {
    for (const where of WHERES) await assertIds(where, [], BASELINE[where], where);
  });
});

describe('coverage of the contract', () => {
  const documented = documentedFilters();

  test('the contract documents the filters we expect to find (sanity)', () => {
    assert.deepStrictEqual(
      filterCounts(documented, WHERES),
      { events: 16, upcoming: 17, previous: 16, expeditions: 13, spacewalks: 24, docking_events: 7, space_stations: 19, updates: 4 },
    );
  });

  test('every documented filter parameter has a case whose result differs from the unfiltered list', () => {
    const missing = undiscriminatedFilters(documented, CASES, BASELINE);
    assert.deepStrictEqual(missing, [], `filter parameters without a discriminating case:\n  ${missing.join('\n  ')}`);
  });

  test('every case uses a parameter the contract documents for its path', () => {
    const unknown = CASES.filter((c) => !contractParameters(PATHS[c.on]).some((p) => p.name === c.param)).map(labelOf);
    assert.deepStrictEqual(unknown, []);
  });
});

describe('every documented filter', () => {
  for (const c of CASES) {
    test(`${labelOf(c)} -> [${c.expect.join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
      await assertIds(c.on, pairsOf(c), c.expect);
    });
  }
});

describe('django-filter conventions', () => {
  const empties: Array<[Where, string]> = [
    ['events', 'agency__ids'], ['events', 'date__gte'], ['events', 'type'], ['events', 'program'], ['events', 'slug'], ['upcoming', 'hide_recent_previous'],
    ['expeditions', 'is_active'], ['expeditions', 'crew__astronaut'], ['spacewalks', 'launch__ids'], ['spacewalks', 'name__contains'],
    ['docking_events', 'docking__lt'], ['space_stations', 'owners'], ['space_stations', 'orbit'], ['updates', 'launch'], ['updates', 'created_on'],
  ];
  testEmptyValues(empties, assertIds, BASELINE);

  test('a blank value means no filter (CharField strips it)', async () => {
    await assertIds('expeditions', [['name', '   ']], BASELINE.expeditions);
    await assertIds('space_stations', [['name__contains', '  ']], BASELINE.space_stations);
  });

  test('text values are stripped', async () => {
    await assertIds('expeditions', [['name', ' Expedition 72 ']], [72]);
    await assertIds('spacewalks', [['program__name', ' Artemis']], [6]);
  });

  test('unknown parameters and undocumented lookups are ignored', async () => {
    const cases: Array<[Where, Pairs]> = [
      ['events', [['foo', 'bar']]],
      ['events', [['date', '2025-03-01T17:57:00Z']]],
      ['events', [['last_updated__gt', '2030-01-01T00:00:00Z']]],
      ['events', [['hide_recent_previous', 'true']]],
      ['previous', [['hide_recent_previous', 'true']]],
      ['events', [['name', 'US EVA 91']]],
      ['expeditions', [['end', '2025-04-19T21:57:00Z']]],
      ['spacewalks', [['start', '2024-12-19T14:24:00Z']]],
      ['docking_events', [['docking', '2024-09-29T21:30:00Z']]],
      ['space_stations', [['name__icontains', 'mir']]],
      ['updates', [['created_on__gte', '2030-01-01T00:00:00Z']]],
    ];
    for (const [where, pairs] of cases) await assertIds(where, pairs, BASELINE[where], `${where}: ${pairs[0][0]} is ignored`);
  });

  test('a parameter given twice: the last value counts', async () => {
    await assertIds('events', [['type', '4'], ['type', '5']], [802, 804]);
    await assertIds('expeditions', [['space_station', '4'], ['space_station', '2']], [28]);
    await assertIds('space_stations', [['owner__ids', '63'], ['owner__ids', '1100']], [19]);
  });

  test('several filters are AND-ed', async () => {
    await assertIds('events', [['agency__ids', '44'], ['year', '2025']], [802, 807]);
    await assertIds('upcoming', [['agency__ids', '44'], ['hide_recent_previous', 'true']], [805]);
    await assertIds('expeditions', [['space_station', '4'], ['is_active', 'false']], [59, 72, 74]);
    await assertIds('spacewalks', [['spacestation__ids', '4'], ['year', '2024,2025']], [2, 3]);
    await assertIds('space_stations', [['owners', '44'], ['status', '1']], [4]);
  });

  test('an unreadable boolean is ignored (200, no filter)', async () => {
    await assertIds('expeditions', [['is_active', 'maybe']], BASELINE.expeditions);
    await assertIds('upcoming', [['hide_recent_previous', 'yes please']], BASELINE.upcoming);
  });

  test('a number where an integer is expected compares as Django does (int())', async () => {
    await assertIds('space_stations', [['onboard_crew', '3.7']], [18]);
    await assertIds('spacewalks', [['ids', '1.0,5.9']], [1, 5]);
  });
});
