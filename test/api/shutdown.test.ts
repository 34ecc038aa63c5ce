/**
 * Shutting down (SIGTERM: app.close(), then database.close()): fastify's close resolves once the
 * connections are closed, but a handler whose client left keeps running. The database must stay open
 * until it is done, or it fails on a closed database and logs an error for an answer nobody receives.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { freshDatabase } from '../support/app.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('close waits for the handlers still running, those of clients that left included', async () => {
  const database = await freshDatabase();
  const errors: string[] = [];
  const app = buildApp({ database, logger: { level: 'error', stream: { write: (l: string) => void errors.push(l) } } });
  const finished: string[] = [];
  app.get('/test-slow/', async () => {
    await sleep(300);
    // still reading the database after the client left and the server was told to stop
    const rows = await database.db.selectFrom('launch').select('id').limit(1).execute();
    finished.push(`read ${rows.length}`);
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const client = request({ host: '127.0.0.1', port, path: '/test-slow/' });
  client.on('error', () => {});
  client.end();
  await sleep(100);
  client.destroy(); // the client leaves
  await sleep(20);
  await app.close();
  assert.deepStrictEqual(finished, ['read 0'], 'the handler ended before close() returned');
  await database.close();
  assert.deepStrictEqual(errors, []);
});
