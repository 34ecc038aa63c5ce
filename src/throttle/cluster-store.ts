import type { Worker } from 'node:cluster';
import type { ThrottleStore, WindowState } from './store.ts';

/**
 * The rate-limit counts of a cluster without Redis (WEB_CONCURRENCY > 1): one store, in the primary
 * process, answers every worker over the cluster's IPC channel, so N processes together give a client
 * what one would (a store per worker would give it N times its rate). Like RedisThrottleStore, a worker
 * whose question is not answered in time lets the request through (fail open): the limit protects the
 * server, and a primary too busy to answer is no reason to refuse service.
 */

type HitArgs = [ident: string, now: number, windowMs: number, limit: number, count: boolean];
type Result = WindowState & { allowed: boolean };

/** A worker's question, and the primary's answer, told from other IPC messages by this key. */
interface HitMessage {
  ll2ThrottleHit: number;
  args: HitArgs;
}
interface HitAnswer {
  ll2ThrottleHit: number;
  result: Result;
}

/** Longest a worker waits for the primary's answer before it lets the request through. */
const ANSWER_TIMEOUT_MS = 1000;

/** A worker's store: asks the primary (`serveThrottle`). */
export class ClusterThrottleStore implements ThrottleStore {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve(r: Result): void; timer: NodeJS.Timeout }>();
  private readonly onMessage = (m: unknown) => {
    if (!m || typeof m !== 'object' || !('ll2ThrottleHit' in m)) return;
    const a = m as HitAnswer;
    const w = this.waiting.get(a.ll2ThrottleHit);
    if (!w) return;
    clearTimeout(w.timer);
    this.waiting.delete(a.ll2ThrottleHit);
    w.resolve(a.result);
  };

  constructor(private readonly timeoutMs = ANSWER_TIMEOUT_MS) {
    process.on('message', this.onMessage);
  }

  hit(ident: string, now: number, windowMs: number, limit: number, count: boolean): Promise<Result> {
    const args: HitArgs = [ident, now, windowMs, limit, count];
    return new Promise((resolve) => {
      const id = ++this.seq;
      const open = () => resolve({ allowed: true, count: 0, oldest: null });
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        open();
      }, this.timeoutMs);
      timer.unref();
      this.waiting.set(id, { resolve, timer });
      const message: HitMessage = { ll2ThrottleHit: id, args };
      if (!process.send?.(message)) {
        // no channel (not a worker, or the primary is gone)
        clearTimeout(timer);
        this.waiting.delete(id);
        open();
      }
    });
  }

  async close(): Promise<void> {
    process.off('message', this.onMessage);
    for (const w of this.waiting.values()) clearTimeout(w.timer);
    this.waiting.clear();
  }
}

/** The primary's side: answers a worker's questions from `store`. */
export function serveThrottle(store: ThrottleStore, worker: Worker): void {
  worker.on('message', (m: unknown) => {
    if (!m || typeof m !== 'object' || !('ll2ThrottleHit' in m)) return;
    const { ll2ThrottleHit, args } = m as HitMessage;
    void store.hit(...args).then(
      (result) => {
        if (worker.isConnected()) worker.send({ ll2ThrottleHit, result } satisfies HitAnswer);
      },
      () => {},
    );
  });
}
