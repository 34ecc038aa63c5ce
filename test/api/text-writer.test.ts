import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { GraphStore } from '../../src/serialize/graph-store.ts';
import type { ShapeSet } from '../../src/serialize/serializer.ts';
import { v200 } from '../../src/serialize/v2.0.0/index.ts';
import { v210 } from '../../src/serialize/v2.1.0/index.ts';
import { v220 } from '../../src/serialize/v2.2.0/index.ts';
import { v230 } from '../../src/serialize/v2.3.0/index.ts';
import { exportShapes } from '../../src/ingest/export-shapes.ts';
import { freshDatabase, readSeed } from '../support/app.ts';

/**
 * Responses are written as JSON text straight from the rows (ShapeSet.serializeText), each nested object
 * once per response; the objects of ShapeSet.serialize serve the browsable page, singletons and export.
 * For every shape of every version, over generated and real (seed) data, the text must be exactly
 * JSON.stringify of the object, and a nested object reused from earlier in the response must be the
 * same text it would be on its own.
 */
let database: Database;
before(async () => {
  database = await freshDatabase();
  await generateDataset(database, { launches: 120, seed: 3, anchor: new Date('2026-11-01T00:00:00Z') });
  for (const seed of ['000_e02f7aebc80082a2', '003_6b9f4802707ad897']) await importDocument(database, readSeed(seed).body);
});
after(() => database.close());

const urlFor = (entity: string, id: string | number) => `http://h/${entity}/${id}/`;
const sets: Array<[string, ShapeSet]> = [['2.0.0', v200], ['2.1.0', v210], ['2.2.0', v220], ['2.3.0', v230], ['export', exportShapes]];

test('every shape of every version: serializeText is JSON.stringify(serialize), row by row and as a batch', async () => {
  const { db } = database;
  let checked = 0;
  for (const [version, set] of sets) {
    for (const [name, shape] of set.shapes) {
      const rows = await db.selectFrom(shape.entity.table).selectAll().orderBy('id').limit(25).execute();
      if (!rows.length) continue;
      const objects = await set.serialize(name, rows, { store: new GraphStore(db), urlFor });
      const texts = await set.serializeText(name, rows.map((r) => ({ ...r })), { store: new GraphStore(db), urlFor });
      assert.deepEqual(texts, objects.map((o) => JSON.stringify(o)), `${version} ${name}`);
      // one at a time, each in a response of its own: nothing borrowed from a neighbour changes its text
      for (const [i, row] of rows.slice(0, 3).entries()) {
        const [alone] = await set.serializeText(name, [{ ...row }], { store: new GraphStore(db), urlFor });
        assert.equal(alone, texts[i], `${version} ${name} ${row.id} alone`);
      }
      checked++;
    }
  }
  assert.ok(checked > 150, `${checked} shapes checked`);
});

test('every shape of every version reads only the columns it declares: the same text as from whole rows', async () => {
  const { db } = database;
  let narrowed = 0;
  for (const [version, set] of sets) {
    for (const [name, shape] of set.shapes) {
      const ids = (await db.selectFrom(shape.entity.table).select('id').orderBy('id').limit(25).execute()).map((r) => r.id);
      if (!ids.length) continue;
      const narrow = { store: new GraphStore(db), urlFor };
      const whole = { store: new GraphStore(db, true), urlFor };
      const narrowRows = await set.readRows(name, ids, narrow);
      const wholeRows = await set.readRows(name, ids, whole);
      assert.equal(narrowRows.length, ids.length, `${version} ${name}: every row read`);
      // a column left out of a shape's declaration would be missing (null or no key) in the narrow text
      const [a, b] = [await set.serializeText(name, narrowRows, narrow), await set.serializeText(name, wholeRows, whole)];
      const i = a.findIndex((t, i) => t !== b[i]);
      if (i >= 0) {
        const at = [...a[i]].findIndex((c, j) => c !== b[i][j]);
        assert.fail(`${version} ${name} row ${i}: narrow …${a[i].slice(at - 80, at + 80)}… whole …${b[i].slice(at - 80, at + 80)}…`);
      }
      if (Object.keys(narrowRows[0]).length < Object.keys(wholeRows[0]).length) narrowed++;
    }
  }
  // the check means something only if most shapes do read fewer columns
  assert.ok(narrowed > 100, `${narrowed} shapes read fewer columns than their table has`);
});
