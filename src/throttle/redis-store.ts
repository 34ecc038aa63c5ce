import type { SharedRedis } from '../redis/shared-redis.ts';
import type { ThrottleStore, WindowState } from './store.ts';

/**
 * MemoryThrottleStore's sliding window, atomically in Redis: one sorted set of request times per ident.
 * Drop the times that left the window, count, add `now` when counting and allowed, read the oldest,
 * and let the key expire with the window, all in one script so concurrent processes never race.
 * Returns {allowed, count, oldest or -1}.
 */
const SLIDING_WINDOW = `
local key, now, window, limit, count, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1', ARGV[5]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local n = redis.call('ZCARD', key)
local allowed = n < limit
if count and allowed then
  redis.call('ZADD', key, now, member)
  redis.call('PEXPIRE', key, window)
  n = n + 1
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2]
return {allowed and 1 or 0, n, oldest and tonumber(oldest) or -1}
`;

/** Throttle counts shared by every process. When Redis is unavailable every request is allowed (fail open). */
/** The script's command, which defineCommand adds to the client at run time (ioredis cannot type it). */
interface SlidingWindowClient {
  ll2SlidingWindow(key: string, now: number, windowMs: number, limit: number, count: '0' | '1', member: string): Promise<[allowed: number, count: number, oldest: number]>;
}

export class RedisThrottleStore implements ThrottleStore {
  private seq = 0;
  private readonly memberPrefix = `${process.pid}.${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly redis: SharedRedis,
    private readonly prefix = 'll2:throttle:',
  ) {
    redis.client.defineCommand('ll2SlidingWindow', { numberOfKeys: 1, lua: SLIDING_WINDOW });
  }

  async hit(ident: string, now: number, windowMs: number, limit: number, count: boolean) {
    return (await this.tryHit(ident, now, windowMs, limit, count)) ?? { allowed: true, count: 0, oldest: null };
  }

  /** As hit(), but undefined when Redis is unavailable (the caller chooses what that means). */
  async tryHit(ident: string, now: number, windowMs: number, limit: number, count: boolean): Promise<(WindowState & { allowed: boolean }) | undefined> {
    // members must be unique: two processes may count the same millisecond
    const member = `${now}:${this.memberPrefix}:${++this.seq}`;
    // Lua numbers cannot be Infinity: a limit that never binds is the largest safe integer
    const bound = Number.isFinite(limit) ? limit : Number.MAX_SAFE_INTEGER;
    const reply = await this.redis.run(
      (c) => (c as typeof c & SlidingWindowClient).ll2SlidingWindow(this.prefix + ident, now, windowMs, bound, count ? '1' : '0', member),
    );
    if (!reply) return undefined;
    const [allowed, n, oldest] = reply;
    return { allowed: allowed === 1, count: n, oldest: oldest < 0 ? null : oldest };
  }

  async close(): Promise<void> {}
}
