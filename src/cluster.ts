import cluster, { type Worker } from 'node:cluster';
import { serveThrottle } from './throttle/cluster-store.ts';
import { MemoryThrottleStore } from './throttle/store.ts';

export interface PrimaryOptions {
  /** Server processes to keep running (WEB_CONCURRENCY). */
  workers: number;
  /** Whether the workers count rates through this process (no Redis to share them). */
  shareThrottle: boolean;
  log(message: string): void;
}

/** A worker that dies within this long of its start counts as a crash loop: the next start waits longer. */
const STABLE_MS = 10_000;
/** The longest wait before starting a worker again. */
const MAX_RESTART_DELAY_MS = 30_000;
/** After SIGTERM, how long the workers get to finish their requests before they are killed. */
const SHUTDOWN_GRACE_MS = 35_000;

/**
 * WEB_CONCURRENCY > 1: this process only supervises. It starts `workers` server processes that share the
 * listening port (node:cluster hands them the connections), starts again one that dies (after 1 s, doubling
 * while they keep dying young, at most 30 s), counts the rate limits for all of them when there is no Redis
 * (ClusterThrottleStore), and on SIGTERM/SIGINT lets each finish its requests (their own graceful shutdown)
 * before it exits. A Node process serves on one core; N processes use N, as gunicorn's workers do for
 * LL2's Django. Everything else the processes share already lives in the database (the sync and webhook
 * leases, the upstream budget, the data version) or in Redis.
 */
export function runPrimary(opts: PrimaryOptions): void {
  // structured clone keeps numbers such as Infinity (a limit) that JSON would turn into null
  cluster.setupPrimary({ serialization: 'advanced' });
  const store = opts.shareThrottle ? new MemoryThrottleStore() : undefined;
  let stopping = false;
  /** A server process that did not stop cleanly when told to (its requests cut short): exit 1, as it would alone. */
  let unclean = false;
  let delay = 1000;
  /** Whether a server process has ever listened: one that dies before any did means the server cannot start. */
  let served = false;
  const startedAt = new Map<Worker, number>();
  const start = () => {
    if (stopping) return;
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    if (store) serveThrottle(store, worker);
  };
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      unclean ||= code !== 0;
      if (!startedAt.size) process.exit(unclean ? 1 : 0);
      return;
    }
    if (!served) {
      // the port taken, the database unreachable...: as a lone server would, stop (its error is in the log above)
      opts.log(`cluster: server process ${worker.process.pid} exited (${signal ?? `code ${code}`}) before any listened; stopping`);
      stopping = true;
      unclean = true;
      if (!startedAt.size) process.exit(1);
      for (const other of startedAt.keys()) other.process.kill('SIGTERM');
      return;
    }
    delay = lived < STABLE_MS ? Math.min(delay * 2, MAX_RESTART_DELAY_MS) : 1000;
    opts.log(`cluster: server process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another in ${delay / 1000} s`);
    setTimeout(start, delay);
  });
  cluster.on('listening', () => (served = true));
  for (let i = 0; i < opts.workers; i++) start();
  opts.log(`cluster: ${opts.workers} server processes`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      opts.log('cluster: stopping the server processes');
      if (!startedAt.size) process.exit(0);
      // a terminal's ^C reaches every process of the group already; a SIGTERM only this one
      for (const worker of startedAt.keys()) worker.process.kill(signal);
      setTimeout(() => {
        for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
    });
  }
}
