import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generatedApp } from '../support/app.ts';
import { contractParameters, contractPaths, validateBody } from '../support/openapi.ts';

/**
 * Walks every path of the official 2.3.0 document, in every mode it declares, on generated data, and
 * validates each body against the official schema of that path and mode. A path we do not serve fails.
 */
const ANCHOR = new Date('2026-11-01T00:00:00Z');

/** Paths whose real LL2 answer is not what the document says (see docs/live-pages: a single object). */
const SINGLE_OBJECT = new Set(['/2.3.0/api-throttle/', '/2.3.0/dashboard/starship/']);

describe('2.3.0 conformance sweep', () => {
  const paths = contractPaths();
  const t = generatedApp({ launches: 1500, seed: 11, anchor: ANCHOR });

  test('the document has 116 paths', () => assert.equal(paths.length, 116));

  for (const path of paths.filter((p) => !p.includes('{id}'))) {
    const modes = (contractParameters(path).find((p) => p.name === 'mode')?.schema as { enum?: string[] } | undefined)?.enum ?? [undefined];
    test(`${path} in every mode, and its {id}`, async () => {
      for (const mode of modes) {
        const r = await t.get(`${path}?limit=100${mode ? `&mode=${mode}` : ''}`);
        assert.equal(r.status, 200, `${path} mode=${mode}: ${r.status} ${r.text.slice(0, 200)}`);
        if (SINGLE_OBJECT.has(path)) continue;
        assert.ok(r.body.count > 0, `${path}: generated data gives an empty list`);
        assert.deepStrictEqual(validateBody(path, r.body, { mode: mode as any }).slice(0, 10), [], `${path} mode=${mode}`);
      }
      const detailPath = `${path}{id}/`;
      if (!paths.includes(detailPath)) return;
      const list = await t.get(`${path}?limit=100`);
      const ids = list.body.results.map((x: any) => x.id);
      for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)]) {
        const d = await t.get(`${path}${id}/`);
        assert.equal(d.status, 200, `${path}${id}/`);
        assert.deepStrictEqual(validateBody(detailPath, d.body).slice(0, 10), [], `${path}${id}/`);
      }
    });
  }
});
