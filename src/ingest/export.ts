import type { Database } from '../db/connect.ts';
import { dialects } from '../db/dialect.ts';
import { GraphStore, type Key, type Row } from '../serialize/graph-store.ts';
import { exportResources, exportUrl, type ExportResource } from './export-paths.ts';
import { exportShapeName, exportShapes } from './export-shapes.ts';
import type { ModelDb } from '../db/model-db.ts';
import { singletonRow } from '../api/resource.ts';

/** Where exported objects go, one resource after the other (see export-sinks.ts). */
export interface ExportSink {
  /** A new resource starts; `count` objects of it follow. */
  begin(resource: ExportResource & { entity: string; position: number }, count: number): Promise<void>;
  write(objects: Record<string, unknown>[]): Promise<void>;
  /** Everything was written. */
  finish(): Promise<void>;
}

export interface ExportOptions {
  /** Scheme and host of the `url` of exported objects (`https://ll.example.org`). */
  baseUrl: string;
  /** Objects read, serialized and written together (and per page file). */
  pageSize: number;
  onProgress?: (done: number, total: number, path: string) => void;
  /** The clock of a singleton built from the data (default: now). */
  now?: Date;
}

export interface ExportSummary {
  /** Objects written per 2.3.0 path, in the order written. */
  objects: Record<string, number>;
  total: number;
}

/**
 * Writes every object of every entity that has a 2.3.0 endpoint, straight from its table (the list
 * endpoints hide some rows, e.g. launches without a `net`), in the export shapes (export-shapes.ts),
 * `pageSize` rows at a time with a fresh loader per batch so memory stays flat however big the
 * database is. Reads happen in one transaction: the export is a snapshot even while the server writes.
 */
export async function exportDatabase(database: Database, sink: ExportSink, opts: ExportOptions): Promise<ExportSummary> {
  const order = exportOrder();
  const urlFor = (entity: string, id: Key) => (exportResources.has(entity) ? exportUrl(opts.baseUrl, entity, id) : null);
  return dialects[database.dialect].snapshot(database.db.transaction()).execute(async (trx) => {
    const counts = new Map<string, number>();
    for (const entity of order) counts.set(entity, await countOf(trx, entity));
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const objects: Record<string, number> = {};
    let done = 0;
    for (const [position, entity] of order.entries()) {
      const resource = exportResources.get(entity)!;
      await sink.begin({ ...resource, entity, position }, counts.get(entity)!);
      for await (const [rows, store] of batches(trx, database.dialect, opts.now ?? new Date(), entity, opts.pageSize)) {
        const out = await exportShapes.serialize(exportShapeName(entity), rows, { store, urlFor });
        await sink.write(out);
        done += out.length;
        objects[resource.path] = (objects[resource.path] ?? 0) + out.length;
        opts.onProgress?.(done, total, resource.path);
      }
    }
    await sink.finish();
    return { objects, total: done };
  });
}

/**
 * The order resources are written in, which is the order they must be imported in:
 * 1. the lookups without relations, because missions and first stages name their type by a string
 *    that the importer looks up (a missing name would get a new synthetic id);
 * 2. the other config/* resources;
 * 3. landings before launches and spacecraft last: first stages, spacecraft flights and payload
 *    flights keep one `pos` for all the lists they are in, and the importer sets it from the list
 *    it reads last. A landing holds one stage (pos 0), a rocket its cores in order, a spacecraft
 *    its flights in order, so the longer lists must come last to keep their order.
 */
export function exportOrder(): string[] {
  const rank = (entity: string): number => {
    const r = exportResources.get(entity)!;
    if (r.path.startsWith('config/')) return Object.keys(r.decl.entity.relations).length ? 1 : 0;
    if (entity === 'landing') return 2;
    if (entity === 'spacecraft') return 4;
    return 3;
  };
  return [...exportResources.keys()].map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map(({ e }) => e);
}

async function countOf(db: ModelDb, entity: string): Promise<number> {
  const r = exportResources.get(entity)!;
  // a singleton built from the data (the Starship dashboard) is written as it is served
  if (r.decl.singleton !== undefined && r.decl.derive) return 1;
  let q = db.selectFrom(r.decl.entity.table).select((eb) => eb.fn.countAll().as('n'));
  if (r.decl.singleton !== undefined) q = q.where('id', '=', r.decl.singleton);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/**
 * The table's rows in key order, `size` at a time (keyset paging: no deep OFFSET), each batch with a
 * fresh loader. A singleton that was never imported but is built from the data (the Starship dashboard)
 * is written as the server answers it now, so what it shows that no endpoint lists (road closures,
 * notices) survives; the database it is imported into serves it as imported, as a mirror would.
 */
async function* batches(db: ModelDb, dialect: Database['dialect'], now: Date, entity: string, size: number): AsyncGenerator<[Row[], GraphStore]> {
  const r = exportResources.get(entity)!;
  const table = r.decl.entity.table;
  if (r.decl.singleton !== undefined) {
    const store = new GraphStore(db);
    const row = await singletonRow(r.decl, { db, dialect, now, store });
    if (row) yield [[row], store];
    return;
  }
  let last: Key | undefined;
  for (;;) {
    let q = db.selectFrom(table).selectAll().orderBy('id').limit(size);
    if (last !== undefined) q = q.where('id', '>', last);
    const rows = await q.execute();
    if (!rows.length) return;
    yield [rows, new GraphStore(db)];
    if (rows.length < size) return;
    last = rows[rows.length - 1].id;
  }
}
