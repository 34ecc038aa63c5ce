/**
 * Imports running at once (a sync pass, the hot refresh, read-through in several processes) write the
 * same rows in different orders. On PostgreSQL two such transactions can deadlock, and the database
 * aborts one of them (SQLSTATE 40P01): the import is retried, never failed, and never blamed on a JSON
 * path. SQLite writes one transaction at a time; the test runs there too.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase } from '../support/app.ts';
import { copy, page, type Json } from '../support/changes.ts';
import { ALL_KEYS, LAUNCHES } from '../support/launch-fixtures.ts';

let database: Database;
const launches = ALL_KEYS.map((k) => copy(LAUNCHES[k]) as Json);
before(async () => {
  database = await freshDatabase();
  await importDocument(database, page(launches), { entity: 'launch' });
});
after(async () => {
  await database?.close();
});

/** A deterministic shuffle (the same runs every time). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('six imports at once of the same launches in different orders all succeed, ten times over', async () => {
  const failures: string[] = [];
  for (let round = 0; round < 10; round++) {
    await Promise.all(
      Array.from({ length: 6 }, (_, j) => {
        const items = shuffled(launches, round * 6 + j + 1).map((l) => ({ ...copy(l), probability: (round * 6 + j) % 100 }));
        return importDocument(database, page(items), { entity: 'launch' }).catch((e: Error) => void failures.push(e.message));
      }),
    );
  }
  assert.deepStrictEqual(failures, []);
  // the last round's values are there: one of its imports wrote last
  const rows = await database.db.selectFrom('launch').select('probability').execute();
  assert.ok(rows.every((r) => Number(r.probability) >= 54 && Number(r.probability) <= 59), JSON.stringify(rows.slice(0, 3)));
});

test('a transaction the database aborts for a collision (40P01, 40001) is run again whole; other errors are not', async () => {
  const collision = (code: string) => Object.assign(new Error('deadlock detected'), { code });
  let calls = 0;
  const changed: Json = { ...copy(launches[0]), probability: 7 };
  await importDocument(database, page([changed]), {
    entity: 'launch',
    alsoInTransaction: async () => {
      calls++;
      if (calls <= 2) throw collision(calls === 1 ? '40P01' : '40001');
    },
  });
  assert.equal(calls, 3, 'twice aborted, the third run committed');
  const row = await database.db.selectFrom('launch').select('probability').where('id', '=', changed.id).executeTakeFirstOrThrow();
  assert.equal(Number(row.probability), 7);
  let other = 0;
  await assert.rejects(
    importDocument(database, page([{ ...changed, probability: 8 }]), {
      entity: 'launch',
      alsoInTransaction: async () => {
        other++;
        throw new Error('disk full');
      },
    }),
    /^Error: \$: disk full$/,
  );
  assert.equal(other, 1, 'not a collision: not run again');
  let always = 0;
  await assert.rejects(
    importDocument(database, page([{ ...changed, probability: 9 }]), {
      entity: 'launch',
      alsoInTransaction: async () => {
        always++;
        throw collision('40P01');
      },
    }),
    /\$: deadlock detected/,
  );
  assert.equal(always, 6, 'given up after six runs');
});
