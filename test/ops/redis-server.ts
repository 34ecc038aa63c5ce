import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';

/**
 * Why the Redis tests cannot run here, or undefined when they can. Only a developer's machine without
 * redis-server may skip them; in CI (CI set) a missing binary fails instead.
 */
export function redisSkipReason(): string | undefined {
  if (existsSync(REDIS_SERVER)) return undefined;
  if (process.env.CI) throw new Error(`${REDIS_SERVER} is missing: .ci/run installs Debian's redis-server; CI must run the Redis tests`);
  return `${REDIS_SERVER} not found (apt-get install redis-server); Redis tests skipped`;
}

/** redisSkipReason(), said once in the test output when there is one: the `skip` option of the Redis tests. */
export function redisSkip(): string | undefined {
  const reason = redisSkipReason();
  if (reason) console.log(`# SKIP ${reason}`);
  return reason;
}

/** A free loopback port (the OS picks it; it is released before the caller binds it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A throw-away redis-server of this test's own on a random loopback port; no disk persistence. */
export class TestRedis {
  private proc?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'll2-redis-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort());
    await redis.resume();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** (Re)starts the server on the same port and resolves once it accepts connections. */
  async resume(): Promise<void> {
    const proc = spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 10000);
      proc.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}):\n${out}`));
      });
    });
  }

  /** Stops the server (the port refuses connections until resume()). */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    this.proc = undefined;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  }

  /** Freezes the server: connections stay open but nothing is answered (a hung Redis). */
  pause(): void {
    this.proc?.kill('SIGSTOP');
  }

  unpause(): void {
    this.proc?.kill('SIGCONT');
  }

  async close(): Promise<void> {
    this.unpause();
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
