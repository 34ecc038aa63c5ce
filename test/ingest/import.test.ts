import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importDocument } from '../../src/ingest/import-document.ts';
import { expandPaths, importFiles } from '../../src/ingest/import-files.ts';
import { freshDatabase, readSeed, testApp } from '../support/app.ts';

const S000 = readSeed('000_e02f7aebc80082a2').body;
const S002 = readSeed('002_211e202ffd9807c2').body;

async function tableCounts(db: any, tables: string[]) {
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await db.selectFrom(t).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirst()).n);
  return out;
}

describe('import', () => {
  test('a malformed document changes nothing and the error names the JSON path', async () => {
    const database = await freshDatabase();
    await importDocument(database, S000);
    const tables = ['launch', 'agency', 'image', 'update', 'pad', 'location', 'mission'];
    const before = await tableCounts(database.db, tables);
    const bad = structuredClone(S002);
    bad.results[3].pad.location.total_launch_count = 'many';
    await assert.rejects(importDocument(database, bad), /\$\.results\[3\]\.pad\.location\.total_launch_count: expected an integer/);
    assert.deepStrictEqual(await tableCounts(database.db, tables), before);
    await database.close();
  });

  test('a less detailed copy never erases what a detailed one stored', async () => {
    const database = await freshDatabase();
    await importDocument(database, S000);
    const t = await testApp({ database });
    const basic = (await t.get(`/2.3.0/launches/?mode=list&id=${S000.id}`)).body.results[0];
    basic.name = 'Renamed in a list-mode copy';
    await importDocument(database, { count: 1, next: null, previous: null, results: [basic] });
    const detail = (await t.get(`/2.3.0/launches/${S000.id}/`)).body;
    assert.equal(detail.name, 'Renamed in a list-mode copy');
    assert.equal(detail.mission.description, S000.mission.description);
    assert.equal(detail.launch_service_provider.description, S000.launch_service_provider.description);
    assert.equal(detail.updates.length, S000.updates.length);
    await t.close();
  });

  test('a list present in the document replaces the stored list, in the document order', async () => {
    const database = await freshDatabase();
    await importDocument(database, S000);
    const changed = structuredClone(S000);
    changed.updates = [S000.updates[2], S000.updates[0]];
    await importDocument(database, changed);
    const t = await testApp({ database });
    const detail = (await t.get(`/2.3.0/launches/${S000.id}/`)).body;
    assert.deepStrictEqual(detail.updates.map((u: any) => u.id), [S000.updates[2].id, S000.updates[0].id]);
    await t.close();
  });

  test('2.0.0 pages map onto the same tables (legacy values kept, status short name as abbrev)', async () => {
    const database = await freshDatabase();
    const r = await importDocument(database, S002);
    assert.equal(r.entity, 'launch');
    assert.equal(r.version, '2.0.0');
    assert.equal(r.objects, 10);
    const first = S002.results[0];
    const row = await database.db.selectFrom('launch').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    assert.equal(row.legacy_image_url, first.image);
    assert.equal(row.holdreason, first.holdreason);
    const pad = await database.db.selectFrom('pad').selectAll().where('id', '=', first.pad.id).executeTakeFirstOrThrow();
    assert.equal(pad.latitude, Number(first.pad.latitude));
    const status = await database.db.selectFrom('launch_status').selectAll().where('id', '=', first.status.id).executeTakeFirstOrThrow();
    assert.equal(status.abbrev, first.status.name);
    assert.equal(status.name, 'Launch Successful'); // from the reference statuses, not overwritten
    const agencyType = await database.db.selectFrom('agency_type').selectAll().where('name', '=', first.launch_service_provider.type).executeTakeFirst();
    assert.ok(agencyType, 'agency types named by a string are created');
    await database.close();
  });

  test('an object without a recognisable url needs --entity', async () => {
    const database = await freshDatabase();
    const { url: _u, ...noUrl } = S000;
    await assert.rejects(importDocument(database, noUrl), /cannot tell what kind of object/);
    const r = await importDocument(database, noUrl, { entity: 'launch' });
    assert.equal(r.objects, 1);
    await database.close();
  });

  test('files: directories are expanded; a bad file is reported by name and the others still load', async (t) => {
    const database = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'll2-import-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(S000));
    writeFileSync(join(dir, 'nested', 'b.json'), JSON.stringify(S002));
    writeFileSync(join(dir, 'broken.json'), '{"count": 1, "results": [');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const files = expandPaths([dir]);
    assert.deepStrictEqual(files.map((f) => f.slice(dir.length + 1)), ['a.json', 'broken.json', 'nested/b.json']);
    const outcomes = await importFiles(database, files);
    assert.equal(outcomes.filter((o) => o.result).length, 2);
    const failed = outcomes.find((o) => o.error)!;
    assert.match(failed.error!, /broken\.json: not valid JSON/);
    assert.equal((await tableCounts(database.db, ['launch'])).launch, 11);
    await database.close();
  });
});
