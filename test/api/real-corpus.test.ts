/**
 * Real LL2 responses (test/fixtures/real/, its README names each file's source and request, and the
 * seeds): each file imported alone into an empty database, every top-level object read back through
 * its own path must equal the source exactly. The differences LL2's data makes impossible to reproduce
 * are listed in EXCEPTIONS with their reason; an exception that no longer matches a difference fails
 * too, so a fix shows up here. `LL2_CORPUS_REPORT=1` prints every difference, excepted or not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, readSeed, testApp } from '../support/app.ts';
import { corpusFiles, matches, roundTrip, type CorpusException, type Difference } from '../support/real-corpus.ts';

/**
 * Seven 2.2.0 responses of March 2021 (test/fixtures/real/README.md) show 2.2.0 before LL2 added the keys its
 * later 2.2.0 serves (the 2023-2025 captures and LL2's 2.2.0 document): no launch `net_precision`,
 * `weather_concerns` or attempt counts, no pad/location `description`, no astronaut counters, no spacecraft
 * counters, a spacecraft flight without its crews and landing, a short configuration inside it, LL1's
 * `launch_library_id` still on nested launcher configurations. The later shape is the one served; only those
 * objects' key sets differ (a value difference would sit at a deeper path and is not excepted).
 */
function early2021(file: string, paths: string[]): CorpusException[] {
  return paths.map((path) => ({ file, object: '*', path, reason: '2.2.0 of 2021-03: keys differ from the later 2.2.0 shape' }));
}

const EXCEPTIONS: CorpusException[] = [
  // Two 2.0.0 shapes of August 2020, older than the other 2.0.0 captures (2020-09 to 2026-06), which all
  // carry these keys: the later capture's shape is the one served.
  {
    file: '2.0.0/launch-list-2020-08.json',
    object: '*',
    path: '$.program[*]',
    reason: "a launch's programs had no `agencies` list yet (2.0.0 of 2020-09 and later lists them)",
  },
  {
    file: '2.0.0/launch-upcoming-2020-08.json',
    object: '*',
    path: '$',
    reason: 'launches had no `program` key (2.0.0 of 2020-08-26 and later have it)',
  },
  // A 2.2.0 page of July 2023, older than the 2.2.0 captures of 2024-2025, which show a pad's and a
  // location's `description` and a program's `type`: the later capture's shape is the one served.
  ...[
    ['$.pad', "pads had no `description` yet (2.2.0 of 2024-06 and later have it)"],
    ['$.pad.location', "locations had no `description` yet (2.2.0 of 2024-06 and later have it)"],
    ['$.program[*]', 'programs had no `type` yet (2.2.0 of 2025-05 has it)'],
  ].map(([path, reason]) => ({ file: '2.2.0/launch-upcoming-normal-lldev-2023.json', object: '*', path, reason })),
  // Two 2.2.0 captures of 2022 (a normal upcoming page of February, a detailed launch of June): 2.2.0 before
  // the keys the 2023-2025 captures show (launch `net_precision`, `weather_concerns`, attempt counts on the
  // page, `timeline`, `pad_turnaround`, `type` on the detail; pad/location `description`, pad `country_code`;
  // a program's `type`; a detailed configuration's landing counters; mission links; link `source`/`type`/
  // `language`). Only key sets differ: every value the captures hold reads back equal.
  ...['$', '$.pad', '$.pad.location', '$.program[*]'].map((path) => ({ file: '2.2.0/launch-upcoming-format-json-2022-02.json', object: '*', path, reason: '2.2.0 of 2022-02: keys differ from the later 2.2.0 shape' })),
  ...['$', '$.rocket.configuration', '$.mission', '$.pad', '$.pad.location', '$.infoURLs[*]', '$.vidURLs[*]'].map((path) => ({
    file: '2.2.0/launch-detail-capstone-2022-06.json',
    object: '*',
    path,
    reason: '2.2.0 of 2022-06: keys differ from the later 2.2.0 shape',
  })),
  ...early2021('2.2.0/agency-detail-nasa-2021-03.json', ['$.launcher_list[*]', '$.spacecraft_list[*]', '$.spacecraft_list[*].agency']),
  ...early2021('2.2.0/astronaut-detail-545-2021-03.json', ['$', '$.flights[*]', '$.flights[*].pad', '$.flights[*].pad.location', '$.flights[*].program[*]', '$.landings[*]', '$.landings[*].spacecraft', '$.landings[*].launch', '$.landings[*].launch.pad', '$.landings[*].launch.pad.location', '$.landings[*].launch.program[*]']),
  ...early2021('2.2.0/astronaut-list-active-2021-03.json', ['$', '$.agency']),
  ...early2021('2.2.0/launch-upcoming-normal-2021-03.json', ['$', '$.pad', '$.pad.location']),
  ...early2021('2.2.0/spacecraft-detail-40-2021-03.json', ['$', '$.spacecraft_config', '$.spacecraft_config.agency', '$.flights[*]', '$.flights[*].spacecraft', '$.flights[*].launch', '$.flights[*].launch.pad', '$.flights[*].launch.pad.location', '$.flights[*].launch.program[*]']),
  ...early2021('2.2.0/spacecraft-flight-detail-186-2021-03.json', ['$', '$.spacecraft', '$.spacecraft.spacecraft_config', '$.spacecraft.spacecraft_config.agency', '$.launch', '$.launch.pad', '$.launch.pad.location']),
  ...early2021('2.2.0/spacecraft-flight-detail-90-2021-03.json', ['$', '$.spacecraft', '$.spacecraft.spacecraft_config', '$.spacecraft.spacecraft_config.agency', '$.launch', '$.launch.pad', '$.launch.pad.location']),
];

