/**
 * Every documented 2.3.0 launch filter, checked on a small hand-made data set
 * (test/support/launch-fixtures.ts, launches L01..L13, clock pinned to 2025-06-15T12:00:00Z).
 *
 * The list of parameters comes from the official contract, so a filter documented there and
 * missing here makes the coverage test fail. Expected results follow LL2's framework (Django REST
 * Framework + django-filter) as described in /work/shared/ll2/reference/DRF-SEMANTICS.md.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type TestApp, sharedApp } from '../support/app.ts';
import { assertSameMembers, badValues, DRF, listIds, NOT_FILTERS, oddValueProblems, pageThrough, type Pairs } from '../support/list-checks.ts';
import { ALL_KEYS, FIXED_NOW, LAUNCHES, LAUNCH_IDS, VIDEO, keyOf, launchFixtureApp, type LaunchKey } from '../support/launch-fixtures.ts';
import { contractParameters } from '../support/openapi.ts';

/* ---------------------------------------------------------------------------------------------- */
/* Plumbing                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

const PATHS = {
  launches: '/2.3.0/launches/',
  upcoming: '/2.3.0/launches/upcoming/',
  previous: '/2.3.0/launches/previous/',
} as const;
type Where = keyof typeof PATHS;


/** Launches each endpoint holds with no filter at FIXED_NOW (upcoming: NET >= now - 24 h; previous: NET <= now). */
const BASELINE: Record<Where, LaunchKey[]> = {
  launches: ALL_KEYS,
  upcoming: ['L08', 'L09', 'L10', 'L11', 'L13'],
  previous: ['L01', 'L02', 'L03', 'L04', 'L05', 'L06', 'L07', 'L08', 'L12', 'L13'],
};


const t = sharedApp(launchFixtureApp);

function url(where: Where, pairs: Pairs, extra: Pairs = [['limit', '100'], ['mode', 'list']]): string {
  const qs = new URLSearchParams([...pairs, ...extra]).toString();
  return `${PATHS[where]}${qs ? `?${qs}` : ''}`;
}

/** GETs a list and returns the fixture keys of its results, in response order. */
const keysOf = async (where: Where, pairs: Pairs, app: TestApp = t): Promise<LaunchKey[]> => (await listIds<string>(app, url(where, pairs))).map(keyOf);

const sorted = (keys: readonly LaunchKey[]) => [...keys].sort();

async function assertKeys(where: Where, pairs: Pairs, expected: readonly LaunchKey[], message?: string) {
  assertSameMembers(await keysOf(where, pairs), expected, message ?? url(where, pairs));
}

const net = (k: LaunchKey) => LAUNCHES[k].net as string;
const name = (k: LaunchKey) => LAUNCHES[k].name as string;

/* ---------------------------------------------------------------------------------------------- */
/* The cases                                                                                      */
/* ---------------------------------------------------------------------------------------------- */

interface Case {
  param: string;
  /** A list means the parameter is repeated (`program=1&program=2`). */
  value: string | string[];
  expect: LaunchKey[];
  on?: Where;
  why?: string;
}

/**
 * The lookups of one ordered field around a pivot value: `eq` holds the launches equal to the pivot,
 * `below` and `above` the others (launches whose value is null are in none of them).
 */
function lookupCases(
  field: string,
  pivot: string,
  sets: { eq: LaunchKey[]; below: LaunchKey[]; above: LaunchKey[] },
  lookups: Array<'exact' | 'gt' | 'gte' | 'lt' | 'lte'> = ['exact', 'gt', 'gte', 'lt', 'lte'],
): Case[] {
  const { eq, below, above } = sets;
  const expect = { exact: eq, gt: above, gte: [...eq, ...above], lt: below, lte: [...below, ...eq] };
  return lookups.map((l) => ({ param: l === 'exact' ? field : `${field}__${l}`, value: pivot, expect: expect[l] }));
}

const CRS: LaunchKey[] = ['L01', 'L02', 'L06', 'L10'];
const ALL_BUT = (...out: LaunchKey[]) => ALL_KEYS.filter((k) => !out.includes(k));

