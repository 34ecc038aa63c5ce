/**
 * WEB_CONCURRENCY: N server processes share the port (node:cluster), so a Node server uses N cores as
 * gunicorn's workers do for LL2's Django. Without Redis the rate limits are counted once for all of them
 * (in the supervising process); a server process that dies is started again; SIGTERM stops them all,
 * each finishing its requests.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { runScript, ServerProcess, sharedDatabase } from './server-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pids of the server processes that logged `what` (pino's JSON lines). */
function pidsLogging(server: ServerProcess, what: RegExp): number[] {
  const pids = new Set<number>();
  for (const line of server.output) {
    if (!what.test(line)) continue;
    const pid = /"pid":(\d+)/.exec(line)?.[1];
    if (pid) pids.add(Number(pid));
  }
  return [...pids];
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    assert.ok(Date.now() < end, `timed out waiting for ${what}`);
    await sleep(50);
  }
}

test('two server processes on one port: both answer, one rate limit for both, a dead one is replaced, SIGTERM stops all', async () => {
  const shared = await sharedDatabase();
  const server = await ServerProcess.start({ DATABASE_URL: shared.url, WEB_CONCURRENCY: '2', ANON_RATE_LIMIT: '4/minute', SEED_ON_EMPTY: 'true' });
  try {
    assert.ok(server.output.some((l) => l.includes('cluster: 2 server processes')), server.output.join('\n'));
    await until(() => pidsLogging(server, /Server listening/).length === 2, 30_000, 'both server processes listening');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await server.get('/2.3.0/launches/?limit=1')).status);
    // each request on a new connection: the cluster hands them to both processes in turn
    assert.equal(pidsLogging(server, /"statusCode":(200|429)/).length, 2, 'both processes answered');
    assert.deepStrictEqual(statuses, [200, 200, 200, 200, 429, 429, 429, 429], 'the limit of 4 counted once for both processes');
    const throttle = await server.get('/2.3.0/api-throttle/');
    assert.equal(throttle.body.current_use, 4);

    // a server process killed: the other goes on serving, and another takes its place
    const [victim] = pidsLogging(server, /Server listening/);
    process.kill(victim, 'SIGKILL');
    await until(() => server.output.some((l) => l.includes(`server process ${victim} exited`)), 10_000, 'the death noticed');
    // answered by the live one; the count lives in the supervising process, so the limit is still spent
    assert.equal((await server.get('/2.3.0/config/launch_statuses/')).status, 429);
    await until(() => pidsLogging(server, /Server listening/).length === 3, 30_000, 'a new server process');
    for (let i = 0; i < 4; i++) assert.equal((await server.get('/2.3.0/config/launch_statuses/')).status, 429, 'the new process counts with the others');

    assert.equal(await server.stop('SIGTERM'), 0);
    for (const pid of pidsLogging(server, /Server listening/)) assert.throws(() => process.kill(pid, 0), 'every server process has exited');
  } finally {
    await server.stop('SIGKILL');
    await shared.drop();
  }
});

test('WEB_CONCURRENCY above 1 on a database the processes cannot share is refused at start', async () => {
  const r = await runScript('src/server.ts', { DATABASE_URL: 'sqlite::memory:', WEB_CONCURRENCY: '2', PORT: '0', HOST: '127.0.0.1' });
  assert.notEqual(r.code, 0);
  assert.match(r.output, /WEB_CONCURRENCY above 1 needs a database the processes can share/);
});

test('a cluster whose server processes cannot start (the port taken) stops with an error instead of restarting them for ever', async () => {
  const taken = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  const shared = await sharedDatabase();
  try {
    const { port } = taken.address() as AddressInfo;
    const r = await runScript('src/server.ts', { DATABASE_URL: shared.url, WEB_CONCURRENCY: '2', PORT: String(port), HOST: '127.0.0.1', SEED_ON_EMPTY: 'false' });
    assert.equal(r.code, 1, r.output);
    assert.match(r.output, /EADDRINUSE/);
    assert.match(r.output, /before any listened; stopping/);
  } finally {
    taken.close();
    await shared.drop();
  }
});
