/** `npm run bench` reads wrk's summary: latencies in the units wrk prints, as milliseconds the report can print as they are. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWrk } from '../../bench/wrk.ts';

const summary = `Running 5s test @ http://127.0.0.1:3000
  2 threads and 8 connections
  Latency Distribution
     50%  832.00us
     75%    1.20ms
     90%    2.50ms
     99%    1.02s
  44703 requests in 5.00s, 1.02GB read
  Non-2xx or 3xx responses: 3
Requests/sec:   8940.12
`;

test('wrk summary: requests, rate, percentiles in ms, non-2xx', () => {
  assert.deepEqual(parseWrk(summary), { total: 44703, rps: 8940.12, p50: 0.832, p99: 1020, errors: 3 });
});

test('`npm run bench -- --help` prints the options and exits; an unknown option says so with them, exit 2', async () => {
  const { spawnSync } = await import('node:child_process');
  const run = (arg: string) => spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', arg], { encoding: 'utf8', timeout: 60_000 });
  const help = run('--help');
  assert.equal(help.status, 0, help.stderr);
  for (const option of ['--launches', '--db', '--pg-url', '--kinds', '--reuse', '--profile', '--cache', '--soak', '--client']) assert.ok(help.stdout.includes(option), option);
  const wrong = run('--nope');
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /Unknown option '--nope'[\s\S]*--launches/);
});
