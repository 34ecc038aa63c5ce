/**
 * `?search=`, `?ordering=` and paging of the 2.3.0 event, expedition, spacewalk, docking event, space
 * station and update lists, on the world of test/support/stations-events-fixtures.ts.
 *
 * Search fields and ordering fields are the ones each operation's description in the official
 * contract lists; LL2 runs on PostgreSQL, so ordering follows PostgreSQL (NULLs sort as larger than
 * any value: last ascending, first descending) and durations sort as durations.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sharedApp } from '../support/app.ts';
import { listIds, pageThrough } from '../support/list-checks.ts';
import {
  BASELINE, DOCKINGS, EVENTS, EXPEDITIONS, PATHS, SPACEWALKS, STATIONS, WHERES, listUrl, sortedIds,
  stationsEventsFixtureApp, updateCreatedOn, type Pairs, type Where,
} from '../support/stations-events-fixtures.ts';

const t = sharedApp(stationsEventsFixtureApp);

const idsOf = (where: Where, pairs: Pairs) => listIds(t, listUrl(where, pairs), false);

/* ---------------------------------------------------------------------------------------------- */
/* Search                                                                                         */
/* ---------------------------------------------------------------------------------------------- */

describe('search', () => {
  const cases: Array<{ on: Where; search: string; expect: number[]; why?: string }> = [
    { on: 'events', search: 'flyby', expect: [805, 807] },
    { on: 'events', search: 'DOCKING', expect: [801, 803] },
    { on: 'events', search: 'eva 91', expect: [802], why: 'AND across terms' },
    { on: 'events', search: 'eva,shenzhou', expect: [804], why: 'commas split terms too' },
    { on: 'events', search: 'ISS', expect: [], why: 'only the name is searched' },
    { on: 'upcoming', search: 'flyby', expect: [805] },
    { on: 'previous', search: 'flyby', expect: [807] },

    { on: 'expeditions', search: 'JAXA', expect: [73], why: 'a crew member\'s agency abbreviation' },
    { on: 'expeditions', search: 'japan aerospace', expect: [73], why: 'a crew member\'s agency name' },
    { on: 'expeditions', search: 'koch', expect: [59], why: 'a crew member\'s name' },
    { on: 'expeditions', search: 'japanese', expect: [73], why: 'a crew member\'s nationality' },
    { on: 'expeditions', search: 'Russian', expect: [28, 59, 72, 73] },
    { on: 'expeditions', search: 'expedition 7', expect: [72, 73, 74], why: 'the name' },
    { on: 'expeditions', search: 'Kelly', expect: [] },

    { on: 'spacewalks', search: 'hague', expect: [1, 2], why: 'a crew member\'s name' },
    { on: 'spacewalks', search: 'tiangong', expect: [4], why: 'the location' },
    { on: 'spacewalks', search: 'moonwalk', expect: [6], why: 'the name' },
    { on: 'spacewalks', search: 'international space station', expect: [1, 2, 3], why: 'location and program name' },
    { on: 'spacewalks', search: 'artemis', expect: [6], why: 'program name and name' },
    { on: 'spacewalks', search: 'Hubble', expect: [] },

    { on: 'docking_events', search: 'Harmony', expect: [12], why: 'docking location name' },
    { on: 'docking_events', search: 'kvant', expect: [15] },
    { on: 'docking_events', search: 'Mir', expect: [15], why: 'target station name' },
    { on: 'docking_events', search: 'International', expect: [11, 12, 13, 14], why: 'target or chaser station name' },
    { on: 'docking_events', search: 'Freedom', expect: [12, 13, 14], why: 'chaser or target spacecraft name' },
    { on: 'docking_events', search: 'Progress', expect: [11, 13, 15] },
    { on: 'docking_events', search: 'cygnus', expect: [11, 12, 13, 15], why: 'chaser or target payload name' },
    { on: 'docking_events', search: 'dream chaser', expect: [11, 12, 14, 15] },
    { on: 'docking_events', search: 'Salyut', expect: [] },

    { on: 'space_stations', search: 'salyut', expect: [3] },
    { on: 'space_stations', search: 'JAXA', expect: [4, 20], why: 'an owner\'s abbreviation' },
    { on: 'space_stations', search: 'vast', expect: [19], why: 'an owner\'s name' },
    { on: 'space_stations', search: 'canadian gateway', expect: [20] },
    { on: 'space_stations', search: '%', expect: [], why: '% is a literal character' },
    { on: 'space_stations', search: '_', expect: [], why: '_ is a literal character' },

    { on: 'updates', search: 'nothing matches this', expect: BASELINE.updates, why: 'LL2 names no search field for updates: search changes nothing' },
  ];
  for (const c of cases) {
    test(`${c.on}: search=${JSON.stringify(c.search)} -> [${c.expect.join(',')}]${c.why ? ` (${c.why})` : ''}`, async () => {
      assert.deepStrictEqual(sortedIds(await idsOf(c.on, [['search', c.search]])), sortedIds(c.expect));
    });
  }

  test('search combines with filters', async () => {
    assert.deepStrictEqual(sortedIds(await idsOf('events', [['search', 'docking'], ['year', '2025']])), [803]);
    assert.deepStrictEqual(sortedIds(await idsOf('expeditions', [['search', 'Russian'], ['is_active', 'true']])), [73]);
  });
});

