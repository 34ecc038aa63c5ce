import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { availableParallelism } from 'node:os';
import { loadConfig } from '../../src/config.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** loadConfig on an environment of only these variables; the error's message when it refuses. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    return (e as Error).message;
  }
  return `accepted: ${JSON.stringify(env)}`;
}

describe('configuration from the environment', () => {
  test('an empty environment gives the documented defaults', () => {
    const c = loadConfig({});
    assert.equal(c.port, 8000);
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.databaseUrl, 'sqlite:./data/ll2.sqlite');
    assert.equal(c.publicBaseUrl, undefined);
    assert.equal(c.seedOnEmpty, true);
    assert.deepStrictEqual(c.anonRate, { limit: 15, seconds: 3600 });
    assert.equal(c.trustProxyHops, 0);
    assert.equal(c.logLevel, 'info');
    assert.equal(c.responseCacheMb, 64);
    assert.equal(c.responseCacheSeconds, 10);
    assert.equal(c.objectCacheMb, 128);
    assert.equal(c.dataMode, 'mirror');
    assert.equal(c.redisUrl, undefined);
    assert.equal(c.redisCommandTimeoutMs, 250);
    assert.equal(c.dataVersionPollMs, 1000);
    assert.equal(c.queryTimeoutMs, 10000);
    assert.equal(c.sqliteReaders, 4);
    assert.equal(c.syncFrom, undefined);
    assert.equal(c.syncToken, undefined);
    assert.equal(c.syncIntervalSeconds, 300);
    assert.equal(c.syncLeaseSeconds, 60);
    assert.equal(c.webConcurrency, 1);
  });

  test('valid values are read as given', () => {
    const c = loadConfig({
      PORT: '0',
      PUBLIC_BASE_URL: 'https://ll.example.org/',
      SEED_ON_EMPTY: 'no',
      ANON_RATE_LIMIT: 'off',
      TRUST_PROXY_HOPS: '2',
      LOG_LEVEL: 'WARN',
      RESPONSE_CACHE_MB: '0.5',
      DATA_MODE: 'authoritative',
      REDIS_URL: 'redis://127.0.0.1:6379/1',
      REDIS_COMMAND_TIMEOUT_MS: '2000',
      DATA_VERSION_POLL_MS: '0',
      QUERY_TIMEOUT_MS: '2500',
      SQLITE_READERS: '2',
      SYNC_FROM: 'https://ll.thespacedevs.com',
      SYNC_TOKEN: 'k3y',
      SYNC_INTERVAL_SECONDS: '900',
      SYNC_LEASE_SECONDS: '30',
      WEB_CONCURRENCY: '3',
    });
    assert.equal(c.port, 0);
    assert.equal(c.publicBaseUrl, 'https://ll.example.org');
    assert.equal(c.seedOnEmpty, false);
    assert.equal(c.anonRate, null);
    assert.equal(c.trustProxyHops, 2);
    assert.equal(c.logLevel, 'warn');
    assert.equal(c.responseCacheMb, 0.5);
    assert.equal(c.dataMode, 'authoritative');
    assert.equal(c.redisCommandTimeoutMs, 2000);
    assert.equal(c.dataVersionPollMs, 0);
    assert.equal(c.queryTimeoutMs, 2500);
    assert.equal(c.sqliteReaders, 2);
    assert.equal(c.syncFrom, 'https://ll.thespacedevs.com');
    assert.equal(c.syncToken, 'k3y');
    assert.equal(c.syncIntervalSeconds, 900);
    assert.equal(c.syncLeaseSeconds, 30);
    assert.equal(c.webConcurrency, 3);
    assert.equal(loadConfig({ WEB_CONCURRENCY: 'auto' }).webConcurrency, availableParallelism());
    assert.equal(loadConfig({ SYNC_FROM: 'OFF' }).syncFrom, undefined);
    assert.equal(loadConfig({ LL2_SYNC_TOKEN: 'old' }).syncToken, 'old', 'LL2_SYNC_TOKEN, which ll2 sync reads, is the fallback');
  });

  // Each of these was once taken silently: replaced by a default, read as 0, or passed on to fail later.
  const invalid: Array<[string, string]> = [
    ['QUERY_TIMEOUT_MS', 'ten'],
    ['QUERY_TIMEOUT_MS', '0'],
    ['QUERY_TIMEOUT_MS', '1e3'],
    ['QUERY_TIMEOUT_MS', '0x10'],
    ['SQLITE_READERS', '1.5'],
    ['LOG_LEVEL', 'loud'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['TRUST_PROXY_HOPS', '1.5'],
    ['TRUST_PROXY_HOPS', '-1'],
    ['RESPONSE_CACHE_MB', 'lots'],
    ['RESPONSE_CACHE_SECONDS', 'Infinity'],
    ['OBJECT_CACHE_MB', '-1'],
    ['REDIS_COMMAND_TIMEOUT_MS', '0'],
    ['DATA_VERSION_POLL_MS', '1s'],
    ['SEED_ON_EMPTY', 'maybe'],
    ['ANON_RATE_LIMIT', '15 per hour'],
    ['DATA_MODE', 'both'],
    ['REDIS_URL', 'localhost:6379'],
    ['DATABASE_URL', 'mysql://localhost/ll2'],
    ['PUBLIC_BASE_URL', 'll.example.org'],
    ['SYNC_FROM', 'll.thespacedevs.com'],
    ['SYNC_INTERVAL_SECONDS', '0'],
    ['SYNC_LEASE_SECONDS', '1.5'],
    ['WEB_CONCURRENCY', '0'],
    ['WEB_CONCURRENCY', 'many'],
  ];
  for (const [name, value] of invalid) {
    test(`${name}=${value} is refused with a message naming the variable and the value`, () => {
      const message = refusal({ [name]: value });
      assert.match(message, new RegExp(`^${name} must be `));
      assert.ok(message.includes(JSON.stringify(value)), message);
    });
  }

  test('a blank value counts as unset', () => {
    const c = loadConfig({ PORT: '', QUERY_TIMEOUT_MS: ' ', LOG_LEVEL: '', RESPONSE_CACHE_MB: '  ' });
    assert.equal(c.port, 8000);
    assert.equal(c.queryTimeoutMs, 10000);
    assert.equal(c.logLevel, 'info');
    assert.equal(c.responseCacheMb, 64);
  });

  test('the server refuses to start on an invalid LOG_LEVEL, naming it', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'loud', DATABASE_URL: 'sqlite::memory:', PORT: '0', HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 30000,
    });
    assert.notEqual(r.status, 0, `exited ${r.status}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/);
  });
});
