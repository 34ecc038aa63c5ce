import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig, syncLeaseSecondsFromEnv, syncTokenFromEnv } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { bumpDataVersion } from './db/data-version.ts';
import { announceWrites } from './redis/data-version-channel.ts';
import { createKey, listKeys, revokeKey } from './throttle/api-keys.ts';
import { formatRate } from './throttle/rate.ts';
import type { ApiVersion } from './ingest/detect.ts';
import { expandPaths, importFiles } from './ingest/import-files.ts';

const usage = `Usage: ll2 <command> [options]

Commands:
  import FILE|DIR...            Import LL2 JSON (objects or pages, any mode, 2.0.0/2.2.0/2.3.0)
      --entity NAME             the kind of object when its url does not tell (e.g. launch)
      --version 2.0.0|2.2.0|2.3.0
  export --out DIR|FILE|-        Write the whole database as LL2 2.3.0 detailed JSON that import reads back
      --format pages|ndjson     page files in a new directory (default), or one object per line (--out - : stdout)
      --page-size N             objects per page file and per read (default 100)
      --base-url URL            scheme and host of the objects' url (default PUBLIC_BASE_URL or http://localhost:PORT)
  generate --launches N --seed S   Write a synthetic LL2 dataset into the database (default 10000 launches, seed 1)
      --replace                 delete what the database holds first (without it, a database holding
                                data is refused and left unchanged)
  keys create --name NAME [--tier supporter|pro|business|unlimited | --rate N/hour]
  keys list                     API keys and their rates
  keys revoke ID                Refuse a key from now on
  stats recompute               Recompute every derived statistic from the rows (see DATA_MODE)
  webhooks add --url URL --secret S [--filter 'QUERY'] [--fields net,status]
                                POST each recorded change of a launch or event to URL, signed with S;
                                QUERY is a launches/events filter string (e.g. 'lsp__id=121&is_crewed=true')
  webhooks list                 Registered webhooks
  webhooks remove ID            Stop delivering to a webhook (its undelivered deliveries are dropped)
  webhooks ping ID              Send a signed test delivery now and print the answer
  webhooks log [ID]             The latest deliveries: status, attempts, last answer
  migrate                       Apply pending migrations
  sync --from BASE_URL          Mirror an LL2-compatible API (2.3.0) into the database, resumably
      --token KEY               API key, sent as Authorization: Token KEY (or LL2_SYNC_TOKEN)
      --watch [--interval S]    keep syncing every S seconds (default 300) until SIGINT/SIGTERM
      --full                    a full pass now, even if an incremental one would do
      --full-every HOURS        how often the full refresh runs (default 24)

The database is DATABASE_URL (default sqlite:./data/ll2.sqlite).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return command ? 0 : 1;
  }
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl, { queryTimeoutMs: config.queryTimeoutMs, sqliteReaders: config.sqliteReaders });
  // with REDIS_URL, running servers are told of each write at once instead of at their next poll
  const announcer = config.redisUrl ? announceWrites(database, config.redisUrl, (msg) => console.warn(msg)) : null;
  try {
    await migrate(database);
    switch (command) {
      case 'migrate':
        console.log('database is up to date');
        return 0;
      case 'import':
        return await importCommand(database, rest);
      case 'export':
        return await exportCommand(database, rest, config.publicBaseUrl ?? `http://localhost:${config.port}`);
      case 'generate': {
        const { generateCommand } = await import('./generate/command.ts');
        return await generateCommand(database, rest);
      }
      case 'keys':
        return await keysCommand(database, rest);
      case 'webhooks': {
        const { webhooksCommand } = await import('./webhooks/command.ts');
        return await webhooksCommand(database, rest);
      }
      case 'stats':
        return await statsCommand(database, rest, config.dataMode);
      case 'sync':
        return await syncCommand(database, rest, config.redisUrl);
      default:
        console.error(`unknown command ${command}\n\n${usage}`);
        return 1;
    }
  } finally {
    await announcer?.close();
    await database.close();
  }
}

