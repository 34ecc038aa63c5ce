import { LRUCache } from 'lru-cache';

/**
 * Serialized objects (their JSON, UTF-8) kept across requests, bounded by size. Callers key each object by
 * everything its text depends on — data version, origin of its URLs, API version, shape, id — so a write
 * of LL2 data (which bumps the data version) makes every entry unreachable. The TTL bounds values that
 * drift with the clock alone (an astronaut's age).
 */
export class ObjectCache {
  private readonly lru: LRUCache<string, Buffer>;

  constructor(maxBytes: number, ttlMs = 60_000) {
    this.lru = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: (bytes, key) => bytes.length + key.length + 100, ttl: ttlMs });
    this.enabled = maxBytes > 0;
  }

  readonly enabled: boolean;

  get(key: string): Buffer | undefined {
    return this.enabled ? this.lru.get(key) : undefined;
  }

  set(key: string, bytes: Buffer): void {
    if (this.enabled) this.lru.set(key, bytes);
  }
}
