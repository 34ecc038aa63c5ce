/**
 * The change log (issue #15, items 1 and 2): imports and syncs record what they changed in launches and
 * events, field by field, and GET /changes/ serves it newest first with `since`, `type`, `id`, `field`.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase } from '../support/app.ts';
import { copy, HOUR, later, page, until, type Json } from '../support/changes.ts';
import { sharedDatabase } from '../ops/server-process.ts';
import { ALL_KEYS, LAUNCHES, VIDEO } from '../support/launch-fixtures.ts';
import { DOCUMENTS } from '../support/stations-events-fixtures.ts';

const ORIGIN = 'http://changes.test';

describe('the change log', () => {
  let database: Database;
  let app: FastifyInstance;
  const [a, b] = [copy(LAUNCHES[ALL_KEYS[0]]) as Json, copy(LAUNCHES[ALL_KEYS[1]]) as Json];
  const events = copy(DOCUMENTS.find((d) => d.entity === 'event')!.results) as Json[];
  let afterCreation = '';
  let nested = 0;
  before(async () => {
    database = await freshDatabase();
    app = buildApp({ database, publicBaseUrl: ORIGIN });
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });
  const changes = async (query = '') => (await app.inject({ url: `/changes/${query}` })).json();

  test('new launches and events are recorded as created, with the source; the same document again records nothing', async () => {
    await importDocument(database, page([a, b]), { entity: 'launch', source: 'file:launches.json' });
    await importDocument(database, page(events), { entity: 'event', source: 'file:events.json' });
    const first = await changes('?limit=100');
    // the events nest launches of their own: those are created too
    nested = first.results.filter((r: Json) => r.type === 'launch' && ![a.id, b.id].includes(r.object.id)).length;
    assert.ok(nested > 0);
    assert.equal(first.count, 2 + nested + events.length);
    assert.ok(first.results.every((r: Json) => r.changes.length === 1 && r.changes[0].field === 'created'));
    const created = first.results.find((r: Json) => r.object.id === a.id);
    assert.deepStrictEqual(created, {
      id: created.id,
      type: 'launch',
      occurred_at: created.occurred_at,
      source: 'file:launches.json',
      object: { id: a.id, url: `${ORIGIN}/2.3.0/launches/${a.id}/`, name: a.name },
      changes: [{ field: 'created', old: null, new: a.name }],
    });
    const event = first.results.find((r: Json) => r.type === 'event');
    assert.equal(event.object.url, `${ORIGIN}/2.3.0/events/${event.object.id}/`);
    assert.equal(typeof event.object.id, 'number');
    await importDocument(database, page([a, b]), { entity: 'launch' });
    await importDocument(database, page(events), { entity: 'event' });
    assert.equal((await changes()).count, 2 + nested + events.length, 'nothing changed, nothing recorded');
    await new Promise((r) => setTimeout(r, 5));
    afterCreation = new Date().toISOString();
  });

  test('a launch that slips, changes status, gains a video and a probability: one record, field by field', async () => {
    const netBefore = a.net;
    a.net = later(a.net, 2 * HOUR);
    a.status = { id: 2, name: 'To Be Determined', abbrev: 'TBD', description: 'Awaiting official confirmation.' };
    a.probability = 80;
    a.vid_urls = [...a.vid_urls, { priority: 10, source: 'youtube.com', publisher: 'SpaceX', title: 'Launch webcast', description: '', feature_image: null, url: VIDEO.starlink, type: { id: 1, name: 'Official Webcast' }, language: { id: 1, name: 'English', code: 'en' }, start_time: null, end_time: null, live: false }];
    await importDocument(database, page([a, b]), { entity: 'launch', source: 'upstream:https://ll.example/2.3.0' });
    const { count, results } = await changes('?type=launch');
    assert.equal(count, 3 + nested);
    const [latest] = results;
    assert.deepStrictEqual([latest.object.id, latest.source], [a.id, 'upstream:https://ll.example/2.3.0']);
    assert.deepStrictEqual(latest.changes, [
      { field: 'net', old: netBefore, new: a.net },
      { field: 'status', old: 'Launch Successful', new: 'To Be Determined' },
      { field: 'probability', old: null, new: 80 },
      { field: 'vid_urls', old: [], new: [VIDEO.starlink] },
    ]);
  });

  test('?id=X&field=net is the slip history of a launch, newest first, with only the NET', async () => {
    const second = a.net;
    a.net = later(a.net, 24 * HOUR);
    await importDocument(database, page([a]), { entity: 'launch' });
    const history = await changes(`?id=${a.id}&field=net`);
    assert.equal(history.count, 2);
    assert.deepStrictEqual(history.results.map((r: Json) => r.changes), [[{ field: 'net', old: second, new: a.net }], [{ field: 'net', old: LAUNCHES[ALL_KEYS[0]].net, new: second }]]);
  });

  test('an event whose date moves; since, type and paging', async () => {
    const e = events[0];
    const old = e.date;
    e.date = later(e.date, 3 * HOUR);
    await importDocument(database, page(events), { entity: 'event', source: 'file:events-2.json' });
    const recent = await changes(`?since=${encodeURIComponent(afterCreation)}`);
    assert.ok(recent.count >= 3 && recent.results.every((r: Json) => r.occurred_at >= afterCreation && r.changes[0].field !== 'created'), 'only what changed since');
    // (the event document nests launch A as the fixture has it: its NET and status go back, recorded too)
    const moved = await changes(`?type=event&since=${encodeURIComponent(afterCreation)}`);
    assert.equal(moved.count, 1);
    assert.deepStrictEqual([moved.results[0].source, moved.results[0].changes], ['file:events-2.json', [{ field: 'date', old, new: e.date }]]);
    assert.equal((await changes('?type=event&field=date')).count, 1);
    const one = await changes('?limit=1');
    assert.equal(one.results.length, 1);
    assert.equal(one.next, `${ORIGIN}/changes/?limit=1&offset=1`);
    assert.equal(one.previous, null);
  });

  test('bad filters get DRF’s 400', async () => {
    const res = await app.inject({ url: '/changes/?since=yesterday&type=rocket' });
    assert.equal(res.statusCode, 400);
    assert.deepStrictEqual(res.json(), { since: ['Enter a valid date/time.'], type: ['Select a valid choice. rocket is not one of the available choices.'] });
  });
});

/** An SSE connection read by hand: events as `{id, event, data}` (Node 20 has no EventSource). */
function openStream(url: string, headers: Record<string, string> = {}) {
  const events: Array<{ id: string; event: string; data: any }> = [];
  let status = 0;
  let contentType = '';
  let buffer = '';
  const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
    status = res.statusCode!;
    contentType = String(res.headers['content-type']);
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields: Record<string, string> = {};
        for (const line of block.split('\n')) {
          if (!line || line.startsWith(':')) continue; // a heartbeat comment
          const at = line.indexOf(':');
          fields[line.slice(0, at)] = (fields[line.slice(0, at)] ? `${fields[line.slice(0, at)]}\n` : '') + line.slice(at + 1).replace(/^ /, '');
        }
        if (fields.data !== undefined) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
      }
    });
  });
  req.on('error', () => {});
  req.end();
  return {
    events,
    get status() {
      return status;
    },
    get contentType() {
      return contentType;
    },
    close: () => req.destroy(),
  };
}

