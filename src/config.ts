import { parseRate, type Rate } from './throttle/rate.ts';
import type { DataMode } from './stats/definitions.ts';

/** Server configuration, from environment variables only. */
export interface Config {
  port: number;
  host: string;
  /** `sqlite:PATH` (default `sqlite:./data/ll2.sqlite`) or `postgres://...`. */
  databaseUrl: string;
  /** Scheme and host used in `url`/`next`/`previous` instead of the request's (`https://ll.example.org`). */
  publicBaseUrl?: string;
  /** Load the bundled reference data when the database holds no launch (default true). */
  seedOnEmpty: boolean;
  /** Anonymous callers' limit per client IP (`15/hour` like LL2; `off` for a private mirror). */
  anonRate: Rate | null;
  /** Proxies in front of the server: X-Forwarded-For (client IP) and X-Forwarded-Host/-Proto (links) are honoured only when above 0. */
  trustProxyHops: number;
  /** Size of the per-process response cache in MiB; 0 turns it off. */
  responseCacheMb: number;
  /** Longest time a cached response may serve a time-dependent list (upcoming/previous), in seconds. */
  responseCacheSeconds: number;
  /** Serialized objects reused across requests, in MiB (0: off, with the list-count cache). */
  objectCacheMb: number;
  /** `mirror` keeps the statistics the upstream sent; `authoritative` computes them from the rows. */
  dataMode: DataMode;
  /** `redis://host:port/db`: throttle counts and the response cache shared by every process (unset: per process). */
  redisUrl?: string;
  /** Longest a request waits on Redis before going on without it, in ms. */
  redisCommandTimeoutMs: number;
  /** Longest a process serves an old data version when no Redis message told it of a write, in ms. */
  dataVersionPollMs: number;
  /** Longest any query may run, in ms (QUERY_TIMEOUT_MS, default 10000): PostgreSQL's statement_timeout, SQLite's reader threads. */
  queryTimeoutMs: number;
  /** Reader threads running SQLite reads off the main thread (SQLITE_READERS, default 4). */
  sqliteReaders: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got ${env.PORT})`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/ll2.sqlite',
    publicBaseUrl: env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL.replace(/\/+$/, '') : undefined,
    seedOnEmpty: !['0', 'false', 'no'].includes((env.SEED_ON_EMPTY ?? 'true').toLowerCase()),
    anonRate: parseRate(env.ANON_RATE_LIMIT ?? '15/hour'),
    trustProxyHops: nonNegative('TRUST_PROXY_HOPS', env.TRUST_PROXY_HOPS, 0),
    responseCacheMb: nonNegative('RESPONSE_CACHE_MB', env.RESPONSE_CACHE_MB, 64),
    responseCacheSeconds: nonNegative('RESPONSE_CACHE_SECONDS', env.RESPONSE_CACHE_SECONDS, 10),
    objectCacheMb: nonNegative('OBJECT_CACHE_MB', env.OBJECT_CACHE_MB, 128),
    dataMode: dataModeFromEnv(env),
    redisUrl: redisUrl(env.REDIS_URL),
    redisCommandTimeoutMs: nonNegative('REDIS_COMMAND_TIMEOUT_MS', env.REDIS_COMMAND_TIMEOUT_MS, 250) || 250,
    dataVersionPollMs: nonNegative('DATA_VERSION_POLL_MS', env.DATA_VERSION_POLL_MS, 1000),
    queryTimeoutMs: queryTimeoutMsFromEnv(env),
    sqliteReaders: sqliteReadersFromEnv(env),
  };
}

/** QUERY_TIMEOUT_MS: a whole number of milliseconds > 0 (default 10000); anything else is an error, never a silent default. */
export function queryTimeoutMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger('QUERY_TIMEOUT_MS', env.QUERY_TIMEOUT_MS, 10000);
}

/** SQLITE_READERS: reader threads for a SQLite file database, 1 or more (default 4). */
export function sqliteReadersFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger('SQLITE_READERS', env.SQLITE_READERS, 4);
}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a whole number > 0 (got ${raw})`);
  return n;
}

/** DATA_MODE: `mirror` (default) or `authoritative`. */
export function dataModeFromEnv(env: NodeJS.ProcessEnv = process.env): DataMode {
  const v = (env.DATA_MODE ?? 'mirror').trim().toLowerCase();
  if (v === '' || v === 'mirror') return 'mirror';
  if (v === 'authoritative') return 'authoritative';
  throw new Error(`DATA_MODE must be mirror or authoritative (got ${env.DATA_MODE})`);
}

function nonNegative(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number >= 0 (got ${raw})`);
  return n;
}

function redisUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^rediss?:\/\//.test(raw)) throw new Error(`REDIS_URL must start with redis:// or rediss:// (got ${JSON.stringify(raw)})`);
  return raw;
}
