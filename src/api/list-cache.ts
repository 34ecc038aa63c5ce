import { LRUCache } from 'lru-cache';
import type { Key } from '../serialize/graph-store.ts';
import type { ResourceDecl } from './resource.ts';
import { digestKey as digest } from './response-cache.ts';

/** What an LRU entry costs beyond its key and value (lru-cache's slots, the TTL's timestamps). */
const ENTRY_OVERHEAD = 100;


/** Parameters that page or present a list without changing which rows it holds. */
const PRESENTATION = new Set(['limit', 'offset', 'ordering', 'mode', 'format']);

/**
 * What list queries found: counts, and the keys of each page. `count(*)` reads every matching row — on
 * 100k launches it costs more than the rest of a page — and DRF repeats it for every page of the same list;
 * a page's keys cost a query built through Kysely and an index walk to its offset. Keyed by data version
 * and the parameters that select rows; the TTL bounds lists that move with the clock (upcoming/previous).
 */
export class ListCache {
  private readonly counts: LRUCache<string, number>;
  /** Page keys, bounded by what they hold in all. */
  private readonly pages: LRUCache<string, Key[]>;

  /**
   * `maxEntries` bounds how many counts are kept; `maxBytes` what counts and pages hold by their own
   * accounting (a quarter for counts, the rest for pages). Keys are digests of the request's
   * parameters (43 bytes, whatever the URL's length).
   */
  constructor(
    maxEntries: number,
    private readonly ttlMs: number,
    maxBytes = 16 * 1024 * 1024,
  ) {
    const ttl = Math.max(1, ttlMs);
    const bytes = Math.max(4, maxBytes);
    this.counts = new LRUCache({ max: Math.max(1, maxEntries), maxSize: Math.floor(bytes / 4), sizeCalculation: (_n, key) => 2 * key.length + ENTRY_OVERHEAD, ttl });
    this.pages = new LRUCache({
      maxSize: bytes - Math.floor(bytes / 4),
      sizeCalculation: (keys, key) => 2 * key.length + ENTRY_OVERHEAD + keys.reduce<number>((n, k) => n + (typeof k === 'string' ? 2 * k.length + 24 : 8), 0),
      ttl,
    });
  }

  /** What counts and pages hold by the caches' own accounting, in bytes. */
  get accountedBytes(): number {
    return this.counts.calculatedSize + this.pages.calculatedSize;
  }

  key(dataVersion: string, res: ResourceDecl, query: URLSearchParams, now: Date): string {
    const params = [...query].filter(([k]) => !PRESENTATION.has(k)).sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
    // a clock pinned or moved by more than the TTL is another list (time-scoped endpoints)
    const bucket = Math.floor(now.getTime() / Math.max(1, this.ttlMs));
    return digest(`${dataVersion}\n${bucket}\n${res.version}/${res.path}\n${JSON.stringify(params)}`);
  }

  /** The keys of one page of the list `key` names, in `ordering`, `limit` from `offset`. */
  page(key: string, ordering: string, limit: number, offset: number, compute: () => Promise<Key[]>): Promise<Key[]> {
    return this.remember(this.pages, digest(`${key}\n${ordering}\n${limit}\n${offset}`), compute);
  }

  count(key: string, compute: () => Promise<number>): Promise<number> {
    return this.remember(this.counts, key, compute);
  }

  /** The count of the list `key` names if it is kept (undefined otherwise). */
  knownCount(key: string): number | undefined {
    return this.ttlMs <= 0 ? undefined : this.counts.get(key);
  }

  /** Keeps a count learnt with a page (`count(*) over ()`) and that page's keys. */
  rememberPage(key: string, count: number, ordering: string, limit: number, offset: number, keys: Key[]): void {
    if (this.ttlMs <= 0) return;
    this.counts.set(key, count);
    this.pages.set(digest(`${key}\n${ordering}\n${limit}\n${offset}`), keys);
  }

  private async remember<T extends NonNullable<unknown>>(lru: LRUCache<string, T>, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const hit = lru.get(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    lru.set(key, value);
    return value;
  }
}
