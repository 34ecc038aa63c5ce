/**
 * What `?ordering=` sorts by beyond a plain column (src/api/order-expression.ts): durations by their
 * length of time, read the same way on SQLite and PostgreSQL, and model paths through related tables.
 * Every ordering every endpoint declares is requested on generated data, both directions.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { durationSecondsSql } from '../../src/db/dialect.ts';
import { isoDurationSeconds } from '../../src/db/iso-duration.ts';
import { resources } from '../../src/resources/index.ts';
import { freshDatabase, generatedApp } from '../support/app.ts';

const DURATIONS: Array<[string, number | null]> = [
  ['P0D', 0],
  ['P9DT3H', 9 * 86400 + 3 * 3600],
  ['P374DT1H2M3S', 374 * 86400 + 3600 + 2 * 60 + 3],
  ['PT5H3M', 5 * 3600 + 3 * 60],
  ['PT5H30M', 5 * 3600 + 30 * 60],
  ['PT2M3.5S', 123.5],
  ['-PT1M', -60],
  ['P1000D', 1000 * 86400],
  // not a duration LL2 writes: no value, so it sorts with the NULLs
  ['P', null],
  ['PT', null],
  ['P1DT', null],
  ['P1Y', null],
  ['P1M', null],
  ['1 day', null],
  ['', null],
  ["x' or 1=1", null],
];

describe('ISO 8601 durations', () => {
  test('the seconds of each duration LL2 writes; null for anything else', () => {
    for (const [text, seconds] of DURATIONS) assert.equal(isoDurationSeconds(text), seconds, text);
    assert.equal(isoDurationSeconds(null), null);
  });

  test('the database reads the same seconds as the parser (SQLite function, PostgreSQL expression)', async () => {
    const database = await freshDatabase();
    try {
      for (const [text, seconds] of DURATIONS) {
        const value = sql`cast(${text} as text)`;
        const row = (await sql<{ s: unknown }>`select ${durationSecondsSql(value, database.dialect)} as s`.execute(database.db)).rows[0];
        assert.equal(row.s === null ? null : Number(row.s), seconds, text);
      }
      const row = (await sql<{ s: unknown }>`select ${durationSecondsSql(sql`cast(null as text)`, database.dialect)} as s`.execute(database.db)).rows[0];
      assert.equal(row.s, null);
    } finally {
      await database.close();
    }
  });
});

describe('every declared ordering on generated data', () => {
  const ANCHOR = new Date('2025-06-15T12:00:00Z');
  const t = generatedApp({ launches: 300, seed: 3, anchor: ANCHOR });

  for (const res of resources.filter((r) => r.singleton === undefined && Object.keys(r.ordering).length)) {
    test(`/${res.version}/${res.path}/: ${Object.keys(res.ordering).join(', ')}`, async () => {
      for (const name of Object.keys(res.ordering)) {
        for (const ordering of [name, `-${name}`]) {
          const res200 = await t.get(`/${res.version}/${res.path}/?ordering=${ordering}&limit=5&format=json`);
          assert.equal(res200.status, 200, `ordering=${ordering}: ${res200.text.slice(0, 200)}`);
        }
      }
    });
  }

  test('durations order by length of time, NULLs last ascending and first descending', async () => {
    const page = async (ordering: string) => (await t.get(`/2.3.0/astronauts/?ordering=${ordering}&limit=100&mode=normal`)).body.results as Array<{ time_in_space: string | null }>;
    for (const desc of [false, true]) {
      const values = (await page(`${desc ? '-' : ''}time_in_space`)).map((a) => (a.time_in_space === null ? null : isoDurationSeconds(a.time_in_space)));
      const firstValued = values.findIndex((v) => v !== null);
      const valued = values.filter((v) => v !== null) as number[];
      assert.ok(valued.length >= 2, 'generated astronauts have times in space');
      assert.deepStrictEqual(valued, [...valued].sort((a, b) => (desc ? b - a : a - b)), desc ? 'descending' : 'ascending');
      // NULLs sit at one end: after the values ascending, before them descending
      if (desc) assert.ok(values.slice(0, firstValued).every((v) => v === null) && values.slice(firstValued).every((v) => v !== null));
      else assert.ok(values.slice(0, valued.length).every((v) => v !== null));
    }
  });
});
