import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { lookupRows, lookupTable } from '../../src/generate/lookup-tables.ts';
import { freshDatabase } from '../support/app.ts';

const statuses = (database: Database) => database.db.selectFrom('launch_status').select(['id', 'name', 'abbrev', 'description']).orderBy('id').execute();

describe('launch statuses have one source', () => {
  let database: Database;
  before(async () => {
    database = await freshDatabase();
  });
  after(() => database.close());

  test('a migrated database holds the rows the generator writes', async () => {
    assert.deepStrictEqual(await statuses(database), lookupRows().launch_status);
    assert.equal((await statuses(database)).length, 9);
  });

  test('generating keeps them as they are', async () => {
    const migrated = await statuses(database);
    await generateDataset(database, { launches: 3, seed: 1, anchor: new Date('2026-11-01T00:00:00Z') });
    assert.deepStrictEqual(await statuses(database), migrated);
  });

  test('a database migrated with the old descriptions is corrected, but a description brought in since is kept', async () => {
    const old = { 5: 'Launch has been paused or held, but still has a chance for launch within the window.', 7: 'The launch vehicle reached orbit, but the payload(s) did not reach the intended target orbit(s).' };
    for (const [id, description] of Object.entries(old)) await database.db.updateTable('launch_status').set({ description }).where('id', '=', Number(id)).execute();
    await database.db.updateTable('launch_status').set({ description: 'Text a mirror brought in.' }).where('id', '=', 9).execute();
    // as if the database had been migrated before the correcting migration existed
    await database.db.deleteFrom('ll2_migration').where('name', '=', '0009_launch_status_descriptions').execute();
    assert.deepStrictEqual(await migrate(database), ['0009_launch_status_descriptions']);
    const rows = await statuses(database);
    const expected = lookupTable('launch_status').map((r) => (r.id === 9 ? { ...r, description: 'Text a mirror brought in.' } : r));
    assert.deepStrictEqual(rows, expected);
  });
});
