import type { FastifyInstance } from 'fastify';
import { isDeepStrictEqual } from 'node:util';
import type { ResourceDecl } from '../../src/api/resource.ts';
import { resources } from '../../src/resources/index.ts';

export interface CompareOptions {
  /** API version whose routes are walked (default 2.3.0). */
  version?: string;
  /** Endpoint declarations the routes come from (default: all of ours). */
  decls?: ResourceDecl[];
  /** Details (`/{id}/`) compared per list: first, middle and last of the first page (default 3). */
  detailsPerList?: number;
  /** Stop walking a list after this many pages (default: walk it all). */
  maxPages?: number;
  /** Replace the scheme and host of every absolute link, so apps behind different hosts compare (default true). */
  normalizeOrigins?: boolean;
  /** Extra request headers per app (an API key for a throttled one). */
  headers?: { a?: Record<string, string>; b?: Record<string, string> };
}

export interface Comparison {
  /** `GET path: where they differ`; empty when the two apps answer every route alike. */
  differences: string[];
  /** Requests made to each app. */
  requests: number;
}

/**
 * Asks two apps the same questions on every route our declarations give for a version: every list in
 * every mode, page after page along `next`, the singletons in every mode, and a few details per list,
 * and reports where the answers (status and JSON body) differ. Generic: it knows no resource by name.
 */
export async function compareInstances(a: FastifyInstance, b: FastifyInstance, opts: CompareOptions = {}): Promise<Comparison> {
  const version = opts.version ?? '2.3.0';
  const decls = (opts.decls ?? resources).filter((d) => d.version === version);
  const differences: string[] = [];
  let requests = 0;
  const ask = async (app: FastifyInstance, url: string) => {
    const extra = (app === a ? opts.headers?.a : opts.headers?.b) ?? {};
    const res = await app.inject({ method: 'GET', url, headers: { accept: 'application/json', ...extra } });
    const text = opts.normalizeOrigins === false ? res.body : res.body.replace(/https?:\/\/[^/"\s]+(?=\/\d+\.\d+\.\d+\/)/g, 'ORIGIN');
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.statusCode, body };
  };
  const compare = async (url: string) => {
    const [x, y] = [await ask(a, url), await ask(b, url)];
    requests++;
    if (x.status !== y.status) differences.push(`GET ${url}: status ${x.status} vs ${y.status}`);
    else {
      const where = firstDifference(x.body, y.body, '$');
      if (where) differences.push(`GET ${url}: ${where}`);
    }
    return x;
  };

  for (const d of decls) {
    const modes = Object.keys(d.modes);
    if (d.singleton !== undefined) {
      for (const mode of modes) await compare(`/${version}/${d.path}/?mode=${mode}`);
      continue;
    }
    let firstPage: any = null;
    for (const mode of modes) {
      let url: string | null = `/${version}/${d.path}/?limit=100&mode=${mode}`;
      for (let page = 0; url && page < (opts.maxPages ?? Infinity); page++) {
        const { status, body } = await compare(url);
        const next = status === 200 ? (body as { next?: unknown }).next : null;
        firstPage ??= body;
        url = typeof next === 'string' ? next.replace(/^(ORIGIN|https?:\/\/[^/]+)/, '') : null;
      }
    }
    const ids: unknown[] = Array.isArray(firstPage?.results) ? firstPage.results.map((r: any) => r.id) : [];
    const n = opts.detailsPerList ?? 3;
    const picks = new Set(n >= ids.length ? ids : Array.from({ length: n }, (_, k) => ids[Math.round((k * (ids.length - 1)) / Math.max(1, n - 1))]));
    for (const id of picks) await compare(`/${version}/${d.path}/${id}/`);
  }
  return { differences, requests };
}

/** The JSON path of the first place two values differ, with both values, or null when equal. */
export function firstDifference(x: unknown, y: unknown, path: string): string | null {
  if (isDeepStrictEqual(x, y)) return null;
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 120);
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return `${path}: ${x.length} items vs ${y.length}`;
    for (let i = 0; i < x.length; i++) {
      const d = firstDifference(x[i], y[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    for (const k of keys) {
      const d = firstDifference((x as any)[k], (y as any)[k], `${path}.${k}`);
      if (d) return d;
    }
    if (Object.keys(x).join() !== Object.keys(y).join()) return `${path}: key order ${Object.keys(x).join()} vs ${Object.keys(y).join()}`;
  }
  return `${path}: ${show(x)} vs ${show(y)}`;
}