const CASES: Case[] = [
  // --- the eight launch attempt counts (L11 has them all null, L06 the orbital ones) -----------
  ...lookupCases('orbital_launch_attempt_count', '6930', {
    eq: ['L05'], below: ['L01', 'L02', 'L03', 'L07', 'L12'], above: ['L04', 'L08', 'L09', 'L10', 'L13'],
  }),
  ...lookupCases('location_launch_attempt_count', '951', {
    eq: ['L03'], below: ['L02', 'L06', 'L07', 'L09', 'L10', 'L12', 'L13'], above: ['L01', 'L04', 'L05', 'L08'],
  }),
  ...lookupCases('pad_launch_attempt_count', '120', {
    eq: ['L02', 'L08'], below: ['L03', 'L05', 'L06', 'L07', 'L09', 'L10', 'L12', 'L13'], above: ['L01', 'L04'],
  }),
  ...lookupCases('agency_launch_attempt_count', '381', {
    eq: ['L03'], below: ['L02', 'L05', 'L06', 'L07', 'L09', 'L13'], above: ['L01', 'L04', 'L08', 'L10', 'L12'],
  }),
  ...lookupCases('orbital_launch_attempt_count_year', '131', {
    eq: ['L09'], below: ['L01', 'L08', 'L10', 'L12', 'L13'], above: ['L02', 'L03', 'L04', 'L05', 'L07'],
  }),
  ...lookupCases('location_launch_attempt_count_year', '9', {
    eq: ['L07'], below: ['L06', 'L08', 'L09', 'L12', 'L13'], above: ['L01', 'L02', 'L03', 'L04', 'L05', 'L10'],
  }),
  ...lookupCases('pad_launch_attempt_count_year', '2', {
    eq: ['L05', 'L08', 'L10'], below: ['L06', 'L09', 'L12'], above: ['L01', 'L02', 'L03', 'L04', 'L07', 'L13'],
  }),
  ...lookupCases('agency_launch_attempt_count_year', '10', {
    eq: ['L01', 'L07'], below: ['L05', 'L06', 'L08', 'L09', 'L13'], above: ['L02', 'L03', 'L04', 'L10', 'L12'],
  }),

  // --- date-times: boundary equality on both sides ------------------------------------------------
  ...lookupCases('net', '2024-09-28T17:17:22Z', {
    eq: ['L02', 'L03'], below: ['L01', 'L06', 'L07', 'L12'], above: ['L04', 'L05', 'L08', 'L09', 'L10', 'L11', 'L13'],
  }, ['gt', 'gte', 'lt', 'lte']),
  { param: 'net__gte', value: '2024-09-28T19:17:22+02:00', expect: ['L02', 'L03', 'L04', 'L05', 'L08', 'L09', 'L10', 'L11', 'L13'], why: 'an offset is honoured' },
  { param: 'net__lte', value: '2024-09-28T17:17:22', expect: ['L01', 'L02', 'L03', 'L06', 'L07', 'L12'], why: 'no zone means UTC' },
  { param: 'net__gt', value: '2024-09-28 17:17:22', expect: ['L04', 'L05', 'L08', 'L09', 'L10', 'L11', 'L13'], why: 'space instead of T' },
  { param: 'net__lt', value: '2024-01-01', expect: ['L01', 'L07'], why: 'a date alone is midnight UTC' },
  { param: 'net__lte', value: '2024-09-28T17:17:22.5Z', expect: ['L01', 'L02', 'L03', 'L06', 'L07', 'L12'], why: '17:17:22 is before 17:17:22.5' },
  { param: 'net__gt', value: '2024-09-28T17:17:22.5Z', expect: ['L04', 'L05', 'L08', 'L09', 'L10', 'L11', 'L13'], why: '17:17:22 is before 17:17:22.5' },
  { param: 'net__gte', value: '2024-09-28T17:17:21.5Z', expect: ['L02', 'L03', 'L04', 'L05', 'L08', 'L09', 'L10', 'L11', 'L13'] },
  ...lookupCases('window_start', '2024-09-28T15:00:00Z', {
    eq: ['L03'], below: ['L01', 'L06', 'L07', 'L12'], above: ['L02', 'L04', 'L05', 'L08', 'L09', 'L10', 'L11', 'L13'],
  }, ['gt', 'gte', 'lt', 'lte']),
  ...lookupCases('window_end', '2024-10-04T13:00:00Z', {
    eq: ['L05'], below: ['L01', 'L02', 'L03', 'L06', 'L07', 'L12'], above: ['L04', 'L08', 'L09', 'L10', 'L11', 'L13'],
  }, ['gt', 'gte', 'lt', 'lte']),
  ...lookupCases('last_updated', '2024-10-01T00:00:00Z', {
    eq: ['L02', 'L03', 'L04', 'L05'], below: ['L01', 'L06', 'L07', 'L12'], above: ['L08', 'L09', 'L10', 'L11', 'L13'],
  }, ['gte', 'lte']),
  { param: 'last_updated__lte', value: '2024-10-01T00:00:00.250Z', expect: ['L01', 'L02', 'L03', 'L04', 'L05', 'L06', 'L07', 'L12'], why: 'fractional seconds' },

  // --- parts of the NET: comma lists of numbers ---------------------------------------------------
  { param: 'day', value: '14', expect: ['L01', 'L04', 'L13'] },
  { param: 'day', value: '4,15', expect: ['L05', 'L07', 'L08', 'L12'] },
  { param: 'month', value: '10', expect: ['L04', 'L05'] },
  { param: 'month', value: '3,4', expect: ['L01', 'L10'] },
  { param: 'year', value: '2024', expect: ['L02', 'L03', 'L04', 'L05', 'L06', 'L12'] },
  { param: 'year', value: '2019,2026', expect: ['L01', 'L10'] },
  { param: 'year', value: '2025', expect: ['L08', 'L09', 'L11', 'L13'], on: 'upcoming', why: 'filters combine with the upcoming scope' },

  // --- ids ---------------------------------------------------------------------------------------
  { param: 'id', value: LAUNCH_IDS.L01, expect: ['L01'] },
  { param: 'id', value: `${LAUNCH_IDS.L02},${LAUNCH_IDS.L05}`, expect: ['L02', 'L05'] },
  { param: 'id', value: LAUNCH_IDS.L03.toUpperCase(), expect: ['L03'], why: 'Django UUIDField accepts upper case' },

  // --- booleans -----------------------------------------------------------------------------------
  { param: 'include_suborbital', value: 'false', expect: ALL_BUT('L06'), why: 'L11 has no mission and is not suborbital: it stays' },
  { param: 'include_suborbital', value: 'False', expect: ALL_BUT('L06') },
  { param: 'include_suborbital', value: 'true', expect: ALL_KEYS },
  { param: 'is_crewed', value: 'true', expect: CRS },
  { param: 'is_crewed', value: 'True', expect: CRS },
  { param: 'is_crewed', value: 'false', expect: ALL_BUT(...CRS), why: 'L08 has a spacecraft stage without crew' },
  { param: 'is_crewed', value: 'true', expect: ['L01', 'L02', 'L06'], on: 'previous' },
  { param: 'hide_recent_previous', value: 'true', expect: ['L09', 'L10', 'L11'], on: 'upcoming', why: 'L08 (NET 10 h ago) and L13 (24 h ago) go' },
  { param: 'hide_recent_previous', value: 'false', expect: BASELINE.upcoming, on: 'upcoming' },

  // --- text lists and exact text ------------------------------------------------------------------
  { param: 'launch_designator', value: '2024-179', expect: ['L02'] },
  { param: 'launch_designator', value: '2019-016,2023-200', expect: ['L01', 'L07'] },
  { param: 'launch_designator', value: '2019-016, 2023-200', expect: ['L01', 'L07'], why: 'each item is a CharField: stripped' },
  { param: 'name', value: 'Soyuz FG | Soyuz MS-12', expect: ['L01'] },
  { param: 'name', value: 'soyuz fg | soyuz ms-12', expect: [], why: 'exact is case-sensitive (PostgreSQL)' },
  { param: 'name', value: '  Soyuz FG | Soyuz MS-12 ', expect: ['L01'], why: 'CharField strips surrounding spaces' },
  { param: 'slug', value: 'falcon-9-block-5-crew-9', expect: ['L02'] },
  { param: 'serial_number', value: 'B1085', expect: ['L02'] },
  { param: 'serial_number', value: 'B1077,B1065', expect: ['L03', 'L04'], why: 'B1065 is a side booster of L04' },
  { param: 'serial_number', value: ' B1085 ', expect: ['L02'], why: 'each item is a CharField: stripped' },
  { param: 'video_url', value: VIDEO.nasaLive, expect: ['L04', 'L10'] },
  { param: 'video_url', value: `${VIDEO.crew9},${VIDEO.starlink}`, expect: ['L02', 'L03'] },

  // --- places -------------------------------------------------------------------------------------
  { param: 'pad', value: '87', expect: ['L03', 'L04'] },
  { param: 'pad__location', value: '27', expect: ['L03', 'L04', 'L10'] },
  { param: 'pad__location', value: '15', expect: ['L01', 'L08'] },
  { param: 'location__ids', value: '27', expect: ['L03', 'L04', 'L10'] },
  { param: 'location__ids', value: '12,15', expect: ['L01', 'L02', 'L05', 'L08'] },
  { param: 'pad__location__celestial_body__id', value: '2', expect: ['L12'] },
  { param: 'pad__location__celestial_body__id', value: '1', expect: ALL_BUT('L12') },

  // --- mission and orbit --------------------------------------------------------------------------
  { param: 'mission__agency__ids', value: '44', expect: ['L01', 'L02', 'L04', 'L10'] },
  { param: 'mission__agency__ids', value: '16,27', expect: ['L10', 'L12'] },
  { param: 'mission__orbit__celestial_body__id', value: '2', expect: ['L10', 'L12'] },
  { param: 'mission__orbit__celestial_body__id', value: '3', expect: ['L04'] },
  { param: 'mission__orbit__name', value: 'Low Earth Orbit', expect: ['L01', 'L02', 'L03', 'L08'] },
  { param: 'mission__orbit__name', value: 'Suborbital', expect: ['L06'] },
  { param: 'mission__orbit__name__icontains', value: 'LUNAR', expect: ['L10', 'L12'] },
  { param: 'mission__orbit__name__icontains', value: 'transfer', expect: ['L05', 'L09'] },
  { param: 'mission__orbit__name__icontains', value: '%', expect: [], why: '% is a literal character, not a wildcard' },
  { param: 'mission__orbit__name__icontains', value: 'sun_synchronous', expect: [], why: '_ is a literal character, not a wildcard' },
  { param: 'mission__orbit__name__icontains', value: ' lunar ', expect: ['L10', 'L12'], why: 'CharField strips surrounding spaces' },

  // --- provider -----------------------------------------------------------------------------------
  { param: 'lsp__id', value: '121', expect: ['L02', 'L03', 'L04'] },
  { param: 'lsp__id', value: '124,147', expect: ['L05', 'L07'] },
  { param: 'lsp__id', value: '44', expect: ['L10'], on: 'upcoming' },
  { param: 'lsp__id', value: '121, 124', expect: ['L02', 'L03', 'L04', 'L05'], why: 'each item is a DecimalField: stripped' },
  { param: 'lsp__id', value: '121,', expect: ['L02', 'L03', 'L04'], why: 'django-filter: an empty item of a comma list cleans to None, which IN ignores' },
  { param: 'lsp__name', value: 'spacex', expect: ['L02', 'L03', 'L04'], why: 'name, any case' },
  { param: 'lsp__name', value: 'ula', expect: ['L05'], why: 'abbrev, any case' },
  { param: 'lsp__name', value: 'rfsa', expect: ['L01'], why: 'only the provider itself, not the agencies whose parent it is' },
  { param: 'lsp__name', value: 'Blue Origin,rocket lab', expect: ['L06', 'L07'] },
  { param: 'lsp__name', value: 'Blue Origin, rocket lab', expect: ['L06', 'L07'], why: 'each item is a CharField: stripped' },
  { param: 'lsp__name', value: 'roscosmos', expect: ['L01'], why: 'containment, as in the ancestor server (icontains)' },
  { param: 'related_lsp__id', value: '63', expect: ['L01', 'L08', 'L09'], why: 'ROSCOSMOS and the providers whose parent is ROSCOSMOS' },
  { param: 'related_lsp__id', value: '96', expect: ['L09'], why: 'a child does not bring in its parent' },
  { param: 'related_lsp__id', value: '63,141', expect: ['L01', 'L06', 'L08', 'L09'] },
  { param: 'related_lsp__name', value: 'Russian Federal Space Agency (ROSCOSMOS)', expect: ['L01', 'L08', 'L09'] },
  { param: 'related_lsp__name', value: 'Khrunichev State Research and Production Space Center', expect: ['L09'] },
  { param: 'related_lsp__name', value: 'SpaceX,Blue Origin', expect: ['L02', 'L03', 'L04', 'L06'] },

  // --- rocket -------------------------------------------------------------------------------------
  { param: 'launcher_config__id', value: '164', expect: ['L02', 'L03'] },
  { param: 'launcher_config__id', value: '161,496', expect: ['L04', 'L05'] },
  { param: 'rocket__configuration__id', value: '164', expect: ['L02', 'L03'] },
  { param: 'rocket__configuration__name', value: 'Falcon 9', expect: ['L02', 'L03'] },
  { param: 'rocket__configuration__name', value: 'Soyuz', expect: ['L01'], why: 'exact: not "Soyuz 2.1a"' },
  { param: 'rocket__configuration__full_name', value: 'Falcon 9 Block 5', expect: ['L02', 'L03'] },
  { param: 'rocket__configuration__full_name__icontains', value: 'SOYUZ', expect: ['L01', 'L08'] },
  { param: 'rocket__configuration__manufacturer__name', value: 'SpaceX', expect: ['L02', 'L03', 'L04'] },
  { param: 'rocket__configuration__manufacturer__name__icontains', value: 'progress', expect: ['L01', 'L08'] },
  { param: 'rocket__spacecraftflight__spacecraft__id', value: '502', expect: ['L02'] },
  { param: 'rocket__spacecraftflight__spacecraft__name', value: 'Crew Dragon Freedom', expect: ['L02'] },
  { param: 'rocket__spacecraftflight__spacecraft__name__icontains', value: 'ms-', expect: ['L01', 'L08'] },
  { param: 'spacecraft_config__ids', value: '18', expect: ['L02'] },
  { param: 'spacecraft_config__ids', value: '9,12', expect: ['L01', 'L08'] },

  // --- program (repeated, not comma-separated) ----------------------------------------------------
  { param: 'program', value: '17', expect: ['L01', 'L02', 'L08'] },
  { param: 'program', value: ['12', '30'], expect: ['L10', 'L12'], why: 'program=12&program=30 is an OR' },
  { param: 'program', value: ['17', '19'], expect: ['L01', 'L02', 'L08'], why: 'L02 is in both programs and appears once' },

  // --- status -------------------------------------------------------------------------------------
  { param: 'status', value: '7', expect: ['L05'] },
  { param: 'status', value: '2', expect: ['L10', 'L11'] },
  { param: 'status__ids', value: '1,4', expect: ['L07', 'L09'] },
  { param: 'status__ids', value: '3', expect: ['L01', 'L02', 'L03', 'L04', 'L06', 'L08', 'L12', 'L13'] },
];

