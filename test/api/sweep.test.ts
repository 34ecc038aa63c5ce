import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { buildOpenApi } from '../../src/api/openapi.ts';
import type { ApiVersion } from '../../src/api/resource-paths.ts';
import type { Database } from '../../src/db/connect.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { resources } from '../../src/resources/index.ts';
import { freshDatabase, testDatabaseUrl } from '../support/app.ts';

/**
 * Throws odd values at every parameter of every list route of every version and asserts that none is
 * answered with a 5xx: bad input must get a 400 (or be ignored), never reach the database unchecked.
 * The routes and their parameters come from the OpenAPI document each version builds from its
 * declarations, so a route or a filter added later is swept without touching this file.
 */
const VERSIONS: ApiVersion[] = ['2.0.0', '2.1.0', '2.2.0', '2.3.0'];
const ANCHOR = new Date('2026-11-01T00:00:00Z');

/*
 * The odd values, each sent percent-encoded so the server sees exactly this text. They aim at the
 * places a value can go wrong: number parsing (overflow, exponents, NaN, 32-bit columns on
 * PostgreSQL), date parsing, LIKE patterns and escapes, NUL (PostgreSQL refuses it in text), text
 * that is not ASCII, long values, quoting, and comma lists with holes.
 */

/** Sent to every parameter, whatever its type. */
const FOR_EVERY_TYPE = ['', '-1', '0', 'rocket', '\0', 'x'.repeat(3000), "' OR 1=1 --", '1,2,,3'];
/** Numbers a parser may take, round or overflow with. */
const NUMBERS = ['1.5', '2147483648', '1234567890'.repeat(4), `-${'9'.repeat(40)}`, '1e309', 'NaN', 'Infinity'];
/** Dates that do not exist or do not fit a column. */
const DATES = ['2025-02-30', '2025-02-30T25:61:00Z', '99999-01-01'];
/** Text only a text parameter passes on to SQL: LIKE wildcards and escapes, non-ASCII, lists of nothing. */
const TEXT = [' ', '%', '_', '\\', '🚀', '1;DROP TABLE launch', ',', '-'];

/**
 * The odd values for one parameter. Text parameters get all of them. A
 * typed parameter's parser refuses every non-number (non-date) for the same reason before any SQL is
 * built, so there FOR_EVERY_TYPE's words stand for the rest of the text: the sweep's time goes to
 * values that can reach the database.
 */
function oddValues(p: OpenApiParameter): string[] {
  const type = typeOf(p);
  if (type === 'string') return [...FOR_EVERY_TYPE, ...NUMBERS, ...DATES, ...TEXT];
  if (type === 'string/date' || type === 'string/date-time') return [...FOR_EVERY_TYPE, ...NUMBERS, ...DATES];
  if (type === 'string/uuid') return FOR_EVERY_TYPE;
  return [...FOR_EVERY_TYPE, ...NUMBERS];
}

/**
 * Query strings sent as they are, not encoded: a lone `%`, a cut escape, a byte that is not UTF-8.
 * One parser decodes them before any parameter sees the result (text like TEXT's), so they go to
 * `search` and to the first filter of each route only.
 */
const RAW_VALUES = ['%', '%E0%A4%A', '%FF', '+'];

/** A value each declared filter type accepts, so the SQL of every filter runs at least once. */
const VALID_BY_TYPE: Record<string, string> = {
  integer: '1',
  number: '1.5',
  string: 'a',
  'string/date-time': '2025-01-01T00:00:00Z',
  'string/date': '2025-01-01',
  'string/uuid': '00000000-0000-0000-0000-000000000001',
  boolean: 'true',
};

interface OpenApiParameter {
  name: string;
  schema: { type?: string; format?: string; enum?: string[]; items?: { type?: string; format?: string } };
}

