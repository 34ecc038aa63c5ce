/**
 * The one route walker of the tests: the routes the resource declarations define, asked the way a
 * client reads them (every list in every mode, page after page, a few `/{id}/` per list, the
 * singletons), and a comparison of two apps over that walk. Generic: it knows no resource by name.
 */
import type { ApiVersion } from '../../src/api/resource-paths.ts';
import type { ResourceDecl } from '../../src/api/resource.ts';
import { resources } from '../../src/resources/index.ts';
import { jsonDifferences } from './json-diff.ts';

export interface WalkOptions {
  /** API versions whose routes are walked (default 2.3.0 only). */
  versions?: readonly ApiVersion[];
  /** Endpoint declarations the routes come from (default: all of ours). */
  decls?: ResourceDecl[];
  /** Page size of the list requests (default 100). */
  limit?: number;
  /** `next`: follow `next` to the end (or `maxPages`); `first-and-middle`: the first page and the one at half the count. */
  paging?: 'next' | 'first-and-middle';
  /** With `next` paging: stop a list after this many pages (default: walk it all). */
  maxPages?: number;
  /** `/{id}/` details per list, spread evenly (first and last included) over the ids of its first mode's pages (default 3). */
  details?: number;
  /** Routes (path with query) to leave out. */
  skip?: (path: string, decl: ResourceDecl) => boolean;
}

/**
 * GETs one route and gives back its JSON body when it answered 200 (the walker reads `next`, `count`
 * and the ids from it), undefined otherwise.
 */
export type Visit = (path: string, decl: ResourceDecl) => Promise<unknown>;

/** Walks every route of the chosen versions, calling `visit` for each; lists are asked with `format=json`. */
export async function walkRoutes(opts: WalkOptions, visit: Visit): Promise<void> {
  const versions = opts.versions ?? ['2.3.0'];
  const limit = opts.limit ?? 100;
  const ask = async (path: string, decl: ResourceDecl) => (opts.skip?.(path, decl) ? undefined : ((await visit(path, decl)) as Page | undefined));
  for (const decl of (opts.decls ?? resources).filter((d) => versions.includes(d.version))) {
    const base = `/${decl.version}/${decl.path}/`;
    const modes = Object.keys(decl.modes);
    if (decl.singleton !== undefined) {
      await ask(`${base}?format=json`, decl);
      for (const mode of modes) await ask(`${base}?format=json&mode=${mode}`, decl);
      continue;
    }
    const ids: unknown[] = [];
    for (const [m, mode] of modes.entries()) {
      const pages: Array<Page | undefined> = [];
      const first = `${base}?format=json&mode=${mode}&limit=${limit}`;
      if (opts.paging === 'first-and-middle') {
        pages.push(await ask(first, decl));
        const count = pages[0]?.count ?? 0;
        if (count > limit) pages.push(await ask(`${first}&offset=${Math.floor(count / 2)}`, decl));
      } else {
        let path: string | null = first;
        for (let n = 0; path && n < (opts.maxPages ?? Infinity); n++) {
          const page = await ask(path, decl);
          pages.push(page);
          path = typeof page?.next === 'string' ? localPath(page.next) : null;
        }
      }
      if (m === 0) for (const page of pages) for (const r of page?.results ?? []) if (r?.id !== undefined) ids.push(r.id);
    }
    for (const id of spread(ids, opts.details ?? 3)) await ask(`${base}${id}/?format=json`, decl);
  }
}

interface Page {
  count?: number;
  next?: unknown;
  results?: Array<{ id?: unknown }>;
}

/** The path and query of a link: `next` names the host the app believes it is behind (or `ORIGIN` once normalized). */
export function localPath(link: string): string {
  return link.replace(/^(?:ORIGIN|[a-z][a-z0-9+.-]*:\/\/[^/]+)/i, '');
}

/** `n` items spread evenly over the list, first and last included. */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1 || 1))]);
}

/** Every page of one list, following `next` from `path` to the end. */
export async function listPages(get: (path: string) => Promise<any>, path: string): Promise<{ paths: string[]; pages: any[] }> {
  const paths: string[] = [];
  const pages: any[] = [];
  for (let p: string | null = path; p; ) {
    const page = await get(p);
    paths.push(p);
    pages.push(page);
    p = typeof page?.next === 'string' ? localPath(page.next) : null;
  }
  return { paths, pages };
}

/** Anything that answers `inject` like a Fastify app. */
export interface Injectable {
  inject(opts: { method: 'GET'; url: string; headers?: Record<string, string> }): Promise<{ statusCode: number; body: string }>;
}

export interface CompareOptions extends WalkOptions {
  /** Replace the scheme and host of every absolute link, so apps behind different hosts compare (default true). */
  normalizeOrigins?: boolean;
  /** Extra request headers per app (an API key for a throttled one). */
  headers?: { a?: Record<string, string>; b?: Record<string, string> };
  /** Called with every path compared. */
  onPath?: (path: string) => void;
}

export interface Comparison {
  /** `GET path: where they differ` (status, or the JSON differences); empty when the apps answer alike. */
  differences: string[];
  /** Routes asked of each app. */
  requests: number;
}

/**
 * Asks two apps the same questions along walkRoutes() and reports where the answers (status and
 * JSON body) differ. App A drives the walk: its pages give the `next` links, counts and ids.
 */
export async function compareApps(a: Injectable, b: Injectable, opts: CompareOptions = {}): Promise<Comparison> {
  const differences: string[] = [];
  let requests = 0;
  const ask = async (app: Injectable, url: string, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'GET', url, headers: { accept: 'application/json', ...headers } });
    const text = opts.normalizeOrigins === false ? res.body : res.body.replace(/https?:\/\/[^/"\s]+(?=\/\d+\.\d+\.\d+\/)/g, 'ORIGIN');
    return { status: res.statusCode, body: parse(text) };
  };
  await walkRoutes(opts, async (path) => {
    opts.onPath?.(path);
    requests++;
    const [x, y] = await Promise.all([ask(a, path, opts.headers?.a), ask(b, path, opts.headers?.b)]);
    if (x.status !== y.status) differences.push(`GET ${path}: status ${x.status} vs ${y.status}`);
    else {
      const diffs = jsonDifferences(x.body, y.body, { max: 3 });
      if (diffs.length) differences.push(`GET ${path}: ${diffs.join('; ')}`);
    }
    return x.status === 200 ? x.body : undefined;
  });
  return { differences, requests };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
