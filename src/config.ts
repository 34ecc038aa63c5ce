import { availableParallelism } from 'node:os';
import { parseRate, type Rate } from './throttle/rate.ts';
import type { DataMode } from './stats/definitions.ts';

/**
 * Every environment variable the server and the `ll2` command read is declared here, once: its name,
 * its default and the rule its value must follow. No other module reads `process.env`, so a value that
 * breaks its rule stops the process at start-up with a message naming the variable, instead of being
 * replaced by a default somewhere deep in the code.
 *
 * A variable set to an empty (or blank) string counts as unset, as `VAR=` in a compose file means
 * "not configured" more often than "configure the empty value".
 */

/** Levels pino (fastify's logger) knows; anything else would make fastify throw on its own terms. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
  /** Structured log level (LOG_LEVEL, default info). */
  logLevel: LogLevel;
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
  /** SYNC_FROM: the LL2 (or compatible) API the server keeps its database synced from; unset or `off`: none. */
  syncFrom?: string;
  /** SYNC_TOKEN (or LL2_SYNC_TOKEN): the upstream API key; unset: anonymous. */
  syncToken?: string;
  /** SYNC_INTERVAL_SECONDS: pause between sync passes (default 300). */
  syncIntervalSeconds: number;
  /** SYNC_LEASE_SECONDS: how long a process holds the right to sync without renewing it (default 60). */
  syncLeaseSeconds: number;
  /** SYNC_HOT_SECONDS: shortest pause between refreshes of launches within 24 h and events in progress (default 60; 0: none). */
  syncHotSeconds: number;
  /** WEB_CONCURRENCY: server processes sharing the port (default 1; `auto`: one per CPU). */
  webConcurrency: number;
}

type Env = NodeJS.ProcessEnv;

/** A variable's value, or undefined when it is unset or blank. */
function raw(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

/** Reads one variable: the default when unset, else `parse`, whose complaint becomes `NAME must be ... (got "...")`. */
function read<T>(env: Env, name: string, fallback: T, rule: string, parse: (v: string) => T | undefined): T {
  const v = raw(env, name);
  if (v === undefined) return fallback;
  const parsed = parse(v);
  if (parsed === undefined) throw new Error(`${name} must be ${rule} (got ${JSON.stringify(env[name])})`);
  return parsed;
}

// Digits only: Number() alone would take `0x10`, `1e3`, ` ` and `Infinity` as numbers.
const WHOLE = /^[0-9]+$/;
const DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;

const wholeAtLeast = (min: number) => (v: string) => (WHOLE.test(v) && Number(v) >= min && Number.isSafeInteger(Number(v)) ? Number(v) : undefined);
const decimal = (v: string) => (DECIMAL.test(v) && Number.isFinite(Number(v)) ? Number(v) : undefined);
const oneOf = <T extends string>(values: readonly T[]) => (v: string) => values.find((x) => x === v.toLowerCase());

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];
const bool = (v: string) => (TRUE.includes(v.toLowerCase()) ? true : FALSE.includes(v.toLowerCase()) ? false : undefined);

