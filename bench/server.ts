/**
 * The server under test as a child process: started like `npm start` (optionally under `--cpu-prof`),
 * measured from /proc (CPU time and RSS do not depend on what else the machine runs, unlike req/s),
 * and stopped only once it has finished what the load left it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface ServerOptions {
  databaseUrl: string;
  /** false: every cache off (RESPONSE_CACHE_MB=0, OBJECT_CACHE_MB=0, which also drops the list count/page-key cache). */
  caches: boolean;
  /** A directory for `node --cpu-prof`: the profile is written there when the server exits. */
  profileDir?: string;
  /** Server processes (WEB_CONCURRENCY, default 1). */
  workers?: number;
}

export class BenchServer {
  /** Error lines the server logged (pino level >= 50), and how many of them came after SIGTERM. */
  errors = 0;
  errorsWhileStopping = 0;
  #stopping = false;

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(opts: ServerOptions): Promise<BenchServer> {
    const port = await freePort();
    const args = [...(opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : []), '--import', 'tsx', 'src/server.ts'];
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        DATABASE_URL: opts.databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_ON_EMPTY: 'false',
        ANON_RATE_LIMIT: 'off',
        LOG_LEVEL: 'warn',
        RESPONSE_CACHE_MB: opts.caches ? '64' : '0',
        OBJECT_CACHE_MB: opts.caches ? '128' : '0',
        WEB_CONCURRENCY: String(opts.workers ?? 1),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new BenchServer(child, `http://127.0.0.1:${port}`);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        process.stderr.write(`[server] ${line}\n`);
        if (/"level":(5\d|60)/.test(line)) {
          server.errors++;
          if (server.#stopping) server.errorsWhileStopping++;
        }
      });
    }
    for (let i = 0; i < 150; i++) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} while starting`);
      try {
        if ((await fetch(`${server.url}/2.3.0/config/launch_statuses/`)).ok) return server;
      } catch {
        /* not listening yet */
      }
      await sleep(200);
    }
    child.kill('SIGTERM');
    throw new Error('server did not start in 30 s');
  }

  /** User + system CPU time the server's processes (all their threads; a cluster's too) have used, in ms (clock ticks of 10 ms). */
  cpuMs(): number {
    return processTree(this.child.pid!).reduce((sum, pid) => sum + processCpuMs(pid), 0);
  }

  rssMiB(): string {
    const kib = processTree(this.child.pid!).reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readProc(pid, 'status'))?.[1] ?? 0), 0);
    return (kib / 1024).toFixed(0);
  }

  /**
   * Waits until the server has used no CPU for a while. autocannon stops at the end of its duration by
   * dropping its connections with requests still in flight; the server still works those off, and
   * that work belongs to the kind that caused it, not to the next one, nor to a shutdown that would
   * pull the database out from under them.
   */
  async settle(maxMs = 30_000): Promise<void> {
    const started = Date.now();
    let last = this.cpuMs();
    let quiet = 0;
    while (quiet < 3 && Date.now() - started < maxMs) {
      await sleep(100);
      const now = this.cpuMs();
      // one clock tick of slack: the idle server still polls the data version and refreshes ages
      quiet = now - last <= 10 ? quiet + 1 : 0;
      last = now;
    }
  }

  /** SIGTERM once the server is idle; resolves when it has exited (and written its profile). */
  async stop(): Promise<void> {
    await this.settle();
    this.#stopping = true;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

export function processCpuMs(pid: number): number {
  const fields = readProc(pid, 'stat').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

/** A process and its descendants (the server processes of WEB_CONCURRENCY > 1 are children of the first). */
function processTree(pid: number): number[] {
  const children = readdirOr(`/proc/${pid}/task`).flatMap((tid) => readProc(pid, `task/${tid}/children`).split(' ').filter(Boolean).map(Number));
  return [pid, ...children.flatMap(processTree)];
}

/** A /proc file of a process, or '' once it has gone. */
function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

function readdirOr(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A port nothing listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
