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
import { freshDatabase, testApp } from '../support/app.ts';

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

  /**
   * Imports `doc` in authoritative mode; checks it moved something, then that a full recompute moves
   * nothing. Returns the steps the import recounted.
   */
  async function check(doc: Row, what: string): Promise<string[]> {
    const was = await readAll(database);
    const { stats } = await importDocument(database, doc, { dataMode: 'authoritative' });
    const incremental = await readAll(database);
    // the import must have renumbered or recounted something besides the launch it wrote
    const moved = differences(was, incremental, 10000).filter((d) => !d.includes(String(doc.id)) && !d.endsWith('rows'));
    assert.ok(moved.length > 0, `${what}: the import changed no other statistic`);
    await database.db.transaction().execute((trx) => recomputeAll(trx, database.dialect));
    const full = await readAll(database);
    assert.deepEqual(differences(incremental, full), [], `${what} (incremental / full)`);
    launches = await timeline(database);
    return stats!.map((s) => s.step);
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
    const steps = await check(launchDoc(changed.id, { status: { id: 4 } }), 'status');
    // the numbering is by NET, pad, provider and orbit: a new status renumbers no launch
    assert.ok(!steps.includes('launch'), `renumbered after a status change: ${steps.join(', ')}`);
    // the provider's counts move by what the launch added and took away; its streak is recounted
    assert.ok(steps.includes('agency (counts)') && steps.includes('agency (order)'), steps.join(', '));
    assert.ok(!steps.includes('agency'), `recounted whole: ${steps.join(', ')}`);
  });

  test('a page of launches changed at random, several times', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const pads = [...new Set(launches.map((l) => l.pad_id))];
    const providers = [...new Set(launches.map((l) => l.launch_service_provider_id))];
    for (let round = 0; round < 4; round++) {
      const results: Row[] = [];
      const chosen = new Set<string>();
      while (chosen.size < 25) chosen.add(pick(launches).id);
      for (const id of chosen) {
        const l = launches.find((x) => x.id === id)!;
        const change: Row = {};
        const what = random();
        if (what < 0.35) change.status = { id: pick([1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9]) };
        else if (what < 0.55) change.net = shiftSeconds(l.net, Math.round((random() - 0.5) * 86400 * 400));
        else if (what < 0.7) change.pad = { id: pick(pads) };
        else if (what < 0.85) change.launch_service_provider = { id: pick(providers) };
        else change.name = `Renamed ${round}`;
        results.push(launchDoc(id, change));
      }
      await check({ count: results.length, next: null, previous: null, results }, `random page ${round}`);
    }
  });

  test('an upcoming launch slipping recounts its boosters and spacecraft, not its provider or pad', async () => {
    const at = launches.findIndex((l, i) => i > 200 && i < launches.length - 4 && [1, 2, 8].includes(l.status_id));
    assert.ok(at > 0, 'the generated data has an upcoming launch with launches after it');
    const upcoming = launches[at];
    // past the next three launches, from Go to TBD or back
    const net = shiftSeconds(launches[at + 3].net, 3600);
    const steps = await check(launchDoc(upcoming.id, { net, status: { id: upcoming.status_id === 1 ? 2 : 1 } }), 'slip');
    assert.ok(steps.includes('launch'), `the launches after it are renumbered: ${steps.join(', ')}`);
    for (const heavy of ['agency', 'pad', 'launcher_config', 'location', 'celestial_body']) assert.ok(!steps.includes(heavy), `${heavy} recounted: ${steps.join(', ')}`);
  });

  test('a new name recounts nothing', async () => {
    const { stats } = await importDocument(database, launchDoc(launches[100].id, { name: 'Renamed | Mission' }), { dataMode: 'authoritative' });
    assert.deepEqual(stats, []);
  });

  test("a booster landing's outcome", async () => {
    const stage = (
      await sql<{ launch_id: string; rocket_id: number; id: number; landing_id: number; success: number | boolean | null }>`
        SELECT r.launch_id, r.id AS rocket_id, x.id, x.landing_id, ld.success FROM first_stage x JOIN rocket r ON r.id = x.rocket_id
        JOIN landing ld ON ld.id = x.landing_id JOIN launch l ON l.id = r.launch_id
        WHERE ld.attempt = true AND ld.success IS NOT NULL AND l.status_id = 3
          AND (SELECT COUNT(*) FROM first_stage y WHERE y.rocket_id = r.id) = 1
        ORDER BY l.net DESC LIMIT 1`.execute(database.db)
    ).rows[0];
    assert.ok(stage, 'the generated data has a booster landing');
    const steps = await check(
      launchDoc(stage.launch_id, { rocket: { id: stage.rocket_id, launcher_stage: [{ id: stage.id, landing: { id: stage.landing_id, success: !stage.success } }] } }),
      'landing',
    );
    assert.ok(!steps.includes('launch'), steps.join(', '));
  });

  test('a document imported again as it is stored recounts nothing', async () => {
    const app = await testApp({ database });
    try {
      const id = launches[150].id;
      const doc = (await app.get(`/2.3.0/launches/${id}/?mode=detailed`)).body;
      const page = (await app.get('/2.3.0/launches/?mode=detailed&limit=20&ordering=-net')).body;
      assert.equal(page.results.length, 20);
      for (const [what, body] of [['detail', doc], ['page', page]] as const) {
        const was = await readAll(database);
        // the first import brings nothing new; nor does the second (whatever the first may have normalized)
        await importDocument(database, body, { dataMode: 'authoritative' });
        const { stats } = await importDocument(database, body, { dataMode: 'authoritative' });
        assert.deepEqual(stats, [], `${what}: a copy of the stored rows recounted ${JSON.stringify(stats)}`);
        assert.deepEqual(differences(was, await readAll(database)), [], `${what}: statistics moved`);
      }
      // the upstream's statistics differ from the server's: they are not written over them, nor recounted
      const other = structuredClone(doc);
      other.launch_service_provider.total_launch_count += 1000;
      other.orbital_launch_attempt_count += 1000;
      const { stats } = await importDocument(database, other, { dataMode: 'authoritative' });
      assert.deepEqual(stats, []);
    } finally {
      await app.app.close();
    }
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