describe('GET /changes/stream', () => {
  let database: Database;
  let app: FastifyInstance;
  let base = '';
  const launch = copy(LAUNCHES[ALL_KEYS[2]]) as Json;
  before(async () => {
    database = await freshDatabase();
    app = buildApp({ database });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await importDocument(database, page([launch]), { entity: 'launch' });
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });

  test('a change recorded after the client connected arrives as an event; Last-Event-ID replays what was missed', async () => {
    const stream = openStream(`${base}/changes/stream?type=launch`);
    await until(() => stream.status === 200);
    assert.match(stream.contentType, /text\/event-stream/);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(stream.events.length, 0, 'the stream starts with the next change');
    const started = Date.now();
    launch.net = later(launch.net, HOUR);
    await importDocument(database, page([launch]), { entity: 'launch', source: 'file:x.json' });
    await until(() => stream.events.length === 1);
    const [first] = stream.events;
    assert.equal(first.event, 'change');
    assert.deepStrictEqual([first.data.object.id, first.data.object.url, first.data.changes.map((c: Json) => c.field)], [launch.id, `${base}/2.3.0/launches/${launch.id}/`, ['net']]);
    assert.equal(first.id, String(first.data.id));
    console.log(`# a change reached the stream ${Date.now() - started} ms after the import began`);
    stream.close();
    // two changes while disconnected, then a reconnection that says where it stopped
    for (const hours of [2, 3]) {
      launch.net = later(launch.net, hours * HOUR);
      await importDocument(database, page([launch]), { entity: 'launch' });
    }
    const resumed = openStream(`${base}/changes/stream?type=launch&field=net`, { 'last-event-id': first.id });
    await until(() => resumed.events.length === 2);
    assert.deepStrictEqual(resumed.events.map((e) => Number(e.id)), [Number(first.id) + 1, Number(first.id) + 2]);
    assert.deepStrictEqual(resumed.events.map((e) => e.data.changes.map((c: Json) => c.field)), [['net'], ['net']]);
    resumed.close();
  });

  test('a change another process records reaches the stream by the poll (within a second or so)', async () => {
    const shared = await sharedDatabase();
    const [served, writer] = [await shared.open(), await shared.open()];
    const other = buildApp({ database: served });
    try {
      await other.listen({ port: 0, host: '127.0.0.1' });
      const stream = openStream(`http://127.0.0.1:${(other.server.address() as AddressInfo).port}/changes/stream`);
      await until(() => stream.status === 200);
      await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      await importDocument(writer, page([copy(LAUNCHES[ALL_KEYS[3]]) as Json]), { entity: 'launch' });
      await until(() => stream.events.length === 1, 5000);
      const ms = Date.now() - started;
      assert.ok(ms < 2500, `${ms} ms`);
      assert.deepStrictEqual(stream.events[0].data.changes.map((c: Json) => c.field), ['created']);
      console.log(`# a change recorded by another process reached the stream after ${ms} ms`);
      stream.close();
    } finally {
      await other.close();
      await served.close();
      await writer.close();
      await shared.drop();
    }
  });

  test('bad filters get DRF’s 400 before any event', async () => {
    const res = await fetch(`${base}/changes/stream?type=rocket`, { headers: { accept: 'text/event-stream' } });
    assert.equal(res.status, 400);
    assert.deepStrictEqual(await res.json(), { type: ['Select a valid choice. rocket is not one of the available choices.'] });
  });
});

