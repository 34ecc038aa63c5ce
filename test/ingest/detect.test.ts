/**
 * What the importer reads from an object's own `url`. LL2 writes every `url` of an answer to a request
 * made with a DRF format suffix with that suffix in place of the trailing slash: a page of
 * `/2.0.0/event/upcoming.json` (captured in multipolygon/launch-library-rss,
 * space-schedule/event/source.json @ 0412e77e) names its objects `.../2.2.0/event/379.json`,
 * `.../2.2.0/config/launcher/20.json`. Such a dump must import like the unsuffixed one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFromUrl } from '../../src/ingest/detect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase } from '../support/app.ts';

test('urls with a format suffix name their entity and version', () => {
  const cases: Array<[string, string, string]> = [
    ['https://ll.thespacedevs.com/2.2.0/event/379.json', '2.2.0', 'event'],
    ['https://ll.thespacedevs.com/2.2.0/config/launcher/20.json', '2.2.0', 'launcher_config'],
    ['https://ll.thespacedevs.com/2.2.0/launch/e81bd43b-6359-4436-911f-01888c3369ef.json', '2.2.0', 'launch'],
    ['https://ll.thespacedevs.com/2.3.0/launches/e81bd43b-6359-4436-911f-01888c3369ef.json/', '2.3.0', 'launch'],
    ['https://ll.thespacedevs.com/2.0.0/spacecraft/flight/12.api?format=api', '2.0.0', 'spacecraft_flight'],
    ['https://ll.thespacedevs.com/2.3.0/launches/e81bd43b-6359-4436-911f-01888c3369ef/', '2.3.0', 'launch'],
  ];
  for (const [url, version, entity] of cases) assert.deepEqual(detectFromUrl(url), { version, entity }, url);
  // a dot inside the id position is no id (DRF's router matches `[^/.]+`), a bare list path no object
  assert.equal(detectFromUrl('https://ll.thespacedevs.com/2.2.0/event/3.7.json'), null);
  assert.equal(detectFromUrl('https://ll.thespacedevs.com/2.2.0/event.json'), null);
});

test('a page whose urls carry `.json` imports', async () => {
  const database = await freshDatabase();
  try {
    const page = {
      count: 1,
      next: null,
      previous: null,
      results: [
        {
          id: 20,
          url: 'https://ll.thespacedevs.com/2.2.0/config/launcher/20.json',
          name: 'Ariane 5 ECA',
          family: 'Ariane 5',
          full_name: 'Ariane 5 ECA',
          variant: 'ECA',
        },
      ],
    };
    const summary = await importDocument(database, page);
    assert.ok(JSON.stringify(summary).includes('launcher_config'), JSON.stringify(summary));
    const row = await database.db.selectFrom('launcher_config').select(['id', 'name']).where('id', '=', 20).executeTakeFirst();
    assert.deepEqual(row, { id: 20, name: 'Ariane 5 ECA' });
  } finally {
    await database.close();
  }
});
