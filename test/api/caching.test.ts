import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { bumpDataVersion } from '../../src/db/data-version.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase, readSeed } from '../support/app.ts';

const S000 = readSeed('000_e02f7aebc80082a2').body;

test('ETag on every response, 304 on If-None-Match, Cache-Control on successes', async () => {
  const database = await freshDatabase();
  await importDocument(database, S000);
  const app = buildApp({ database });
  const first = await app.inject({ url: '/2.3.0/launches/' });
  const etag = first.headers.etag as string;
  assert.match(etag, /^W\/"[\w-]+"$/);
  assert.equal(first.headers['cache-control'], 'public, max-age=60');
  const again = await app.inject({ url: '/2.3.0/launches/', headers: { 'if-none-match': etag } });
  assert.equal(again.statusCode, 304);
  assert.equal(again.body, '');
  const html = await app.inject({ url: '/2.3.0/launches/?format=api' });
  assert.ok(html.headers.etag && html.headers.etag !== etag);
  const missing = await app.inject({ url: '/2.3.0/launches/00000000-0000-4000-8000-000000000000/' });
  assert.equal(missing.statusCode, 404);
  assert.ok(missing.headers.etag);
  assert.equal(missing.headers['cache-control'], undefined);
  await app.close();
  await database.close();
});

test('an import in this process is visible at once; one elsewhere once the data version moves', async () => {
  const database = await freshDatabase();
  const app = buildApp({ database });
  assert.equal(JSON.parse((await app.inject({ url: '/2.3.0/launches/' })).body).count, 0);
  await importDocument(database, S000);
  assert.equal(JSON.parse((await app.inject({ url: '/2.3.0/launches/' })).body).count, 1);
  // a write by another process: rows change and the version is bumped, without this process being told
  await database.db.updateTable('launch').set({ name: 'Renamed elsewhere' }).execute();
  const cached = JSON.parse((await app.inject({ url: '/2.3.0/launches/' })).body);
  assert.equal(cached.results[0].name, S000.name, 'served from the response cache until the version moves');
  await bumpDataVersion(database.db);
  await new Promise((r) => setTimeout(r, 1100)); // the version is re-read at most once a second
  const after = JSON.parse((await app.inject({ url: '/2.3.0/launches/' })).body);
  assert.equal(after.results[0].name, 'Renamed elsewhere');
  await app.close();
  await database.close();
});

test('/health reports the database', async () => {
  const database = await freshDatabase();
  const app = buildApp({ database });
  const ok = await app.inject({ url: '/health' });
  assert.equal(ok.statusCode, 200);
  assert.equal(JSON.parse(ok.body).database.status, 'ok');
  await database.close();
  const down = await app.inject({ url: '/health' });
  assert.equal(down.statusCode, 503);
  assert.equal(JSON.parse(down.body).status, 'unavailable');
  await app.close();
});
