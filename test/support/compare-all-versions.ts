import { isDeepStrictEqual } from 'node:util';
import type { ResourceDecl } from '../../src/api/resource.ts';
import type { ApiVersion } from '../../src/api/resource-paths.ts';
import { resources } from '../../src/resources/index.ts';

/** Anything that answers `inject` like a Fastify app (both instances must pin the same `now`). */
export interface Injectable {
  inject(opts: { method: 'GET'; url: string }): Promise<{ statusCode: number; body: string }>;
}

export interface CompareOptions {
  /** API versions whose routes are compared (default all three). */
  versions?: ApiVersion[];
  /** Page size of the list requests (default 100). */
  limit?: number;
  /** How many `/{id}/` details per resource, picked evenly from the pages read (default 5). */
  details?: number;
  /** Routes (path + query) to leave out, e.g. ones known not to round-trip. */
  skip?: (path: string, decl: ResourceDecl) => boolean;
  /** Called with every path compared (for progress or a count). */
  onPath?: (path: string) => void;
}

export interface Difference {
  path: string;
  /** What differs: a status, or the JSON path of the first differing value. */
  what: string;
  a: unknown;
  b: unknown;
}

/**
 * GETs every route the resource declarations define on both instances and reports where the JSON
 * differs: each list in each mode (first page and a middle page), some `/{id}/` details taken from
 * those pages, and singletons in each mode. Instance A drives which ids and offsets are asked.
 */
export async function compareInstances(a: Injectable, b: Injectable, opts: CompareOptions = {}): Promise<Difference[]> {
  const versions = opts.versions ?? ['2.0.0', '2.2.0', '2.3.0'];
  const limit = opts.limit ?? 100;
  const diffs: Difference[] = [];
  const compare = async (path: string, decl: ResourceDecl): Promise<unknown> => {
    if (opts.skip?.(path, decl)) return undefined;
    opts.onPath?.(path);
    const [ra, rb] = await Promise.all([a.inject({ method: 'GET', url: path }), b.inject({ method: 'GET', url: path })]);
    const ja = parse(ra.body);
    const jb = parse(rb.body);
    if (ra.statusCode !== rb.statusCode) diffs.push({ path, what: `status ${ra.statusCode} vs ${rb.statusCode}`, a: ja, b: jb });
    else if (!isDeepStrictEqual(ja, jb)) diffs.push({ path, ...firstDifference(ja, jb, '$') });
    return ra.statusCode === 200 ? ja : undefined;
  };

  for (const decl of resources.filter((r) => versions.includes(r.version))) {
    const base = `/${decl.version}/${decl.path}/`;
    const modes = Object.keys(decl.modes);
    if (decl.singleton !== undefined) {
      await compare(`${base}?format=json`, decl);
      for (const mode of modes) await compare(`${base}?format=json&mode=${mode}`, decl);
      continue;
    }
    const ids: unknown[] = [];
    for (const mode of modes) {
      const first = (await compare(`${base}?format=json&mode=${mode}&limit=${limit}`, decl)) as { count?: number; results?: Array<{ id?: unknown }> } | undefined;
      const count = first?.count ?? 0;
      const middle = count > limit ? Math.floor(count / 2) : 0;
      const page = middle ? ((await compare(`${base}?format=json&mode=${mode}&limit=${limit}&offset=${middle}`, decl)) as typeof first) : undefined;
      if (ids.length === 0) for (const r of [...(first?.results ?? []), ...(page?.results ?? [])]) if (r?.id !== undefined) ids.push(r.id);
    }
    for (const id of spread(ids, opts.details ?? 5)) await compare(`${base}${id}/?format=json`, decl);
  }
  return diffs;
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** `n` items spread evenly over the list (first and last included). */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1 || 1))]);
}

/** The JSON path of the first value that differs, with both values. */
export function firstDifference(a: unknown, b: unknown, at: string): { what: string; a: unknown; b: unknown } {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (!isDeepStrictEqual(a[i], b[i])) return firstDifference(a[i], b[i], `${at}[${i}]`);
  } else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (!isDeepStrictEqual(ka, kb)) return { what: `${at}: keys differ`, a: ka, b: kb };
    for (const k of ka) {
      const va = (a as Record<string, unknown>)[k];
      const vb = (b as Record<string, unknown>)[k];
      if (!isDeepStrictEqual(va, vb)) return firstDifference(va, vb, `${at}.${k}`);
    }
  }
  return { what: at, a, b };
}
