/**
 * `npm run bench`: what users feel. Per dataset size and database:
 * 1. the engine with every cache off (RESPONSE_CACHE_MB=0, OBJECT_CACHE_MB=0: no response, object, list
 *    count or page-key cache), for issue #13's kinds of request, each with ~500 repeated URLs and with
 *    distinct URLs (every id, offset, filter pair and search term once), against LL2's own stack and the
 *    issue's targets;
 * 2. import speed: the dataset's NDJSON export imported into an empty database;
 * 3. with --cache, the same kinds as shipped (every cache on) instead of the engine table;
 * 4. a soak (every kind interleaved) sampling the server's memory.
 *
 * Options: USAGE below (`npm run bench -- --help`); the client is wrk if installed (`apt-get install wrk`).
 *
 * --kinds runs only the kinds whose name matches (case-insensitive; "import" selects the import
 * measurement). --reuse keeps a generated dataset of the right size (SQLite file /tmp/ll2-bench-N.sqlite,
 * PostgreSQL database ll2_bench_N, which is otherwise dropped at the end). The export is kept in
 * /tmp/ll2-bench-export-N-seed1.ndjson (delete it to export again). --profile DIR starts one server per
 * kind under `node --cpu-prof` and leaves DIR/<size>-<kind>/*.cpuprofile.
 * Besides req/s, which depends on whatever else the machine runs, the server's own CPU time per request
 * is printed (and on PostgreSQL its backends'): that is what to compare between runs.
 */
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/connect.ts';
import { BenchDatabases, datasetName, type BenchDialect } from './databases.ts';
import { growth, importTable, requestTable, type ImportRow, type Row } from './report.ts';
import { buildKinds, readFacts, type Facts, type Kind, type Variant } from './requests.ts';
import { BenchServer } from './server.ts';
import { runWrk, type LoadResult } from './wrk.ts';
import { spawnSync } from 'node:child_process';

const USAGE = `npm run bench -- [--launches 10000,100000] [--db sqlite|postgres --pg-url postgres://...]
  [--seconds 10] [--connections 8] [--kinds REGEX] [--reuse] [--profile DIR] [--cache] [--soak 60]
  [--client wrk|autocannon] [--workers N]

  --launches     dataset sizes, each at least 200 (default 10000,100000)
  --db           sqlite (default) or postgres, with --pg-url (or BENCH_PG_URL)
  --seconds      per measured kind (default 10); --connections in flight (default 8)
  --kinds        only the kinds whose name matches REGEX ("import" selects the import measurement)
  --reuse        keep and reuse the generated dataset of each size
  --profile DIR  one server per kind under node --cpu-prof, profiles in DIR/<size>-<kind>/
  --cache        every cache on (as shipped) instead of the engine table with every cache off
  --soak         seconds of interleaved kinds sampling the server's memory (default 60, 0: none)
  --client       wrk (default when installed) or autocannon
  --workers      server processes (WEB_CONCURRENCY, default 1)`;

const { values } = parseOptions();

