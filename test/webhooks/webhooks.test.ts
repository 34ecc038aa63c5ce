/**
 * Webhooks (issue #15, item 3): a change recorded by an import reaches a registered receiver, signed,
 * within seconds; fields and LL2 filter strings select what is sent; failures are retried with the same
 * delivery id; a deliverer stopped mid-delivery loses nothing; two server processes deliver once.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { startDeliverer } from '../../src/webhooks/deliverer.ts';
import { addWebhook, deliveryLog, removeWebhook } from '../../src/webhooks/webhooks.ts';
import { freshDatabase } from '../support/app.ts';
import { copy, HOUR, later, page, until, type Json } from '../support/changes.ts';
import { ALL_KEYS, LAUNCHES } from '../support/launch-fixtures.ts';
import { runCli, ServerProcess, sharedDatabase } from '../ops/server-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A receiver recording what it is sent; `answer` decides each response (a status, or 'hang'). */
async function startReceiver(answer: (n: number) => number | 'hang' = () => 200) {
  const received: Array<{ at: number; signature: string; raw: string; body: Json }> = [];
  const hanging: ServerResponse[] = [];
  let n = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      received.push({ at: Date.now(), signature: String(req.headers['x-ll2-signature']), raw, body: JSON.parse(raw) });
      const a = answer(n++);
      if (a === 'hang') return void hanging.push(res);
      res.writeHead(a).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}

const SECRET = 'sekrit';
const fast = { origin: 'http://ll2.test', pollMs: 50, baseDelayMs: 50 };

