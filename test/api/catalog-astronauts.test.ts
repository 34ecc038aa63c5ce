/**
 * `/2.3.0/astronauts/`: every documented filter, search, ordering and error on the catalog fixtures
 * (test/support/catalog-fixtures.ts). Expected ids are read off the fixture tables.
 */
import { sharedApp } from '../support/app.ts';
import { DRF, badValues } from '../support/list-checks.ts';
import {
  ASTRONAUTS,
  ASTRONAUT_STATUS,
  ASTRONAUT_TYPE,
  COUNTRY,
  catalogFixtureApp,
  describeEndpoint,
  fixtureTable,
  lookupCases,
  type AstronautDef,
  type FilterCase,
} from '../support/catalog-fixtures.ts';

const t = sharedApp(catalogFixtureApp);

const { ids, row, where } = fixtureTable(ASTRONAUTS);
const field = <K extends keyof AstronautDef>(k: K) => (id: number) => row(id)[k] as any;
const nationalities = (a: AstronautDef) => a.nationality.map((c) => COUNTRY[c].nationality_name.toLowerCase());

const cases: FilterCase[] = [
  // --- numbers ------------------------------------------------------------------------------------
  ...lookupCases('age', ids, field('age')),
  ...lookupCases('flights_count', ids, field('flights_count')),
  ...lookupCases('landings_count', ids, field('landings_count')),
  { param: 'flights_count', value: '0', expect: [106, 108] },
  { param: 'age__lt', value: '40', expect: [105], why: 'Laika has no age' },

  // --- dates: YYYY-MM-DD ---------------------------------------------------------------------------
  ...lookupCases('date_of_birth', ids, field('date_of_birth')),
  ...lookupCases('date_of_death', ids, field('date_of_death'), { pivot: '1960-01-01' }),
  ...lookupCases('date_of_death', ids, field('date_of_death'), { lookups: ['exact'] }),
  { param: 'date_of_birth__lt', value: '1975-09-14', expect: where((a) => a.date_of_birth !== null && a.date_of_birth < '1975-09-14') },

  // --- date-times -------------------------------------------------------------------------------
  ...lookupCases('first_flight', ids, field('first_flight')),
  ...lookupCases('last_flight', ids, field('last_flight')),
  { param: 'first_flight__gte', value: '2016-03-18', expect: [101, 102, 103, 104], why: 'a date alone is midnight UTC' },
  { param: 'last_flight__lt', value: '2024-09-28T19:17:22+02:00', expect: where((a) => a.last_flight !== null && a.last_flight < '2024-09-28T17:17:22Z'), why: 'an offset is honoured' },
  { param: 'last_flight', value: '2024-09-28 17:17:22', expect: [102], why: 'space instead of T, no zone means UTC' },
  { param: 'first_flight__lte', value: '1961-04-12T06:07:00.5Z', expect: [105, 107], why: 'fractional seconds' },

  // --- booleans -----------------------------------------------------------------------------------
  { param: 'has_flown', value: 'true', expect: where((a) => a.has_flown) },
  { param: 'has_flown', value: 'false', expect: [106, 108] },
  { param: 'in_space', value: 'True', expect: [102] },
  { param: 'in_space', value: '0', expect: where((a) => !a.in_space) },
  { param: 'is_human', value: 'false', expect: [107] },
  { param: 'is_human', value: 'true', expect: where((a) => a.is_human) },

  // --- relations ----------------------------------------------------------------------------------
  { param: 'agency_ids', value: '44', expect: [102, 103, 106] },
  { param: 'agency_ids', value: '63,16', expect: [101, 105, 107, 108] },
  { param: 'agency_ids', value: '27, 999', expect: [104], why: 'each item is stripped; an unknown id matches nothing' },
  { param: 'status_ids', value: String(ASTRONAUT_STATUS.Active.id), expect: where((a) => a.status === 'Active') },
  { param: 'status_ids', value: `${ASTRONAUT_STATUS.Deceased.id},${ASTRONAUT_STATUS.Retired.id}`, expect: [105, 107, 109] },
  { param: 'type__id', value: String(ASTRONAUT_TYPE.NonHuman.id), expect: [107] },
  { param: 'type__id', value: String(ASTRONAUT_TYPE.Private.id), expect: [109] },
  { param: 'nationality', value: 'Russian', expect: where((a) => nationalities(a).includes('russian')) },
  { param: 'nationality', value: 'american', expect: [102, 103, 106], why: 'any case' },
  { param: 'nationality', value: 'British', expect: [109], why: 'one of two nationalities' },
  { param: 'nationality', value: 'Martian', expect: [] },
];

describeEndpoint(
  {
    path: '/2.3.0/astronauts/',
    ids,
    cases,
    bad: [
      ...badValues(DRF.number, [['age', 'old'], ['agency_ids', '44,nasa'], ['status_ids', 'active']]),
      ...badValues(DRF.date, [['date_of_birth', '1975-13-01'], ['date_of_death__lt', 'yesterday']]),
      ...badValues(DRF.datetime, [['first_flight__gte', '2016-02-30T00:00:00Z'], ['last_flight', 'soon']]),
      ...badValues(DRF.nul, [['nationality', 'x\u0000']]),
      {
        pairs: [['age__gt', 'x'], ['type__id', 'y'], ['has_flown', 'maybe']],
        body: { age__gt: ['Enter a number.'], type__id: ['Enter a number.'] },
      },
    ],
    search: [
      { search: 'Pesquet', expect: [104] },
      { search: 'nasa', expect: [102, 103, 106], why: 'agency abbrev' },
      { search: 'Roscosmos', expect: [101, 105, 107], why: 'agency name' },
      { search: 'british', expect: [109], why: 'nationality name' },
      { search: 'south african', expect: [109], why: 'two terms, both in one nationality' },
      { search: 'american chris', expect: [103, 106], why: 'AND across terms and fields' },
      { search: 'canadian,hansen', expect: [108] },
      { search: 'zzz', expect: [] },
    ],
    ordering: [
      { field: 'age', key: field('age') },
      { field: 'date_of_birth', key: field('date_of_birth') },
      { field: 'eva_time', key: field('eva_time_s') },
      { field: 'flights_count', key: field('flights_count') },
      { field: 'id', key: (id) => id },
      { field: 'landings_count', key: field('landings_count') },
      { field: 'last_flight', key: field('last_flight') },
      { field: 'name', key: field('name') },
      { field: 'spacewalks_count', key: field('spacewalks_count') },
      { field: 'status', key: (id) => ASTRONAUT_STATUS[row(id).status].id },
      { field: 'time_in_space', key: field('time_in_space_s') },
    ],
  },
  () => t,
);