async function importCommand(database: Awaited<ReturnType<typeof openDatabase>>, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { entity: { type: 'string' }, version: { type: 'string' } } });
  if (!positionals.length) throw new Error('import: name at least one file or directory');
  const files = expandPaths(positionals);
  const tty = process.stderr.isTTY;
  const bar = tty ? new cliProgress.SingleBar({ format: 'importing [{bar}] {value}/{total} files | {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(files.length, 0, { file: '' });
  const outcomes = await importFiles(database, files, {
    entity: values.entity,
    version: values.version as ApiVersion | undefined,
    onFile: (o, i) => {
      if (bar) bar.update(i + 1, { file: o.file });
      else if (o.result) console.log(`${o.file}: ${o.result.objects} ${o.result.entity} objects (${o.result.version})`);
      if (o.error) (bar ? () => {} : console.error)(o.error);
    },
  });
  bar?.stop();
  const failed = outcomes.filter((o) => o.error);
  if (bar) for (const o of failed) console.error(o.error);
  const objects = outcomes.reduce((n, o) => n + (o.result?.objects ?? 0), 0);
  console.log(`imported ${outcomes.length - failed.length} of ${outcomes.length} files (${objects} objects)${failed.length ? `; ${failed.length} failed and changed nothing` : ''}`);
  return failed.length ? 1 : 0;
}

async function exportCommand(database: Awaited<ReturnType<typeof openDatabase>>, args: string[], defaultBaseUrl: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, format: { type: 'string' }, 'page-size': { type: 'string', default: '100' }, 'base-url': { type: 'string' } },
  });
  const out = values.out;
  if (!out) throw new Error('export: --out DIR (page files), --out FILE.ndjson or --out - (NDJSON on stdout) is required');
  const format = values.format ?? (out === '-' || /\.(ndjson|jsonl)$/i.test(out) ? 'ndjson' : 'pages');
  if (format !== 'pages' && format !== 'ndjson') throw new Error('export: --format is pages or ndjson');
  if (format === 'pages' && out === '-') throw new Error('export: page files need a directory; use --format ndjson for stdout');
  const pageSize = Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error('export: --page-size must be a positive integer');
  const baseUrl = (values['base-url'] ?? defaultBaseUrl).replace(/\/+$/, '');
  const { exportDatabase } = await import('./ingest/export.ts');
  const { NdjsonSink, PageFilesSink } = await import('./ingest/export-sinks.ts');
  const sink = format === 'pages' ? new PageFilesSink(out) : out === '-' ? NdjsonSink.toStream(process.stdout) : NdjsonSink.toFile(out);
  const started = Date.now();
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'exporting [{bar}] {value}/{total} objects | {path}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let barStarted = false;
  const summary = await exportDatabase(database, sink, {
    baseUrl,
    pageSize,
    onProgress: (done, total, path) => {
      if (!bar) return;
      if (!barStarted) bar.start(total, 0, { path });
      barStarted = true;
      bar.update(done, { path });
    },
  });
  bar?.stop();
  const kinds = Object.keys(summary.objects).length;
  const where = out === '-' ? 'stdout' : out;
  console.error(`exported ${summary.total} objects of ${kinds} resources to ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

async function statsCommand(database: Awaited<ReturnType<typeof openDatabase>>, args: string[], mode: string): Promise<number> {
  if (args[0] !== 'recompute' || args.length > 1) throw new Error('stats: use `ll2 stats recompute`');
  const { recomputeAll } = await import('./stats/recompute.ts');
  const started = Date.now();
  const report = await database.db.transaction().execute(async (trx) => {
    const r = await recomputeAll(trx, database.dialect);
    await bumpDataVersion(trx);
    return r;
  });
  for (const s of report) console.log(`${s.step.padEnd(26)} ${String(s.rows).padStart(8)} rows ${String(s.ms).padStart(7)} ms`);
  console.log(`recomputed the statistics in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (mode !== 'authoritative') console.log('note: DATA_MODE is mirror, so the next import keeps the values it brings');
  return 0;
}

