import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a load run measured, whichever client ran it. */
export interface LoadResult {
  total: number;
  /** Requests per second over the run. */
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  errors: number;
}

/**
 * Drives the server with wrk (Debian's `wrk`), the client LL2's stack was measured with in issue #13:
 * written in C, it leaves the second core of a 2-core machine to the server, where autocannon (Node)
 * takes most of it. A Lua script walks `paths`: each of wrk's threads takes every T-th URL, so with
 * `distinct` every URL is asked once (until the list runs out and starts again); otherwise each thread
 * cycles through its share.
 */
export async function runWrk(opts: { url: string; connections: number; seconds: number; paths: string[] }): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'll2-wrk-'));
  const threads = Math.min(2, opts.connections);
  const script = join(dir, 'paths.lua');
  writeFileSync(
    script,
    `local paths = {${opts.paths.map((p) => JSON.stringify(p)).join(',\n')}}
local counter = 0
function setup(thread) thread:set("tid", counter); counter = counter + 1 end
local i
function request()
  if i == nil then i = tid end
  local p = paths[(i % #paths) + 1]
  i = i + ${threads}
  return wrk.format("GET", p)
end
`,
  );
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', ['--latency', '-t', String(threads), '-c', String(opts.connections), '-d', `${opts.seconds}s`, '-s', script, opts.url], { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (d) => (text += d));
      child.stderr.on('data', (d) => (text += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
    });
    return parseWrk(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads wrk's summary (`--latency` prints the percentiles). */
export function parseWrk(out: string): LoadResult {
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
    if (!m) return 0;
    // wrk prints 832.00us: in ms that is 0.832, not the float product 0.8320000000000001
    return Number((Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1)).toPrecision(6));
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return {
    total: num(/(\d+) requests in/),
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: ms('50'),
    p99: ms('99'),
    errors: num(/Non-2xx or 3xx responses: (\d+)/) + socketErrors,
  };
}
