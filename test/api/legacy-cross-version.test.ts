/**
 * One database behind every version, on generated data: a launch reads the same through 2.0.0, 2.2.0
 * and 2.3.0; a 2.0.0 page imported into an empty database reads back through 2.3.0 as the source
 * database reads it (for every key both versions carry), a 2.3.0 page imported reads back through
 * 2.0.0 exactly; and a 2.0.0 and a 2.3.0 document of the same launch merge into one row.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcePaths } from '../../src/api/resource-paths.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, testApp, type TestApp, generatedApp } from '../support/app.ts';
import { jsonDifferences } from '../support/json-diff.ts';
import { corpusFiles, corpusObjects, importedCorpusApp } from '../support/real-corpus.ts';

const ANCHOR = new Date('2026-11-01T00:00:00Z');

const source = generatedApp({ launches: 300, seed: 7, anchor: ANCHOR });

async function ok(t: TestApp, path: string): Promise<any> {
  const res = await t.get(path);
  assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 300)}`);
  return res.body;
}

async function withEmpty<T>(fn: (target: TestApp) => Promise<T>): Promise<T> {
  const target = await testApp({ database: await freshDatabase(), now: ANCHOR });
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';

/** A launcher configuration's masses, capacities, thrust and apogee: 2.0.0 sends whole numbers (truncated). */
const WHOLE_IN_200 = new Set(['launch_mass', 'leo_capacity', 'gto_capacity', 'to_thrust', 'apogee']);
/** A spacecraft flight's docking events: 2.0.0 sends them without ids, so they are not stored from it (see legacy-round-trip). */
const idless = (key: string, value: unknown) => key === 'docking_events' && Array.isArray(value) && value.some((d) => !('id' in d));

/**
 * Compares `b` with `a` (two 2.3.0 bodies) on the keys `legacy` (a 2.0.0 body of the same object)
 * also carries with a value of the same kind: scalars with scalars, lists with lists, objects with
 * objects. A key whose kind differs between the versions (2.0.0's string `image` against 2.3.0's image
 * object) holds a value only the other version shows. Returns the differences and how many values
 * were compared.
 */
function sharedDifferences(legacy: any, a: any, b: any, at = '$', out = { diffs: [] as string[], compared: 0 }) {
  if (Array.isArray(legacy) && Array.isArray(a)) {
    if (!Array.isArray(b) || b.length !== a.length) out.diffs.push(`${at}: ${a.length} items vs ${Array.isArray(b) ? b.length : b}`);
    else legacy.forEach((x, i) => i < a.length && sharedDifferences(x, a[i], b[i], `${at}[${i}]`, out));
    return out;
  }
  if (legacy && a && typeof legacy === 'object' && typeof a === 'object' && !Array.isArray(legacy) && !Array.isArray(a)) {
    if (!b || typeof b !== 'object') {
      out.diffs.push(`${at}: ${JSON.stringify(b)} instead of an object`);
      return out;
    }
    for (const [key, value] of Object.entries(legacy)) if (key in a && !idless(key, value)) sharedDifferences(value, a[key], b[key], `${at}.${key}`, out);
    return out;
  }
  if (isScalar(legacy) && isScalar(a)) {
    out.compared++;
    const expected = typeof a === 'number' && WHOLE_IN_200.has(at.split('.').at(-1)!) ? Math.trunc(a) : a;
    if (!Object.is(expected, b)) out.diffs.push(`${at}: ${JSON.stringify(expected)} vs ${JSON.stringify(b)}`);
  }
  return out;
}

