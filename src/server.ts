import cluster from 'node:cluster';
import { buildApp } from './app.ts';
import { runPrimary } from './cluster.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { isEmpty, loadReferenceData } from './ingest/reference-data.ts';
import { ClusterThrottleStore } from './throttle/cluster-store.ts';

/** In-flight requests get this long to finish after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 30_000;

/*
 * Starts the server: migrate, load the reference data into an empty database, listen. With
 * WEB_CONCURRENCY above 1 this process prepares the database, then supervises that many server
 * processes sharing the port (src/cluster.ts); each of them runs serve().
 */
const config = loadConfig();
if (config.webConcurrency > 1 && /^sqlite::memory:/.test(config.databaseUrl)) {
  throw new Error('WEB_CONCURRENCY above 1 needs a database the processes can share (a SQLite file or PostgreSQL), not sqlite::memory:');
}
if (config.webConcurrency > 1 && cluster.isPrimary) {
  const database = await openDatabase(config.databaseUrl, { queryTimeoutMs: config.queryTimeoutMs, sqliteReaders: 1 });
  await prepare(database, config);
  await database.close();
  runPrimary({ workers: config.webConcurrency, shareThrottle: !config.redisUrl, log: (m) => console.log(m) });
} else {
  await serve(config);
}

/** Migrations, and the reference data in an empty database: once, before any request is served. */
async function prepare(database: Database, config: Config): Promise<void> {
  const applied = await migrate(database);
  if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
  if (config.seedOnEmpty && (await isEmpty(database))) {
    const n = await loadReferenceData(database);
    console.log(`empty database: loaded ${n} reference objects`);
  }
}

/** One server process: the app on the database, listening, and its graceful shutdown. */
async function serve(config: Config): Promise<void> {
  const database = await openDatabase(config.databaseUrl, { queryTimeoutMs: config.queryTimeoutMs, sqliteReaders: config.sqliteReaders });
  // a cluster's primary prepared the database before it started this process
  if (cluster.isPrimary) await prepare(database, config);
  // a cluster without Redis counts rates in its primary, for every process together
  const throttleStore = cluster.isWorker && !config.redisUrl ? new ClusterThrottleStore() : undefined;
  const app = buildApp({
    throttleStore,
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

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (stopping) {
        // a cluster's process hears a terminal's ^C twice (the terminal's and its primary's); a process on
        // its own takes a second signal as "now", as it did with once() handlers
        if (!cluster.isWorker) process.exit(1);
        return;
      }
      stopping = true;
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
}
