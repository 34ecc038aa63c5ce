import { readFileSync } from 'node:fs';
import { openDatabase } from './src/db/connect.ts';
import { migrate } from './src/db/migrate.ts';
import { importDocument } from './src/ingest/import-document.ts';
const d = await openDatabase('sqlite::memory:');
await migrate(d);
for (const f of ['000_e02f7aebc80082a2','001_60a2aeaf887d35b2','002_211e202ffd9807c2','003_6b9f4802707ad897','004_7adbe57260c2404c']) {
  const t = Date.now();
  const r = await importDocument(d, JSON.parse(readFileSync(`test/fixtures/seeds/${f}.json`, 'utf8')));
  console.log(f, r.entity, r.version, r.objects, Date.now() - t, 'ms', JSON.stringify(r.rows).slice(0, 300));
}
console.log(await d.db.selectFrom('launch').select(['id','name','net','legacy_image_url']).limit(3).execute());
console.log(await d.db.selectFrom('mission_type').selectAll().execute());
await d.close();
