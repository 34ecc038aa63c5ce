/**
 * The kinds of request the bench drives: the issue #13 kinds (LL2's stack was measured on them), each
 * as "repeated" URLs (~500, cycled) and as "distinct" URLs (each asked once), plus the browsable page.
 * Distinct URLs are what a mirror's real traffic looks like: every filter combination, id and offset
 * arrives once, so no cache of any kind can answer it.
 */
import type { Request } from 'autocannon';
import type { Database } from '../src/db/connect.ts';

export interface Facts {
  /** Every launch id (detail by id). */
  ids: string[];
  /** Agencies that provide launches (`lsp__id`). */
  lsps: number[];
  /** Names of launches, rockets (launcher configurations), agencies and pads: where search terms come from. */
  names: string[][];
  /** The launch list's count (launches without a NET are not listed). */
  count: number;
}

type Req = Request & { path: string };

export interface Variant {
  variant: 'repeated' | 'distinct';
  /** Distinct URLs in the variant: repeated ones cycle through them, distinct ones ask each once until they run out. */
  urls: number;
  requests: Req[];
  /** The URLs in the order they are asked (wrk's script walks them: bench/wrk.ts). */
  paths: string[];
}

export interface Kind {
  name: string;
  /** LL2's own stack (DRF + django-filter on SQLite), 10k launches, 8 connections, every cache off: req/s (issue #13). */
  ll2Stack?: number;
  /** The SQLite target at 10k launches, req/s (PostgreSQL: half). */
  target?: number;
  variants: Variant[];
}

export async function readFacts(database: Database): Promise<Omit<Facts, 'count'>> {
  const db = database.db;
  const ids = (await db.selectFrom('launch').select('id').orderBy('id').execute()).map((r) => r.id);
  const lsps = (
    await db.selectFrom('launch').select('launch_service_provider_id as id').distinct().where('launch_service_provider_id', 'is not', null).orderBy('id').execute()
  ).map((r) => Number(r.id));
  const names = await Promise.all(
    (['launch', 'launcher_config', 'agency', 'pad'] as const).map(async (table) =>
      (await db.selectFrom(table).select('name').where('name', 'is not', null).orderBy('name').execute()).map((r) => r.name as string),
    ),
  );
  return { ids, lsps, names };
}

const L = '/2.3.0/launches/';
const REPEATED = 500;

export function buildKinds(f: Facts): Kind[] {
  const rng = mulberry32(1);
  const lastOffset = Math.max(0, f.count - 100);
  // offsets whose page is full: repeated ones spread evenly, distinct ones every offset once in random order
  const spread = (i: number) => Math.floor((i * lastOffset) / REPEATED);
  const offsets = shuffle(range(0, lastOffset + 1), rng);
  const page = (query: string) => [
    repeated((i) => `${L}?${query}offset=${spread(i)}`),
    distinct((i) => `${L}?${query}offset=${offsets[i]}`, offsets.length),
  ];
  const deep = Math.floor(f.count * 0.9);
  const deepOffsets = shuffle(range(Math.min(Math.floor(f.count * 0.8), lastOffset), lastOffset + 1), rng);
  const ids = shuffle(f.ids, rng);
  const days = shuffle(dateRange('1957-10-04', '2029-11-01'), rng);
  const terms = searchTerms(f.names, rng);
  const common = ['falcon', 'soyuz', 'starlink', 'ariane', 'long march'];
  return [
    { name: 'list mode, limit 100', ll2Stack: 94.3, target: 1900, variants: page('mode=list&limit=100&') },
    { name: 'normal mode, limit 100', ll2Stack: 8.4, target: 170, variants: page('limit=100&') },
    { name: 'detailed mode, limit 100', ll2Stack: 4.2, target: 85, variants: page('mode=detailed&limit=100&') },
    {
      name: 'detail by id',
      ll2Stack: 33.4,
      target: 700,
      variants: [repeated((i) => `${L}${ids[i % ids.length]}/`), distinct((i) => `${L}${ids[i]}/`, ids.length)],
    },
    {
      name: 'filtered (`lsp__id` + `net__gte`)',
      ll2Stack: 29.1,
      target: 600,
      variants: [
        repeated((i) => `${L}?mode=list&lsp__id=${f.lsps[(i * 7919) % f.lsps.length]}&net__gte=2000-01-01`),
        // every (agency, date) pair once: the agency changes with every request, the date every round
        distinct((i) => `${L}?mode=list&lsp__id=${f.lsps[i % f.lsps.length]}&net__gte=${days[Math.floor(i / f.lsps.length)]}`, f.lsps.length * days.length),
      ],
    },
    {
      name: 'search',
      ll2Stack: 23.8,
      target: 480,
      variants: [
        repeated((i) => `${L}?mode=list&search=${encodeURIComponent(common[i % common.length])}`),
        distinct((i) => `${L}?mode=list&search=${encodeURIComponent(terms[i])}`, terms.length),
      ],
    },
    {
      name: 'deep offset (list mode, limit 100)',
      ll2Stack: 47.5,
      target: 950,
      variants: [
        repeated((i) => `${L}?mode=list&limit=100&offset=${Math.min(deep + (i % 50), lastOffset)}`),
        distinct((i) => `${L}?mode=list&limit=100&offset=${deepOffsets[i]}`, deepOffsets.length),
      ],
    },
    { name: 'browsable page', variants: [repeated((i) => `${L}?format=api&offset=${(i * 10) % 500}`)] },
  ].map((k) => ({ ...k, variants: k.variants.filter((v) => v.urls > 0) }));
}

/** ~500 URLs that autocannon cycles through (every connection walks the list from its start). */
function repeated(path: (i: number) => string): Variant {
  const requests: Req[] = Array.from({ length: REPEATED }, (_, i) => ({ method: 'GET', path: path(i) }));
  return { variant: 'repeated', urls: new Set(requests.map((r) => r.path)).size, requests, paths: requests.map((r) => r.path!) };
}

/**
 * `n` URLs, each asked once: one counter shared by every connection picks the next URL (a list would be
 * walked from its start by each connection). After `n` requests it wraps around; the report says so.
 */
function distinct(path: (i: number) => string, n: number): Variant {
  let next = 0;
  return {
    variant: 'distinct',
    urls: n,
    requests: [{ method: 'GET', path: path(0), setupRequest: (req) => ({ ...req, path: path(next++ % n) }) }],
    paths: Array.from({ length: n }, (_, i) => path(i)),
  };
}

/**
 * Search terms as users type them: substrings of 3 to 8 characters of real names, from each kind of
 * name in turn (launch names outnumber the others a hundredfold), without spaces or commas (which
 * would split one term into several), each term once.
 */
function searchTerms(sources: string[][], rng: () => number, max = 20_000): string[] {
  const terms = new Set<string>();
  const pools = sources.filter((s) => s.length);
  for (let attempt = 0; attempt < max * 10 && terms.size < max && pools.length; attempt++) {
    const pool = pools[attempt % pools.length];
    const name = pool[Math.floor(rng() * pool.length)];
    const len = 3 + Math.floor(rng() * 6);
    if (name.length < len) continue;
    const start = Math.floor(rng() * (name.length - len + 1));
    const term = name.slice(start, start + len);
    if (!/[\s,]/.test(term)) terms.add(term);
  }
  return [...terms];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** A shuffled copy (Fisher–Yates), the same for the same generator. */
function shuffle<T>(xs: readonly T[], rng: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A small seeded generator: the same URLs in every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
