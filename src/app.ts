import { STATUS_CODES } from 'node:http';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { isQueryTimeout } from './db/query-timeout.ts';
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
import { mountChanges } from './changes/routes.ts';
import { mountHealth } from './api/health.ts';
import { isValidHost, mountResources, notFoundHandler, requestHost } from './api/routes.ts';
import { FormatSuffixRoutes } from './api/format-suffix.ts';
import { resources } from './resources/index.ts';
import { validateResources } from './api/resource.ts';
import { ObjectCache } from './serialize/object-cache.ts';
import { ListCache } from './api/list-cache.ts';
import { dataModeFromEnv } from './config.ts';
import type { DataMode } from './stats/definitions.ts';
import { startAgeRefresher } from './stats/age-refresher.ts';
import { startMirror, type Mirror, type MirrorOptions } from './sync/mirror.ts';
import { MirrorProgress } from './sync/mirror-state.ts';
import { mountMirrorStatus } from './sync/mirror-status.ts';
import { ReadThrough } from './sync/read-through.ts';
import { upstreamStore } from './sync/shared-budget.ts';
import { normalizeBaseUrl } from './sync/upstream-url.ts';
import { startDeliverer, type DelivererOptions } from './webhooks/deliverer.ts';

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
  /** How many proxies in front of the server may be trusted: X-Forwarded-For (client IP), X-Forwarded-Host/-Proto (links). */
  trustProxyHops?: number;
  /** The clock for upcoming/previous (tests pin it). */
  now?: () => Date;
  /** `authoritative` keeps time-dependent statistics (astronaut age) current (default: DATA_MODE). */
  dataMode?: DataMode;
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /**
   * A mirror of another LL2 API (SYNC_FROM): read-through and GET /mirror/ in every process; with
   * `sync`, this process also runs the passes when it holds the lease (started when the app is ready,
   * stopped when it closes).
   */
  mirror?: { from: string; token?: string; sync?: Omit<MirrorOptions, 'database' | 'from' | 'token' | 'store' | 'log'> };
  /**
   * Deliver webhooks (`ll2 webhooks add`) from this process when it holds their lease; `origin` is the
   * scheme and host of the objects' URLs in deliveries. Started when the app is ready, stopped on close.
   */
  webhooks?: Omit<DelivererOptions, 'database' | 'log'>;
}

/** Builds the HTTP app without listening: the server listens on it, tests call `inject()`. */
export function buildApp(opts: AppOptions): FastifyInstance {
  // a declaration naming what the model or its shapes lack stops the start-up (before anything is
  // opened), not the first request that reaches it
  validateResources(resources);
  const hops = opts.trustProxyHops ?? 0;
  // the client IP is the address `hops` proxies back along X-Forwarded-For (proxy-addr's hop count)
  // DRF format suffixes (`/2.3.0/launches.json`) are routed to their slashed twin before routing
  const suffixes = new FormatSuffixRoutes();
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: (_address: string, hop: number) => hop < hops, rewriteUrl: suffixes.rewriteUrl });
  app.addHook('onRoute', suffixes.onRoute);
  mountInFlight(app);
  // No route takes a body: like DRF, which checks the method before it reads request.data, a write is
  // 405 whatever its body says, and the body is neither parsed nor buffered (Node discards it).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
  const redis = opts.redisUrl ? new SharedRedis(opts.redisUrl, { commandTimeoutMs: opts.redisCommandTimeoutMs ?? 250, log: app.log }) : undefined;
  const throttleStore = opts.throttleStore ?? (redis ? new RedisThrottleStore(redis) : new MemoryThrottleStore());
  const mirror = opts.mirror ? mountMirror(app, opts.database, opts.mirror, redis) : undefined;
  mountSecurityHeaders(app);
  // Django's get_host(): a malformed Host (or trusted X-Forwarded-Host) is refused before anything else,
  // so no link is ever built on it and the request does not count against the caller's rate
  app.addHook('onRequest', async (req, reply) => {
    const host = requestHost(req, hops);
    if (host !== undefined && !isValidHost(host)) return reply.code(400).send({ detail: 'Invalid Host header.' });
  });
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
    trustProxyHops: hops,
    readThrough: mirror?.readThrough,
  });
  mountDocs(app, resources, '2.3.0');
  mountChanges(app, { database: opts.database, publicBaseUrl: opts.publicBaseUrl, trustProxyHops: hops });
  if (opts.webhooks) mountDeliverer(app, opts.database, opts.webhooks);
  mountHealth(app, opts.database, redis);
  app.setNotFoundHandler(notFoundHandler);
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isQueryTimeout(err)) {
      req.log.warn({ url: req.url, reason: err.message }, 'query timed out');
      return reply
        .code(503)
        .header('Retry-After', String(QUERY_TIMEOUT_RETRY_AFTER_S))
        .send({ detail: 'The request took too long to answer and was cancelled. Try again later, or ask for less (a smaller limit, fewer filters).' });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // the client's mistake (a malformed URL...): no stack trace, nothing at error level
      req.log.info({ url: req.url, status, code: err.code, reason: err.message }, 'client error');
      return reply.code(status).send({ detail: clientErrorDetail(err, status) });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ detail: 'A server error occurred.' });
  });
  return app;
}

