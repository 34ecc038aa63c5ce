import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp, sharedApp } from '../support/app.ts';
import { contractParameters, contractPaths } from '../support/openapi.ts';

describe('our OpenAPI document and Swagger UI', () => {
  const t = sharedApp(testApp);

  test('/2.3.0/schema/ names every parameter of the official document for the paths we serve', async () => {
    const r = await t.get('/2.3.0/schema/');
    assert.equal(r.status, 200);
    const doc = r.body;
    assert.equal(doc.openapi, '3.0.3');
    const served = Object.keys(doc.paths);
    const official = contractPaths();
    assert.equal(official.length, 116);
    assert.deepStrictEqual(official.filter((p) => !served.includes(p)), [], 'official paths missing from our document');
    for (const path of official) {
      const ours = new Set(doc.paths[path].get.parameters.map((p: any) => p.name));
      const missing = contractParameters(path).map((p) => p.name).filter((n) => !ours.has(n));
      assert.deepStrictEqual(missing, [], path);
    }
    // every $ref resolves
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref.split('/').pop()!], ref);
  });

  test('/2.3.0/swagger/ loads Swagger UI from this server only', async () => {
    const page = await t.get('/2.3.0/swagger/');
    assert.equal(page.status, 200);
    const srcs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(srcs.length >= 3);
    for (const src of srcs) {
      assert.ok(src.startsWith('/'), `${src} must be local`);
      const asset = await t.app.inject({ method: 'GET', url: src });
      assert.equal(asset.statusCode, 200, src);
      assert.ok(asset.body.length > 1000, src);
    }
  });
});
