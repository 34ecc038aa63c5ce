/**
 * `/2.3.0/agencies/`: every documented filter, search, ordering and error on the catalog fixtures
 * (test/support/catalog-fixtures.ts). Expected ids are read off the fixture tables.
 */
import { sharedApp } from '../support/app.ts';
import { DRF, badValues } from '../support/list-checks.ts';
import {
  AGENCIES,
  AGENCY_COUNT_FIELDS,
  AGENCY_TYPE,
  agencyValue,
  catalogFixtureApp,
  describeEndpoint,
  fixtureTable,
  lookupCases,
  type FilterCase,
} from '../support/catalog-fixtures.ts';

const t = sharedApp(catalogFixtureApp);

const { ids, row, where } = fixtureTable(AGENCIES);
const num = (field: string) => (id: number) => agencyValue(row(id), field) as number | null;

const cases: FilterCase[] = [
  // --- the nine counts and the founding year (the Canadian Space Agency has them all null) --------
  ...[...AGENCY_COUNT_FIELDS, 'founding_year'].flatMap((f) => lookupCases(f, ids, num(f))),
  { param: 'total_launch_count', value: '480', expect: [121] },
  { param: 'total_launch_count__lt', value: '100', expect: [147, 27, 1029], why: 'a null count is never compared' },
  { param: 'attempted_landings', value: '0', expect: where((a) => a.counts[5] === 0) },
  { param: 'pending_launches__gte', value: '10.7', expect: where((a) => (a.counts[3] ?? -1) >= 10), why: 'Django compares int(10.7) = 10' },
  { param: 'founding_year__lte', value: '1975', expect: [44, 96, 27] },

  // --- text --------------------------------------------------------------------------------------
  { param: 'abbrev', value: 'NASA', expect: [44] },
  { param: 'abbrev', value: 'nasa', expect: [], why: 'exact is case-sensitive' },
  { param: 'abbrev', value: ' ESA ', expect: [27], why: 'CharField strips the value' },
  { param: 'abbrev__contains', value: 'SA', expect: where((a) => a.abbrev.includes('SA')) },
  { param: 'abbrev__contains', value: 'sa', expect: [], why: 'contains is case-sensitive' },
  { param: 'name', value: 'Rocket Lab', expect: [147] },
  { param: 'name__contains', value: 'Space', expect: where((a) => a.name.includes('Space')) },
  { param: 'name__contains', value: '(ROSCOSMOS)', expect: [63] },
  { param: 'description', value: 'An American commercial launch service provider.', expect: [121, 124] },
  { param: 'description__contains', value: 'launch', expect: where((a) => (a.description ?? '').includes('launch')) },
  { param: 'description__contains', value: 'European', expect: where((a) => (a.description ?? '').includes('European')) },
  { param: 'description__contains', value: 'european', expect: [], why: 'contains is case-sensitive' },

  // --- countries: ISO 3166-1 alpha-3 codes, comma-separated ----------------------------------------
  { param: 'country_code', value: 'USA', expect: [44, 121, 124, 147] },
  { param: 'country_code', value: 'NZL', expect: [147], why: 'Rocket Lab has two countries' },
  { param: 'country_code', value: 'DEU,CAN', expect: [27, 16, 1029] },
  { param: 'country_code', value: 'RUS, NZL', expect: [63, 96, 1046, 147], why: 'each item is stripped' },
  { param: 'country_code', value: 'usa', expect: [] },

  // --- booleans ----------------------------------------------------------------------------------
  { param: 'featured', value: 'true', expect: where((a) => a.featured) },
  { param: 'featured', value: 'False', expect: where((a) => !a.featured) },
  { param: 'featured', value: '1', expect: where((a) => a.featured) },
  { param: 'featured', value: 'maybe', expect: ids, why: 'an unreadable boolean is ignored' },
  { param: 'spacecraft', value: 'true', expect: where((a) => a.spacecraft !== ''), why: 'agencies whose spacecraft text names some' },
  { param: 'spacecraft', value: 'false', expect: where((a) => a.spacecraft === '') },

  // --- keys ----------------------------------------------------------------------------------------
  { param: 'id', value: '121', expect: [121] },
  { param: 'id', value: '12', expect: [] },
  { param: 'parent__id', value: '63', expect: [96, 1046], why: 'the agencies whose parent is ROSCOSMOS' },
  { param: 'parent__id', value: '27', expect: [115] },
  { param: 'parent__id', value: '121', expect: [], why: 'SpaceX is nobody\'s parent' },
  { param: 'parent__id', value: '999', expect: [] },
  { param: 'type__id', value: String(AGENCY_TYPE.Commercial.id), expect: where((a) => a.type === 'Commercial') },
  { param: 'type__id', value: String(AGENCY_TYPE.Multinational.id), expect: [27] },
];

describeEndpoint(
  {
    path: '/2.3.0/agencies/',
    ids,
    cases,
    bad: [
      ...badValues(DRF.number, [['founding_year__gt', 'old'], ['id', 'nasa'], ['parent__id', 'roscosmos'], ['type__id', 'commercial']]),
      ...badValues(DRF.nul, [['name', 'a\u0000b']]),
      {
        pairs: [['total_launch_count__gte', 'x'], ['failed_landings', 'y'], ['featured', 'maybe'], ['abbrev', 'NASA']],
        body: { total_launch_count__gte: ['Enter a number.'], failed_landings: ['Enter a number.'] },
      },
    ],
    search: [
      { search: 'SpaceX', expect: [121] },
      { search: 'nasa', expect: [44], why: 'abbrev, any case' },
      { search: 'space agency', expect: [63, 27, 16], why: 'every term must match' },
      { search: 'space,agency', expect: [63, 27, 16], why: 'commas split terms too' },
      { search: 'ariane', expect: [115, 1029] },
      { search: 'RL', expect: [147], why: 'abbrev' },
      { search: '%', expect: [] },
      { search: 'zzz', expect: [] },
    ],
    ordering: [
      ...[...AGENCY_COUNT_FIELDS].sort().map((field) => ({ field, key: num(field) })),
      { field: 'featured', key: (id: number) => (row(id).featured ? 1 : 0) },
      { field: 'id', key: (id: number) => id },
      { field: 'name', key: (id: number) => row(id).name },
    ],
  },
  () => t,
);
