import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseThrottle, type ThrottleInfo } from '../../src/sync/rate-budget.ts';
import { DatabaseWindowStore, READ_THROUGH_USE, SharedBudget, SYNC_USE, type BudgetUse } from '../../src/sync/shared-budget.ts';
import { MemoryThrottleStore, type ThrottleStore } from '../../src/throttle/store.ts';
import { freshDatabase } from '../support/app.ts';
import { runScript, sharedDatabase } from '../ops/server-process.ts';

const throttle = (limit: number, windowSeconds: number, currentUse: number, nextUseSeconds = 0): ThrottleInfo =>
  parseThrottle({ your_request_limit: limit, limit_frequency_secs: windowSeconds, current_use: currentUse, next_use_secs: nextUseSeconds })!;

/** A budget on a clock the test moves; the upstream's /api-throttle/ answers what `upstream()` says. */
function budgetOn(store: ThrottleStore, clock: { now: number }, upstream: () => ThrottleInfo | null) {
  return new SharedBudget({ store, ident: 'upstream test', readThrottle: async () => upstream(), now: () => clock.now });
}

test('the budget spends what the upstream allows beyond what others used, then waits for the oldest request to leave the window', async () => {
  const clock = { now: 1_700_000_000_000 };
  // one request counted upstream that is not ours (an app on the same IP): 2 of 3 are left for us
  const budget = budgetOn(new MemoryThrottleStore(), clock, () => throttle(3, 60, 1));
  assert.equal(await budget.tryAcquire(), 0);
  clock.now += 1000;
  assert.equal(await budget.tryAcquire(), 0);
  const wait = await budget.tryAcquire();
  // the first of ours leaves the window 60 s (+2 s of slack) after it was sent, 1 s ago; the others'
  // request is re-read before that (every minute)
  assert.ok(wait > 50_000 && wait <= 61_000, String(wait));
  const status = await budget.status();
  assert.deepStrictEqual({ ...status }, { limit: 3, windowSeconds: 60, used: 2, others: 1, left: 0 });
});

test('a budget whose upstream says it is spent waits as long as it says; a 429 closes it for its Retry-After', async () => {
  const clock = { now: 1_700_000_000_000 };
  let reads = 0;
  const budget = budgetOn(new MemoryThrottleStore(), clock, () => (reads++ === 0 ? throttle(3, 60, 3, 17) : throttle(3, 60, 0)));
  assert.equal(await budget.tryAcquire(), 17_000);
  clock.now += 17_000;
  await budget.refresh();
  assert.equal(await budget.tryAcquire(), 0);
  await budget.throttled(5000);
  assert.equal(await budget.tryAcquire(), 5000);
  clock.now += 5000;
  assert.equal(await budget.tryAcquire(), 0, 'open again after the Retry-After (the upstream read again)');
  assert.equal(reads, 3);
});

test('a 429 one process gets closes the budget of every process sharing the store until its Retry-After', async () => {
  const database = await freshDatabase();
  try {
    for (const store of [new MemoryThrottleStore(), new DatabaseWindowStore(database.db)]) await closedEverywhere(store);
  } finally {
    await database.close();
  }
});

async function closedEverywhere(store: ThrottleStore) {
  const clock = { now: 1_700_000_000_000 };
  // the upstream counts nobody else, so its numbers never tell the others of the 429
  const [a, b] = [budgetOn(store, clock, () => throttle(10, 60, 0)), budgetOn(store, clock, () => throttle(10, 60, 0))];
  assert.equal(await a.tryAcquire(), 0);
  assert.equal(await b.tryAcquire(), 0);
  await a.throttled(20_000);
  const wait = await b.tryAcquire();
  assert.equal(wait, 20_000, 'the other process waits as long');
  clock.now += 20_001;
  await b.refresh();
  assert.equal(await b.tryAcquire(), 0, 'open again after the Retry-After');
  // and for a Retry-After longer than the window
  await b.throttled(90_000);
  clock.now += 70_000;
  await a.refresh();
  assert.ok((await a.tryAcquire()) > 0, 'still closed 70 s into a 90 s Retry-After');
  clock.now += 20_001;
  await a.refresh();
  assert.equal(await a.tryAcquire(), 0);
}

test('the passes may take four fifths of the window and read-through half: each leaves the other room', async () => {
  const clock = { now: 1_700_000_000_000 };
  const store = new MemoryThrottleStore();
  const on = (use: BudgetUse) => new SharedBudget({ store, ident: 'upstream test', readThrottle: async () => throttle(10, 60, 0), use, now: () => clock.now });
  const [sync, readThrough] = [on(SYNC_USE), on(READ_THROUGH_USE)];
  const take = async (b: SharedBudget, n: number) => {
    let given = 0;
    for (let i = 0; i < n; i++) if ((await b.tryAcquire()) === 0) given++;
    return given;
  };
  // clients asking for what is not mirrored yet take their half, and no more
  assert.equal(await take(readThrough, 10), 5);
  assert.equal(await take(sync, 10), 5, 'the sync has the rest');
  clock.now += 62_001;
  // a pass first: it leaves two for read-through
  assert.equal(await take(sync, 10), 8);
  assert.equal(await take(readThrough, 10), 2);
});

test('no limit told (no /api-throttle/): every request goes', async () => {
  const clock = { now: 1_700_000_000_000 };
  const budget = budgetOn(new MemoryThrottleStore(), clock, () => null);
  for (let i = 0; i < 50; i++) assert.equal(await budget.tryAcquire(), 0);
});

test('in the database, the budgets of two processes together never take more than the limit', async () => {
  const shared = await sharedDatabase();
  try {
    const now = 1_700_000_000_000;
    const run = () => runScript('test/support/budget-process.ts', { DATABASE_URL: shared.url, NOW: String(now), LIMIT: '10', TRIES: '20' });
    const outputs = await Promise.all([run(), run()]);
    const given = outputs.map((o) => {
      assert.equal(o.code, 0, o.output);
      return (JSON.parse(o.output.trim().split('\n').pop()!) as { given: number }).given;
    });
    assert.equal(given[0] + given[1], 10, `exactly the limit went through (${given.join(' + ')})`);
    const database = await shared.open();
    try {
      const clock = { now };
      const budget = budgetOn(new DatabaseWindowStore(database.db), clock, () => throttle(10, 60, clock.now - now < 60_000 ? 10 : 0));
      const status = await budget.status();
      assert.deepStrictEqual({ used: status.used, others: status.others, left: status.left }, { used: 10, others: 0, left: 0 }, 'the upstream counted ours only');
      // a minute (and the slack) later the window has slid past them all
      clock.now += 62_001;
      await budget.refresh();
      assert.equal(await budget.tryAcquire(), 0);
    } finally {
      await database.close();
    }
  } finally {
    await shared.drop();
  }
});
