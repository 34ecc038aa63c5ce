/**
 * Calendars and feeds as formats (issue #15, item 4): every launches and events list, with its filters,
 * search and ordering, answers `?format=ics` (parsed with ical.js), `?format=atom` and `?format=rss`
 * (parsed with fast-xml-parser); SEQUENCE rises with each recorded change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { freshDatabase } from '../support/app.ts';
import { copy, HOUR, later, page, type Json } from '../support/changes.ts';
import { ALL_KEYS, LAUNCHES } from '../support/launch-fixtures.ts';
import { DOCUMENTS } from '../support/stations-events-fixtures.ts';

const ORIGIN = 'http://feeds.test';

/** The VEVENTs of a calendar, as ical.js reads them. */
function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate().toISOString(),
      end: v.getFirstPropertyValue('dtend') ? e.endDate.toJSDate().toISOString() : null,
      sequence: e.sequence,
      url: String(v.getFirstPropertyValue('url') ?? ''),
      lastModified: v.getFirstPropertyValue('last-modified') ? (v.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString() : null,
    };
  });
}

const iso = (s: string) => new Date(s).toISOString();

describe('?format=ics, atom and rss on launches and events lists', () => {
  let database: Database;
  let app: FastifyInstance;
  const launches = ALL_KEYS.map((k) => copy(LAUNCHES[k]) as Json);
  before(async () => {
    database = await freshDatabase();
    await importDocument(database, page(launches), { entity: 'launch' });
    await importDocument(database, page(copy(DOCUMENTS.find((d) => d.entity === 'event')!.results) as Json[]), { entity: 'event' });
    app = buildApp({ database, publicBaseUrl: ORIGIN });
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });
  const get = (url: string) => app.inject({ url });

  test('a calendar holds the page the JSON holds, in its order, with the window as DTSTART/DTEND', async () => {
    for (const query of ['limit=5', 'ordering=-net&limit=7', `lsp__id=${launches[0].launch_service_provider.id}`, 'search=Falcon', 'limit=3&offset=4']) {
      const json = (await get(`/2.3.0/launches/?${query}`)).json();
      const res = await get(`/2.3.0/launches/?${query}&format=ics`);
      assert.equal(res.statusCode, 200, query);
      assert.match(res.headers['content-type'] as string, /^text\/calendar/);
      const events = vevents(res.body);
      assert.deepStrictEqual(events.map((e) => e.uid), json.results.map((l: Json) => `launch-${l.id}@ll2`), query);
      for (const [i, l] of json.results.entries()) {
        const e = events[i];
        assert.equal(e.summary, l.name);
        assert.equal(e.start, iso(l.window_start ?? l.net));
        assert.equal(e.end, l.window_end && l.window_end !== (l.window_start ?? l.net) ? iso(l.window_end) : null);
        assert.equal(e.url, l.url);
        assert.equal(e.lastModified, l.last_updated ? iso(l.last_updated) : null);
        assert.equal(e.sequence, 0);
      }
    }
    // legacy versions and the views too
    assert.equal(vevents((await get('/2.0.0/launch/?format=ics&limit=4')).body).length, 4);
    assert.equal(vevents((await get('/2.3.0/launches/previous/?format=ics&limit=2')).body).length, 2);
  });

  test('SEQUENCE rises with every recorded change of the object', async () => {
    const l = launches[2];
    const uid = `launch-${l.id}@ll2`;
    const sequence = async () => vevents((await get(`/2.3.0/launches/?id=${l.id}&format=ics`)).body).find((e) => e.uid === uid)!.sequence;
    assert.equal(await sequence(), 0);
    for (const [i, hours] of [1, 5].entries()) {
      l.net = later(l.net, hours * HOUR);
      await importDocument(database, page([l]), { entity: 'launch' });
      assert.equal(await sequence(), i + 1);
    }
  });

  test('events: DTSTART is the date, DTEND the date plus the duration', async () => {
    const json = (await get('/2.3.0/events/?limit=10')).json();
    const events = vevents((await get('/2.3.0/events/?limit=10&format=ics')).body);
    assert.deepStrictEqual(events.map((e) => e.uid), json.results.map((e: Json) => `event-${e.id}@ll2`));
    assert.deepStrictEqual(events.map((e) => e.start), json.results.map((e: Json) => iso(e.date)));
    // `PT1H30M`-style durations: the end is that much after the date; none (or zero) gives no DTEND
    const seconds = (d: unknown) => {
      const m = typeof d === 'string' ? /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(d) : null;
      return m ? ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0) : 0;
    };
    const ends = json.results.map((e: Json) => (seconds(e.duration) > 0 ? new Date(Date.parse(e.date) + seconds(e.duration) * 1000).toISOString() : null));
    assert.ok(ends.some((e: string | null) => e !== null), 'the page has an event with a duration');
    assert.deepStrictEqual(events.map((e) => e.end), ends);
  });

  test('Atom and RSS: an entry per object of the page and per recorded change of them', async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    // the launch the test above moved twice, and one never changed
    const query = `id=${launches[2].id},${launches[0].id}&ordering=net`;
    const json = (await get(`/2.3.0/launches/?${query}`)).json();
    assert.equal(json.count, 2);
    const atom = await get(`/2.3.0/launches/?${query}&format=atom`);
    assert.match(atom.headers['content-type'] as string, /^application\/atom\+xml/);
    const entries = [parser.parse(atom.body).feed.entry].flat();
    const urls = json.results.map((l: Json) => l.url);
    assert.deepStrictEqual(entries.filter((e: Json) => urls.includes(e.id)).map((e: Json) => e.id), urls);
    const changed = entries.filter((e: Json) => String(e.id).includes('#change-'));
    const titles = changed.map((e: Json) => String(e.title?.['#text'] ?? e.title)).sort(); // <title type="html">
    // both were created by the first import; the first moved twice
    assert.deepStrictEqual(titles.map((t) => t.replace(/net: .*/, 'net: …')).sort(), [`${launches[0].name}: added`, `${launches[2].name}: added`, `${launches[2].name}: net: …`, `${launches[2].name}: net: …`].sort());
    const rss = parser.parse((await get(`/2.3.0/launches/?${query}&format=rss`)).body).rss.channel;
    assert.equal([rss.item].flat().length, 6);
  });

  test('a bad filter is DRF’s 400 in JSON; other lists and detail pages do not know these formats', async () => {
    const bad = await get('/2.3.0/launches/?format=ics&lsp__id=abc');
    assert.deepStrictEqual([bad.statusCode, bad.json()], [400, { lsp__id: ['Enter a number.'] }]);
    assert.equal((await get('/2.3.0/agencies/?format=ics')).statusCode, 404);
    assert.equal((await get(`/2.3.0/launches/${launches[0].id}/?format=ics`)).statusCode, 404);
  });
});
