/**
 * Memory per request stays bounded (security review): the caches charge their keys (a URL may be
 * 16 KB), and the SQL text of a query does not depend on request values (prepared statements are
 * cached by their text). Unit tests measure what each cache retains; the process test runs a real
 * server with a small heap and sends it thousands of unique long URLs and large searches.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ListCache } from '../../src/api/list-cache.ts';
import { ResponseCache } from '../../src/api/response-cache.ts';
import { resources } from '../../src/resources/index.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { ServerProcess, sharedDatabase } from './server-process.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection: what is really retained. */
function retained(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const MB = 1024 * 1024;
const randomText = (n: number) => randomBytes(Math.ceil((n * 3) / 4)).toString('base64url').slice(0, n);

describe('caches count their keys', () => {
  test('the response cache: 4,000 distinct 12 KB keys retain about its bound, not 48 MB', () => {
    const cache = new ResponseCache(2 * MB, 60_000);
    const base = retained();
    for (let i = 0; i < 4000; i++) {
      cache.set(`v1\njson\nhttp://localhost\n/2.3.0/launches/?zz=${randomText(12_000)}`, { status: 404, contentType: 'application/json', body: '{"detail":"Not found."}', etag: 'W/"x"' });
    }
    const grew = retained() - base;
    assert.ok(cache.accountedBytes <= 2 * MB, `accounted ${cache.accountedBytes}`);
    assert.ok(grew < 6 * MB, `retained ${(grew / MB).toFixed(1)} MB for a 2 MB cache`);
  });

  test('the list cache: counts and pages of 4,000 distinct 10 KB queries stay under its byte bound', async () => {
    const lists = new ListCache(10_000, 60_000, 2 * MB);
    const res = resources.find((r) => r.version === '2.3.0' && r.path === 'launches')!;
    const ids = Array.from({ length: 100 }, () => crypto.randomUUID());
    const base = retained();
    for (let i = 0; i < 4000; i++) {
      const key = lists.key('v1', res, new URLSearchParams({ zz: randomText(10_000), mode: 'list' }), new Date());
      await lists.count(key, async () => i);
      await lists.page(key, `-net,${randomText(2000)}`, 100, 0, async () => [...ids]);
    }
    const grew = retained() - base;
    assert.ok(lists.accountedBytes <= 2 * MB, `accounted ${lists.accountedBytes}`);
    assert.ok(grew < 8 * MB, `retained ${(grew / MB).toFixed(1)} MB for a 2 MB cache`);
  });
});

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** A GET over a fresh loopback connection; resolves with the status (bodies are read and dropped). */
function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, timeout: 60_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${path.slice(0, 80)}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Runs `paths` with `concurrency` requests in flight; returns the statuses seen and the slowest request. */
async function sendAll(port: number, paths: string[], concurrency: number): Promise<{ statuses: Map<number, number>; slowestMs: number }> {
  const statuses = new Map<number, number>();
  let next = 0;
  let slowestMs = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const path = paths[next++];
        const started = Date.now();
        const status = await get(port, path);
        slowestMs = Math.max(slowestMs, Date.now() - started);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return { statuses, slowestMs };
}

const LAUNCHES = 2000;

describe('a server with a 96 MB heap', () => {
  let db: Awaited<ReturnType<typeof sharedDatabase>>;
  let server: ServerProcess;

  before(async () => {
    db = await sharedDatabase();
    const database = await db.open();
    await generateDataset(database, { launches: LAUNCHES, seed: 11 });
    await database.close();
    // caches sized to fit the heap, as an operator of a small instance would set them
    server = await ServerProcess.start({
      DATABASE_URL: db.url,
      ANON_RATE_LIMIT: 'off',
      RESPONSE_CACHE_MB: '16',
      OBJECT_CACHE_MB: '16',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=96`.trim(),
    });
  });
  after(async () => {
    await server?.stop('SIGKILL');
    await db?.drop();
  });

  test('6,000 unique long URLs: the process lives, answers /health, and its RSS stays bounded', { timeout: 240_000 }, async () => {
    await get(server.port, '/2.3.0/launches/?mode=list');
    const before = rssMb(server.proc.pid!);
    // each a URL of 12-14 KB (Node's request head allows 16 KB); a list request's URL also keys its
    // count and page, and its `next` link repeats it in the body
    const paths = Array.from({ length: 6000 }, (_, i) => {
      const long = randomText(12_000 + (i % 2000));
      switch (i % 8) {
        case 1:
          return `/2.3.0/nope-${long}/`;
        case 3:
        case 7:
          return `/2.3.0/launches/?format=${long}`;
        case 5:
          return `/2.3.0/agencies/${i}/?zz=${long}`;
        default:
          return `/2.3.0/launches/?mode=list&zz=${long}`;
      }
    });
    const started = Date.now();
    const { statuses } = await sendAll(server.port, paths, 8);
    const after = rssMb(server.proc.pid!);
    console.log(`# unique long URLs: RSS ${before.toFixed(0)} MB -> ${after.toFixed(0)} MB; statuses ${JSON.stringify([...statuses])} in ${Date.now() - started} ms`);
    assert.equal(server.proc.exitCode, null, server.output.slice(-20).join('\n'));
    assert.ok(!statuses.has(500), JSON.stringify([...statuses]));
    assert.equal((await server.get('/health')).status, 200);
    // 16 MB of responses + 16 MB of objects + the list cache's 16 MB, on top of what the process had
    assert.ok(after - before < 160, `RSS grew by ${(after - before).toFixed(0)} MB`);
  });

  test('100 distinct large searches: RSS grows by a bounded amount (the same SQL text each time)', { timeout: 300_000 }, async () => {
    const search = () => Array.from({ length: 16 }, () => randomText(60).replace(/[-_]/g, 'q')).join('+');
    // warm: the statement and the caches exist before the measure starts
    const warm = await sendAll(server.port, Array.from({ length: 4 }, () => `/2.3.0/launches/?search=${search()}`), 2);
    assert.deepStrictEqual([...warm.statuses.keys()], [200]);
    const before = rssMb(server.proc.pid!);
    const { statuses, slowestMs } = await sendAll(server.port, Array.from({ length: 100 }, () => `/2.3.0/launches/?search=${search()}`), 4);
    const after = rssMb(server.proc.pid!);
    await new Promise((r) => setTimeout(r, 3000));
    const idle = rssMb(server.proc.pid!);
    console.log(`# 100 large searches: RSS before ${before.toFixed(0)} MB, after ${after.toFixed(0)} MB, idle ${idle.toFixed(0)} MB; slowest ${slowestMs} ms`);
    assert.deepStrictEqual([...statuses], [[200, 100]]);
    assert.equal(server.proc.exitCode, null);
    assert.equal((await server.get('/health')).status, 200);
    // the statement is prepared once; what is left is 100 small cached responses and counts, and GC slack
    assert.ok(after - before < 64, `RSS grew by ${(after - before).toFixed(0)} MB`);
  });
});