interface ListRoute {
  version: ApiVersion;
  path: string;
  /** Every query parameter the document declares for the route. */
  parameters: OpenApiParameter[];
  /** The declared `?ordering=` names (the document only describes them in prose). */
  ordering: string[];
}

/** The list routes of a version: the paths without `{id}` whose document declares paging. */
function listRoutes(version: ApiVersion): ListRoute[] {
  const doc = buildOpenApi(resources, version) as { paths: Record<string, { get: { parameters: OpenApiParameter[] } }> };
  const routes: ListRoute[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    // (this server's own paths, outside /2.x.0/ such as /changes/, are not LL2 lists)
    if (!path.startsWith(`/${version}/`) || path.includes('{') || !item.get.parameters.some((p) => p.name === 'limit')) continue;
    const decl = resources.find((r) => r.version === version && `/${version}/${r.path}/` === path);
    assert.ok(decl, `${path} is in the document but no declaration serves it`);
    routes.push({ version, path, parameters: item.get.parameters, ordering: Object.keys(decl.ordering) });
  }
  return routes;
}

/** The declared type of a parameter (of its items for a list): `integer`, `string/date-time`... */
function typeOf(p: OpenApiParameter): string {
  const s = p.schema.items ?? p.schema;
  return s.format ? `${s.type}/${s.format}` : String(s.type);
}

function validValue(p: OpenApiParameter): string {
  return VALID_BY_TYPE[typeOf(p)] ?? '1';
}

const q = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

/**
 * Every URL swept for one route: each parameter alone with each value, then a few combinations.
 * A parameter tried alone asks for one row (`limit=1`, unless it is `limit`): the filter's SQL is the
 * same, and the sweep spends its time on queries rather than on serializing full pages of launches.
 */
function routeUrls(route: ListRoute): string[] {
  const urls: string[] = [];
  const alone = (name: string, encodedValue: string) => `${route.path}?${encodeURIComponent(name)}=${encodedValue}${name === 'limit' ? '' : '&limit=1'}`;
  // `format` is read on every route and `mode` on every list, though the document names neither where it has one value only
  const undeclared = ['format', 'mode']
    .filter((name) => !route.parameters.some((p) => p.name === name))
    .map((name): OpenApiParameter => ({ name, schema: { type: 'string' } }));
  for (const p of [...route.parameters, ...undeclared]) for (const value of oddValues(p)) urls.push(alone(p.name, encodeURIComponent(value)));
  const reserved = new Set(['limit', 'offset', 'ordering', 'search', 'mode']);
  const filters = route.parameters.filter((p) => !reserved.has(p.name));
  for (const name of ['search', ...filters.slice(0, 1).map((f) => f.name)]) for (const value of RAW_VALUES) urls.push(alone(name, value));
  for (const f of filters) urls.push(alone(f.name, encodeURIComponent(validValue(f))));
  for (const field of route.ordering) urls.push(alone('ordering', encodeURIComponent(field)), alone('ordering', encodeURIComponent(`-${field}`)));
  const modes = route.parameters.find((p) => p.name === 'mode')?.schema.enum ?? [];
  const mode: Array<[string, string]> = modes.length ? [['mode', modes.includes('detailed') ? 'detailed' : modes.at(-1)!]] : [];
  const ordering: Array<[string, string]> = route.ordering.length ? [['ordering', `-${route.ordering[0]}`]] : [];
  const combinations: Array<Array<[string, string]>> = [
    // a filter with ordering, search and the richest mode: the query every part of the SQL builder adds to
    [...filters.slice(0, 1).map((f): [string, string] => [f.name, validValue(f)]), ...ordering, ['search', 'a'], ...mode],
    [...filters.slice(0, 1).map((f): [string, string] => [f.name, '-1']), ...ordering, ['search', "%_\\'"], ...mode, ['limit', '3'], ['offset', '1']],
    // every filter at once: with values each accepts, with odd ones, with a comma list, twice over
    [...filters.map((f): [string, string] => [f.name, validValue(f)]), ...mode],
    filters.map((f): [string, string] => [f.name, '-1']),
    filters.map((f): [string, string] => [f.name, '1,2,,3']),
    [...filters.map((f): [string, string] => [f.name, '1']), ...filters.map((f): [string, string] => [f.name, '2'])],
    // every ordering name at once, both directions
    [['ordering', route.ordering.map((o, i) => (i % 2 ? `-${o}` : o)).join(',')], ...mode],
    [['ordering', route.ordering.map((o, i) => (i % 2 ? o : `-${o}`)).join(',')], ['search', '🚀'], ['limit', '1'], ['offset', '99999999']],
  ];
  for (const pairs of combinations) urls.push(`${route.path}?${q(pairs)}`);
  return urls;
}

