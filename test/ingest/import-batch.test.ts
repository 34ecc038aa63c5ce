/**
 * The importer queues a document's writes and runs them as multi-row statements per table
 * (src/ingest/write-batch.ts), skipping copies of an object that would change nothing. Whatever it
 * merges or skips, a document must leave exactly the rows that writing its objects one at a time, in
 * order, leaves: here each object imported as a document of its own. The objects repeat with other
 * values, other lists and id-less rows (info and video URLs, numbered by the database), so a merge
 * that kept the wrong copy, an unlink that missed, or a skip of a changed copy shows as a difference.
 */
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { tableDefsFor } from '../../src/db/table-defs.ts';
import type { Database } from '../../src/db/connect.ts';
import { Readable } from 'node:stream';
import { importDocument } from '../../src/ingest/import-document.ts';
import { importNdjson } from '../../src/ingest/import-files.ts';
import { model } from '../../src/model/entities.ts';
import { freshDatabase, readSeed } from '../support/app.ts';

const S000 = readSeed('000_e02f7aebc80082a2').body;
const S002 = readSeed('002_211e202ffd9807c2').body;

const language = { id: 1, name: 'English', code: 'en' };
const vid = (n: number) => ({
  priority: n,
  source: 'youtube.com',
  publisher: 'SpaceX',
  title: `Stream ${n}`,
  description: null,
  feature_image: null,
  url: `https://www.youtube.com/watch?v=${n}`,
  type: { id: 1, name: 'Official Webcast' },
  language,
  start_time: null,
  end_time: null,
  live: false,
});
const info = (n: number) => ({ priority: n, source: 'example.org', title: `Info ${n}`, description: null, feature_image: null, url: `https://example.org/${n}`, type: { id: 2, name: 'Press kit' }, language });
const event = (n: number) => ({ type: { id: n, abbrev: `T${n}`, description: `event ${n}` }, relative_time: `PT${n}H` });

/** Another launch made of a copy of `launch`: its own id, url, slug and mission. */
function anotherLaunch(launch: typeof S000, id: string, slug: string, missionId: number): typeof S000 {
  const other = structuredClone(launch);
  other.id = id;
  other.url = other.url.replace(launch.id, id);
  other.slug = slug;
  other.mission.id = missionId;
  return other;
}

/** Copies of the seed launch (and a second launch sharing its agency, pad and updates) that disagree. */
function documents(): unknown[] {
  const a = structuredClone(S000);
  a.vid_urls = [vid(1), vid(2)];
  a.info_urls = [info(1)];
  a.timeline = [event(1), event(2)];
  a.mission.info_urls = [info(3)];

  const renamed = structuredClone(a);
  renamed.name = 'Renamed | Copy';
  renamed.vid_urls = [vid(3)];
  renamed.timeline = [event(2)];
  renamed.updates = renamed.updates.slice(0, 3);
  renamed.pad.agencies = [];
  renamed.launch_service_provider.description = 'another description';

  const other = anotherLaunch(a, '0a2c7f1e-5d4b-4c3a-9e8f-123456789abc', 'other-launch', 999_001);
  other.mission.info_urls = [info(4), info(5)];
  // two of the seed's updates move to the other launch
  other.updates = a.updates.slice(0, 2);
  other.info_urls = [];
  // ... and leave it again: they end unlinked, though the seed launch listed them last
  const otherWithout = structuredClone(other);
  otherWithout.updates = [];
  return [renamed, a, other, renamed, a, other, a, other, otherWithout];
}

/** Every row of every model table, as sorted JSON lines per table. */
async function dump(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const def of tableDefsFor(model)) {
    const rows = await database.db.selectFrom(def.name as never).selectAll().execute();
    out[def.name] = rows.map((r) => JSON.stringify(Object.entries(r as object).sort(([x], [y]) => (x < y ? -1 : 1)))).sort();
  }
  return out;
}