async function syncCommand(database: Awaited<ReturnType<typeof openDatabase>>, args: string[], redisUrl: string | undefined): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      token: { type: 'string' },
      watch: { type: 'boolean', default: false },
      interval: { type: 'string', default: '300' },
      full: { type: 'boolean', default: false },
      'full-every': { type: 'string', default: '24' },
    },
  });
  if (!values.from) throw new Error('sync: --from BASE_URL is required (e.g. https://ll.thespacedevs.com/2.3.0)');
  const interval = Number(values.interval);
  const fullEvery = Number(values['full-every']);
  if (!Number.isFinite(interval) || interval <= 0) throw new Error('sync: --interval must be a number of seconds > 0');
  if (!Number.isFinite(fullEvery) || fullEvery <= 0) throw new Error('sync: --full-every must be a number of hours > 0');
  const { syncOnce, watchSync } = await import('./sync/sync.ts');
  const { syncReporter, describeResult } = await import('./sync/progress.ts');
  const { withSyncLease } = await import('./sync/mirror.ts');
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130); // a second ^C: the checkpoint of the last page is saved
    console.error('stopping after the current page (again to quit at once)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const reporter = syncReporter(Boolean(process.stderr.isTTY));
  // the upstream's budget is counted where the servers count it (Redis if configured, else the database)
  const { upstreamStore } = await import('./sync/shared-budget.ts');
  const { SharedRedis } = await import('./redis/shared-redis.ts');
  const redis = redisUrl ? new SharedRedis(redisUrl, { commandTimeoutMs: 1000, log: { warn: (_o, msg) => console.warn(msg), info: () => {} } }) : undefined;
  await redis?.whenReady();
  const opts = {
    database,
    store: upstreamStore(database.db, redis),
    from: values.from,
    token: values.token ?? syncTokenFromEnv(),
    full: values.full,
    fullEveryMs: fullEvery * 3_600_000,
    signal: stop.signal,
    onEvent: reporter.onEvent,
  };
  // the same lease as a server's mirror (SYNC_FROM): one process syncs an upstream at a time
  const leaseMs = syncLeaseSecondsFromEnv() * 1000;
  return withSyncLease(database, values.from, leaseMs, async () => {
    try {
      if (!values.watch) {
        const r = await syncOnce(opts).finally(reporter.finish);
        console.log(describeResult(r));
        return 0;
      }
      await watchSync({
        ...opts,
        intervalMs: interval * 1000,
        onPass: (r) => {
          reporter.finish();
          console.log(`${new Date().toISOString()} ${describeResult(r)}`);
        },
        onError: (e) => {
          reporter.finish();
          console.error(`${new Date().toISOString()} sync failed, retrying in ${interval} s: ${e.message}`);
        },
      });
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await redis?.close();
    }
  }, (msg) => console.error(msg));
}

async function keysCommand(database: Awaited<ReturnType<typeof openDatabase>>, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') {
    const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, tier: { type: 'string' }, rate: { type: 'string' } } });
    if (!values.name) throw new Error('keys create: --name is required');
    const { key, token } = await createKey(database.db, { name: values.name, tier: values.tier, rate: values.rate });
    console.log(`key ${key.id} (${key.name}, ${formatRate(key.rate)}): ${token}`);
    console.log('Send it as the header  Authorization: Token <key>. It is shown only now.');
    return 0;
  }
  if (sub === 'list') {
    for (const k of await listKeys(database.db)) {
      console.log(`${k.id}\t${k.name}\t${k.tier ?? '-'}\t${formatRate(k.rate)}\t${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}`);
    }
    return 0;
  }
  if (sub === 'revoke') {
    const id = Number(rest[0]);
    if (!Number.isInteger(id)) throw new Error('keys revoke: give the key id (see `ll2 keys list`)');
    const done = await revokeKey(database.db, id);
    console.log(done ? `key ${id} revoked` : `no active key ${id}`);
    return done ? 0 : 1;
  }
  throw new Error('keys: use create, list or revoke');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ll2: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
