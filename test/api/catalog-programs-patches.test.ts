/**
 * `/2.3.0/programs/` and `/2.3.0/mission_patches/`: every documented filter, search, ordering and
 * error on the catalog fixtures (test/support/catalog-fixtures.ts).
 */
import { after, before } from 'node:test';
import type { TestApp } from '../support/app.ts';
import { AGENCIES, PATCHES, PROGRAMS, catalogFixtureApp, describeEndpoint, type FilterCase, type PatchDef } from '../support/catalog-fixtures.ts';

let t: TestApp;
before(async () => {
  t = await catalogFixtureApp();
});
after(() => t?.close());

/* ---------------------------------------------------------------------------------------------- */
/* Programs: no filters; LL2 documents search and ordering without naming fields                  */
/* ---------------------------------------------------------------------------------------------- */

const programIds = PROGRAMS.map((p) => p.id).sort((a, b) => a - b);

describeEndpoint(
  {
    path: '/2.3.0/programs/',
    ids: programIds,
    cases: [],
    bad: [],
    search: [
      { search: 'station', expect: [17] },
      { search: 'program', expect: [19, 25] },
      { search: 'mars exploration', expect: [25] },
      { search: 'zzz', expect: [] },
    ],
    ordering: [
      { field: 'id', key: (id) => id },
      { field: 'name', key: (id) => PROGRAMS.find((p) => p.id === id)!.name },
    ],
  },
  () => t,
);

/* ---------------------------------------------------------------------------------------------- */
/* Mission patches                                                                                */
/* ---------------------------------------------------------------------------------------------- */

const patchIds = PATCHES.map((p) => p.id).sort((a, b) => a - b);
const patch = (id: number) => PATCHES.find((p) => p.id === id)!;
const agencyName = (p: PatchDef) => (p.agency === null ? null : AGENCIES.find((a) => a.id === p.agency)!.name);
const wherePatch = (pred: (p: PatchDef) => boolean) => PATCHES.filter(pred).map((p) => p.id);

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
      { pairs: [['agency__id', 'spacex']], body: { agency__id: ['Enter a number.'] } },
      { pairs: [['id', 'x']], body: { id: ['Enter a number.'] } },
      { pairs: [['ids', '10,x']], body: { ids: ['Enter a number.'] } },
      { pairs: [['agency__name__contains', '\u0000']], body: { agency__name__contains: ['Null characters are not allowed.'] } },
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
