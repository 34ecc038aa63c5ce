/**
 * `/2.3.0/programs/` and `/2.3.0/mission_patches/`: every documented filter, search, ordering and
 * error on the catalog fixtures (test/support/catalog-fixtures.ts).
 */
import { sharedApp } from '../support/app.ts';
import { DRF, badValues } from '../support/list-checks.ts';
import { AGENCIES, PATCHES, PROGRAMS, catalogFixtureApp, describeEndpoint, describeUnfiltered, fixtureTable, type FilterCase, type PatchDef } from '../support/catalog-fixtures.ts';

const t = sharedApp(catalogFixtureApp);

/* ---------------------------------------------------------------------------------------------- */
/* Programs: no filters; LL2 documents search and ordering without naming fields                  */
/* ---------------------------------------------------------------------------------------------- */

describeUnfiltered('/2.3.0/programs/', PROGRAMS, [
  { search: 'station', expect: [17] },
  { search: 'program', expect: [19, 25] },
  { search: 'mars exploration', expect: [25] },
  { search: 'zzz', expect: [] },
], () => t);

/* ---------------------------------------------------------------------------------------------- */
/* Mission patches                                                                                */
/* ---------------------------------------------------------------------------------------------- */

const { ids: patchIds, row: patch, where: wherePatch } = fixtureTable(PATCHES);
const agencyName = (p: PatchDef) => (p.agency === null ? null : AGENCIES.find((a) => a.id === p.agency)!.name);

const patchCases: FilterCase[] = [
  { param: 'agency__id', value: '63', expect: [12, 14] },
  { param: 'agency__id', value: '121', expect: [10] },
  { param: 'agency__name', value: 'Rocket Lab', expect: [13] },
  { param: 'agency__name', value: 'rocket lab', expect: [], why: 'exact is case-sensitive' },
  { param: 'agency__name__contains', value: 'Space', expect: wherePatch((p) => (agencyName(p) ?? '').includes('Space')) },
  { param: 'agency__name__contains', value: 'space', expect: [15], why: 'case-sensitive: Arianespace only' },
  { param: 'id', value: '13', expect: [13] },
  { param: 'ids', value: '10,16', expect: [10, 16] },
  { param: 'ids', value: '11, 999', expect: [11] },
  { param: 'name', value: 'Crew-9', expect: [10] },
  { param: 'name__contains', value: 'Patch', expect: [16] },
  { param: 'name__contains', value: 'a', expect: wherePatch((p) => p.name.includes('a')) },
];

describeEndpoint(
  {
    path: '/2.3.0/mission_patches/',
    ids: patchIds,
    cases: patchCases,
    bad: [
      ...badValues(DRF.number, [['agency__id', 'spacex'], ['id', 'x'], ['ids', '10,x']]),
      ...badValues(DRF.nul, [['agency__name__contains', '\u0000']]),
    ],
    search: [
      { search: 'Ariane', expect: [15], why: 'name and agency name' },
      { search: 'rocket', expect: [13], why: 'agency name' },
      { search: 'expedition', expect: [12] },
      { search: 'soyuz roscosmos', expect: [14], why: 'AND across terms and fields' },
      { search: 'zzz', expect: [] },
    ],
    ordering: [
      { field: 'agency__name', key: (id) => agencyName(patch(id)) },
      { field: 'id', key: (id) => id },
      { field: 'name', key: (id) => patch(id).name },
      { field: 'priority', key: (id) => patch(id).priority },
    ],
  },
  () => t,
);
