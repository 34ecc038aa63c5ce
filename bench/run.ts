/**
 * `npm run bench`: generates datasets, starts the server on each, loads it over loopback with
 * autocannon, and prints requests/s, p50 and p99 per kind of request, and the server's memory.
 *   npm run bench -- --launches 10000,100000 --seconds 10 --connections 10 [--cache] [--cold] [--soak 60]
 * The response cache (whole responses by URL) is off unless --cache is given, so every request runs the
 * engine: filters, page query, serialization. The engine's own object and count caches are on as shipped,
 * unless --cold turns them off. The "cold" kinds ask for objects no earlier request asked for.
 * Besides latency, the server's CPU time per request is printed: it does not depend on what else the
 * machine is doing. The soak drives a mix of every kind for N seconds and samples the server's memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { generateDataset } from '../src/generate/index.ts';

const { values } = parseArgs({
  options: {
    launches: { type: 'string', default: '10000,100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    cache: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    soak: { type: 'string', default: '60' },
  },
});
const sizes = values.launches!.split(',').map(Number);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const ANCHOR = new Date('2026-11-01T00:00:00Z');

/** The kinds DEVELOPERS.md sets a latency target for. */
const LATENCY_KINDS = ['detailed, limit=100', 'detail by id', 'detail by id, cold', 'detailed, limit=100, cold'];

interface Row { size: number; kind: string; rps: number; p50: number; p99: number; errors: number; cpuMs: number }
const rows: Row[] = [];
const memory: string[] = [];

