/**
 * Import keeps every value of a 2.2.0 document as LL2 sent it, and 2.2.0 serves it back unchanged:
 * null stays null and "" stays "", decimal text keeps its digits, a pad's own country code, an
 * astronaut's social links in a nested crew, a spacecraft configuration's own (null) nation image, a
 * docking port's docked vehicle. The documents are real 2.2.0 objects (test/fixtures/real/2.2.0/ and
 * the objects named below); where a test needs a value no capture shows (latitude "74.0"), it is set
 * on a real object and the comment says so.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, testApp, type TestApp } from '../support/app.ts';

const real = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/real/2.2.0/${name}`, import.meta.url), 'utf8'));

/** An app over a fresh database holding these documents, imported in order. */
async function withImported(docs: unknown[], fn: (t: TestApp) => Promise<void>, base = 'https://ll.thespacedevs.com') {
  const database = await freshDatabase();
  const t = await testApp({ database, publicBaseUrl: base });
  try {
    for (const doc of docs) await importDocument(database, doc);
    await fn(t);
  } finally {
    await t.close();
  }
}

const ok = async (t: TestApp, path: string) => {
  const res = await t.get(path);
  assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 200)}`);
  return res.body;
};

describe('2.2.0 import keeps every value as sent', () => {
  test('a pad: decimal text keeps its digits, its own country code, null and "" as sent', async () => {
    const page = real('launch-upcoming-normal-lldev-2023.json');
    // pad 191 (Spaceport America) says "USA" while its location ("Air launch to Suborbital flight") says ""
    const launch = page.results.find((r: any) => r.pad.id === 191);
    // LL2 keeps a pad's coordinates as decimal text: trailing zeros are part of it (values set here)
    const wallops = page.results.find((r: any) => r.pad.id === 76);
    wallops.pad.latitude = '74.0';
    wallops.pad.longitude = '42.50000000';
    await withImported(
      [page],
      async (t) => {
        const pad = await ok(t, '/2.2.0/pad/191/');
        assert.equal(pad.country_code, 'USA');
        assert.equal(pad.location.country_code, '');
        assert.equal(pad.location.timezone_name, '');
        assert.equal(pad.info_url, launch.pad.info_url);
        const other = await ok(t, '/2.2.0/pad/76/');
        assert.deepEqual([other.latitude, other.longitude, other.info_url, other.wiki_url], ['74.0', '42.50000000', null, '']);
        // 2.3.0 serves the same coordinates as numbers
        const pad230 = await ok(t, '/2.3.0/pads/76/');
        assert.deepEqual([pad230.latitude, pad230.longitude], [74, 42.5]);
      },
      'https://lldev.thespacedevs.com',
    );
  });

  test('decimal text that no longer matches the stored number gives way to the number', async () => {
    const page = real('launch-upcoming-normal-lldev-2023.json');
    const wallops = page.results.find((r: any) => r.pad.id === 76);
    wallops.pad.latitude = '74.0';
    await withImported([page], async (t) => {
      const pad230 = await ok(t, '/2.3.0/pads/76/');
      // a later 2.3.0 copy of the pad moves it: the 2.2.0 text of the old position is not served
      await importDocument(t.database, { ...pad230, latitude: 37.8337 });
      assert.equal((await ok(t, '/2.2.0/pad/76/')).latitude, '37.8337');
    });
  });

  test("an astronaut's twitter and instagram in a nested crew", async () => {
    // 2.2.0 spacecraft flight 90 (STS-49) and astronaut 545 (Robert L. Behnken), values from
    // colbad2/LaunchList UnitTests (2.2.0 captures of 2021); only the keys the test reads are kept
    const flight = {
      id: 90,
      url: 'https://ll.thespacedevs.com/2.2.0/spacecraft/flight/90/',
      destination: 'Low Earth Orbit',
      mission_end: '1992-05-16T22:57:00Z',
      launch_crew: [
        {
          id: 1075,
          role: { id: 2, role: 'Pilot', priority: 1 },
          astronaut: {
            id: 545,
            url: 'https://ll.thespacedevs.com/2.2.0/astronaut/545/',
            name: 'Robert L. Behnken',
            date_of_birth: '1970-07-28',
            date_of_death: null,
            nationality: 'American',
            twitter: 'https://twitter.com/AstroBehnken',
            instagram: null,
            bio: '',
          },
        },
      ],
    };
    await withImported([flight], async (t) => {
      const crew = (await ok(t, '/2.2.0/spacecraft/flight/90/')).launch_crew;
      assert.deepEqual([crew[0].astronaut.twitter, crew[0].astronaut.instagram, crew[0].astronaut.bio], ['https://twitter.com/AstroBehnken', null, '']);
      const astronaut = await ok(t, '/2.2.0/astronaut/545/');
      assert.deepEqual([astronaut.twitter, astronaut.instagram], ['https://twitter.com/AstroBehnken', null]);
    });
  });

  test("a spacecraft configuration's nation_url: its own, null stays null (never its agency's)", async () => {
    // NASA (agency 44) as the 2024 capture shows it, with its nation image; spacecraft configuration 10
    // (Apollo CSM) of colbad2/LaunchList, whose own nation image is set to null here
    const nasa = real('launch-detailed-lldev-2024.json').results[0].mission.agencies[0];
    const config = {
      id: 10,
      url: 'https://ll.thespacedevs.com/2.2.0/config/spacecraft/10/',
      name: 'Apollo Command/Service Module',
      type: { id: 2, name: 'Capsule' },
      agency: { id: 44, url: 'https://ll.thespacedevs.com/2.2.0/agencies/44/', name: nasa.name, type: 'Government' },
      in_use: false,
      nation_url: null,
    };
    await withImported([{ ...nasa, url: 'https://ll.thespacedevs.com/2.2.0/agencies/44/' }, config], async (t) => {
      assert.ok((await ok(t, '/2.2.0/agencies/44/')).nation_url);
      assert.equal((await ok(t, '/2.2.0/config/spacecraft/10/')).nation_url, null);
    });
  });

  test("a space station's docking ports keep the vehicle docked at them", async () => {
    // the ISS (station 4) with one port and the docking event it names, in 2.2.0's keys (`docked`,
    // `flight_vehicle`); the port, event and flight ids are illustrative
    const station = {
      id: 4,
      url: 'https://ll.thespacedevs.com/2.2.0/spacestation/4/',
      name: 'International Space Station',
      docking_location: [
        {
          id: 2,
          name: 'Harmony Forward',
          docked: {
            id: 343,
            url: 'https://ll.thespacedevs.com/2.2.0/docking_event/343/',
            docking: '2024-03-05T13:28:00Z',
            departure: null,
            flight_vehicle: { id: 3150, url: 'https://ll.thespacedevs.com/2.2.0/spacecraft/flight/3150/', spacecraft: null, launch: null },
          },
        },
      ],
    };
    await withImported([station], async (t) => {
      const port = (await ok(t, '/2.2.0/spacestation/4/')).docking_location[0];
      assert.equal(port.name, 'Harmony Forward');
      assert.equal(port.docked?.id, 343);
      assert.equal(port.docked?.flight_vehicle?.id, 3150);
    });
  });
});