/** The command line; --help prints USAGE, a mistake prints it with the reason (exit 2). */
function parseOptions() {
  try {
    const parsed = parseArgs({
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        launches: { type: 'string', default: '10000,100000' },
        db: { type: 'string', default: 'sqlite' },
        'pg-url': { type: 'string', default: process.env.BENCH_PG_URL },
        seconds: { type: 'string', default: '10' },
        connections: { type: 'string', default: '8' },
        kinds: { type: 'string' },
        reuse: { type: 'boolean', default: false },
        profile: { type: 'string' },
        cache: { type: 'boolean', default: false },
        soak: { type: 'string', default: '60' },
        client: { type: 'string' },
        workers: { type: 'string', default: '1' },
      },
    });
    if (parsed.values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    return parsed;
  } catch (e) {
    console.error(`bench: ${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}
const sizes = values.launches!.split(',').map(Number);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const soak = Number(values.soak);
const dialect = values.db as BenchDialect;
if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('--db is sqlite or postgres');
if (dialect === 'postgres' && !values['pg-url']) throw new Error('--db postgres needs --pg-url postgres://user@host:port/db');
if (sizes.some((s) => !Number.isInteger(s) || s < 200)) throw new Error('--launches: sizes of at least 200');
const only = values.kinds ? new RegExp(values.kinds, 'i') : undefined;
const caches = values.cache!;
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers: a whole number of server processes, 1 or more');
const profileDir = values.profile ? resolve(values.profile) : undefined;
const dbs = new BenchDatabases(dialect, values['pg-url']);
// wrk when the machine has it (as issue #13 measured LL2's stack): autocannon runs in Node and takes
// most of a core the server would otherwise have on a 2-core machine
const client = values.client ?? (hasWrk() ? 'wrk' : 'autocannon');
if (client !== 'wrk' && client !== 'autocannon') throw new Error('--client is wrk or autocannon');
const load = loadavg()[0];

const rows: Row[] = [];
const imports: ImportRow[] = [];
const notes: string[] = [];

for (const size of sizes) {
  const url = await dbs.dataset(size, values.reuse!);
  if (!only || only.test('import')) {
    const file = await dbs.exportOf(size, url);
    const m = await dbs.importInto(size, file);
    imports.push({ size, ...m });
    console.error(`${size} import: ${m.launches} launches, ${m.objects} objects in ${m.seconds.toFixed(1)} s (${(m.launches / m.seconds).toFixed(0)} launches/s)`);
  }
  const database = await openDatabase(url);
  const partial = await readFacts(database);
  await database.close();

  // the list's count comes from the server itself (the list leaves some launches out)
  let server = await BenchServer.start({ databaseUrl: url, caches, workers });
  const { count } = (await (await fetch(`${server.url}/2.3.0/launches/?mode=list&limit=1`)).json()) as { count: number };
  const kinds = buildKinds({ ...partial, count } satisfies Facts).filter((k) => !only || only.test(k.name));
  // with --profile every kind gets a server of its own, so each profile holds one kind
  const groups: Array<{ label: string; kinds: Kind[] }> = profileDir ? kinds.map((k) => ({ label: k.name, kinds: [k] })) : kinds.length ? [{ label: 'all', kinds }] : [];
  if (profileDir) await stop(server, size);
  for (const group of groups) {
    if (profileDir) server = await BenchServer.start({ databaseUrl: url, caches, workers, profileDir: profileOf(size, group.label) });
    await warm(server, group.kinds);
    const at = profileDir ? `${size}, ${group.label}` : `${size}`;
    notes.push(`${at}: server RSS before ${server.rssMiB()} MiB`);
    for (const kind of group.kinds) for (const v of kind.variants) rows.push(await measure(server, size, kind, v));
    notes.push(`${at}: server RSS after ${group.kinds.reduce((s, k) => s + k.variants.length, 0) * seconds} s of load ${server.rssMiB()} MiB`);
    if (profileDir) await stop(server, size);
  }
  if (soak > 0 && kinds.length) {
    if (profileDir) server = await BenchServer.start({ databaseUrl: url, caches, workers, profileDir: profileOf(size, 'soak') });
    // every kind interleaved, for long enough that a leak would show
    const mix = kinds.flatMap((k) => k.variants.flatMap((v) => v.requests.slice(0, 200)));
    const samples: string[] = [];
    const sampler = setInterval(() => samples.push(server.rssMiB()), 10_000);
    const r = await autocannon({ url: server.url, connections, duration: soak, requests: mix });
    clearInterval(sampler);
    samples.push(server.rssMiB());
    notes.push(`${size}: ${soak} s soak (all kinds mixed, ${r.requests.average.toFixed(0)} req/s, ${r.non2xx + r.errors} non-2xx): RSS every 10 s and at the end ${samples.join(', ')} MiB`);
  }
  if (!profileDir || (soak > 0 && kinds.length)) await stop(server, size);
  if (!values.reuse) await dbs.dropDataset(size);
}

const title = caches ? 'As shipped: every cache on' : 'Engine: every cache off';
const db = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
console.log(`\n> tsx bench/run.ts ${process.argv.slice(2).join(' ')}`);
console.log(`\nNode ${process.version}, ${db}, ${client}, ${connections} connections, ${workers} server process${workers > 1 ? 'es' : ''} (WEB_CONCURRENCY), ${seconds} s per kind and variant, load average ${load.toFixed(1)} before the run.`);
if (rows.length) {
  console.log(`\n### ${title} (${db})\n\n${requestTable(rows, dialect, caches)}`);
  if (sizes.length > 1) console.log(`\n${growth(rows, sizes)}`);
}
if (imports.length) console.log(`\n### Import (${db})\n\n${importTable(imports, dialect)}`);
console.log(`\n${notes.join('\n')}`);
if (profileDir) console.log(`\nCPU profiles: ${profileDir}/<launches>-<kind>/*.cpuprofile`);

/**
 * A few requests of each kind before measuring, so that compiling the code and preparing the first
 * statements is not charged to whichever kind runs first. Repeated URLs only: a distinct URL stays unseen.
 */
async function warm(server: BenchServer, kinds: Kind[]): Promise<void> {
  const requests = kinds.flatMap((k) => k.variants.filter((v) => v.variant === 'repeated').flatMap((v) => v.requests.slice(0, 5)));
  if (requests.length) await autocannon({ url: server.url, connections: 2, amount: requests.length * 2, requests });
}

async function measure(server: BenchServer, size: number, kind: Kind, v: Variant): Promise<Row> {
  await server.settle();
  const cpu0 = server.cpuMs();
  const dbCpu = dialect === 'postgres' ? await dbs.backendCpu(datasetName(size)) : undefined;
  const r: LoadResult =
    client === 'wrk'
      ? await runWrk({ url: server.url, connections, seconds, paths: v.paths })
      : await autocannon({ url: server.url, connections, duration: seconds, requests: v.requests }).then((a) => ({
          total: a.requests.total,
          rps: a.requests.average,
          p50: a.latency.p50,
          p99: a.latency.p99,
          errors: a.non2xx + a.errors,
        }));
  // what the dropped in-flight requests still cost belongs to this kind
  await server.settle();
  const total = Math.max(1, r.total);
  const row: Row = {
    size,
    kind: kind.name,
    variant: v.variant,
    urls: v.urls,
    requests: r.total,
    rps: r.rps,
    p50: r.p50,
    p99: r.p99,
    cpuMs: (server.cpuMs() - cpu0) / total,
    dbCpuMs: dbCpu ? (await dbCpu()) / total : undefined,
    errors: r.errors,
    ll2Stack: kind.ll2Stack,
    target: kind.target,
  };
  const db = row.dbCpuMs === undefined ? '' : `, DB CPU ${row.dbCpuMs.toFixed(2)} ms/request`;
  console.error(`${size} ${kind.name}, ${v.variant}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, server CPU ${row.cpuMs.toFixed(2)} ms/request${db}, ${row.errors} non-2xx`);
  return row;
}

/** Stops the server once it is idle and notes any error it logged (in particular while stopping). */
async function stop(server: BenchServer, size: number): Promise<void> {
  await server.stop();
  if (server.errors) notes.push(`${size}: the server logged ${server.errors} errors, ${server.errorsWhileStopping} of them after SIGTERM`);
}

function hasWrk(): boolean {
  return spawnSync('wrk', ['--version']).error === undefined;
}

function profileOf(size: number, label: string): string {
  const dir = join(profileDir!, `${size}-${label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