const pairsOf = (c: Case): Pairs => (Array.isArray(c.value) ? c.value.map((v) => [c.param, v] as [string, string]) : [[c.param, c.value]]);
const labelOf = (c: Case) => `${c.on && c.on !== 'launches' ? `${c.on}: ` : ''}${pairsOf(c).map(([k, v]) => `${k}=${v}`).join('&')}`;

/** Filter parameters of the contract, and the endpoint each must be tested on. */
function documentedFilters(): Array<{ param: string; on: Where }> {
  const main = contractParameters(PATHS.launches).map((p) => p.name);
  const out: Array<{ param: string; on: Where }> = main.filter((p) => !NOT_FILTERS.has(p)).map((param) => ({ param, on: 'launches' }));
  for (const where of ['upcoming', 'previous'] as const) {
    for (const p of contractParameters(PATHS[where])) {
      if (!NOT_FILTERS.has(p.name) && !main.includes(p.name)) out.push({ param: p.name, on: where });
    }
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------- */
/* Tests                                                                                          */
/* ---------------------------------------------------------------------------------------------- */

describe('the fixture data set', () => {
  test('every endpoint holds the expected launches without filters', async () => {
    for (const where of Object.keys(PATHS) as Where[]) await assertKeys(where, [], BASELINE[where]);
  });
});

describe('coverage of the contract', () => {
  const documented = documentedFilters();

  test('the contract documents the launch filters we expect to find (sanity)', () => {
    assert.ok(documented.length >= 90, `only ${documented.length} filter parameters found in the contract`);
    assert.ok(documented.some((d) => d.param === 'hide_recent_previous' && d.on === 'upcoming'));
  });

  test('every documented filter parameter has a case whose result differs from the unfiltered list', () => {
    const missing: string[] = [];
    for (const { param, on } of documented) {
      const mine = CASES.filter((c) => c.param === param && (c.on ?? 'launches') === on);
      const changes = mine.some((c) => JSON.stringify(sorted(c.expect)) !== JSON.stringify(sorted(BASELINE[on])));
      if (!changes) missing.push(`${on}: ${param}${mine.length ? ' (has cases, none changes the result)' : ''}`);
    }
    assert.deepStrictEqual(missing, [], `filter parameters without a discriminating case:\n  ${missing.join('\n  ')}`);
  });

  test('every case uses a parameter the contract documents for its endpoint', () => {
    const unknown = CASES.filter((c) => !contractParameters(PATHS[c.on ?? 'launches']).some((p) => p.name === c.param)).map(labelOf);
    assert.deepStrictEqual(unknown, []);
  });
});

describe('every documented 2.3.0 launch filter', () => {
  for (const c of CASES) {
    test(`${labelOf(c)} -> [${c.expect.join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
      await assertKeys(c.on ?? 'launches', pairsOf(c), c.expect);
    });
  }
});

describe('django-filter conventions', () => {
  for (const param of ['lsp__id', 'net__gte', 'name', 'is_crewed', 'id', 'year', 'lsp__name', 'status', 'status__ids', 'mission__orbit__name__icontains', 'include_suborbital']) {
    test(`an empty value means no filter: ${param}=`, async () => {
      await assertKeys('launches', [[param, '']], ALL_KEYS);
    });
  }
  test('an empty value means no filter: upcoming hide_recent_previous=', async () => {
    await assertKeys('upcoming', [['hide_recent_previous', '']], BASELINE.upcoming);
  });
  // a CharField strips its value before the empty test: blanks mean no filter too
  for (const param of ['name', 'slug', 'mission__orbit__name', 'rocket__configuration__full_name__icontains']) {
    test(`a blank value means no filter (CharField strips it): ${param}=(3 spaces)`, async () => {
      await assertKeys('launches', [[param, '   ']], ALL_KEYS);
    });
  }

  test('unknown parameters and undocumented lookups are ignored', async () => {
    for (const pairs of [
      [['foo', 'bar']],
      [['lsp__ids', '999']],
      [['net', '2024-09-28T17:17:22Z']],
      [['last_updated__gt', '2030-01-01T00:00:00Z']],
      [['name__icontains', 'soyuz']],
      [['hide_recent_previous', 'true']], // only the upcoming endpoint has it
    ] as Pairs[]) {
      await assertKeys('launches', pairs, ALL_KEYS, `${pairs[0][0]} is ignored`);
    }
  });

  test('a parameter given twice: the last value counts', async () => {
    await assertKeys('launches', [['lsp__id', '121'], ['lsp__id', '124']], ['L05']);
    await assertKeys('launches', [['net__gte', '2019-01-01T00:00:00Z'], ['net__gte', '2025-06-01T00:00:00Z']], ['L08', 'L09', 'L10', 'L11', 'L13']);
    await assertKeys('launches', [['is_crewed', 'false'], ['is_crewed', 'true']], CRS);
    await assertKeys('launches', [['name', 'Falcon Heavy | Europa Clipper'], ['name', 'Soyuz FG | Soyuz MS-12']], ['L01']);
  });

  test('several filters are AND-ed', async () => {
    await assertKeys('launches', [['lsp__id', '121'], ['pad', '87']], ['L03', 'L04']);
    await assertKeys('launches', [['is_crewed', 'true'], ['include_suborbital', 'false']], ['L01', 'L02', 'L10']);
    await assertKeys('launches', [['year', '2024'], ['month', '9,10'], ['status__ids', '3']], ['L02', 'L03', 'L04']);
  });

  test('an unreadable boolean is ignored (200, no filter)', async () => {
    await assertKeys('launches', [['is_crewed', 'maybe']], ALL_KEYS);
    await assertKeys('launches', [['include_suborbital', 'perhaps']], ALL_KEYS);
    await assertKeys('upcoming', [['hide_recent_previous', 'yes please']], BASELINE.upcoming);
  });
});

describe('invalid values: 400 with DRF error bodies', () => {
  const cases: Array<{ pairs: Pairs; body: Record<string, string[]> }> = [
    ...badValues(DRF.datetime, [['net__gte', 'tomorrow'], ['window_end__lt', '2024-02-30T00:00:00Z'], ['last_updated__lte', '2024-13-01']]),
    ...badValues(DRF.number, [['lsp__id', 'spacex'], ['lsp__id', '121,abc'], ['orbital_launch_attempt_count__gt', 'ten'], ['year', '2024,last'], ['mission__orbit__celestial_body__id', 'moon']]),
    ...badValues(DRF.uuid, [['id', 'not-a-uuid'], ['id', `${LAUNCH_IDS.L01},42`]]),
    ...badValues(DRF.choice, [['status', 'go'], ['status', '99'], ['status', '3.0']]),
    ...badValues('“iss” is not a valid value.', [['program', 'iss']]),
    ...badValues('Select a valid choice. 999 is not one of the available choices.', [['program', '999']]),
  ];
  for (const c of cases) {
    test(`${c.pairs.map(([k, v]) => `${k}=${v}`).join('&')} -> ${JSON.stringify(c.body)}`, async () => {
      const res = await t.get(url('launches', c.pairs));
      assert.equal(res.status, 400, res.text.slice(0, 300));
      assert.deepStrictEqual(res.body, c.body);
    });
  }

  test('several bad parameters give one body with each key', async () => {
    const res = await t.get(url('launches', [['net__gte', 'soon'], ['lsp__id', 'spacex'], ['id', '42'], ['year', 'last'], ['is_crewed', 'maybe'], ['name', 'Falcon 9']]));
    assert.equal(res.status, 400);
    assert.deepStrictEqual(res.body, {
      net__gte: ['Enter a valid date/time.'],
      lsp__id: ['Enter a number.'],
      id: ['Enter a valid UUID.'],
      year: ['Enter a number.'],
    });
  });

  test('the same errors on upcoming and previous', async () => {
    for (const where of ['upcoming', 'previous'] as const) {
      const res = await t.get(url(where, [['net__lt', 'x']]));
      assert.equal(res.status, 400);
      assert.deepStrictEqual(res.body, { net__lt: ['Enter a valid date/time.'] });
    }
  });
});

describe('odd values never cause a server error', () => {
  const params: Array<{ param: string; on: Where }> = [
    ...contractParameters(PATHS.launches).map((p) => ({ param: p.name, on: 'launches' as Where })),
    ...documentedFilters().filter((d) => d.on !== 'launches'),
  ];
  for (const { param, on } of params) {
    test(`${on}: ${param}`, async () => {
      assert.deepStrictEqual(await oddValueProblems(t, (value) => url(on, [[param, value]], [['limit', '100']]), param), []);
    });
  }
});

describe('search', () => {
  const cases: Array<{ search: string; expect: LaunchKey[]; on?: Where; why?: string }> = [
    { search: 'Falcon', expect: ['L02', 'L03', 'L04'] },
    { search: 'falcon crew', expect: ['L02'], why: 'AND across terms' },
    { search: 'falcon,crew', expect: ['L02'], why: 'commas split terms too' },
    { search: '  falcon   ,  crew ', expect: ['L02'] },
    { search: 'falcon nosuchword', expect: [] },
    { search: 'Kennedy', expect: ['L03', 'L04', 'L10'], why: 'pad location name' },
    { search: '39B', expect: ['L10'], why: 'pad name' },
    { search: 'ROSCOSMOS', expect: ['L01'], why: 'provider name; children are not searched through their parent' },
    { search: 'tsskb', expect: ['L01', 'L08'], why: 'manufacturer abbrev' },
    { search: 'freedom', expect: ['L02'], why: 'spacecraft name' },
    { search: 'Europa', expect: ['L04'], why: 'mission name and launch name' },
    { search: 'Artemis', expect: ['L10'] },
    { search: '2019-016', expect: ['L01'], why: 'launch designator' },
    { search: '2025-128', expect: ['L13'] },
    { search: '2025-128', expect: [], on: 'upcoming', why: 'upcoming does not search the launch designator' },
    { search: 'Owl Night', expect: ['L07', 'L13'] },
    { search: 'Owl_Night', expect: ['L07'], why: '_ is literal' },
    { search: '100%', expect: ['L07'], why: '% is literal (L09 has "100" without %)' },
    { search: '%', expect: ['L07'] },
    { search: '_', expect: ['L07'] },
  ];
  for (const c of cases) {
    test(`${c.on ? `${c.on}: ` : ''}search=${JSON.stringify(c.search)} -> [${c.expect.join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
      await assertKeys(c.on ?? 'launches', [['search', c.search]], c.expect);
    });
  }

  test('search combines with filters', async () => {
    await assertKeys('launches', [['search', 'falcon'], ['pad', '80']], ['L02']);
    await assertKeys('previous', [['search', 'soyuz']], ['L01', 'L08']);
  });
});

describe('ordering', () => {
  const NAME_ORDER: LaunchKey[] = ['L09', 'L11', 'L12', 'L07', 'L02', 'L03', 'L04', 'L13', 'L06', 'L10', 'L08', 'L01', 'L05'];

  test('ordering=name', async () => {
    assert.deepStrictEqual(await keysOf('launches', [['ordering', 'name']]), NAME_ORDER);
    assert.deepStrictEqual(NAME_ORDER.map(name), [...NAME_ORDER.map(name)].sort(), 'the expected order is sorted by name (sanity)');
  });

  test('ordering=-name', async () => {
    assert.deepStrictEqual(await keysOf('launches', [['ordering', '-name']]), [...NAME_ORDER].reverse());
  });

  test('ordering=-net: NET never increases, every launch once', async () => {
    const got = await keysOf('launches', [['ordering', '-net']]);
    assert.deepStrictEqual(sorted(got), sorted(ALL_KEYS));
    for (let i = 1; i < got.length; i++) assert.ok(net(got[i - 1]) >= net(got[i]), `${got[i - 1]} before ${got[i]}`);
  });

  test('ordering=net: NET never decreases', async () => {
    const got = await keysOf('launches', [['ordering', 'net']]);
    assert.deepStrictEqual(sorted(got), sorted(ALL_KEYS));
    for (let i = 1; i < got.length; i++) assert.ok(net(got[i - 1]) <= net(got[i]), `${got[i - 1]} before ${got[i]}`);
  });

  test('an unknown field is ignored', async () => {
    const plain = await keysOf('launches', []);
    assert.deepStrictEqual(await keysOf('launches', [['ordering', 'nonsense']]), plain);
    assert.deepStrictEqual(await keysOf('launches', [['ordering', '-mission__name']]), plain);
    assert.deepStrictEqual(await keysOf('launches', [['ordering', 'nonsense,-name']]), [...NAME_ORDER].reverse());
    assert.deepStrictEqual(await keysOf('upcoming', [['ordering', 'nonsense']]), ['L13', 'L08', 'L09', 'L11', 'L10']);
  });

  const orderings = ['', 'net', '-net', 'last_updated', '-last_updated', 'name', '-name', 'id', 'last_updated,-name'];
  for (const where of Object.keys(PATHS) as Where[]) {
    for (const ordering of orderings) {
      test(`${where}: paging with limit=3${ordering ? ` and ordering=${ordering}` : ''} visits every launch exactly once`, async () => {
        const pairs: Pairs = ordering ? [['ordering', ordering]] : [];
        const { count, seen } = await pageThrough<string>(t, (offset) => url(where, pairs, [['limit', '3'], ['offset', String(offset)], ['mode', 'list']]), 3, 30);
        assert.equal(count, BASELINE[where].length);
        assertSameMembers(seen.map(keyOf), BASELINE[where], `visited ${seen.map(keyOf).join(',')}`);
      });
    }
  }
});

describe('upcoming and previous', () => {
  test('upcoming: NET from 24 h ago on, by NET ascending (L13 is exactly 24 h old, L08 10 h)', async () => {
    assert.deepStrictEqual(await keysOf('upcoming', []), ['L13', 'L08', 'L09', 'L11', 'L10']);
  });

  test('upcoming with hide_recent_previous=true: only NET from now on', async () => {
    assert.deepStrictEqual(await keysOf('upcoming', [['hide_recent_previous', 'true']]), ['L09', 'L11', 'L10']);
  });

  test('previous: NET up to now, by NET descending', async () => {
    const got = await keysOf('previous', []);
    assert.deepStrictEqual(sorted(got), sorted(BASELINE.previous));
    assert.deepStrictEqual(got.slice(0, 4), ['L08', 'L13', 'L04', 'L05']);
    assert.deepStrictEqual(sorted(got.slice(4, 6)), ['L02', 'L03']);
    assert.deepStrictEqual(got.slice(6), ['L12', 'L06', 'L07', 'L01']);
  });

  test('one second later, L13 has left upcoming', async () => {
    const later = await launchFixtureApp(new Date(FIXED_NOW.getTime() + 1000));
    try {
      assert.deepStrictEqual(sorted(await keysOf('upcoming', [], later)), ['L08', 'L09', 'L10', 'L11']);
      assert.deepStrictEqual(sorted(await keysOf('previous', [], later)), sorted(BASELINE.previous));
    } finally {
      await later.close();
    }
  });

  test('at the NET of L08, L08 is both upcoming (even with hide_recent_previous) and previous', async () => {
    const atNet = await launchFixtureApp(new Date(net('L08')));
    try {
      assert.ok((await keysOf('upcoming', [['hide_recent_previous', 'true']], atNet)).includes('L08'));
      assert.ok((await keysOf('previous', [], atNet)).includes('L08'));
      assert.ok(!(await keysOf('previous', [], atNet)).includes('L09'));
    } finally {
      await atNet.close();
    }
  });

  test('the detail routes under upcoming/ and previous/ apply their scope', async () => {
    assert.equal((await t.get(`${PATHS.upcoming}${LAUNCH_IDS.L10}/`)).status, 200);
    assert.equal((await t.get(`${PATHS.upcoming}${LAUNCH_IDS.L01}/`)).status, 404);
    assert.equal((await t.get(`${PATHS.previous}${LAUNCH_IDS.L01}/`)).status, 200);
    assert.equal((await t.get(`${PATHS.previous}${LAUNCH_IDS.L10}/`)).status, 404);
  });
});