/**
 * The mirror's parts in this process: the upstream budget's store (see upstreamStore), read-through,
 * GET /mirror/, and the sync loop if asked (stopped on close, its page saved).
 */
function mountMirror(app: FastifyInstance, database: Database, mirror: NonNullable<AppOptions['mirror']>, redis: SharedRedis | undefined) {
  const upstream = normalizeBaseUrl(mirror.from);
  const store = upstreamStore(database.db, redis);
  const progress = new MirrorProgress(database.db, upstream);
  const log = { info: (msg: string) => app.log.info(msg), warn: (msg: string) => app.log.warn(msg) };
  const readThrough = new ReadThrough(database, progress, { token: mirror.token, store, log });
  mountMirrorStatus(app, { database, upstream, token: mirror.token, store, syncing: () => loop?.holding ?? false });
  let loop: Mirror | undefined;
  if (mirror.sync) {
    const sync = mirror.sync;
    app.addHook('onReady', async () => void (loop = startMirror({ ...sync, database, from: upstream, token: mirror.token, store, log })));
  }
  app.addHook('onClose', async () => {
    await loop?.stop();
    await readThrough.settled();
  });
  return { readThrough };
}

/** The webhook deliverer of this process: woken at once by a write here, by its poll otherwise. */
function mountDeliverer(app: FastifyInstance, database: Database, options: NonNullable<AppOptions['webhooks']>) {
  let deliverer: ReturnType<typeof startDeliverer> | undefined;
  const wake = () => deliverer?.wake();
  app.addHook('onReady', async () => {
    deliverer = startDeliverer({ ...options, database, log: { info: (msg) => app.log.info(msg), warn: (msg) => app.log.warn(msg) } });
    database.written.add(wake);
  });
  app.addHook('onClose', async () => {
    database.written.delete(wake);
    await deliverer?.stop();
  });
}

/** Retry-After (seconds) on a 503 for a query cancelled by QUERY_TIMEOUT_MS. */
const QUERY_TIMEOUT_RETRY_AFTER_S = 5;

/** The wording of a client error fastify raises itself (no body is ever parsed, so no DRF ParseError). */
function clientErrorDetail(err: FastifyError, status: number): string {
  return err.code?.startsWith('FST_') && err.message ? err.message : (STATUS_CODES[status] ?? 'Bad Request');
}

/**
 * Handlers still running hold close() back: fastify's close resolves once the connections are closed,
 * and a handler whose client left keeps running (no hook tells when it ends: onSend and onResponse are
 * not called for every kind of answer, a stream's included). The caller closes the database after
 * close() (SIGTERM in server.ts), so such a handler would fail on a closed database and log an error
 * nobody receives. Each route's handler is counted while it runs (it must be added before the routes).
 */
function mountInFlight(app: FastifyInstance): void {
  let running = 0;
  let idle: (() => void) | undefined;
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = async function (this: FastifyInstance, req, reply) {
      running++;
      try {
        return await handler.call(this, req, reply);
      } finally {
        if (--running === 0) idle?.();
      }
    };
  });
  app.addHook('onClose', async () => {
    if (running) await new Promise<void>((resolve) => (idle = resolve));
  });
}

/**
 * Headers every response carries: no MIME sniffing and no full Referer to other sites. HTML pages may
 * not be framed (clickjacking) and get a Content-Security-Policy: the page's own (browsable page,
 * Swagger UI) or, when the page set none, one that allows nothing at all.
 */
function mountSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('X-Frame-Options', 'DENY');
      if (!reply.hasHeader('content-security-policy')) reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    }
    return payload;
  });
}