describe('webhook deliveries', () => {
  let database: Database;
  const a = copy(LAUNCHES[ALL_KEYS[0]]) as Json;
  const b = copy(LAUNCHES[ALL_KEYS[4]]) as Json;
  before(async () => {
    database = await freshDatabase();
    await importDocument(database, page([a, b]), { entity: 'launch' });
  });
  after(async () => {
    await database?.close();
  });

  test('a recorded change reaches the receiver signed, with only the fields asked for; other changes are not sent', async () => {
    const receiver = await startReceiver();
    const hook = await addWebhook(database, { url: receiver.url, secret: SECRET, fields: ['net', 'status'] });
    const deliverer = startDeliverer({ ...fast, database });
    try {
      a.probability = 55; // not a field this webhook wants
      await importDocument(database, page([a]), { entity: 'launch' });
      const oldNet = a.net;
      a.net = later(a.net, 2 * HOUR);
      a.probability = 60;
      const started = Date.now();
      await importDocument(database, page([a]), { entity: 'launch', source: 'file:a.json' });
      await until(() => receiver.received.length === 1, 10_000, 'the delivery');
      const [got] = receiver.received;
      console.log(`# the receiver had the change ${got.at - started} ms after the import began`);
      assert.equal(got.signature, `sha256=${createHmac('sha256', SECRET).update(got.raw).digest('hex')}`);
      const [entry] = await deliveryLog(database.db, hook.id);
      assert.deepStrictEqual(got.body, {
        id: entry.id,
        type: 'launch',
        occurred_at: got.body.occurred_at,
        object: { id: a.id, url: `http://ll2.test/2.3.0/launches/${a.id}/`, name: a.name },
        changes: [{ field: 'net', old: oldNet, new: a.net }],
      });
      // The receiver answers before the deliverer records the answer: wait for the record, not a fixed time.
      await until(async () => (await deliveryLog(database.db, hook.id))[0].status !== 'pending', 10_000, 'the delivery recorded');
      const [recorded] = await deliveryLog(database.db, hook.id);
      assert.deepStrictEqual([recorded.id, recorded.status, recorded.attempts, recorded.lastStatus], [entry.id, 'delivered', 1, 200]);
      await sleep(300);
      assert.equal(receiver.received.length, 1, 'the probability-only change was not sent');
    } finally {
      await deliverer.stop();
      await removeWebhook(database.db, hook.id);
      receiver.close();
    }
  });

  test('a filter string selects launches as LL2 would list them; a filter no list knows is refused', async () => {
    await assert.rejects(addWebhook(database, { url: 'http://127.0.0.1:9/', secret: SECRET, filter: 'no_such_filter=1' }), /neither launches nor events know the filter's no_such_filter/);
    await assert.rejects(addWebhook(database, { url: 'ftp://x/', secret: SECRET }), /--url must be/);
    await assert.rejects(addWebhook(database, { url: 'http://127.0.0.1:9/', secret: SECRET, filter: 'lsp__id=abc' }), /the launch list refuses the filter: \{"lsp__id":\["Enter a number\."\]\}/);
    const receiver = await startReceiver();
    const hook = await addWebhook(database, { url: receiver.url, secret: SECRET, filter: `lsp__id=${b.launch_service_provider.id}` });
    assert.notEqual(a.launch_service_provider.id, b.launch_service_provider.id);
    const deliverer = startDeliverer({ ...fast, database });
    try {
      a.net = later(a.net, HOUR);
      await importDocument(database, page([a]), { entity: 'launch' });
      b.net = later(b.net, HOUR);
      await importDocument(database, page([b]), { entity: 'launch' });
      await until(() => receiver.received.length >= 1, 10_000, 'the delivery');
      await sleep(300);
      assert.deepStrictEqual(receiver.received.map((r) => r.body.object.id), [b.id], 'only the provider’s launch');
    } finally {
      await deliverer.stop();
      await removeWebhook(database.db, hook.id);
      receiver.close();
    }
  });

  test('a receiver that fails is retried with growing pauses and the same delivery id', async () => {
    const receiver = await startReceiver((n) => (n < 2 ? 500 : 200));
    const hook = await addWebhook(database, { url: receiver.url, secret: SECRET });
    const deliverer = startDeliverer({ ...fast, database });
    try {
      a.net = later(a.net, HOUR);
      await importDocument(database, page([a]), { entity: 'launch' });
      await until(() => receiver.received.length === 3, 10_000, 'three attempts');
      assert.equal(new Set(receiver.received.map((r) => r.body.id)).size, 1, 'one delivery id');
      const [first, second, third] = receiver.received.map((r) => r.at);
      assert.ok(third - second > second - first, `pauses ${second - first} then ${third - second} ms`);
      await until(async () => (await deliveryLog(database.db, hook.id))[0]?.status === 'delivered', 5000, 'delivered');
      const [entry] = await deliveryLog(database.db, hook.id);
      assert.deepStrictEqual([entry.attempts, entry.lastStatus], [3, 200]);
    } finally {
      await deliverer.stop();
      await removeWebhook(database.db, hook.id);
      receiver.close();
    }
  });

  test('a deliverer stopped while a receiver is answering loses nothing: the next one sends it again', async () => {
    const receiver = await startReceiver((n) => (n === 0 ? 'hang' : 200));
    const hook = await addWebhook(database, { url: receiver.url, secret: SECRET });
    let deliverer = startDeliverer({ ...fast, database });
    try {
      a.net = later(a.net, HOUR);
      await importDocument(database, page([a]), { entity: 'launch' });
      await until(() => receiver.received.length === 1, 10_000, 'the first attempt');
      await deliverer.stop(); // the process goes away mid-delivery
      assert.equal((await deliveryLog(database.db, hook.id))[0].status, 'pending');
      deliverer = startDeliverer({ ...fast, database });
      await until(() => receiver.received.length === 2, 10_000, 'the delivery again');
      assert.equal(receiver.received[1].body.id, receiver.received[0].body.id);
      await until(async () => (await deliveryLog(database.db, hook.id))[0]?.status === 'delivered', 5000, 'delivered');
    } finally {
      await deliverer.stop();
      await removeWebhook(database.db, hook.id);
      receiver.close();
    }
  });
});

test('an idle deliverer writes nothing: the lease is taken only while a webhook is registered', async () => {
  const database = await freshDatabase();
  const leaseRow = () => database.db.selectFrom('sync_lease').selectAll().where('name', '=', 'webhooks').executeTakeFirst();
  const deliverer = startDeliverer({ ...fast, database, pollMs: 20 });
  try {
    await sleep(200); // ten rounds
    assert.equal(await leaseRow(), undefined, 'no webhook: no lease renewed every round');
    const hook = await addWebhook(database, { url: 'http://127.0.0.1:9/hook', secret: SECRET });
    await until(async () => (await leaseRow()) !== undefined, 5000, 'the lease once a webhook exists');
    await removeWebhook(database.db, hook.id);
    await until(async () => (await leaseRow()) === undefined, 5000, 'the lease let go with the last webhook');
  } finally {
    await deliverer.stop();
    await database.close();
  }
});

test('two server processes: each change is delivered once; the CLI adds, lists, pings, logs and removes', async () => {
  const shared = await sharedDatabase();
  const receiver = await startReceiver();
  const servers: ServerProcess[] = [];
  try {
    const env = { DATABASE_URL: shared.url, ANON_RATE_LIMIT: 'off' };
    const added = await runCli(['webhooks', 'add', '--url', receiver.url, '--secret', SECRET, '--fields', 'net,created'], env);
    assert.equal(added.code, 0, added.output);
    const id = Number(/webhook (\d+):/.exec(added.output)![1]);
    const listed = await runCli(['webhooks', 'list'], env);
    assert.match(listed.output, new RegExp(`^${id}\\t${receiver.url}\\t-\\tnet,created\\t`, 'm'));
    const pinged = await runCli(['webhooks', 'ping', String(id)], env);
    assert.deepStrictEqual([pinged.code, pinged.output.trim()], [0, 'HTTP 200']);
    assert.equal(receiver.received[0].body.type, 'ping');
    servers.push(await ServerProcess.start(env), await ServerProcess.start(env));
    const database = await shared.open();
    try {
      const launches = ALL_KEYS.slice(0, 6).map((k) => copy(LAUNCHES[k]) as Json);
      await importDocument(database, page(launches), { entity: 'launch' });
      for (const l of launches) l.net = later(l.net, 3 * HOUR);
      await importDocument(database, page(launches), { entity: 'launch' });
      await until(() => receiver.received.length >= 1 + 12, 15_000, 'twelve deliveries');
      await sleep(1500);
      const deliveries = receiver.received.slice(1);
      assert.equal(deliveries.length, 12, 'six created, six slipped: each once');
      assert.equal(new Set(deliveries.map((r) => r.body.id)).size, 12);
      assert.equal(servers.filter((s) => s.output.some((l) => l.includes('webhooks: this process delivers'))).length, 1, 'one deliverer');
    } finally {
      await database.close();
    }
    const log = await runCli(['webhooks', 'log', String(id)], env);
    assert.equal(log.output.trim().split('\n').filter((l) => l.includes('\tdelivered\t')).length, 12, log.output);
    const removed = await runCli(['webhooks', 'remove', String(id)], env);
    assert.equal(removed.code, 0, removed.output);
    assert.equal((await runCli(['webhooks', 'list'], env)).output.trim(), '');
  } finally {
    for (const s of servers) await s.stop();
    receiver.close();
    await shared.drop();
  }
});
