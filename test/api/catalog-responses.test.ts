/**
 * The responses of the catalog endpoints on the catalog fixtures: every mode's page and every
 * `{id}` page validate against the official 2.3.0 schemas, and each `{id}` page is exactly the
 * object that was imported (the fixtures are complete 2.3.0 objects as LL2 sends them).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sharedApp } from '../support/app.ts';
import {
  AGENCIES,
  ASTRONAUTS,
  BODIES,
  LOCATIONS,
  PADS,
  PATCHES,
  PROGRAMS,
  PUBLIC_BASE,
  agencyEndpointDetailed,
  astronautEndpointDetailed,
  catalogFixtureApp,
  contractErrors,
  celestialBodyEndpointDetailed,
  locationWithPads,
  missionPatchDetailed,
  padFull,
  programNormal,
} from '../support/catalog-fixtures.ts';
import { contractParameters, validateBody, type ResponseMode } from '../support/openapi.ts';

const t = sharedApp(catalogFixtureApp);

interface Endpoint {
  name: string;
  ids: number[];
  detail: (id: number) => Record<string, unknown>;
  /** The mode a request without `?mode=` answers in (none: the endpoint has no modes). */
  defaultMode?: ResponseMode;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'agencies', ids: AGENCIES.map((a) => a.id), detail: agencyEndpointDetailed, defaultMode: 'normal' },
  { name: 'astronauts', ids: ASTRONAUTS.map((a) => a.id), detail: astronautEndpointDetailed, defaultMode: 'normal' },
  { name: 'celestial_bodies', ids: BODIES.map((b) => b.id), detail: celestialBodyEndpointDetailed, defaultMode: 'normal' },
  { name: 'locations', ids: LOCATIONS.map((l) => l.id), detail: locationWithPads, defaultMode: 'normal' },
  { name: 'pads', ids: PADS.map((p) => p.id), detail: padFull },
  { name: 'programs', ids: PROGRAMS.map((p) => p.id), detail: programNormal, defaultMode: 'normal' },
  { name: 'mission_patches', ids: PATCHES.map((p) => p.id), detail: missionPatchDetailed, defaultMode: 'normal' },
];

/** The modes the contract offers on a list path. */
function modesOf(path: string): ResponseMode[] {
  const mode = contractParameters(path).find((p) => p.name === 'mode');
  return ((mode?.schema.enum as ResponseMode[] | undefined) ?? []).slice().sort();
}

for (const e of ENDPOINTS) {
  const path = `/2.3.0/${e.name}/`;

  describe(`${path} responses`, () => {
    const modes = modesOf(path);

    test('the contract offers the modes we declare (sanity)', () => {
      assert.equal(modes.length > 0, e.defaultMode !== undefined);
    });

    for (const mode of modes) {
      test(`mode=${mode}: the page validates against the official schema`, async () => {
        const res = await t.get(`${path}?mode=${mode}&limit=100`);
        assert.equal(res.status, 200);
        assert.equal(res.body.count, e.ids.length);
        assert.deepStrictEqual(contractErrors(path, res.body, mode), []);
        for (const r of res.body.results) assert.equal(r.response_mode, mode);
      });
    }

    test('without ?mode= (and with an unknown mode) the default mode answers', async () => {
      for (const q of ['', '&mode=nonsense', '&mode=DETAILED']) {
        const res = await t.get(`${path}?limit=100${q}`);
        assert.equal(res.status, 200);
        assert.deepStrictEqual(contractErrors(path, res.body, e.defaultMode), [], q);
        if (e.defaultMode) for (const r of res.body.results) assert.equal(r.response_mode, e.defaultMode);
        else for (const r of res.body.results) assert.ok(!('response_mode' in r), 'a pad has no response_mode');
      }
    });

    test('paging links keep the query, sorted, with the public base URL', async () => {
      const res = await t.get(`${path}?offset=1&limit=2&format=json`);
      assert.equal(res.status, 200);
      assert.equal(res.body.count, e.ids.length);
      assert.equal(res.body.next, `${PUBLIC_BASE}${path}?format=json&limit=2&offset=3`);
      assert.equal(res.body.previous, `${PUBLIC_BASE}${path}?format=json&limit=2`);
      assert.deepStrictEqual(res.body.results.map((r: { id: number }) => r.id), [...e.ids].sort((a, b) => a - b).slice(1, 3));
    });

    for (const id of e.ids) {
      test(`${path}${id}/ validates and is the object imported`, async () => {
        const res = await t.get(`${path}${id}/`);
        assert.equal(res.status, 200);
        assert.deepStrictEqual(validateBody(`/2.3.0/${e.name}/{id}/`, res.body), []);
        assert.deepStrictEqual(res.body, e.detail(id));
      });
    }

    test('the {id} page ignores ?mode= and always answers the detailed form', async () => {
      const id = e.ids[0];
      const plain = await t.get(`${path}${id}/`);
      for (const mode of ['list', 'normal']) assert.deepStrictEqual((await t.get(`${path}${id}/?mode=${mode}`)).body, plain.body);
    });

    test('the browsable page answers HTML with the help text', async () => {
      const res = await t.get(`${path}?format=api`);
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.match(res.text, /Fields searched/);
    });
  });
}

describe('hyperlinks follow the request', () => {
  test('`url` fields keep ?format= and use the public base URL', async () => {
    const res = await t.get('/2.3.0/pads/87/?format=json');
    assert.equal(res.body.url, `${PUBLIC_BASE}/2.3.0/pads/87/?format=json`);
    assert.equal(res.body.location.url, `${PUBLIC_BASE}/2.3.0/locations/27/?format=json`);
    assert.equal(res.body.agencies[0].url, `${PUBLIC_BASE}/2.3.0/agencies/121/?format=json`);
  });
});