/* ---------------------------------------------------------------------------------------------- */
/* Ordering                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

/** Minutes of an ISO 8601 duration (`PT5H30M`, `P1DT2H`), for the expected order. */
function minutes(d: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return (+(m[1] ?? 0)) * 1440 + (+(m[2] ?? 0)) * 60 + +(m[3] ?? 0) + (+(m[4] ?? 0)) / 60;
}

/**
 * The order PostgreSQL gives for `field` (NULLs last ascending, first descending), the id breaking
 * ties in the direction of the ordering as the server does. `value` reads the field of an id.
 */
function expectedOrder(ids: number[], value: (id: number) => string | number | null, desc = false): number[] {
  return [...ids].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    let c: number;
    if (va === null && vb === null) c = 0;
    else if (va === null) c = 1;
    else if (vb === null) c = -1;
    else c = va < vb ? -1 : va > vb ? 1 : 0;
    if (c === 0) c = a - b;
    return desc ? -c : c;
  });
}

const eventValue = (field: 'date' | 'lastUpdated') => (id: number) => EVENTS[id][field];

describe('ordering', () => {
  const byField: Record<Where, Record<string, (id: number) => string | number | null>> = {
    events: { date: eventValue('date'), last_updated: eventValue('lastUpdated') },
    upcoming: { date: eventValue('date'), last_updated: eventValue('lastUpdated') },
    previous: { date: eventValue('date'), last_updated: eventValue('lastUpdated') },
    expeditions: { end: (id) => EXPEDITIONS[id].end, id: (id) => id, start: (id) => EXPEDITIONS[id].start },
    spacewalks: {
      duration: (id) => (SPACEWALKS[id].duration === null ? null : minutes(SPACEWALKS[id].duration!)),
      end: (id) => SPACEWALKS[id].end,
      id: (id) => id,
      name: (id) => SPACEWALKS[id].name,
      start: (id) => SPACEWALKS[id].start,
    },
    docking_events: { departure: (id) => DOCKINGS[id].departure, docking: (id) => DOCKINGS[id].docking },
    space_stations: {
      docked_vehicles: (id) => STATIONS[id].docked,
      founded: (id) => STATIONS[id].founded,
      id: (id) => id,
      name: (id) => STATIONS[id].name,
      onboard_crew: (id) => STATIONS[id].crew,
      status: (id) => STATIONS[id].status,
      type: (id) => STATIONS[id].type,
      volume: (id) => STATIONS[id].volume,
    },
    updates: { created_on: updateCreatedOn },
  };

  /** Fields whose values have no NULL and no duration in the fixtures: the order is plain. */
  const hasNulls = (where: Where, field: string) => BASELINE[where].some((id) => byField[where][field](id) === null);

  for (const where of WHERES) {
    for (const [field, value] of Object.entries(byField[where])) {
      for (const desc of [false, true]) {
        const ordering = `${desc ? '-' : ''}${field}`;
        const label = `${where}: ordering=${ordering}${hasNulls(where, field) ? ' (NULLs as PostgreSQL sorts them)' : ''}${field === 'duration' ? ' (as durations, not text)' : ''}`;
        test(label, async () => {
          assert.deepStrictEqual(await idsOf(where, [['ordering', ordering]]), expectedOrder(BASELINE[where], value, desc));
        });
      }
    }
  }

  test('the default orders: events by date (upcoming ascending, previous descending), updates newest first, the others by id', async () => {
    assert.deepStrictEqual(await idsOf('events', []), [801, 808, 802, 807, 804, 803, 806, 805]);
    assert.deepStrictEqual(await idsOf('upcoming', []), [804, 803, 806, 805]);
    assert.deepStrictEqual(await idsOf('previous', []), [803, 804, 807, 802, 808, 801]);
    assert.deepStrictEqual(await idsOf('updates', []), expectedOrder(BASELINE.updates, updateCreatedOn, true));
    for (const where of ['expeditions', 'spacewalks', 'docking_events', 'space_stations'] as const) {
      assert.deepStrictEqual(await idsOf(where, []), sortedIds(BASELINE[where]), where);
    }
  });

  test('an unknown field is ignored; a known one after it counts', async () => {
    assert.deepStrictEqual(await idsOf('events', [['ordering', 'name']]), await idsOf('events', []));
    assert.deepStrictEqual(await idsOf('space_stations', [['ordering', 'nonsense,-founded']]), [20, 19, 18, 4, 2, 3]);
    assert.deepStrictEqual(await idsOf('updates', [['ordering', 'id']]), await idsOf('updates', []), 'id is not an ordering field of updates');
  });

  test('several fields', async () => {
    assert.deepStrictEqual(await idsOf('space_stations', [['ordering', 'status,-volume']]), [4, 18, 2, 3, 20, 19]);
    assert.deepStrictEqual(await idsOf('spacewalks', [['ordering', '-start,name']]), [6, 4, 2, 3, 1, 5]);
  });
});