for (const size of sizes) {
  const file = `/tmp/ll2-bench-${size}.sqlite`;
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  const database = await openDatabase(`sqlite:${file}`);
  await migrate(database);
  const t0 = Date.now();
  await generateDataset(database, { launches: size, seed: 1, anchor: ANCHOR });
  console.log(`generated ${size} launches in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const ids = (await database.db.selectFrom('launch').select('id').orderBy('id').execute()).map((r) => r.id as string);
  const lsps = (await database.db.selectFrom('agency').select('id').limit(50).execute()).map((r) => r.id as number);
  await database.close();

  const port = 18000 + (size % 1000);
  const server = await startServer(file, port);
  const pick = <T>(xs: T[], i: number) => xs[(i * 7919) % xs.length];
  const many = (f: (i: number) => string, n = 500) => Array.from({ length: n }, (_, i) => ({ method: 'GET' as const, path: f(i) }));
  // autocannon walks a request list from its start on every connection, so a "cold" kind takes its URLs
  // from one counter shared by all connections: each URL is asked once until the list wraps around
  const once = (f: (i: number) => string, n: number) => {
    let next = 0;
    return [{ method: 'GET' as const, path: f(0), setupRequest: (req: object) => ({ ...req, path: f(next++ % n) }) }];
  };
  // the later half by NET: the cold detailed pages below (from offset 2000 up) do not reach it in a run
  const late = (await lateHalf(file)) as string[];
  const cold = once((i) => `/2.3.0/launches/${late[(i * 7919) % late.length]}/`, late.length);
  const kinds: Array<[string, Array<{ method: 'GET'; path: string }>]> = [
    ['list mode, 10 per page', many((i) => `/2.3.0/launches/?mode=list&offset=${(i * 10) % 1000}`)],
    ['normal page (10)', many((i) => `/2.3.0/launches/?offset=${(i * 10) % 1000}`)],
    ['detailed, limit=100', many((i) => `/2.3.0/launches/?mode=detailed&limit=100&offset=${(i * 100) % 2000}`)],
    ['detail by id', many((i) => `/2.3.0/launches/${pick(ids, i)}/`)],
    ['detail by id, cold', cold],
    ['detailed, limit=100, cold', once((i) => `/2.3.0/launches/?mode=detailed&limit=100&offset=${2000 + i * 100}`, Math.floor((size - 2000) / 100))],
    ['filter lsp__id + net range', many((i) => `/2.3.0/launches/?mode=list&lsp__id=${pick(lsps, i)}&net__gte=2000-01-01`)],
    ['search', many((i) => `/2.3.0/launches/?mode=list&search=${encodeURIComponent(['falcon', 'soyuz', 'starlink', 'ariane', 'long march'][i % 5])}`)],
    ['ordering -last_updated', many((i) => `/2.3.0/launches/?mode=list&ordering=-last_updated&offset=${(i * 10) % 500}`)],
    ['upcoming', many(() => `/2.3.0/launches/upcoming/?mode=list`)],
    ['deep offset', many((i) => `/2.3.0/launches/?mode=list&offset=${Math.floor(size * 0.9) + (i % 50)}`)],
    ['browsable page', many((i) => `/2.3.0/launches/?format=api&offset=${(i * 10) % 500}`)],
  ];
  memory.push(`${size}: server RSS before ${await rss(server)} MiB`);
  // throughput with `connections` clients, then the latency kinds once more with one client: with ten
  // clients a p99 is mostly time spent queued behind the other nine on a 2-core machine
  const runs = [
    ...kinds.map(([kind, requests]) => ({ kind, requests, conns: connections })),
    ...kinds.filter(([kind]) => LATENCY_KINDS.includes(kind)).map(([kind, requests]) => ({ kind: `${kind} (1 client)`, requests, conns: 1 })),
  ];
  for (const { kind, requests, conns } of runs) {
    const cpu0 = cpuMs(server);
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: conns, duration: seconds, requests });
    const cpu = (cpuMs(server) - cpu0) / Math.max(1, r.requests.total);
    rows.push({ size, kind, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors, cpuMs: cpu });
    console.log(`${size} ${kind}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, server CPU ${cpu.toFixed(2)} ms/request`);
  }
  memory.push(`${size}: server RSS after ${runs.length * seconds} s of load ${await rss(server)} MiB`);
  const soak = Number(values.soak);
  if (soak > 0) {
    // every kind interleaved, for long enough that a leak would show
    const mix = kinds.flatMap(([, requests]) => requests.slice(0, 200));
    const samples: string[] = [];
    const sampler = setInterval(async () => samples.push(await rss(server)), 10_000);
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration: soak, requests: mix });
    clearInterval(sampler);
    memory.push(`${size}: ${soak} s soak (all kinds mixed, ${r.requests.average.toFixed(0)} req/s, ${r.non2xx + r.errors} non-2xx): RSS every 10 s ${samples.join(', ')} MiB`);
  }
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}

console.log(`\n| launches | request | req/s | p50 ms | p99 ms | server CPU ms/req | non-2xx |\n|---:|---|---:|---:|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.size} | ${r.kind} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.cpuMs.toFixed(2)} | ${r.errors} |`);
if (sizes.length > 1) {
  console.log(`\nGrowth ${sizes[0]} → ${sizes.at(-1)} launches (req/s ratio):`);
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const a = rows.find((r) => r.kind === kind && r.size === sizes[0])!;
    const b = rows.find((r) => r.kind === kind && r.size === sizes.at(-1))!;
    console.log(`- ${kind}: ${(b.rps / a.rps).toFixed(2)}×`);
  }
}
console.log(`\n${memory.join('\n')}\nconnections ${connections}, ${seconds} s per kind, response cache ${values.cache ? 'on' : 'off'}, object/count caches ${values.cold ? 'off' : 'on'}`);

async function startServer(file: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${file}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_EMPTY: 'false',
      ANON_RATE_LIMIT: 'off',
      LOG_LEVEL: 'warn',
      RESPONSE_CACHE_MB: values.cache ? '64' : '0',
      OBJECT_CACHE_MB: values.cold ? '0' : '128',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/2.3.0/config/launch_statuses/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function lateHalf(file: string): Promise<unknown[]> {
  const database = await openDatabase(`sqlite:${file}`);
  const rows = await database.db.selectFrom('launch').select('id').where('net', 'is not', null).orderBy('net').orderBy('id').execute();
  await database.close();
  return rows.slice(Math.floor(rows.length / 2)).map((r) => r.id);
}

/** User + system CPU time the server process has used, in ms (from /proc: clock ticks of 10 ms). */
function cpuMs(child: ChildProcess): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function rss(child: ChildProcess): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return (Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024).toFixed(0);
}
