import { Redis } from 'ioredis';

/** What the connection logs through: the app's pino logger, or anything with the same two methods. */
export interface RedisLog {
  warn(obj: object, msg: string): void;
  info(msg: string): void;
}

export interface SharedRedisOptions {
  /** Longest a command may wait for Redis before the caller goes on without it. */
  commandTimeoutMs: number;
  log: RedisLog;
}

/** After a failure, Redis is not asked again for this long (a hung Redis costs one timeout per period, not one per request). */
const RETRY_AFTER_FAILURE_MS = 1000;

/**
 * The server's connection to Redis, used fail-open: `run()` gives `undefined` instead of throwing when
 * Redis is down or slow, so callers serve the request without it. Commands never queue while
 * disconnected (they fail at once) and time out after `commandTimeoutMs`, so a dead Redis adds no
 * unbounded latency. An outage is logged once when it starts and once when Redis is back.
 */
export class SharedRedis {
  readonly client: Redis;
  private readonly subscribers: Redis[] = [];
  private down = false;
  private retryAt = 0;
  private closing = false;

  constructor(
    readonly url: string,
    private readonly opts: SharedRedisOptions,
  ) {
    this.client = new Redis(url, {
      ...reconnecting(opts.commandTimeoutMs),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.commandTimeoutMs,
    });
    this.client.on('error', (err) => this.markDown(err));
    this.client.on('close', () => this.markDown(new Error('connection closed')));
    this.client.on('ready', () => this.markUp());
  }

  /** Runs a command; `undefined` when Redis is unavailable (the caller carries on without it). */
  async run<T>(command: (client: Redis) => Promise<T>): Promise<T | undefined> {
    if (this.down && Date.now() < this.retryAt) return undefined;
    try {
      const result = await command(this.client);
      this.markUp();
      return result;
    } catch (err) {
      this.markDown(err as Error);
      return undefined;
    }
  }

  /**
   * Waits (at most `ms`) for the first connection, so the first requests find Redis ready; commands
   * sent before it would fail, as they never queue. Resolves false when Redis did not come up.
   */
  async whenReady(ms = Math.max(this.opts.commandTimeoutMs, 1000)): Promise<boolean> {
    if (this.client.status === 'ready') return true;
    let done!: (ok: boolean) => void;
    const ready = new Promise<boolean>((resolve) => (done = resolve));
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    this.client.once('ready', onReady);
    const ok = await ready;
    clearTimeout(timer);
    this.client.off('ready', onReady);
    if (!ok) this.markDown(new Error(`no connection within ${ms} ms`));
    return ok;
  }

  /** Reachability for /health: a PING within the command timeout. */
  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /**
   * Calls `onMessage` for every message on `channel`, and also whenever the subscription (re)connects,
   * since messages sent while it was away are lost.
   */
  subscribe(channel: string, onMessage: () => void): void {
    const sub = new Redis(this.url, { ...reconnecting(this.opts.commandTimeoutMs), autoResubscribe: true, maxRetriesPerRequest: null });
    sub.on('error', () => {}); // the command connection reports outages
    sub.on('ready', onMessage);
    sub.on('message', (ch: string) => ch === channel && onMessage());
    sub.subscribe(channel).catch(() => {});
    this.subscribers.push(sub);
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const c of [this.client, ...this.subscribers]) c.disconnect(false);
  }

  private markDown(err: Error): void {
    this.retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
    if (this.down || this.closing) return;
    this.down = true;
    this.opts.log.warn({ err: { message: err.message } }, 'redis unavailable: throttle counts and the shared response cache are skipped until it is back');
  }

  private markUp(): void {
    if (!this.down) return;
    this.down = false;
    this.opts.log.info('redis reachable again: throttle counts and the shared response cache are back');
  }
}

/** Reconnect forever with a short backoff, so the server picks Redis up again as soon as it returns. */
function reconnecting(timeoutMs: number) {
  return {
    connectTimeout: Math.max(timeoutMs, 1000),
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000),
  };
}
