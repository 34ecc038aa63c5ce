/**
 * Import of objects whose keys are names of Object.prototype (`constructor`, `__proto__`, `toString`):
 * they are unknown keys like any other, never a model field or relation; and whatever fails names the
 * file and the JSON path.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, mock, test } from 'node:test';
import { importDocument } from '../../src/ingest/import-document.ts';
import { importFiles } from '../../src/ingest/import-files.ts';
import { freshDatabase, readSeed, testApp } from '../support/app.ts';

const S002 = readSeed('002_211e202ffd9807c2').body;
const PROTO_KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];

/** A page whose JSON text carries the keys (JSON.parse makes `__proto__` an own key, as a file would). */
function pageWithKeys(): unknown {
  let text = JSON.stringify(S002);
  const extra = PROTO_KEYS.map((k) => `"${k}": 5`).join(', ');
  // on a launch's status, its pad's location, a launch itself, and the page
  text = text.replace(/"status":\{"id":(\d+),/, (_m, id) => `"status":{"id":${id}, ${extra},`);
  text = text.replace(/"location":\{"id":(\d+),/, (_m, id) => `"location":{"id":${id}, ${extra},`);
  text = text.replace(/^\{/, `{${extra}, `);
  text = text.replace(/"results":\[\{/, `"results":[{${extra}, `);
  return JSON.parse(text);
}

describe('import: keys named like Object.prototype members', () => {
  test('are ignored like any unknown key: the document imports and serves as without them', async () => {
    const doc = pageWithKeys() as any;
    assert.ok(Object.hasOwn(doc.results[0], '__proto__'), 'the test document carries an own __proto__ key');
    const database = await freshDatabase();
    const plain = await freshDatabase();
    try {
      // both imports stamp the same `last_updated` on objects the 2.0.0 source has none for (one clock second)
      mock.timers.enable({ apis: ['Date'], now: new Date('2026-01-01T00:00:00Z') });
      let r;
      try {
        r = await importDocument(database, doc);
        await importDocument(plain, S002);
      } finally {
        mock.timers.reset();
      }
      assert.equal(r.objects, S002.results.length);
      const a = await testApp({ database });
      const b = await testApp({ database: plain });
      for (const path of ['/2.3.0/launches/?mode=detailed&limit=20', '/2.3.0/config/launch_statuses/', '/2.3.0/locations/', '/2.2.0/launch/?mode=detailed']) {
        assert.deepStrictEqual((await a.get(path)).body, (await b.get(path)).body, path);
      }
      await a.app.close();
      await b.app.close();
    } finally {
      await database.close();
      await plain.close();
    }
  });

  test('in 2.0.0/2.2.0 documents too (their key renames are looked up by own key)', async () => {
    const database = await freshDatabase();
    try {
      const legacy = JSON.parse('{"id": 7, "url": "https://ll.thespacedevs.com/2.2.0/agencies/7/", "name": "X", "constructor": "y", "toString": 1, "__proto__": {"a": 1}, "image_url": "https://example.com/x.png"}');
      const r = await importDocument(database, legacy);
      assert.equal(r.entity, 'agency');
      const row = await database.db.selectFrom('agency').select(['name', 'legacy_image_url']).where('id', '=', 7).executeTakeFirstOrThrow();
      assert.deepStrictEqual({ ...row }, { name: 'X', legacy_image_url: 'https://example.com/x.png' });
      await assert.rejects(importDocument(database, { id: 1 }, { entity: 'constructor' }), /^Error: \$: unknown entity constructor|unknown entity constructor/);
      await assert.rejects(importDocument(database, { id: 1 }, { entity: '__proto__' }), /unknown entity __proto__/);
    } finally {
      await database.close();
    }
  });
});

describe('import failures name the file and the JSON path', () => {
  test('a value the database would refuse (an id beyond its integer columns) is reported at its path', async () => {
    const database = await freshDatabase();
    try {
      const bad = structuredClone(S002);
      bad.results[3].pad.location.id = 1e20;
      await assert.rejects(importDocument(database, bad), /^Error: \$\.results\[3\]\.pad\.location\.id: expected an integer id/);
      const big = structuredClone(S002);
      big.results[2].pad.total_launch_count = 2 ** 40;
      await assert.rejects(importDocument(database, big), /\$\.results\[2\]\.pad\.total_launch_count: expected an integer/);
      // and nothing was written
      assert.equal((await database.db.selectFrom('launch').select('id').execute()).length, 0);
    } finally {
      await database.close();
    }
  });

  test('through importFiles: `file: $.path: message`, for every failure', async () => {
    const database = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'll2-import-keys-'));
    try {
      const bad = structuredClone(S002);
      bad.results[1].status = { id: 3, name: 'x', constructor: 5 };
      bad.results[1].rocket.configuration.id = 'seven';
      writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
      writeFileSync(join(dir, 'big.json'), JSON.stringify({ ...S002, results: [{ ...S002.results[0], status: { id: 2 ** 33, constructor: 1 } }] }));
      const outcomes = await importFiles(database, [join(dir, 'bad.json'), join(dir, 'big.json')]);
      assert.match(outcomes[0].error!, /bad\.json: \$\.results\[1\]\.rocket\.configuration\.id: expected an integer id/);
      assert.match(outcomes[1].error!, /big\.json: \$\.results\[0\]\.status\.id: expected an integer id/);
      for (const o of outcomes) assert.match(o.error!, /\.json: \$[.[:]/, o.error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database.close();
    }
  });
});