describe('the same launch reads consistently across 2.0.0, 2.2.0 and 2.3.0', () => {
  test('40 launches: identity, status, provider, rocket, mission, pad and image agree', async () => {
    const page = await ok(source, '/2.3.0/launches/?mode=detailed&limit=40&offset=200');
    assert.equal(page.results.length, 40);
    let crewed = 0;
    for (const l of page.results) {
      const v200 = await ok(source, `/2.0.0/launch/${l.id}/`);
      const v220 = await ok(source, `/2.2.0/launch/${l.id}/`);
      for (const old of [v200, v220]) {
        for (const key of ['id', 'slug', 'name', 'net', 'window_start', 'window_end', 'probability', 'failreason', 'hashtag', 'webcast_live', 'infographic']) {
          assert.deepEqual(old[key], l[key], `${l.id} ${key}`);
        }
        assert.equal(old.status.id, l.status.id === 9 ? 6 : l.status.id);
        assert.equal(old.image, l.image?.image_url ?? null);
        const lsp = old.launch_service_provider;
        assert.deepEqual([lsp.id, lsp.name, lsp.type, lsp.abbrev], [l.launch_service_provider.id, l.launch_service_provider.name, l.launch_service_provider.type.name, l.launch_service_provider.abbrev]);
        const cfg = old.rocket.configuration;
        assert.deepEqual([cfg.id, cfg.name, cfg.full_name, cfg.variant], [l.rocket.configuration.id, l.rocket.configuration.name, l.rocket.configuration.full_name, l.rocket.configuration.variant]);
        assert.deepEqual(old.rocket.launcher_stage.map((s: any) => s.launcher?.serial_number), l.rocket.launcher_stage.map((s: any) => s.launcher?.serial_number));
        assert.deepEqual(
          old.mission && [old.mission.id, old.mission.name, old.mission.type, old.mission.orbit?.abbrev],
          l.mission && [l.mission.id, l.mission.name, l.mission.type, l.mission.orbit?.abbrev],
        );
        assert.deepEqual([old.pad.id, old.pad.name, Number(old.pad.latitude), Number(old.pad.longitude)], [l.pad.id, l.pad.name, l.pad.latitude, l.pad.longitude]);
        assert.deepEqual([old.pad.location.id, old.pad.location.name], [l.pad.location.id, l.pad.location.name]);
        if (l.pad.location.country) assert.equal(old.pad.location.country_code, l.pad.location.country.alpha_3_code);
        assert.deepEqual(old.program.map((p: any) => p.id), l.program.map((p: any) => p.id));
        const flight = l.rocket.spacecraft_stage[0];
        assert.equal(old.rocket.spacecraft_stage?.id ?? null, flight?.id ?? null);
        if (flight?.launch_crew.length) {
          crewed++;
          assert.deepEqual(old.rocket.spacecraft_stage.launch_crew.map((c: any) => c.astronaut.id), flight.launch_crew.map((c: any) => c.astronaut.id));
        }
      }
      assert.deepEqual(v220.infoURLs.map((u: any) => u.url), l.info_urls.map((u: any) => u.url));
      // today's 2.2.0 links carry more keys (source, type, language...); the keys 2.0.0 shows agree
      const as200 = (u: any, i: number) => Object.fromEntries(Object.keys(v200.infoURLs[i] ?? {}).map((k) => [k, u[k]]));
      assert.deepEqual(v200.infoURLs, v220.infoURLs.map(as200));
      assert.deepEqual(v200.vidURLs.map((u: any) => u.url), l.vid_urls.map((u: any) => u.url));
    }
    assert.ok(crewed > 0, 'some of the launches have crew');
  });
});

/** 2.0.0 routes whose objects are read back through 2.3.0, in the mode that shows the most. */
const ROUND_TRIPS: Array<{ entity: string; list: string }> = [
  { entity: 'launch', list: '/2.0.0/launch/?mode=detailed&limit=60' },
  { entity: 'agency', list: '/2.0.0/agencies/?mode=detailed&limit=60' },
  { entity: 'pad', list: '/2.0.0/pad/?limit=60' },
  { entity: 'astronaut', list: '/2.0.0/astronaut/?mode=detailed&limit=60' },
  { entity: 'spacecraft', list: '/2.0.0/spacecraft/?mode=detailed&limit=60' },
  { entity: 'spacecraft_flight', list: '/2.0.0/spacecraft/flight/?mode=detailed&limit=60' },
  { entity: 'event', list: '/2.0.0/event/?limit=60' },
];

const path230 = (entity: string, id: unknown) => `/2.3.0/${resourcePaths[entity]['2.3.0']}/${id}/`;

describe('round trip: a 2.0.0 page imported reads through 2.3.0', () => {
  for (const { entity, list } of ROUND_TRIPS) {
    test(`${list}: every key 2.0.0 carries reads the same through 2.3.0`, async () => {
      const page = await ok(source, list);
      assert.ok(page.results.length > 2);
      await withEmpty(async (target) => {
        const result = await importDocument(target.database, page);
        assert.deepEqual([result.entity, result.version], [entity, '2.0.0']);
        let compared = 0;
        for (const legacy of page.results) {
          const a = await ok(source, path230(entity, legacy.id));
          const b = await ok(target, path230(entity, legacy.id));
          const { diffs, compared: n } = sharedDifferences(legacy, a, b);
          assert.deepEqual(diffs.slice(0, 12), [], `${entity} ${legacy.id}`);
          compared += n;
        }
        assert.ok(compared > page.results.length * 5, `${compared} values compared`);
      });
    });
  }
});

