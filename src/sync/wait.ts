/** Thrown out of a wait when the user asked the sync to stop (SIGINT/SIGTERM). */
export class SyncStopped extends Error {
  constructor() {
    super('sync stopped');
  }
}

/** Sleeps `ms`, or ends early with SyncStopped when `signal` fires. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new SyncStopped());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncStopped());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
