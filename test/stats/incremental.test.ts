/**
 * The statistics an authoritative import recomputes incrementally (only the owners it reaches, launch
 * counts from the earliest NET it moved) must equal a full recompute: on a generated dataset of a few
 * hundred launches, each change below is imported, every statistic is read, everything is recomputed
 * from scratch, and the two readings are compared.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../src/db/connect.ts';
import { generateDataset } from '../../src/generate/generate-dataset.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { OWNER_TABLES } from '../../src/stats/owners.ts';
import { recomputeAll } from '../../src/stats/recompute.ts';
import { freshDatabase } from '../support/app.ts';

const TABLES = ['launch', 'first_stage', 'spacecraft_flight', ...OWNER_TABLES];
const API = 'https://ll.thespacedevs.com/2.3.0';

type Row = Record<string, unknown>;

async function readAll(database: Database): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>();
  for (const t of TABLES) out.set(t, (await sql.raw<Row>(`SELECT * FROM ${t} ORDER BY id`).execute(database.db)).rows);
  return out;
}

/** The differing (table, id, column) cells and rows only one side has, at most `limit` of them, as text. */
function differences(a: Map<string, Row[]>, b: Map<string, Row[]>, limit = 12): string[] {
  const out: string[] = [];
  for (const [table, rows] of a) {
    const other = new Map(b.get(table)!.map((r) => [String(r.id), r]));
    if (other.size !== rows.length) out.push(`${table}: ${rows.length} rows / ${other.size} rows`);
    for (const row of rows) {
      const twin = other.get(String(row.id));
      if (!twin) out.push(`${table} ${row.id}: missing`);
      else for (const col of Object.keys(row)) if (String(row[col]) !== String(twin[col])) out.push(`${table} ${row.id} ${col}: ${row[col]} / ${twin[col]}`);
      if (out.length >= limit) return out.slice(0, limit);
    }
  }
  return out;
}

/** Launches in (net, id) order with what the changes below need. */
async function timeline(database: Database) {
  return (
    await sql<{ id: string; net: string; pad_id: number; launch_service_provider_id: number; status_id: number; mission_id: number | null }>`
      SELECT id, net, pad_id, launch_service_provider_id, status_id, mission_id FROM launch WHERE net IS NOT NULL ORDER BY net, id`.execute(database.db)
  ).rows;
}

const launchDoc = (id: string, fields: Row) => ({ id, url: `${API}/launches/${id}/`, ...fields });
const shiftSeconds = (iso: string, s: number) => new Date(Date.parse(iso) + s * 1000).toISOString().replace('.000Z', 'Z');

describe('incremental statistics equal a full recompute', () => {
  let database: Database;
  let launches: Awaited<ReturnType<typeof timeline>>;

  before(async () => {
    database = await freshDatabase();
    await generateDataset(database, { launches: 300, seed: 11 });
    launches = await timeline(database);
    assert.ok(launches.length >= 300);
  });
  after(() => database?.close());

  /** Imports `doc` in authoritative mode; checks it moved something, then that a full recompute moves nothing. */
  async function check(doc: Row, what: string): Promise<void> {
    const was = await readAll(database);
    await importDocument(database, doc, { dataMode: 'authoritative' });
    const incremental = await readAll(database);
    // the import must have renumbered or recounted something besides the launch it wrote
    const moved = differences(was, incremental, 10000).filter((d) => !d.includes(String(doc.id)) && !d.endsWith('rows'));
    assert.ok(moved.length > 0, `${what}: the import changed no other statistic`);
    await database.db.transaction().execute((trx) => recomputeAll(trx, database.dialect));
    const full = await readAll(database);
    assert.deepEqual(differences(incremental, full), [], `${what} (incremental / full)`);
    launches = await timeline(database);
  }

  test('a launch inserted mid-timeline renumbers the launches after it', async () => {
    const [a, b] = [launches[140], launches[141]];
    const busiest = launches.find((l) => l.pad_id === launches[170].pad_id)!;
    const id = '00000000-0000-4000-8000-00000000a001';
    await check(
      launchDoc(id, {
        name: 'Inserted',
        net: a.net === b.net ? a.net : shiftSeconds(a.net, 1),
        status: { id: 3 },
        pad: { id: busiest.pad_id },
        launch_service_provider: { id: busiest.launch_service_provider_id },
      }),
      'insert',
    );
  });

  test('a launch at the same NET as another is numbered after it by id', async () => {
    const other = launches[200];
    await check(
      launchDoc('ffffffff-0000-4000-8000-00000000a002', { name: 'Tie', net: other.net, status: { id: 3 }, pad: { id: other.pad_id }, launch_service_provider: { id: other.launch_service_provider_id } }),
      'tie',
    );
  });

  test('moving a launch backwards', async () => {
    const moved = launches[250];
    await check(launchDoc(moved.id, { net: shiftSeconds(launches[40].net, -3600) }), 'move backwards');
  });

  test('moving a launch forwards, into another year', async () => {
    const moved = launches[30];
    await check(launchDoc(moved.id, { net: shiftSeconds(launches[280].net, 7200) }), 'move forwards');
  });

  test("changing a launch's status", async () => {
    const changed = launches.find((l, i) => i > 100 && l.status_id === 3)!;
    await check(launchDoc(changed.id, { status: { id: 4 } }), 'status');
  });

  test("changing a launch's pad and provider", async () => {
    const changed = launches[120];
    const other = launches.find((l) => l.pad_id !== changed.pad_id && l.launch_service_provider_id !== changed.launch_service_provider_id)!;
    await check(launchDoc(changed.id, { pad: { id: other.pad_id }, launch_service_provider: { id: other.launch_service_provider_id } }), 'pad and provider');
  });

  test("making a launch's mission sub-orbital", async () => {
    const sub = (await sql<{ id: number }>`SELECT id FROM orbit WHERE abbrev = 'Sub' OR name = 'Sub-Orbital'`.execute(database.db)).rows[0];
    assert.ok(sub, 'the generated data has a sub-orbital orbit');
    const changed = launches.find((l, i) => i > 150 && l.mission_id !== null)!;
    const orbit = (await sql<{ orbit_id: number | null }>`SELECT orbit_id FROM mission WHERE id = ${changed.mission_id}`.execute(database.db)).rows[0];
    assert.notEqual(orbit.orbit_id, sub.id);
    await check(launchDoc(changed.id, { mission: { id: changed.mission_id, orbit: { id: sub.id } } }), 'orbit');
  });
});