test('ll2 generate records each launch and event it writes as created; our OpenAPI document describes the new paths and formats', async () => {
  const database = await freshDatabase();
  const app = buildApp({ database });
  try {
    await generateDataset(database, { launches: 25, seed: 4 });
    const launches = (await app.inject({ url: '/2.3.0/launches/?limit=1' })).json().count;
    const events = (await app.inject({ url: '/2.3.0/events/?limit=1' })).json().count;
    const recorded = await app.inject({ url: '/changes/?type=launch&limit=100' });
    assert.equal(recorded.json().count, launches);
    assert.ok(recorded.json().results.every((r: Json) => r.source === 'generate' && r.changes[0].field === 'created' && r.changes[0].new === r.object.name));
    assert.equal((await app.inject({ url: '/changes/?type=event' })).json().count, events);
    const doc = (await app.inject({ url: '/2.3.0/schema/' })).json();
    assert.ok(['/changes/', '/changes/stream', '/mirror/'].every((p) => doc.paths[p]), Object.keys(doc.paths).filter((p) => !p.startsWith('/2.3.0')).join(', '));
    const format = doc.paths['/2.3.0/launches/'].get.parameters.find((p: Json) => p.name === 'format');
    assert.deepStrictEqual(format.schema.enum, ['json', 'api', 'ics', 'atom', 'rss']);
    assert.ok(doc.paths['/2.3.0/launches/'].get.responses[200].content['text/calendar']);
    assert.equal(doc.paths['/2.3.0/agencies/'].get.parameters.find((p: Json) => p.name === 'format'), undefined);
  } finally {
    await app.close();
    await database.close();
  }
});
