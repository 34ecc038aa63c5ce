import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { isEmpty, loadReferenceData } from './ingest/reference-data.ts';

/** Starts the server: migrate, load the reference data into an empty database, listen. */
const config = loadConfig();
const database = await openDatabase(config.databaseUrl, { queryTimeoutMs: config.queryTimeoutMs, sqliteReaders: config.sqliteReaders });
const applied = await migrate(database);
if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
if (config.seedOnEmpty && (await isEmpty(database))) {
  const n = await loadReferenceData(database);
  console.log(`empty database: loaded ${n} reference objects`);
}
const app = buildApp({
  database,
  publicBaseUrl: config.publicBaseUrl,
  anonRate: config.anonRate,
  trustProxyHops: config.trustProxyHops,
  responseCacheMb: config.responseCacheMb,
  responseCacheSeconds: config.responseCacheSeconds,
  objectCacheMb: config.objectCacheMb,
  redisUrl: config.redisUrl,
  redisCommandTimeoutMs: config.redisCommandTimeoutMs,
  dataVersionPollMs: config.dataVersionPollMs,
  logger: { level: config.logLevel },
  // SYNC_FROM: read-through and GET /mirror/; this process also syncs when it holds the lease (src/sync/mirror.ts)
  mirror: config.syncFrom
    ? {
        from: config.syncFrom,
        token: config.syncToken,
        sync: { intervalMs: config.syncIntervalSeconds * 1000, leaseMs: config.syncLeaseSeconds * 1000, hotMs: config.syncHotSeconds * 1000 },
      }
    : undefined,
  // webhooks (`ll2 webhooks add`): delivered by one of the processes on the database
  webhooks: { origin: config.publicBaseUrl ?? `http://localhost:${config.port}` },
});
await app.listen({ port: config.port, host: config.host });

/** In-flight requests get this long to finish after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 30_000;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    setTimeout(() => {
      app.log.warn('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // stops listening, closes idle keep-alive connections, waits for in-flight requests; then the mirror
    // stops (the page under way saved with its checkpoint, the lease given up)
    await app.close();
    await database.close();
    process.exit(0);
  });
}
