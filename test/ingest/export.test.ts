import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateDataset } from '../../src/generate/index.ts';
import { exportDatabase, exportOrder } from '../../src/ingest/export.ts';
import { exportResources } from '../../src/ingest/export-paths.ts';
import { NdjsonSink, PageFilesSink } from '../../src/ingest/export-sinks.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { expandPaths, importFiles } from '../../src/ingest/import-files.ts';
import { resources } from '../../src/resources/index.ts';
import { readSeed, seedNames, testApp, type TestApp } from '../support/app.ts';
import { compareApps } from '../support/route-walk.ts';

const now = new Date('2026-11-01T00:00:00Z');
const BASE = 'http://localhost';

/** How the copies are compared: every version, first and middle page of each list, links compared host and all. */
const ALL_VERSIONS = { versions: ['2.0.0', '2.1.0', '2.2.0', '2.3.0'], paging: 'first-and-middle', normalizeOrigins: false } as const;

/** A generated dataset with the bundled LL2 documents (2.0.0 pages and 2.3.0 objects) imported over it. */
async function sourceInstance(launches: number): Promise<TestApp> {
  const t = await testApp({ now });
  await generateDataset(t.database, { launches, seed: 11, anchor: now });
  // imported as the server loads them on an empty database: the lower-numbered documents last
  for (const name of [...seedNames].reverse()) await importDocument(t.database, readSeed(name).body);
  // a 2.0.0 launch naming lookups by strings nothing else uses: they get negative synthetic ids
  const legacy = structuredClone(readSeed('002_211e202ffd9807c2').body.results[0]);
  legacy.launch_service_provider.type = 'Export Test Agency Type';
  legacy.mission.type = 'Export Test Mission Type';
  await importDocument(t.database, legacy);
  return t;
}

async function exportTo(t: TestApp, dir: string, format: 'pages' | 'ndjson', pageSize: number) {
  const sink = format === 'pages' ? new PageFilesSink(dir) : NdjsonSink.toFile(dir);
  return exportDatabase(t.database, sink, { baseUrl: BASE, pageSize, now });
}

async function importInto(paths: string[]): Promise<TestApp> {
  const t = await testApp({ now });
  const outcomes = await importFiles(t.database, expandPaths(paths));
  assert.deepStrictEqual(outcomes.filter((o) => o.error).map((o) => o.error), []);
  return t;
}

