import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

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

/**
 * Rendered responses keyed by everything that shapes them (data version, URL, format, origin), bounded
 * by size. A write of LL2 data bumps the data version, so stale entries are never served; the TTL only
 * bounds how long time-dependent lists (upcoming/previous) may lag the clock.
 */
export class ResponseCache {
  private readonly lru: LRUCache<string, RenderedResponse>;

  constructor(maxBytes: number, private readonly ttlMs: number) {
    this.lru = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: (r) => r.body.length + 200, ttl: ttlMs });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): RenderedResponse | undefined {
    return this.enabled ? this.lru.get(key) : undefined;
  }

  set(key: string, value: RenderedResponse): void {
    if (this.enabled) this.lru.set(key, value);
  }
}
