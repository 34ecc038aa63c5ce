/**
 * `ll2 import` of NDJSON (one object per line, one transaction) records its changes too (issue #15): an
 * object the file names twice (a launch, then an event nesting it) is compared with what was there
 * before the file, once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { importFiles } from '../../src/ingest/import-files.ts';
import { freshDatabase } from '../support/app.ts';
import { HOUR, later, type Json } from '../support/changes.ts';
import { ALL_KEYS, LAUNCHES } from '../support/launch-fixtures.ts';
import { DOCUMENTS } from '../support/stations-events-fixtures.ts';


test('an NDJSON import records what it created and what it changed, once per object', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'll2-ndjson-changes-'));
  const database = await freshDatabase();
  const app = buildApp({ database });
  try {
    const launches = ALL_KEYS.slice(0, 5).map((k) => structuredClone(LAUNCHES[k]) as Json);
    const events = structuredClone(DOCUMENTS.find((d) => d.entity === 'event')!.results) as Json[];
    const file = join(dir, 'all.ndjson');
    const write = () => writeFileSync(file, [...launches, ...events].map((o) => JSON.stringify(o)).join('\n'));
    write();
    const [first] = await importFiles(database, [file]);
    assert.equal(first.error, undefined);
    const created = (await app.inject({ url: '/changes/?limit=100' })).json();
    const ids = created.results.map((r: Json) => `${r.type}:${r.object.id}`);
    assert.equal(new Set(ids).size, ids.length, 'each object once, though events nest launches of the file');
    assert.ok(created.results.every((r: Json) => r.source === 'file:all.ndjson' && r.changes[0].field === 'created'));
    assert.ok(launches.every((l) => ids.includes(`launch:${l.id}`)));
    assert.equal(created.results.filter((r: Json) => r.type === 'event').length, events.length);
    // the same file again: nothing; then one launch slips
    await importFiles(database, [file]);
    assert.equal((await app.inject({ url: '/changes/' })).json().count, created.count);
    const old = launches[1].net;
    launches[1].net = later(old, 2 * HOUR);
    write();
    await importFiles(database, [file]);
    const slipped = (await app.inject({ url: `/changes/?id=${launches[1].id}&field=net` })).json();
    assert.deepStrictEqual(slipped.results.map((r: Json) => r.changes), [[{ field: 'net', old, new: launches[1].net }]]);
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