const tmp = mkdtempSync(join(tmpdir(), 'll2-export-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('export → import into an empty database', () => {
  let source: TestApp;
  let copy: TestApp;
  const dir = join(tmp, 'pages');

  before(async () => {
    source = await sourceInstance(300);
    await exportTo(source, dir, 'pages', 40);
    copy = await importInto([dir]);
  });
  after(async () => {
    await source?.close();
    await copy?.close();
  });

  test('every route of every version answers the same JSON: lists in each mode (first and middle page), details, the dashboard', async () => {
    const paths: string[] = [];
    const { differences } = await compareApps(source.app, copy.app, { ...ALL_VERSIONS, limit: 50, details: 6, onPath: (p) => paths.push(p) });
    assert.deepStrictEqual(differences, []);
    // the comparison really walked the declared routes, with data behind them
    for (const decl of resources) assert.ok(paths.some((p) => p.startsWith(`/${decl.version}/${decl.path}/`)), `${decl.version}/${decl.path} compared`);
    assert.ok(paths.filter((p) => /\/2\.3\.0\/launches\/[0-9a-f-]{36}\//.test(p)).length >= 5, 'launch details compared');
    assert.ok(paths.some((p) => p.includes('offset=')), 'middle pages compared');
    const launches = (await copy.get('/2.3.0/launches/?limit=1')).body.count;
    assert.ok(launches >= 300, `${launches} launches`);
  });

  test('links and values only a filter or the tables show survive too', async () => {
    const rows = async (t: TestApp, table: string, cols: string[]) =>
      (await t.database.db.selectFrom(table).select(cols).orderBy('id').execute()).map((r) => JSON.stringify(r));
    // an update's programme (no 2.3.0 shape shows it; the /updates/?program= filter reads it)
    assert.deepStrictEqual(await rows(copy, 'update', ['id', 'program_id', 'launch_id', 'event_id']), await rows(source, 'update', ['id', 'program_id', 'launch_id', 'event_id']));
    const programme = (await source.database.db.selectFrom('update').select('program_id').where('program_id', 'is not', null).executeTakeFirstOrThrow()).program_id;
    const filtered = `/2.3.0/updates/?program=${programme}&limit=100`;
    assert.deepStrictEqual((await copy.get(filtered)).body, (await source.get(filtered)).body);
    // legacy values from the 2.0.0 documents, and lookups 2.0.0 named by a string (negative synthetic ids)
    const legacy = ['id', 'launch_library_id', 'inhold', 'tbdtime', 'tbddate', 'holdreason', 'legacy_image_url'];
    assert.deepStrictEqual(await rows(copy, 'launch', legacy), await rows(source, 'launch', legacy));
    assert.deepStrictEqual(await rows(copy, 'agency_type', ['id', 'name']), await rows(source, 'agency_type', ['id', 'name']));
    assert.deepStrictEqual(await rows(copy, 'mission_type', ['id', 'name']), await rows(source, 'mission_type', ['id', 'name']));
    assert.ok((await rows(source, 'agency_type', ['id'])).some((r) => JSON.parse(r).id < 0), 'a synthetic lookup to carry over');
    // launches the list endpoints hide (no net) are exported from the table
    assert.deepStrictEqual(await rows(copy, 'launch', ['id', 'net', 'name']), await rows(source, 'launch', ['id', 'net', 'name']));
  });

  test('page files are LL2 pages, numbered in import order, chained by next/previous', () => {
    const files = readdirSync(dir).sort();
    const order = exportOrder();
    assert.equal(order.length, exportResources.size);
    assert.ok(order.indexOf('mission_type') < order.indexOf('launch') && order.indexOf('landing') < order.indexOf('launch'));
    assert.ok(order.indexOf('launch') < order.indexOf('spacecraft'));
    const launchPages = files.filter((f) => /^\d\d-launches-\d+\.json$/.test(f));
    assert.ok(launchPages.length >= 8, `${launchPages.length} launch pages of 40`);
    const first = JSON.parse(readFileSync(join(dir, launchPages[0]), 'utf8'));
    const second = JSON.parse(readFileSync(join(dir, launchPages[1]), 'utf8'));
    assert.deepStrictEqual(Object.keys(first), ['count', 'next', 'previous', 'results']);
    assert.equal(first.next, launchPages[1]);
    assert.equal(first.previous, null);
    assert.equal(second.previous, launchPages[0]);
    assert.equal(first.results.length, 40);
    assert.equal(first.results[0].response_mode, 'detailed');
    assert.match(first.results[0].url, /^http:\/\/localhost\/2\.3\.0\/launches\/[0-9a-f-]{36}\/$/);
    const statuses = JSON.parse(readFileSync(join(dir, files.find((f) => f.includes('config.launch_statuses'))!), 'utf8'));
    assert.match(statuses.results[0].url, /\/2\.3\.0\/config\/launch_statuses\/\d+\/$/);
  });
});

describe('NDJSON export', () => {
  test('one object per line; import reads it back in one transaction, to the same responses', async () => {
    const source = await sourceInstance(40);
    const file = join(tmp, 'all.ndjson');
    const summary = await exportTo(source, file, 'ndjson', 7);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, summary.total);
    assert.ok(lines.every((l) => typeof JSON.parse(l).url === 'string'));
    const copy = await testApp({ now });
    const [outcome] = await importFiles(copy.database, [file]);
    assert.equal(outcome.error, undefined);
    assert.equal(outcome.result?.objects, lines.length, 'every line imported');
    const { differences } = await compareApps(source.app, copy.app, { ...ALL_VERSIONS, versions: ['2.3.0', '2.0.0'], limit: 20, details: 3 });
    assert.deepStrictEqual(differences, []);
    await source.close();
    await copy.close();
  });

  test('a bad line rolls the whole file back and is named', async () => {
    const source = await sourceInstance(5);
    const file = join(tmp, 'bad.ndjson');
    await exportTo(source, file, 'ndjson', 50);
    await source.close();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const at = lines.findIndex((l) => /\/2\.3\.0\/launches\//.test(JSON.parse(l).url));
    const launch = JSON.parse(lines[at]);
    launch.pad.latitude = 'north';
    lines[at] = JSON.stringify(launch);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const t = await testApp({ now });
    const [outcome] = await importFiles(t.database, [file]);
    assert.match(outcome.error ?? '', new RegExp(`line ${at + 1} \\$\\.pad\\.latitude: expected a number`));
    assert.equal((await t.get('/2.3.0/config/countries/')).body.count, 0, 'the lookups of the earlier lines were rolled back too');
    assert.equal((await t.get('/2.3.0/agencies/')).body.count, 0);
    await t.close();
  });

  test('page files go into a new directory only', async () => {
    const dir = join(tmp, 'not-empty');
    const t = await testApp({ now });
    await exportTo(t, dir, 'pages', 10);
    writeFileSync(join(dir, 'other.json'), '{}');
    assert.throws(() => new PageFilesSink(dir), /not empty/);
    await t.close();
  });
});