describe('paging visits every object exactly once', () => {
  const orderings: Record<Where, string[]> = {
    events: ['', 'date', '-last_updated'],
    upcoming: ['', '-date', 'last_updated'],
    previous: ['', 'date', 'last_updated'],
    expeditions: ['', 'end', '-end', '-start'],
    spacewalks: ['', 'duration', '-duration', 'end', 'name'],
    docking_events: ['', 'departure', '-departure', '-docking'],
    space_stations: ['', 'onboard_crew', '-docked_vehicles', 'status', 'type'],
    updates: ['', 'created_on'],
  };
  for (const where of WHERES) {
    for (const ordering of orderings[where]) {
      test(`${where}: limit=2${ordering ? `, ordering=${ordering}` : ''}`, async () => {
        const urlAt = (offset: number) => listUrl(where, ordering ? [['ordering', ordering]] : [], [['limit', '2'], ['offset', String(offset)]]);
        const { count, seen } = await pageThrough(t, urlAt, 2, 60);
        assert.equal(count, BASELINE[where].length);
        assert.deepStrictEqual(sortedIds(seen), sortedIds(BASELINE[where]), `visited ${seen.join(',')}`);
      });
    }
  }

  test('next and previous links keep the query, sorted', async () => {
    const res = await t.get(`${PATHS.spacewalks}?offset=2&limit=2&mode=list&ordering=-start`);
    const local = (u: string) => {
      const url = new URL(u);
      return `${url.pathname}${url.search}`;
    };
    assert.equal(local(res.body.next), '/2.3.0/spacewalks/?limit=2&mode=list&offset=4&ordering=-start');
    assert.equal(local(res.body.previous), '/2.3.0/spacewalks/?limit=2&mode=list&ordering=-start');
  });
});
