import { Redis } from 'ioredis';
import type { Database } from '../db/connect.ts';
import type { SharedRedis } from './shared-redis.ts';

/**
 * A write of LL2 data is announced on this channel so every server re-reads `data_version` at once. The
 * message only says "look again": the version in the database stays the truth, so a lost message
 * delays a server by at most its poll period (DATA_VERSION_POLL_MS).
 */
export const DATA_VERSION_CHANNEL = 'll2:data-version';

/** Server side: announce this process's writes. */
export function publishWrite(redis: SharedRedis): Promise<unknown> {
  return redis.run((c) => c.publish(DATA_VERSION_CHANNEL, String(Date.now())));
}

/**
 * For a short-lived writer (the CLI): announces each write of `database`; `close()` waits for the
 * announcements to go out. Redis being unreachable is reported once and is not an error: servers
 * then see the write within their poll period.
 */
export function announceWrites(database: Database, url: string, warn: (msg: string) => void): { close(): Promise<void> } {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2000, commandTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let lastError = '';
  client.on('error', (err) => (lastError = err.message)); // the connection's own reason (ECONNREFUSED...)
  let pending: Promise<void> = Promise.resolve();
  let warned = false;
  const announce = () => {
    pending = pending.then(async () => {
      try {
        if (client.status === 'wait') await client.connect();
        await client.publish(DATA_VERSION_CHANNEL, String(Date.now()));
      } catch (err) {
        if (!warned) warn(`could not announce the write on Redis (${lastError || (err as Error).message}); servers will see it within DATA_VERSION_POLL_MS`);
        warned = true;
      }
    });
  };
  database.written.add(announce);
  return {
    async close() {
      database.written.delete(announce);
      await pending;
      client.disconnect(false);
    },
  };
}
