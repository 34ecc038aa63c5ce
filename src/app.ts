import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from './db/connect.ts';
import { DataVersionWatcher } from './db/data-version.ts';
import { ResponseCache } from './api/response-cache.ts';
import { KeyResolver } from './throttle/api-keys.ts';
import type { Rate } from './throttle/rate.ts';
import { MemoryThrottleStore, type ThrottleStore } from './throttle/store.ts';
import { RedisThrottleStore } from './throttle/redis-store.ts';
import { SharedRedis } from './redis/shared-redis.ts';
import { DATA_VERSION_CHANNEL, publishWrite } from './redis/data-version-channel.ts';
import { mountThrottle } from './throttle/throttle.ts';
import { mountDocs } from './api/docs-routes.ts';
import { mountHealth } from './api/health.ts';
import { mountResources, notFoundHandler } from './api/routes.ts';
import { resources } from './resources/index.ts';
import { ObjectCache } from './serialize/object-cache.ts';
import { ListCache } from './api/list-cache.ts';
import { dataModeFromEnv } from './config.ts';
import type { DataMode } from './stats/definitions.ts';
import { startAgeRefresher } from './stats/age-refresher.ts';

/** How long a list's count and page keys may serve lists that move with the clock (upcoming, previous). */
const LIST_TTL_MS = 10_000;

export interface AppOptions {
  database: Database;
  publicBaseUrl?: string;
  /** Rendered responses kept per process, in MiB (0 turns the cache off). */
  responseCacheMb?: number;
  /** Serialized objects kept per process for reuse across requests, in MiB (0 turns it and the count cache off). */
  objectCacheMb?: number;
  /** How long a cached response may serve time-dependent lists, in seconds. */
  responseCacheSeconds?: number;
  /** Anonymous callers' limit per client IP (default: none). */
  anonRate?: Rate | null;
  /** Where throttle counts live (default: Redis when `redisUrl` is set, else this process's memory). */
  throttleStore?: ThrottleStore;
  /** Redis shared by all processes: throttle counts, rendered responses, write announcements. */
  redisUrl?: string;
  /** Longest a request waits on Redis before going on without it (default 250 ms). */
  redisCommandTimeoutMs?: number;
  /** Longest this process serves an old data version when nobody told it of a write (default 1000 ms). */
  dataVersionPollMs?: number;
  /** How many proxies in front of the server may be trusted for the client IP (X-Forwarded-For). */
  trustProxyHops?: number;
  /** The clock for upcoming/previous (tests pin it). */
  now?: () => Date;
  /** `authoritative` keeps time-dependent statistics (astronaut age) current (default: DATA_MODE). */
  dataMode?: DataMode;
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
}

/** Builds the HTTP app without listening: the server listens on it, tests call `inject()`. */
export function buildApp(opts: AppOptions): FastifyInstance {
  const hops = opts.trustProxyHops ?? 0;
  // the client IP is the address `hops` proxies back along X-Forwarded-For (proxy-addr's hop count)
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: (_address: string, hop: number) => hop < hops });
  const redis = opts.redisUrl ? new SharedRedis(opts.redisUrl, { commandTimeoutMs: opts.redisCommandTimeoutMs ?? 250, log: app.log }) : undefined;
  const throttleStore = opts.throttleStore ?? (redis ? new RedisThrottleStore(redis) : new MemoryThrottleStore());
  mountThrottle(app, { anonRate: opts.anonRate ?? null, store: throttleStore, keys: new KeyResolver(opts.database.db) });
  const cacheMb = opts.responseCacheMb ?? 64;
  const dataVersion = new DataVersionWatcher(opts.database.db, opts.dataVersionPollMs ?? 1000);
  // a write here drops this process's view at once; other processes hear of it on Redis (or poll)
  const onWrite = () => {
    dataVersion.invalidate();
    if (redis) void publishWrite(redis);
  };
  opts.database.written.add(onWrite);
  const stopAges = (opts.dataMode ?? dataModeFromEnv()) === 'authoritative' ? startAgeRefresher(opts.database) : () => {};
  redis?.subscribe(DATA_VERSION_CHANNEL, () => dataVersion.invalidate());
  if (redis) app.addHook('onReady', async () => void (await redis.whenReady()));
  app.addHook('onClose', async () => {
    stopAges();
    opts.database.written.delete(onWrite);
    await redis?.close();
  });
  mountResources(app, resources, {
    database: opts.database,
    publicBaseUrl: opts.publicBaseUrl,
    now: opts.now ?? (() => new Date()),
    dataVersion,
    objects: new ObjectCache((opts.objectCacheMb ?? 128) * 1024 * 1024),
    lists: new ListCache(10_000, LIST_TTL_MS),
    cache: new ResponseCache(cacheMb * 1024 * 1024, cacheMb > 0 ? (opts.responseCacheSeconds ?? 10) * 1000 : 0, redis),
  });
  mountDocs(app, resources, '2.3.0');
  mountHealth(app, opts.database, redis);
  app.setNotFoundHandler(notFoundHandler);
  app.setErrorHandler((err, req, reply) => {
    req.log.error({ err }, 'request failed');
    reply.code(500).send({ detail: 'A server error occurred.' });
  });
  return app;
}