export function loadConfig(env: Env = process.env): Config {
  return {
    port: read(env, 'PORT', 8000, 'a port number (0-65535)', (v) => {
      const n = wholeAtLeast(0)(v);
      return n !== undefined && n <= 65535 ? n : undefined;
    }),
    host: raw(env, 'HOST') ?? '0.0.0.0',
    databaseUrl: databaseUrlFromEnv(env),
    publicBaseUrl: read<string | undefined>(env, 'PUBLIC_BASE_URL', undefined, 'an http:// or https:// address such as https://ll.example.org', (v) => {
      if (!/^https?:\/\/[^/?#\s]+/i.test(v)) return undefined;
      return v.replace(/\/+$/, '');
    }),
    seedOnEmpty: read(env, 'SEED_ON_EMPTY', true, 'true or false (also 1/0, yes/no, on/off)', bool),
    anonRate: anonRateFromEnv(env),
    trustProxyHops: read(env, 'TRUST_PROXY_HOPS', 0, 'a whole number >= 0', wholeAtLeast(0)),
    logLevel: logLevelFromEnv(env),
    responseCacheMb: read(env, 'RESPONSE_CACHE_MB', 64, 'a number >= 0', decimal),
    responseCacheSeconds: read(env, 'RESPONSE_CACHE_SECONDS', 10, 'a number >= 0', decimal),
    objectCacheMb: read(env, 'OBJECT_CACHE_MB', 128, 'a number >= 0', decimal),
    dataMode: dataModeFromEnv(env),
    redisUrl: read<string | undefined>(env, 'REDIS_URL', undefined, 'a redis:// or rediss:// address', (v) => (/^rediss?:\/\//.test(v) ? v : undefined)),
    redisCommandTimeoutMs: read(env, 'REDIS_COMMAND_TIMEOUT_MS', 250, 'a whole number of milliseconds > 0', wholeAtLeast(1)),
    dataVersionPollMs: read(env, 'DATA_VERSION_POLL_MS', 1000, 'a whole number of milliseconds >= 0', wholeAtLeast(0)),
    queryTimeoutMs: queryTimeoutMsFromEnv(env),
    sqliteReaders: sqliteReadersFromEnv(env),
    syncFrom:
      read<string | null>(env, 'SYNC_FROM', null, 'an http:// or https:// address (e.g. https://ll.thespacedevs.com), or off', (v) => {
        if (v.toLowerCase() === 'off') return null;
        return /^https?:\/\/[^/?#\s]+/i.test(v) ? v : undefined;
      }) ?? undefined,
    syncToken: raw(env, 'SYNC_TOKEN') ?? syncTokenFromEnv(env),
    syncIntervalSeconds: read(env, 'SYNC_INTERVAL_SECONDS', 300, 'a whole number of seconds > 0', wholeAtLeast(1)),
    syncLeaseSeconds: syncLeaseSecondsFromEnv(env),
    syncHotSeconds: read(env, 'SYNC_HOT_SECONDS', 60, 'a whole number of seconds >= 0', wholeAtLeast(0)),
    webConcurrency: read(env, 'WEB_CONCURRENCY', 1, 'a whole number > 0, or auto (one per CPU)', (v) => (v.toLowerCase() === 'auto' ? availableParallelism() : wholeAtLeast(1)(v))),
  };
}

/*
 * The readers below are exported one by one for the modules that need a single setting without the
 * whole configuration (and without failing on an unrelated variable): `ll2` subcommands, the database
 * opener's defaults, the native-extension build.
 */

/** DATABASE_URL: `sqlite:PATH` or `postgres://...` (default `sqlite:./data/ll2.sqlite`). */
export function databaseUrlFromEnv(env: Env = process.env): string {
  return read(env, 'DATABASE_URL', 'sqlite:./data/ll2.sqlite', 'sqlite:PATH or postgres://user@host:port/db', (v) =>
    /^(sqlite:|postgres(ql)?:\/\/)/.test(v) ? v : undefined,
  );
}

/** ANON_RATE_LIMIT: `N/second|minute|hour|day` or `off` (default `15/hour`, as LL2). */
export function anonRateFromEnv(env: Env = process.env): Rate | null {
  return read<Rate | null>(env, 'ANON_RATE_LIMIT', parseRate('15/hour'), 'N/second|minute|hour|day, or off', (v) => {
    try {
      return parseRate(v);
    } catch {
      return undefined;
    }
  });
}

/** LOG_LEVEL: one of pino's levels (default info). */
export function logLevelFromEnv(env: Env = process.env): LogLevel {
  return read(env, 'LOG_LEVEL', 'info', `one of ${LOG_LEVELS.join(', ')}`, oneOf(LOG_LEVELS));
}

/** QUERY_TIMEOUT_MS: a whole number of milliseconds > 0 (default 10000); anything else is an error, never a silent default. */
export function queryTimeoutMsFromEnv(env: Env = process.env): number {
  return read(env, 'QUERY_TIMEOUT_MS', 10000, 'a whole number of milliseconds > 0', wholeAtLeast(1));
}

/** SQLITE_READERS: reader threads for a SQLite file database, 1 or more (default 4). */
export function sqliteReadersFromEnv(env: Env = process.env): number {
  return read(env, 'SQLITE_READERS', 4, 'a whole number > 0', wholeAtLeast(1));
}

/** DATA_MODE: `mirror` (default) or `authoritative`. */
export function dataModeFromEnv(env: Env = process.env): DataMode {
  return read<DataMode>(env, 'DATA_MODE', 'mirror', 'mirror or authoritative', oneOf(['mirror', 'authoritative'] as const));
}

/** SYNC_LEASE_SECONDS: how long a process holds the right to sync an upstream without renewing it (default 60). */
export function syncLeaseSecondsFromEnv(env: Env = process.env): number {
  return read(env, 'SYNC_LEASE_SECONDS', 60, 'a whole number of seconds > 0', wholeAtLeast(1));
}

/** LL2_SYNC_TOKEN: the upstream API key `ll2 sync` sends when `--token` is not given (unset: anonymous). */
export function syncTokenFromEnv(env: Env = process.env): string | undefined {
  return raw(env, 'LL2_SYNC_TOKEN');
}

/** CC: the C compiler that builds the SQLite deadline extension (default `cc`, as make's convention). */
export function cCompilerFromEnv(env: Env = process.env): string {
  return raw(env, 'CC') ?? 'cc';
}