test('a document leaves the rows its objects leave written one at a time', async () => {
  // the import time stamps rows without `last_updated`: the same on both sides
  mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-01-02T03:04:05Z') });
  const docs = documents();
  const whole = await freshDatabase();
  const oneByOne = await freshDatabase();
  try {
    const result = await importDocument(whole, { count: docs.length, next: null, previous: null, results: docs });
    let written = 0;
    for (const d of docs) {
      const r = await importDocument(oneByOne, { count: 1, next: null, previous: null, results: [d] });
      for (const n of Object.values(r.rows)) written += n;
    }
    assert.deepStrictEqual(await dump(whole), await dump(oneByOne));
    // copies skipped as unchanged still count as written, as they did
    assert.equal(Object.values(result.rows).reduce((s, n) => s + n, 0), written);
    // and the document's last copy is what is stored
    const launch = await whole.db.selectFrom('launch').select('name').where('id', '=', S000.id).executeTakeFirstOrThrow();
    assert.equal(launch.name, S000.name);
  } finally {
    mock.timers.reset();
    await whole.close();
    await oneByOne.close();
  }
});

test('a row the database refuses is reported at its own path, not at the first row of its statement', async () => {
  const database = await freshDatabase();
  try {
    // PostgreSQL refuses NUL in text; the pad is written in one statement with the page's other pads
    const bad = structuredClone(S002);
    bad.results[7].pad.name = 'Site\u00001S';
    const stored = await importDocument(database, bad).then(
      () => true,
      (e: Error) => {
        assert.match(e.message, /^\$\.results\[7\]\.pad: /);
        return false;
      },
    );
    // where the database stores it, it reads back as sent
    if (stored) assert.equal((await database.db.selectFrom('pad').select('name').where('id', '=', 83).executeTakeFirstOrThrow()).name, 'Site\u00001S');
    else assert.equal((await database.db.selectFrom('launch').select('id').execute()).length, 0);
  } finally {
    await database.close();
  }
});

/**
 * The importer remembers the rows a 2.3.0 mission's `"type": "Test Flight"` names (a lookup by name) and
 * answers a payload flight's `launch` hop (the launch's rocket) from its queue. Both must give what
 * reading the database would: a renamed lookup row is not found under its old name, a copy whose type
 * name now finds another row is written again, and the hop finds the rocket the launch's last copy named.
 * A flight linked to a rocket after the rocket's list of payloads stays linked, and a later copy of that
 * list (an unchanged launch) unlinks it again, as writing the objects one at a time does.
 */
test('names looked up and launch hops answered from memory give what the database gives', async () => {
  mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-01-02T03:04:05Z') });
  const first = structuredClone(S000);
  first.mission.type = 'Test Flight';
  const second = anotherLaunch(first, '0a2c7f1e-5d4b-4c3a-9e8f-123456789abc', 'second-launch', 999_002);
  second.rocket = { ...second.rocket, id: 999_003 };
  // the same launch flying another rocket: its old rocket loses the link
  const moved = structuredClone(second);
  moved.rocket = { ...moved.rocket, id: 999_004 };
  const renamed = { id: -1, name: 'Renamed', url: 'http://localhost:8000/2.3.0/config/mission_types/-1/' };
  const flight = (id: number, launch: unknown) => ({ id, url: `http://localhost:8000/2.3.0/payload_flights/${id}/`, destination: 'LEO', amount: 1, launch });
  const lines = [first, flight(1, second), renamed, second, first, moved, flight(2, moved), flight(3, second)].map((o) => JSON.stringify(o));
  const whole = await freshDatabase();
  const oneByOne = await freshDatabase();
  try {
    await importNdjson(whole, Readable.from([lines.join('\n')]));
    for (const line of lines) await importNdjson(oneByOne, Readable.from([line]));
    assert.deepStrictEqual(await dump(whole), await dump(oneByOne));
    const types = await whole.db.selectFrom('mission').select(['id', 'type_id']).orderBy('id').execute();
    // "Test Flight" named row -1 until -1 was renamed; every mission written after that names a new row
    assert.deepStrictEqual(types.map((t) => [t.id, t.type_id]), [[7414, -2], [999_002, -2]]);
    const flights = await whole.db.selectFrom('payload_flight').select(['id', 'rocket_id']).orderBy('id').execute();
    // flight 1 flew the second launch's rocket until the launch's next copy listed no payloads
    assert.deepStrictEqual(flights.map((f) => [f.id, f.rocket_id]), [[1, null], [2, 999_004], [3, 999_003]]);
  } finally {
    mock.timers.reset();
    await whole.close();
    await oneByOne.close();
  }
});
