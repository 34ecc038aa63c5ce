import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { KeyedQueries } from '../../src/serialize/keyed-query.ts';
import { dialectOf, dialects } from '../../src/db/dialect.ts';
import { freshDatabase, testDatabaseUrl } from '../support/app.ts';

/**
 * The loaders issue each step's keyed reads together (KeyedQueries.all); PostgreSQL answers them as one
 * statement of json columns, SQLite as one batch its driver runs under one lock (SqlDialect.combineReads).
 * Whatever the dialect, the rows must be exactly those of each read run alone: the same values of every
 * column type, the same order, the same empty results.
 */
let database: Database;
before(async () => {
  database = await freshDatabase();
  const { db } = database;
  const stored = dialects[database.dialect].storedBoolean;
  await db.insertInto('location').values([
    { id: 1, name: 'Cape "$1" Canaveral', active: stored(true), latitude: 28.608389, longitude: -80.604333, total_launch_count: 7, description: null },
    { id: 2, name: 'Ünïcode – 宇宙 \\ \n', active: stored(false), latitude: 0.1 + 0.2, longitude: 1e-7, total_launch_count: 0, description: '' },
    { id: 3, name: 'x', active: null, latitude: -0.5, longitude: 123456789.125, total_launch_count: null, description: 'long '.repeat(200) },
  ]).execute();
  await db.insertInto('pad').values([
    { id: 10, name: 'b', location_id: 1, pos: 1 },
    { id: 11, name: 'a', location_id: 1, pos: 0 },
    { id: 12, name: 'c', location_id: 2, pos: 0 },
    { id: 13, name: 'd', location_id: 1, pos: 1 },
  ]).execute();
});
after(() => database.close());

test(`keyed reads issued together give each read's rows (${testDatabaseUrl.startsWith('postgres') ? 'PostgreSQL: one statement' : 'SQLite'})`, async () => {
  const { db } = database;
  assert.equal(dialectOf(db), database.dialect);
  const reads = [
    { kind: 'rows location', keys: [3, 1, 2], build: (keys: unknown[]) => db.selectFrom('location').selectAll().where('id', 'in', keys).orderBy('id') },
    { kind: 'children pad.location_id', keys: [1, 2], build: (keys: unknown[]) => db.selectFrom('pad').selectAll().where('location_id', 'in', keys).orderBy('location_id').orderBy('pos').orderBy('id') },
    { kind: 'rows pad', keys: [99], build: (keys: unknown[]) => db.selectFrom('pad').selectAll().where('id', 'in', keys) },
    { kind: 'rows location two', keys: [2], build: (keys: unknown[]) => db.selectFrom('location').select(['id', 'latitude', 'active']).where('id', 'in', keys) },
  ];
  const alone = [];
  for (const r of reads) alone.push((await r.build(r.keys).execute()) as unknown[]);
  const together = await new KeyedQueries(db).all(reads.map((r) => ({ ...r, keys: r.keys as number[], build: (k) => r.build(k) })));
  assert.deepEqual(together, alone);
  assert.deepEqual((together[1] as Array<{ id: number }>).map((p) => p.id), [11, 10, 13, 12]);
  assert.deepEqual(together[2], []);
  // more parameters than one statement may bind are split over several statements, in order
  const many = Array.from({ length: 130 }, (_, i) => ({ kind: `rows location ${i % 3}`, keys: Array.from({ length: 500 }, () => (i % 3) + 1), build: (k: unknown[]) => db.selectFrom('location').select('id').where('id', 'in', k) }));
  const got = await new KeyedQueries(db).all(many);
  assert.deepEqual(got.map((rows) => rows.map((r) => r.id)), many.map((_, i) => [(i % 3) + 1]));
});