const report = process.env.LL2_CORPUS_REPORT === '1';
const { files, undocumented } = corpusFiles();

describe('real LL2 responses read back equal', () => {
  test('every corpus file has its row (source and request) in test/fixtures/real/README.md', () => {
    assert.deepEqual(undocumented, []);
  });

  test('every exception names a corpus file', () => {
    const names = new Set(files.map((f) => f.name));
    assert.deepEqual(EXCEPTIONS.filter((e) => !names.has(e.file)), []);
  });

  for (const file of files) {
    test(file.name, async (t) => {
      const result = await roundTrip(file);
      const mine = EXCEPTIONS.filter((e) => e.file === file.name);
      const unexpected: Difference[] = [];
      const used = new Set<CorpusException>();
      for (const d of result.differences) {
        const e = mine.find((x) => matches(x, d));
        if (e) used.add(e);
        else unexpected.push(d);
      }
      const differing = new Set(result.differences.map((d) => d.object));
      const excepted = [...differing].filter((o) => !unexpected.some((d) => d.object === o)).length;
      const summary = `${file.name}: equal ${result.equal} / ${result.objects} objects${excepted ? ` (${excepted} more but for listed exceptions)` : ''}`;
      t.diagnostic(summary);
      if (report) {
        console.log(summary);
        for (const d of result.differences) console.log(`  ${mine.some((x) => matches(x, d)) ? '(excepted) ' : ''}${d.object} ${d.path}: ${d.detail}`);
      }
      const show = (d: Difference) => `${d.object} ${d.path}: ${d.detail}`;
      assert.deepEqual(unexpected.map(show), [], 'differences from the source (source vs ours)');
      assert.deepEqual(
        mine.filter((e) => !used.has(e)).map((e) => `${e.object} ${e.path}`),
        [],
        'exceptions that no longer differ (remove them)',
      );
    });
  }
});

/**
 * LL2 serves a launch's `holdreason` as stored: "" for the launches it saves today (every 2.0.0 capture
 * of 2024-2026), null for many it took over from Launch Library 1 (2.0.0/2.1.0 pages of 2020). The real
 * 2026 page with one launch's value set to null stands for such a page.
 */
describe('2.0.0 holdreason comes back as imported: null stays null, "" stays ""', () => {
  test('a 2.0.0 page, then the same launches from a 2.3.0 document', async () => {
    const page = structuredClone(files.find((f) => f.name === '2.0.0/launch-upcoming-2026-06.json')!.body);
    page.results[0].holdreason = null;
    const [withNull, withBlank] = page.results;
    const database = await freshDatabase();
    const t = await testApp({ database, publicBaseUrl: 'https://ll.thespacedevs.com' });
    try {
      await importDocument(database, page);
      const read = async (id: string) => (await t.get(`/2.0.0/launch/${id}/`)).body.holdreason;
      assert.deepEqual([await read(withNull.id), await read(withBlank.id)], [null, '']);
      // a 2.3.0 document carries no holdreason: it changes neither value, and a launch it creates gets LL2's ""
      const seed = readSeed('000_e02f7aebc80082a2').body;
      await importDocument(database, { ...seed, id: withNull.id, url: seed.url.replace(seed.id, withNull.id) });
      await importDocument(database, seed);
      assert.deepEqual([await read(withNull.id), await read(withBlank.id), await read(seed.id)], [null, '', '']);
    } finally {
      await t.close();
    }
  });
});
