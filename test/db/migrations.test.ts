import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrate } from '../../src/db/migrate.ts';
import { tableDefsFor } from '../../src/db/table-defs.ts';
import { model } from '../../src/model/entities.ts';
import { freshDatabase } from '../support/app.ts';

test('the migrations create every table and column the model declares', async () => {
  const database = await freshDatabase();
  const tables = new Map((await database.db.introspection.getTables()).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  const missing: string[] = [];
  for (const def of tableDefsFor(model)) {
    const have = tables.get(def.name);
    if (!have) missing.push(`table ${def.name}`);
    else for (const [col] of def.columns) if (!have.has(col)) missing.push(`${def.name}.${col}`);
  }
  assert.deepStrictEqual(missing, [], 'run `npx tsx scripts/new-migration.ts <name>` after changing the model');
  await database.close();
});

test('migrating twice applies nothing the second time', async () => {
  const database = await freshDatabase();
  assert.deepStrictEqual(await migrate(database), []);
  await database.close();
});