/**
 * 2.3.0 pages imported and read through 2.0.0 `/{id}/` (the 2.0.0 detailed shape). Where the 2.3.0
 * page names a related object only in brief and the 2.0.0 detail shows it in full (an astronaut's
 * agency, an event's launches), the full object is only reachable from its own 2.3.0 route: `related`
 * lists those routes, and their objects are imported first, as a whole dump would have them.
 */
const REVERSE: Array<{ entity: string; list: string; related?: (o: any) => string[] }> = [
  { entity: 'launch', list: '/2.3.0/launches/?mode=detailed&limit=60' },
  { entity: 'agency', list: '/2.3.0/agencies/?mode=detailed&limit=60' },
  { entity: 'pad', list: '/2.3.0/pads/?limit=60' },
  { entity: 'astronaut', list: '/2.3.0/astronauts/?mode=detailed&limit=60', related: (o) => (o.agency ? [`/2.3.0/agencies/${o.agency.id}/`] : []) },
  { entity: 'spacecraft', list: '/2.3.0/spacecraft/?mode=detailed&limit=60' },
  { entity: 'event', list: '/2.3.0/events/?mode=detailed&limit=60', related: (o) => o.launches.map((l: any) => `/2.3.0/launches/${l.id}/`) },
];

// Nothing is left out of the comparison: the generator leaves null what LL2 leaves null and 2.3.0 does
// not carry (a mission's launch_designator, which 2.3.0 moved to the launch).
describe('round trip: a 2.3.0 page imported reads through 2.0.0', () => {
  for (const { entity, list, related } of REVERSE) {
    test(`${list}: the 2.0.0 detail of each object equals the source's`, async () => {
      const page = await ok(source, list);
      assert.ok(page.results.length > 2);
      await withEmpty(async (target) => {
        for (const path of new Set<string>(page.results.flatMap((o: any) => related?.(o) ?? []))) await importDocument(target.database, await ok(source, path));
        const result = await importDocument(target.database, page);
        assert.deepEqual([result.entity, result.version], [entity, '2.3.0']);
        let shown = 0;
        for (const o of page.results) {
          // a launch from another celestial body is not shown by 2.0.0 (404 on both sides)
          const path = `/2.0.0/${resourcePaths[entity]['2.0.0']}/${o.id}/`;
          const [a, b] = [await source.get(path), await target.get(path)];
          assert.equal(b.status, a.status, path);
          if (a.status === 200) shown++;
          assert.deepEqual(jsonDifferences(a.body, b.body), [], path);
        }
        assert.ok(shown > 2, `${shown} objects shown by 2.0.0`);
      });
    });
  }
});

/** Tables both a 2.0.0 and a 2.3.0 detailed launch describe: merging the two must not add a row to any. */
const SHARED_TABLES = ['launch', 'rocket', 'mission', 'orbit', 'pad', 'location', 'agency', 'launcher_config', 'program', 'first_stage', 'launcher', 'landing',
  'landing_location', 'spacecraft_flight', 'spacecraft', 'spacecraft_config', 'astronaut', 'astronaut_flight', 'info_url', 'vid_url'];

/** The keys of a 2.0.0 info or video link. */
const LINK_KEYS_200 = ['priority', 'title', 'description', 'feature_image', 'url'];

