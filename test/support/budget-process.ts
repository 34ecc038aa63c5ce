// A process that tries `TRIES` requests of one shared upstream budget in the database at DATABASE_URL
// (the upstream allows LIMIT per minute, on a clock pinned at NOW) and prints how many it was given.
// test/sync/shared-budget.test.ts runs two at once: separate processes, as two servers would be.
import { openDatabase } from '../../src/db/connect.ts';
import { parseThrottle } from '../../src/sync/rate-budget.ts';
import { DatabaseWindowStore, SharedBudget } from '../../src/sync/shared-budget.ts';

const env = (name: string) => process.env[name] ?? '';
const database = await openDatabase(env('DATABASE_URL'));
const now = Number(env('NOW'));
const throttle = parseThrottle({ your_request_limit: Number(env('LIMIT')), limit_frequency_secs: 60, current_use: 0, next_use_secs: 0 });
const budgets = [0, 1].map(() => new SharedBudget({ store: new DatabaseWindowStore(database.db), ident: 'upstream test', readThrottle: async () => throttle, now: () => now }));
const answers = await Promise.all(Array.from({ length: Number(env('TRIES')) }, (_, i) => budgets[i % 2].tryAcquire()));
console.log(JSON.stringify({ given: answers.filter((w) => w === 0).length }));
await database.close();
