/**
 * `/2.3.0/celestial_bodies/`, `/2.3.0/locations/` and `/2.3.0/pads/`: every documented filter,
 * search, ordering and error on the catalog fixtures (test/support/catalog-fixtures.ts).
 */
import { sharedApp } from '../support/app.ts';
import { DRF, badValues } from '../support/list-checks.ts';
import {
  BODIES,
  LOCATIONS,
  PADS,
  catalogFixtureApp,
  describeEndpoint,
  describeUnfiltered,
  fixtureTable,
  lookupCases,
  type FilterCase,
} from '../support/catalog-fixtures.ts';

const t = sharedApp(catalogFixtureApp);

/* ---------------------------------------------------------------------------------------------- */
/* Celestial bodies: no filters                                                                   */
/* ---------------------------------------------------------------------------------------------- */

describeUnfiltered('/2.3.0/celestial_bodies/', BODIES, [
  { search: 'Mars', expect: [4] },
  { search: 'planet', expect: [1, 4], why: 'type name' },
  { search: 'natural', expect: [2], why: 'type name "Natural Satellite"' },
  { search: 'star', expect: [3] },
  { search: 'moon satellite', expect: [2], why: 'name and type name, AND across terms' },
  { search: 'zzz', expect: [] },
], () => t);

/* ---------------------------------------------------------------------------------------------- */
/* Locations                                                                                      */
/* ---------------------------------------------------------------------------------------------- */

const { ids: locationIds, row: loc, where: whereLoc } = fixtureTable(LOCATIONS);

const locationCases: FilterCase[] = [
  ...lookupCases('total_launch_count', locationIds, (id) => loc(id).launches),
  ...lookupCases('total_landing_count', locationIds, (id) => loc(id).landings),
  { param: 'total_landing_count', value: '0', expect: [15, 10, 6], why: 'Kapustin Yar has no count: not 0' },
  { param: 'active', value: 'true', expect: whereLoc((l) => l.active) },
  { param: 'active', value: 'false', expect: [20, 205] },
  { param: 'country_code', value: 'NZL', expect: [10] },
  { param: 'country_code', value: 'RUS', expect: [6, 20] },
  { param: 'country_code', value: 'rus', expect: [], why: 'exact code' },
  { param: 'country_code', value: 'USA,RUS', expect: [], why: 'a single code, not a list' },
  { param: 'id', value: '27', expect: [27] },
  { param: 'name', value: 'Kennedy Space Center, FL, USA', expect: [27] },
  { param: 'name', value: 'Kennedy Space Center', expect: [], why: 'exact' },
  { param: 'name__contains', value: 'Cosmodrome', expect: [15, 6] },
  { param: 'name__contains', value: 'cosmodrome', expect: [], why: 'case-sensitive' },
  { param: 'name__contains', value: 'Russian Federation', expect: [6, 20] },
];

describeEndpoint(
  {
    path: '/2.3.0/locations/',
    ids: locationIds,
    cases: locationCases,
    bad: [
      ...badValues(DRF.number, [['id', 'kennedy'], ['total_launch_count__gt', 'many'], ['total_landing_count', '1,2']]),
      ...badValues(DRF.nul, [['country_code', 'U\u0000SA']]),
    ],
    search: [
      { search: 'Cape Canaveral', expect: [12] },
      { search: 'usa', expect: [12, 27], why: 'country code and name' },
      { search: 'NZL', expect: [10], why: 'country code' },
      { search: 'kaz', expect: [15] },
      { search: 'moon', expect: [205] },
      { search: 'russian,kapustin', expect: [20] },
      { search: 'zzz', expect: [] },
    ],
    ordering: [
      { field: 'total_landing_count', key: (id) => loc(id).landings },
      { field: 'total_launch_count', key: (id) => loc(id).launches },
    ],
  },
  () => t,
);

/* ---------------------------------------------------------------------------------------------- */
/* Pads                                                                                           */
/* ---------------------------------------------------------------------------------------------- */

const { ids: padIds, row: pad, where: wherePad } = fixtureTable(PADS);

const padCases: FilterCase[] = [
  ...lookupCases('total_launch_count', padIds, (id) => pad(id).total),
  ...lookupCases('orbital_launch_attempt_count', padIds, (id) => pad(id).orbital),
  ...lookupCases('latitude', padIds, (id) => pad(id).lat, { lookups: ['gt', 'gte', 'lt', 'lte'] }),
  ...lookupCases('longitude', padIds, (id) => pad(id).lon, { lookups: ['gt', 'gte', 'lt', 'lte'] }),
  { param: 'latitude__lt', value: '0', expect: [166, 300], why: 'the southern pads' },
  { param: 'longitude__gte', value: '-80.6', expect: wherePad((p) => p.lon >= -80.6) },
  { param: 'longitude__lte', value: '-80.60428186', expect: [87, 88, 300], why: 'boundary included' },
  { param: 'total_launch_count', value: '50', expect: [88, 166] },
  { param: 'orbital_launch_attempt_count', value: '0', expect: [112], why: 'zero, not null' },
  { param: 'active', value: 'false', expect: [112, 300] },
  { param: 'active', value: 'True', expect: wherePad((p) => p.active) },
  { param: 'agencies_ids', value: '44', expect: [87, 88] },
  { param: 'agencies_ids', value: '63,147', expect: [7, 166, 43, 112], why: '43 has two agencies and appears once' },
  { param: 'agencies_ids', value: '121, 44', expect: [80, 87, 88] },
  { param: 'id', value: '87', expect: [87] },
  { param: 'id', value: '8', expect: [] },
  { param: 'id__contains', value: '8', expect: [80, 87, 88], why: 'the digits of the key' },
  { param: 'id__contains', value: '12', expect: [112] },
  { param: 'id__contains', value: '1', expect: [166, 112] },
  { param: 'location__id', value: '27', expect: [87, 88] },
  { param: 'location__id', value: '205', expect: [300] },
  { param: 'location__name', value: 'Kennedy Space Center, FL, USA', expect: [87, 88] },
  { param: 'location__name__contains', value: 'Cosmodrome', expect: [7, 43] },
  { param: 'location__name__contains', value: 'cosmodrome', expect: [] },
  { param: 'name', value: 'Launch Complex 39A', expect: [87] },
  { param: 'name__contains', value: 'Complex', expect: wherePad((p) => p.name.includes('Complex')) },
  { param: 'name__contains', value: '/', expect: [7, 43] },
];

describeEndpoint(
  {
    path: '/2.3.0/pads/',
    ids: padIds,
    cases: padCases,
    bad: [
      ...badValues(DRF.number, [['latitude__gt', 'north'], ['longitude__lte', '12°'], ['id__contains', 'x'], ['agencies_ids', '44,spacex'], ['location__id', 'kennedy']]),
    ],
    search: [
      { search: '39A', expect: [87] },
      { search: 'Kennedy', expect: [87, 88], why: 'location name' },
      { search: 'complex 40', expect: [80] },
      { search: "chang'e", expect: [300] },
      { search: '290', expect: [80], why: 'orbital launch attempt count, as text' },
      { search: '110', expect: [29], why: 'total launch count, as text' },
      { search: 'zzz', expect: [] },
    ],
    ordering: [
      { field: 'id', key: (id) => id },
      { field: 'location__id', key: (id) => pad(id).location },
      { field: 'location__name', key: (id) => loc(pad(id).location).name },
      { field: 'name', key: (id) => pad(id).name },
      { field: 'orbital_launch_attempt_count', key: (id) => pad(id).orbital },
      { field: 'total_launch_count', key: (id) => pad(id).total },
    ],
  },
  () => t,
);
