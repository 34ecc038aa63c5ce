import type { Kysely } from 'kysely';
import { asQueried, changesAfter } from '../changes/read.ts';
import type { Database } from '../db/connect.ts';
import type { Tables } from '../db/tables.generated.ts';
import { Lease } from '../sync/lease.ts';
import { wait } from '../sync/wait.ts';
import { deliveryBody, listWebhooks, queueDeliveries, sign, SIGNATURE_HEADER, type Webhook } from './webhooks.ts';

export interface DelivererOptions {
  database: Database;
  /** Scheme and host of the objects' URLs in deliveries (PUBLIC_BASE_URL, or this server's address). */
  origin: string;
  /** How often the change log and the due deliveries are looked at (default 1 s; at once after a write here). */
  pollMs?: number;
  /** The lease that makes one process the deliverer (default 15 s, renewed every round). */
  leaseMs?: number;
  /** Pause after a delivery's first failure; it doubles after each (default 10 s), up to `maxDelayMs` (1 h). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A delivery is retried for at least this long after its first attempt, then given up (default 24 h). */
  retryForMs?: number;
  /** Longest a receiver may take to answer (default 10 s). */
  timeoutMs?: number;
  log?: { warn(msg: string): void; info(msg: string): void };
}

/** Deliveries sent per round; a receiver that is slow delays the others by at most its timeout each. */
const ROUND = 20;

/**
 * Delivers webhooks (issue #15): in every server process, but only the holder of the `webhooks` lease
 * sends (one deliverer across processes; another takes over when it stops or dies), and the lease is
 * only taken while a webhook is registered. Each round queues
 * the deliveries of new changes (queueDeliveries) and sends those due: POST, JSON body, signed with the
 * webhook's secret (`X-LL2-Signature: sha256=...`). A 2xx answer delivers it; anything else (or no
 * answer) is retried after 10 s, 20 s, 40 s... at most an hour apart, for 24 hours. Deliveries live in the
 * database, so a restart loses none: one sent when the process died is sent again (at least once; the
 * body's `id` is the same each time, for receivers to deduplicate).
 */
export function startDeliverer(opts: DelivererOptions): { wake(): void; stop(): Promise<void> } {
  const pollMs = opts.pollMs ?? 1000;
  const lease = new Lease(opts.database.db as Kysely<Tables>, 'webhooks', opts.leaseMs ?? 15_000);
  const stopping = new AbortController();
  let woken: (() => void) | null = null;
  let holding = false;
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        const hooks = await listWebhooks(opts.database.db as Kysely<Tables>);
        if (!hooks.length) {
          // No receiver, so nothing to queue or send (removing a webhook removes its deliveries): no lease
          // either, so an idle server writes nothing. A process that held it lets it go at once.
          if (holding) await lease.release();
          holding = false;
        } else {
          const held = await lease.acquire();
          if (held && !holding) opts.log?.info('webhooks: this process delivers');
          holding = held;
          if (held) {
            await queueDeliveries(opts.database, opts.origin, undefined, hooks);
            await deliverDue(opts, stopping.signal, hooks);
          }
        }
      } catch (e) {
        if (!stopping.signal.aborted) opts.log?.warn(`webhooks: ${(e as Error).message}`);
      }
      await new Promise<void>((resolve) => {
        woken = resolve;
        void wait(pollMs, stopping.signal)
          .catch(() => {})
          .then(resolve);
      });
      woken = null;
    }
  })();
  return {
    wake: () => woken?.(),
    async stop() {
      stopping.abort();
      woken?.();
      await loop;
      if (holding) await lease.release().catch(() => {});
    },
  };
}

/** Sends the deliveries that are due (oldest first), one round's worth; `webhooks` as just read, if they were. */
export async function deliverDue(opts: DelivererOptions, signal?: AbortSignal, webhooks?: readonly Webhook[]): Promise<number> {
  const db = opts.database.db as Kysely<Tables>;
  const now = new Date().toISOString();
  const due = await db.selectFrom('webhook_delivery').selectAll().where('status', '=', 'pending').where('next_attempt_at', '<=', now).orderBy('id').limit(ROUND).execute();
  if (!due.length) return 0;
  const hooks = new Map((webhooks ?? (await listWebhooks(db))).map((w) => [w.id, w]));
  let sent = 0;
  for (const d of due) {
    if (signal?.aborted) break;
    const hook = hooks.get(Number(d.webhook_id));
    const [record] = await changesAfter(db, Number(d.change_id) - 1, 1, opts.origin);
    const shown = record && record.id === Number(d.change_id) && hook ? asQueried(record, { fields: hook.fields ?? undefined }) : null;
    if (!hook || !shown) {
      await db.updateTable('webhook_delivery').set({ status: 'failed', last_error: 'the change or the webhook is gone' }).where('id', '=', d.id).execute();
      continue;
    }
    const body = deliveryBody(Number(d.id), shown);
    const attempt = new Date().toISOString();
    const { status, error } = await post(hook, body, opts.timeoutMs ?? 10_000, signal);
    if (signal?.aborted) break; // stopping: the delivery stays as it was, sent again later
    const attempts = Number(d.attempts ?? 0) + 1;
    const first = d.first_attempt_at ?? attempt;
    if (status !== null && status >= 200 && status < 300) {
      await db.updateTable('webhook_delivery').set({ status: 'delivered', attempts, first_attempt_at: first, last_attempt_at: attempt, last_status: status, last_error: null, delivered_at: new Date().toISOString() }).where('id', '=', d.id).execute();
      sent++;
      continue;
    }
    const delay = Math.min((opts.baseDelayMs ?? 10_000) * 2 ** (attempts - 1), opts.maxDelayMs ?? 3_600_000);
    const givenUp = Date.now() - Date.parse(first) >= (opts.retryForMs ?? 86_400_000);
    await db
      .updateTable('webhook_delivery')
      .set({
        status: givenUp ? 'failed' : 'pending',
        attempts,
        first_attempt_at: first,
        last_attempt_at: attempt,
        last_status: status,
        last_error: error ?? (status !== null ? `HTTP ${status}` : null),
        next_attempt_at: new Date(Date.now() + delay).toISOString(),
      })
      .where('id', '=', d.id)
      .execute();
  }
  return sent;
}

/** `ll2 webhooks ping ID`: a signed test delivery sent now; the receiver's status, or the error. */
export async function pingWebhook(database: Database, id: number, timeoutMs = 10_000): Promise<{ status: number | null; error: string | null }> {
  const hook = (await listWebhooks(database.db as Kysely<Tables>)).find((w) => w.id === id);
  if (!hook) throw new Error(`webhooks ping: no webhook ${id} (see \`ll2 webhooks list\`)`);
  const body = JSON.stringify({ id: `ping-${Date.now()}`, type: 'ping', occurred_at: new Date().toISOString(), object: null, changes: [] });
  return post(hook, body, timeoutMs);
}

/** One signed POST of `body` to a webhook: the receiver's status, or why there was none. */
async function post(hook: Webhook, body: string, timeoutMs: number, signal?: AbortSignal): Promise<{ status: number | null; error: string | null }> {
  try {
    const res = await fetch(hook.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'll2-server webhooks', [SIGNATURE_HEADER]: sign(body, hook.secret) },
      body,
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])]),
    });
    await res.body?.cancel().catch(() => {});
    return { status: res.status, error: null };
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    return { status: null, error: cause?.code ?? (e as Error).message };
  }
}
