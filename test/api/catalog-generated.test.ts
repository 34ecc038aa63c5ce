/**
 * The catalog endpoints on the synthetic dataset (src/generate/): every mode's pages and a sample of
 * `{id}` pages validate against the official 2.3.0 schemas, and the filters answer without errors.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generatedApp } from '../support/app.ts';
import { contractErrors } from '../support/catalog-fixtures.ts';
import { contractParameters, validateBody, type ResponseMode } from '../support/openapi.ts';

const ANCHOR = new Date('2025-06-15T12:00:00Z');
const PATHS = ['agencies', 'astronauts', 'celestial_bodies', 'locations', 'pads', 'programs', 'mission_patches'];

const t = generatedApp({ launches: 2000, seed: 1, anchor: ANCHOR });

for (const name of PATHS) {
  const path = `/2.3.0/${name}/`;
  const modes = ((contractParameters(path).find((p) => p.name === 'mode')?.schema.enum as ResponseMode[] | undefined) ?? []).slice();

  describe(`${path} on generated data`, () => {
    test('the dataset fills it', async () => {
      const res = await t.get(`${path}?limit=1`);
      assert.equal(res.status, 200);
      assert.ok(res.body.count > 0, `${path} is empty`);
    });

    for (const mode of modes.length ? modes : [undefined]) {
      test(`${mode ? `mode=${mode}` : 'the only mode'}: the first pages validate`, async () => {
        for (const offset of [0, 100, 200]) {
          const res = await t.get(`${path}?limit=100&offset=${offset}${mode ? `&mode=${mode}` : ''}`);
          assert.equal(res.status, 200);
          const errors = contractErrors(path, res.body, mode);
          assert.deepStrictEqual(errors.slice(0, 20), [], `offset ${offset}: ${errors.length} errors`);
          if (!res.body.next) break;
        }
      });
    }

    test('{id} pages validate (every 7th object of the first 300)', async () => {
      const ids: number[] = [];
      for (const offset of [0, 100, 200]) {
        const res = await t.get(`${path}?limit=100&offset=${offset}${modes.includes('list') ? '&mode=list' : ''}`);
        ids.push(...res.body.results.map((r: { id: number }) => r.id));
        if (!res.body.next) break;
      }
      for (const id of ids.filter((_, i) => i % 7 === 0)) {
        const res = await t.get(`${path}${id}/`);
        assert.equal(res.status, 200, `${path}${id}/`);
        const errors = validateBody(`/2.3.0/${name}/{id}/`, res.body);
        assert.deepStrictEqual(errors.slice(0, 20), [], `${path}${id}/: ${errors.length} errors`);
      }
    });

    test('every filter parameter answers 200 on a plausible value', async () => {
      const problems: string[] = [];
      for (const p of contractParameters(path)) {
        if (['limit', 'offset', 'mode'].includes(p.name)) continue;
        const type = (p.schema.type === 'array' ? (p.schema.items as any)?.type : p.schema.type) as string;
        const format = (p.schema.format ?? (p.schema.items as any)?.format) as string | undefined;
        const value = format === 'date' ? '2000-01-01' : format === 'date-time' ? '2000-01-01T00:00:00Z' : type === 'boolean' ? 'true' : type === 'integer' || type === 'number' ? '1' : 'a';
        const res = await t.get(`${path}?${p.name}=${encodeURIComponent(value)}&limit=5`);
        if (res.status !== 200) problems.push(`${p.name}=${value}: ${res.status} ${res.text.slice(0, 200)}`);
      }
      assert.deepStrictEqual(problems, []);
    });
  });
}
