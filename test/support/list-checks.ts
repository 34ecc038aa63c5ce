/**
 * Checks the list-endpoint tests share: odd parameter values never answer a server error, a list
 * holds exactly the expected objects, paging visits every object once, a bad value answers DRF's 400.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

export type Pairs = Array<[string, string]>;

/** What the checks need of a test app. */
export interface Getter {
  get(path: string): Promise<{ status: number; body: any; text: string }>;
}

/** Parameters that are not filters: paging, mode, ordering and search have their own tests. */
export const NOT_FILTERS = new Set(['limit', 'offset', 'mode', 'ordering', 'search']);

/** Values no parameter may answer with a server error: empty, numbers out of range, wildcards, injections, bad dates. */
export const ODD_VALUES = [
  '', ' ', 'abc', '-1', '0', '-0', '+5', '1.5', '1e300', '1e400', '-1e300', '9'.repeat(400), '9'.repeat(30), '%', '_', "'", '"', '\\', '\u0000', 'a\u0000b',
  'a,b,,', ',', ',,,', '1,,2', 'x'.repeat(5000), 'ünïcödé', '🚀', '日本語', '2024-02-30', '2024-01-01T25:00:00Z', '2024-06-01T12:00:00+05:30',
  'null', 'None', 'true', "' OR 1=1 --", '../../etc/passwd', '<script>', 'NaN', 'Infinity', '0x10', '00000000-0000-0000-0000-000000000000',
];

/**
 * Asks a list with each odd value of one parameter and returns the answers that are neither a page
 * nor a DRF 400 naming that parameter alone (with non-empty messages): empty when all are.
 */
export async function oddValueProblems(t: Getter, urlOf: (value: string) => string, param: string, values: readonly string[] = ODD_VALUES): Promise<string[]> {
  const problems: string[] = [];
  for (const value of values) {
    const res = await t.get(urlOf(value));
    const shown = `${param}=${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value)}`;
    if (res.status === 200) {
      if (!Array.isArray(res.body?.results)) problems.push(`${shown}: 200 without results`);
    } else if (res.status === 400) {
      const keys = Object.keys(res.body ?? {});
      const ok = keys.length === 1 && keys[0] === param && Array.isArray(res.body[param]) && res.body[param].every((m: unknown) => typeof m === 'string' && m);
      if (!ok) problems.push(`${shown}: 400 with body ${res.text.slice(0, 200)}`);
    } else problems.push(`${shown}: ${res.status} ${res.text.slice(0, 200)}`);
  }
  return problems;
}

/**
 * The ids of a list's results, in response order, after checking it answered 200; with `whole`
 * (the default) also that the page holds the whole list (`count` equals the results).
 */
export async function listIds<T = number>(t: Getter, path: string, whole = true): Promise<T[]> {
  const res = await t.get(path);
  assert.equal(res.status, 200, `GET ${path} answered ${res.status}: ${res.text.slice(0, 500)}`);
  if (whole) assert.equal(res.body.count, res.body.results.length, `${path}: count equals the number of results`);
  return res.body.results.map((r: { id: T }) => r.id);
}

export const sortedIds = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

const sortedAny = <T>(xs: readonly T[]) => [...xs].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));

/** A list's objects are the expected ones, each exactly once (in any order). */
export function assertSameMembers<T>(got: readonly T[], expected: readonly T[], where: string): void {
  assert.equal(new Set(got).size, got.length, `an object appears twice in ${where}: ${got.join(',')}`);
  assert.deepStrictEqual(sortedAny(got), sortedAny(expected), where);
}

/**
 * Pages through a list `step` objects at a time (until `next` is null, at most up to offset `max`)
 * and returns the last `count` and every id seen, in the order seen. With `expectCount`, every
 * page must report that count.
 */
export async function pageThrough<T = number>(t: Getter, urlAt: (offset: number) => string, step: number, max: number, expectCount?: number): Promise<{ count: number; seen: T[] }> {
  const seen: T[] = [];
  let count = -1;
  for (let offset = 0; offset < max; offset += step) {
    const res = await t.get(urlAt(offset));
    assert.equal(res.status, 200, `${urlAt(offset)}: ${res.text.slice(0, 200)}`);
    count = res.body.count;
    if (expectCount !== undefined) assert.equal(count, expectCount, `${urlAt(offset)}: count`);
    seen.push(...res.body.results.map((r: { id: T }) => r.id));
    if (!res.body.next) break;
  }
  return { count, seen };
}

