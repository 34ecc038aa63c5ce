import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generatedApp } from '../support/app.ts';
import { contractPaths, validateBody } from '../support/openapi.ts';

const ANCHOR = new Date('2026-11-01T00:00:00Z');

describe('2.3.0 config lookups', () => {
  const paths = contractPaths().filter((p) => p.startsWith('/2.3.0/config/') && !p.includes('{id}'));
  const t = generatedApp({ launches: 300, seed: 3, anchor: ANCHOR });

  test('all 29 config paths of the contract are served', () => {
    assert.equal(paths.length, 29);
  });

  test('every config list and detail validates against the official schema', async () => {
    for (const path of paths) {
      const list = await t.get(`${path}?limit=100`);
      assert.equal(list.status, 200, path);
      assert.ok(list.body.count > 0, `${path} is empty in generated data`);
      assert.deepStrictEqual(validateBody(path, list.body), [], path);
      const first = list.body.results[0];
      const detail = await t.get(`${path}${first.id}/`);
      assert.deepStrictEqual(detail.body, first, path);
      assert.deepStrictEqual(validateBody(`${path}{id}/`, detail.body), [], path);
      assert.deepStrictEqual((await t.get(`${path}999999/`)).body, { detail: 'Not found.' });
    }
  });

  test('search and ordering work on the name', async () => {
    const all = (await t.get('/2.3.0/config/launch_statuses/?limit=100')).body.results;
    assert.deepStrictEqual(all.map((s: any) => s.id), [...all.map((s: any) => s.id)].sort((a: number, b: number) => a - b));
    const found = (await t.get('/2.3.0/config/launch_statuses/?search=success')).body.results;
    assert.deepStrictEqual(found.map((s: any) => s.name), ['Launch Successful']);
    const byName = (await t.get('/2.3.0/config/launch_statuses/?ordering=-name&limit=100')).body.results.map((s: any) => s.name);
    assert.deepStrictEqual(byName, [...byName].sort().reverse());
  });
});
