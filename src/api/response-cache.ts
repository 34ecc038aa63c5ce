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
    this.lru = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: (r) => r.body.length + 200, ttl: ttlMs });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  async get(key: string): Promise<RenderedResponse | undefined> {
    if (!this.enabled) return undefined;
    const local = this.lru.get(key);
    if (local || !this.shared) return local;
    const raw = await this.shared.run((c) => c.get(sharedKey(key)));
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
    this.lru.set(key, entry, { ttl });
    return entry;
  }

  /** Keeps a response; the Redis write is not waited for (a request never waits on it). */
  set(key: string, value: RenderedResponse): void {
    if (!this.enabled) return;
    this.lru.set(key, value);
    if (!this.shared) return;
    // bytes travel as text: JSON has no bytes
    const body = typeof value.body === 'string' ? value.body : value.body.toString('utf8');
    const entry: SharedEntry = { ...value, body, expiresAt: Date.now() + this.ttlMs };
    void this.shared.run((c) => c.set(sharedKey(key), JSON.stringify(entry), 'PX', this.ttlMs));
  }
}

/** Keys hold URLs of any length: Redis gets a fixed-size digest of them. */
function sharedKey(key: string): string {
  return `ll2:response:${createHash('sha256').update(key).digest('base64url')}`;
}
