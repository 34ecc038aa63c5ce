/**
 * `npm run bench`: generates datasets, starts the server on each, loads it over loopback with
 * autocannon, and prints requests/s, p50 and p99 per kind of request, and the server's memory.
 *   npm run bench -- --launches 10000,100000 --seconds 10 --connections 10 [--cache]
 * The response cache is off unless --cache is given, so the figures are the engine's own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
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
  },
});
const sizes = values.launches!.split(',').map(Number);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const ANCHOR = new Date('2026-11-01T00:00:00Z');

interface Row { size: number; kind: string; rps: number; p50: number; p99: number; errors: number }
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
  const many = (f: (i: number) => string) => Array.from({ length: 500 }, (_, i) => ({ method: 'GET' as const, path: f(i) }));
  const kinds: Array<[string, Array<{ method: 'GET'; path: string }>]> = [
    ['list mode, 10 per page', many((i) => `/2.3.0/launches/?mode=list&offset=${(i * 10) % 1000}`)],
    ['normal page (10)', many((i) => `/2.3.0/launches/?offset=${(i * 10) % 1000}`)],
    ['detailed, limit=100', many((i) => `/2.3.0/launches/?mode=detailed&limit=100&offset=${(i * 100) % 2000}`)],
    ['detail by id', many((i) => `/2.3.0/launches/${pick(ids, i)}/`)],
    ['filter lsp__id + net range', many((i) => `/2.3.0/launches/?mode=list&lsp__id=${pick(lsps, i)}&net__gte=2000-01-01`)],
    ['search', many((i) => `/2.3.0/launches/?mode=list&search=${encodeURIComponent(['falcon', 'soyuz', 'starlink', 'ariane', 'long march'][i % 5])}`)],
    ['ordering -last_updated', many((i) => `/2.3.0/launches/?mode=list&ordering=-last_updated&offset=${(i * 10) % 500}`)],
    ['upcoming', many(() => `/2.3.0/launches/upcoming/?mode=list`)],
    ['deep offset', many((i) => `/2.3.0/launches/?mode=list&offset=${Math.floor(size * 0.9) + (i % 50)}`)],
    ['browsable page', many((i) => `/2.3.0/launches/?format=api&offset=${(i * 10) % 500}`)],
  ];
  memory.push(`${size}: server RSS before ${await rss(server)} MiB`);
  for (const [kind, requests] of kinds) {
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration: seconds, requests });
    rows.push({ size, kind, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors });
    console.log(`${size} ${kind}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
  }
  memory.push(`${size}: server RSS after ${kinds.length * seconds} s of load ${await rss(server)} MiB`);
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}

console.log(`\n| launches | request | req/s | p50 ms | p99 ms | non-2xx |\n|---:|---|---:|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.size} | ${r.kind} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
if (sizes.length > 1) {
  console.log(`\nGrowth ${sizes[0]} → ${sizes.at(-1)} launches (req/s ratio):`);
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const a = rows.find((r) => r.kind === kind && r.size === sizes[0])!;
    const b = rows.find((r) => r.kind === kind && r.size === sizes.at(-1))!;
    console.log(`- ${kind}: ${(b.rps / a.rps).toFixed(2)}×`);
  }
}
console.log(`\n${memory.join('\n')}\nconnections ${connections}, ${seconds} s per kind, response cache ${values.cache ? 'on' : 'off'}`);

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

async function rss(child: ChildProcess): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return (Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024).toFixed(0);
}
