/**
 * The generator leaves null what LL2 leaves null where 2.3.0 cannot carry the value (a mission's
 * launch_designator, a country-less site's country_code string): a mirror that syncs a generated
 * upstream through 2.3.0 must then read the same as it through 2.2.0 and 2.0.0. Each object of a
 * 2.3.0 detailed page is imported into an empty database and its older details compared.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { resourcePaths } from '../../src/api/resource-paths.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, testApp, type TestApp } from '../support/app.ts';
import { jsonDifferences } from '../support/json-diff.ts';

const ANCHOR = new Date('2026-11-01T00:00:00Z');
// seed 7's first 100 launches include one from the Moon's surface (no country)
const PAGES: Array<[entity: keyof typeof resourcePaths, list: string]> = [
  ['launch', '/2.3.0/launches/?mode=detailed&limit=100'],
  ['pad', '/2.3.0/pads/?limit=60'],
];

describe('what 2.3.0 cannot carry is left null by the generator', () => {
  let source: TestApp;
  before(async () => {
    const database = await freshDatabase();
    await generateDataset(database, { launches: 300, seed: 7, anchor: ANCHOR });
    source = await testApp({ database, now: ANCHOR });
  });
  after(() => source.close());

  for (const [entity, list] of PAGES) {
    test(`${list}: imported, each object reads through 2.2.0 and 2.0.0 as in the source`, async () => {
      const page = (await source.get(list)).body;
      const target = await testApp({ database: await freshDatabase(), now: ANCHOR });
      try {
        await importDocument(target.database, page);
        const differences: string[] = [];
        let compared = 0;
        for (const version of ['2.2.0', '2.0.0'] as const) {
          for (const o of page.results) {
            const path = `/${version}/${resourcePaths[entity][version]}/${o.id}/`;
            const [a, b] = [await source.get(path), await target.get(path)];
            assert.equal(b.status, a.status, path);
            if (a.status !== 200) continue; // 2.0.0 does not show launches from other bodies
            compared++;
            differences.push(...jsonDifferences(a.body, b.body).map((d) => `${path} ${d}`));
          }
        }
        assert.deepStrictEqual(differences, []);
        assert.ok(compared > page.results.length, `${compared} details compared`);
      } finally {
        await target.close();
      }
    });
  }
});
