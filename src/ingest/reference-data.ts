import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/connect.ts';
import { importDocument } from './import-document.ts';

/** The bundled LL2 documents loaded into an empty database on first start (see src/reference-data/README.md). */
export const referenceDataDir = fileURLToPath(new URL('../reference-data/', import.meta.url));

export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('launch').select('id').limit(1).executeTakeFirst();
  return !row;
}

/** Imports every bundled document, in file-name order; returns how many objects were read. */
export async function loadReferenceData(database: Database): Promise<number> {
  let objects = 0;
  // Newest first is not knowable from the files; the lower-numbered documents are the user's primary
  // references, so they are imported last and win where documents describe the same object.
  for (const file of readdirSync(referenceDataDir).filter((f) => f.endsWith('.json')).sort().reverse()) {
    const doc = JSON.parse(readFileSync(`${referenceDataDir}${file}`, 'utf8'));
    objects += (await importDocument(database, doc, { source: 'reference data' })).objects;
  }
  return objects;
}