/** GET answers DRF's 400 with exactly this body. */
export async function assertBadRequest(t: Getter, path: string, body: unknown): Promise<void> {
  const res = await t.get(path);
  assert.equal(res.status, 400, `${path}: ${res.text.slice(0, 300)}`);
  assert.deepStrictEqual(res.body, body, path);
}

/** A filter case: the parameter, its value, and the ids the list must then hold. */
export interface FilterCase {
  param: string;
  /** A list means the parameter is repeated. */
  value: string | string[];
  expect: number[];
  why?: string;
}

export type Lookup5 = 'exact' | 'gt' | 'gte' | 'lt' | 'lte';

/**
 * The lookups of an ordered field around a pivot, expected ids computed from the fixture rows
 * (a null value is in none of them). The pivot defaults to the median distinct value.
 */
export function lookupCases<T extends number | string>(
  field: string,
  ids: readonly number[],
  value: (id: number) => T | null,
  opts: { pivot?: T; lookups?: Lookup5[]; show?: (v: T) => string } = {},
): FilterCase[] {
  const values = [...new Set(ids.map(value).filter((v): v is T => v !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pivot = opts.pivot ?? values[Math.floor(values.length / 2)];
  const show = opts.show ?? String;
  const test: Record<Lookup5, (v: T) => boolean> = {
    exact: (v) => v === pivot,
    gt: (v) => v > pivot,
    gte: (v) => v >= pivot,
    lt: (v) => v < pivot,
    lte: (v) => v <= pivot,
  };
  return (opts.lookups ?? ['exact', 'gt', 'gte', 'lt', 'lte']).map((l) => ({
    param: l === 'exact' ? field : `${field}__${l}`,
    value: show(pivot),
    expect: ids.filter((id) => {
      const v = value(id);
      return v !== null && test[l](v);
    }),
  }));
}

/** DRF's messages for a value a filter cannot read. */
export const DRF = {
  number: 'Enter a number.',
  date: 'Enter a valid date.',
  datetime: 'Enter a valid date/time.',
  uuid: 'Enter a valid UUID.',
  nul: 'Null characters are not allowed.',
  choice: 'Select a valid choice. That choice is not one of the available choices.',
};

/** The 400 cases of single bad values: each `[param, value]` alone, answered with `message` under `param`. */
export function badValues(message: string, values: Pairs): Array<{ pairs: Pairs; body: Record<string, string[]> }> {
  return values.map(([param, value]) => ({ pairs: [[param, value]], body: { [param]: [message] } }));
}

/** A test per `[endpoint, param]`: an empty value is no filter, so the endpoint lists `all` its objects. */
export function testEmptyValues<W extends string>(
  empties: ReadonlyArray<[W, string]>,
  assertIds: (on: W, pairs: Pairs, expected: readonly number[]) => Promise<void>,
  all: Readonly<Record<W, readonly number[]>>,
): void {
  for (const [on, param] of empties) {
    test(`an empty value means no filter: ${on} ${param}=`, () => assertIds(on, [[param, '']], all[on]));
  }
}

/**
 * The documented filters (`on: param`) that no case discriminates: none of the cases of that
 * parameter on that endpoint expects other than the endpoint's full list `all[on]`.
 */
export function undiscriminatedFilters<W extends string>(
  documented: ReadonlyArray<{ on: W; param: string }>,
  cases: ReadonlyArray<{ on: W; param: string; expect: readonly number[] }>,
  all: Readonly<Record<W, readonly number[]>>,
): string[] {
  const missing: string[] = [];
  for (const { on, param } of documented) {
    const mine = cases.filter((c) => c.on === on && c.param === param);
    const changes = mine.some((c) => JSON.stringify(sortedIds(c.expect)) !== JSON.stringify(sortedIds(all[on])));
    if (!changes) missing.push(`${on}: ${param}${mine.length ? ' (has cases, none changes the result)' : ''}`);
  }
  return missing;
}

/** How many filters the contract documents on each endpoint, by endpoint. */
export function filterCounts<W extends string>(documented: ReadonlyArray<{ on: W }>, endpoints: readonly W[]): Record<string, number> {
  return Object.fromEntries(endpoints.map((on) => [on, documented.filter((d) => d.on === on).length]));
}