async function tableCounts(target: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of SHARED_TABLES) {
    const row = await target.database.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

describe('a 2.0.0 and a 2.3.0 document of the same launch merge into one row', () => {
  for (const order of [['2.0.0', '2.3.0'], ['2.3.0', '2.0.0']] as const) {
    test(`${order[0]} first, then ${order[1]}`, async () => {
      // a crewed launch with first stages: the richest documents
      const page = await ok(source, '/2.3.0/launches/previous/?mode=detailed&limit=100&is_crewed=true');
      const crewed = page.results.filter((l: any) => l.rocket.spacecraft_stage[0]?.launch_crew.length);
      const richness = (l: any) => l.rocket.launcher_stage.length + l.info_urls.length + l.vid_urls.length + l.program.length;
      const launch = crewed.sort((a: any, b: any) => richness(b) - richness(a))[0];
      assert.ok(launch && richness(launch) > 0, 'the generated data has a crewed launch with stages or links');
      const docs = { '2.3.0': await ok(source, `/2.3.0/launches/${launch.id}/`), '2.0.0': await ok(source, `/2.0.0/launch/${launch.id}/`) };
      const alone = await withEmpty(async (target) => {
        await importDocument(target.database, docs['2.3.0']);
        return tableCounts(target);
      });
      await withEmpty(async (target) => {
        for (const version of order) assert.equal((await importDocument(target.database, docs[version])).version, version);
        assert.deepEqual(await tableCounts(target), alone, 'no object of the launch is stored twice');
        const rows = await target.database.db.selectFrom('launch').select('id').where('id', '=', launch.id).execute();
        assert.equal(rows.length, 1);
        // the merged row reads as the source in both versions
        const v200 = `/2.0.0/launch/${launch.id}/`;
        assert.deepEqual(jsonDifferences(docs['2.0.0'], await ok(target, v200)), [], v200);
        const back230 = await ok(target, `/2.3.0/launches/${launch.id}/`);
        const diffs = jsonDifferences(docs['2.3.0'], back230, { max: 50 });
        if (order[1] === '2.3.0') assert.deepEqual(diffs, [], '2.3.0 read of the merged row');
        else {
          // Imported last, 2.0.0 replaces what it describes with its own, poorer form: the configuration's
          // masses and capacities become whole numbers, and the launch's link lists (LL2 gives links no id,
          // so a list present in a document replaces the stored one) lose the keys 2.0.0 does not send.
          const cfg = docs['2.3.0'].rocket.configuration;
          const expected = [...WHOLE_IN_200].filter((k) => typeof cfg[k] === 'number' && !Number.isInteger(cfg[k])).map((k) => `$.rocket.configuration.${k}`);
          for (const list of ['info_urls', 'vid_urls']) {
            docs['2.3.0'][list].forEach((link: any, i: number) => {
              for (const [k, v] of Object.entries(link)) if (v !== null && !LINK_KEYS_200.includes(k)) expected.push(`$.${list}[${i}].${k}`);
            });
          }
          assert.deepEqual(diffs.map((d) => d.split(':')[0]).sort(), expected.sort(), diffs.join('\n'));
        }
      });
    });
  }
});

/**
 * The real corpus (test/fixtures/real/ and the seeds) across versions: each file imported alone, every
 * top-level object is read through `/{id}/` of every version that serves its kind. Each answers 200 with
 * the same id (and name) and with the keys of that version's detail shape (those the generated data's
 * detail of the same route shows), whatever version the file was captured in.
 */
describe('real responses read through every version', () => {
  const shapeKeys = new Map<string, string[]>();
  /** The keys of a route's `/{id}/` on the generated data (a launch with crew, a pad...). */
  async function detailKeys(version: string, path: string): Promise<string[]> {
    const key = `${version}/${path}`;
    if (!shapeKeys.has(key)) {
      const page = await ok(source, `/${version}/${path}/?limit=1`);
      shapeKeys.set(key, Object.keys(await ok(source, `/${version}/${path}/${page.results[0].id}/`)));
    }
    return shapeKeys.get(key)!;
  }

  for (const file of corpusFiles().files) {
    const { decl, objects } = corpusObjects(file);
    const routes = Object.entries(resourcePaths[decl.entity.name] ?? {});
    if (decl.singleton !== undefined || routes.length < 2) continue;
    test(`${file.name}: each object through ${routes.map(([v]) => v).join(', ')}`, async () => {
      const target = await importedCorpusApp(file);
      try {
        for (const o of objects) {
          for (const [version, path] of routes) {
            const body = await ok(target, `/${version}/${path}/${o.id}/`);
            assert.equal(body.id, o.id, `${version} ${path} ${o.id}`);
            if (typeof o.name === 'string' && 'name' in body) assert.equal(body.name, o.name, `${version} ${path} ${o.id} name`);
            assert.deepEqual(Object.keys(body), await detailKeys(version, path), `${version} ${path} ${o.id} keys`);
          }
        }
      } finally {
        await target.close();
      }
    });
  }
});
