import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { SharedRedis } from '../redis/shared-redis.ts';

/** A response as sent: what the cache keeps and what a 304 is decided on. */
export interface RenderedResponse {
  status: number;
  contentType: string;
  /** Text, or bytes when the body was assembled from cached serialized objects. */
  body: string | Buffer;
  etag: string;
  /** The X-LL2-Mirror header that goes with it (a mirror's partial answer). */
  mirror?: string;
}

export function etagOf(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** How a response is kept in Redis: with its expiry, so a process's local copy does not outlive it. */
interface SharedEntry extends RenderedResponse {
  expiresAt: number;
}

/**
 * Rendered responses keyed by everything that shapes them (data version, URL, format, origin). A write
 * of LL2 data bumps the data version, so stale entries are never served; the TTL only bounds how long
 * time-dependent lists (upcoming/previous) may lag the clock.
 *
 * Each process keeps a size-bounded LRU. With Redis, responses are also stored there for the TTL, so a
 * response rendered by one process serves all of them; the local LRU stays in front of Redis. When
 * Redis is unavailable the cache is local only.
 */
export class ResponseCache {
  private readonly lru: LRUCache<string, RenderedResponse>;

  constructor(
    maxBytes: number,
    private readonly ttlMs: number,
    private readonly shared?: SharedRedis,
  ) {
    this.lru = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: entryBytes, ttl: ttlMs });
  }

  /** What the local LRU holds by its own accounting (keys, bodies and overhead), in bytes. */
  get accountedBytes(): number {
    return this.lru.calculatedSize;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  async get(key: string): Promise<RenderedResponse | undefined> {
    if (!this.enabled) return undefined;
    const digest = digestKey(key);
    const local = this.lru.get(digest);
    if (local || !this.shared) return local;
    const raw = await this.shared.run((c) => c.get(sharedKey(digest)));
    if (!raw) return undefined;
    let parsed: SharedEntry;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return undefined; // not ours (a foreign writer under our prefix): render instead
    }
    const { expiresAt, ...entry } = parsed;
    const ttl = expiresAt - Date.now();
    if (!(ttl > 0)) return undefined;
    this.lru.set(digest, entry, { ttl });
    return entry;
  }

  /** Keeps a response; the Redis write is not waited for (a request never waits on it). */
  set(key: string, value: RenderedResponse): void {
    if (!this.enabled) return;
    const digest = digestKey(key);
    this.lru.set(digest, value);
    if (!this.shared) return;
    // bytes travel as text: JSON has no bytes
    const body = typeof value.body === 'string' ? value.body : value.body.toString('utf8');
    const entry: SharedEntry = { ...value, body, expiresAt: Date.now() + this.ttlMs };
    void this.shared.run((c) => c.set(sharedKey(digest), JSON.stringify(entry), 'PX', this.ttlMs));
  }
}

/**
 * Keys hold URLs of any length (up to Node's 16 KB request head): each entry is kept under a fixed-size
 * digest of its key, so a key costs 43 bytes whatever the URL.
 */
export function digestKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** An entry's cost: its body in bytes, its key and etag (two bytes a character), and the entry's own overhead. */
function entryBytes(r: RenderedResponse, key: string): number {
  const body = typeof r.body === 'string' ? Buffer.byteLength(r.body) : r.body.length;
  return body + 2 * (key.length + r.etag.length + r.contentType.length) + 200;
}

function sharedKey(digest: string): string {
  return `ll2:response:${digest}`;
}