interface Failure {
  url: string;
  status: number;
  body: string;
  error?: string;
}

/** Sends every URL through inject, `width` at a time; returns the answers of 500 and above. */
async function sweep(app: FastifyInstance, urls: string[], errors: Map<string, string>, width: number): Promise<Failure[]> {
  const failures: Failure[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const res = await app.inject({ method: 'GET', url });
      if (res.statusCode >= 500) failures.push({ url, status: res.statusCode, body: res.body.slice(0, 200), error: errors.get(url) });
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  // answers arrive in any order; the report follows the plan's
  const order = new Map(urls.map((u, i) => [u, i]));
  return failures.sort((a, b) => order.get(a.url)! - order.get(b.url)!);
}

const plans = VERSIONS.map((version) => {
  const routes = listRoutes(version);
  return { version, routes, urls: routes.flatMap(routeUrls) };
});
const total = plans.reduce((n, p) => n + p.urls.length, 0);
const dialect = testDatabaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';

describe(`odd-value sweep of every list route on ${dialect}: ${total} requests`, () => {
  let database: Database;
  let app: FastifyInstance;
  /** The error behind each 5xx, by URL, for the failure message. */
  const errors = new Map<string, string>();

  before(async () => {
    database = await freshDatabase();
    // a few dozen launches fill every table the lists read; the sweep is about the SQL, not volume
    await generateDataset(database, { launches: 40, seed: 7, anchor: ANCHOR });
    // no response cache: every URL is distinct anyway, and the sweep must reach the database each time
    app = buildApp({ database, now: () => ANCHOR, responseCacheMb: 0 });
    app.addHook('onError', async (req, _reply, err) => void errors.set(req.url, `${err.name}: ${err.message}`.slice(0, 300)));
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });

  test('the documents name a list route for every paged declaration', () => {
    // a document that lost routes would make the sweep pass by sending nothing
    for (const p of plans) {
      const swept = new Set(p.routes.map((r) => r.path));
      const declared = resources.filter((r) => r.version === p.version && r.singleton === undefined).map((r) => `/${r.version}/${r.path}/`);
      assert.deepStrictEqual(declared.filter((path) => !swept.has(path)), [], `${p.version}: declared lists missing from the sweep`);
      assert.ok(p.routes.length > 0, `${p.version} has list routes`);
    }
  });

  for (const plan of plans) {
    test(`${plan.version}: ${plan.routes.length} list routes, ${plan.urls.length} requests, no answer 500 or above`, async (t) => {
      const started = Date.now();
      const failures = await sweep(app, plan.urls, errors, 8);
      t.diagnostic(`${plan.version}: ${plan.urls.length} requests in ${Date.now() - started} ms, ${failures.length} answered 5xx`);
      const lines = failures.map((f) => `${f.status} ${f.url.length > 300 ? `${f.url.slice(0, 300)}…` : f.url}\n    body: ${f.body}${f.error ? `\n    error: ${f.error}` : ''}`);
      assert.equal(failures.length, 0, `${failures.length} of ${plan.urls.length} requests answered 5xx:\n${lines.join('\n')}`);
    });
  }
});
