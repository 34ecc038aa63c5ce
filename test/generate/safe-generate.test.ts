import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../src/db/connect.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { generateCommand } from '../../src/generate/command.ts';
import { DatabaseNotEmptyError, generateDataset } from '../../src/generate/index.ts';
import { loadReferenceData } from '../../src/ingest/reference-data.ts';
import { freshDatabase, temporaryDatabaseFile } from '../support/app.ts';

const ANCHOR = new Date('2026-11-01T00:00:00Z');

async function count(database: Database, table: string): Promise<number> {
  const r = await database.db.selectFrom(table).select(sql<number | string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function launchIds(database: Database): Promise<string[]> {
  return (await database.db.selectFrom('launch').select('id').orderBy('id').execute()).map((r) => String(r.id));
}

/** Runs the command function with its output captured, as `ll2 generate ARGS` would. */
async function run(database: Database, args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await generateCommand(database, args, { log: (s) => lines.push(s), error: (s) => lines.push(s), anchor: ANCHOR });
  return { code, out: lines.join('\n') };
}

describe('ll2 generate keeps what a database holds', () => {
  let database: Database;
  let reference: string[];

  before(async () => {
    database = await freshDatabase();
    await loadReferenceData(database);
    reference = await launchIds(database);
    assert.equal(reference.length, 21, 'the bundled reference data holds 21 launches');
  });
  after(() => database.close());

  test('into a database that holds launches it refuses, names what is there and changes nothing', async () => {
    const agencies = await count(database, 'agency');
    const { code, out } = await run(database, ['--launches', '5']);
    assert.notEqual(code, 0, out);
    assert.match(out, /already holds/);
    assert.match(out, /21 launch\b/);
    assert.match(out, /--replace/);
    assert.deepStrictEqual(await launchIds(database), reference);
    assert.equal(await count(database, 'agency'), agencies);
  });

  test('bad options are refused before anything is read or written', async () => {
    await assert.rejects(run(database, ['--launches', '0', '--replace']), /--launches must be a positive integer/);
    assert.deepStrictEqual(await launchIds(database), reference);
  });

  test('generateDataset refuses the same way (DatabaseNotEmptyError, with the rows held per table)', async () => {
    await assert.rejects(generateDataset(database, { launches: 5, seed: 1, anchor: ANCHOR }), (e: unknown) => {
      assert.ok(e instanceof DatabaseNotEmptyError);
      assert.equal(e.held.launch, 21);
      assert.equal(e.held.launch_status, undefined, 'the lookup tables, which migrations seed, do not count');
      return true;
    });
    assert.deepStrictEqual(await launchIds(database), reference);
  });

  test('a replacing run that fails midway deletes nothing: it is one transaction', async () => {
    const failing = generateDataset(database, {
      launches: 300,
      seed: 1,
      anchor: ANCHOR,
      replace: true,
      onProgress: () => {
        throw new Error('stopped after the first flush');
      },
    });
    await assert.rejects(failing, /stopped after the first flush/);
    assert.deepStrictEqual(await launchIds(database), reference);
  });

  test('with --replace it says what it deletes (rows per table), then writes the dataset', async () => {
    const agencies = await count(database, 'agency');
    const { code, out } = await run(database, ['--launches', '5', '--replace']);
    assert.equal(code, 0, out);
    assert.match(out, /deleted .*\b21 launch\b/);
    assert.match(out, new RegExp(`\\b${agencies} agency\\b`));
    const ids = await launchIds(database);
    assert.equal(ids.length, 5);
    assert.ok(!ids.some((id) => reference.includes(id)), 'no reference launch is left');
  });

  test('a refused generate into the generated dataset also keeps it', async () => {
    const before = await launchIds(database);
    const { code } = await run(database, ['--launches', '7']);
    assert.equal(code, 1);
    assert.deepStrictEqual(await launchIds(database), before);
  });
});

describe('ll2 generate into an empty database', () => {
  test('writes without --replace and reports nothing deleted', async () => {
    const database = await freshDatabase();
    try {
      const { code, out } = await run(database, ['--launches', '3']);
      assert.equal(code, 0, out);
      assert.doesNotMatch(out, /deleted/);
      assert.equal((await launchIds(database)).length, 3);
    } finally {
      await database.close();
    }
  });
});

// The exit status is what scripts see: the process itself must end non-zero (a database file, which a
// child process can open, is used whatever TEST_DATABASE_URL says: this checks the CLI's plumbing only).
describe('the ll2 process', () => {
  test('exits non-zero on a refusal and keeps the launches', async () => {
    const file = temporaryDatabaseFile();
    try {
      const database = await openDatabase(`sqlite:${file.path}`);
      await migrate(database);
      await loadReferenceData(database);
      await database.close();
      const bin = fileURLToPath(new URL('../../bin/ll2.js', import.meta.url));
      const child = spawnSync(process.execPath, [bin, 'generate', '--launches', '5'], {
        env: { ...process.env, DATABASE_URL: `sqlite:${file.path}`, REDIS_URL: '' },
        encoding: 'utf8',
      });
      assert.equal(child.status, 1, child.stdout + child.stderr);
      assert.match(child.stderr, /already holds/);
      const again = await openDatabase(`sqlite:${file.path}`);
      assert.equal(await count(again, 'launch'), 21);
      await again.close();
    } finally {
      file.remove();
    }
  });
});
