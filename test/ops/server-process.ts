import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * A database that several processes can open by URL: a SQLite file in a temp directory, or a fresh
 * database on the TEST_DATABASE_URL PostgreSQL server. Migrated; `drop()` removes it.
 */
export async function sharedDatabase(): Promise<{ url: string; open(): Promise<Database>; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  let url: string;
  let drop: () => Promise<void>;
  if (base?.startsWith('postgres')) {
    const name = `ll2_ops_${process.pid}_${Date.now() % 100000}`;
    const admin = await openDatabase(base);
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'll2-ops-'));
    url = `sqlite:${join(dir, 'll2.sqlite')}`;
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const database = await openDatabase(url);
  await migrate(database);
  await database.close();
  return { url, open: () => openDatabase(url), drop };
}

/** A real server process (`node --import tsx src/server.ts`) listening on a loopback port of its choice. */
export class ServerProcess {
  readonly output: string[] = [];
  private exitCode?: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly port: number,
  ) {}

  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', SEED_ON_EMPTY: 'false', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${lines.join('\n')}`)), 30000);
      const read = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          lines.push(line);
          const m = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        }
      };
      proc.stdout!.on('data', read);
      proc.stderr!.on('data', read);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}):\n${lines.join('\n')}`));
      });
    });
    const server = new ServerProcess(proc, port);
    server.output.push(...lines);
    proc.stdout!.on('data', (c: Buffer) => server.output.push(...c.toString().split('\n').filter(Boolean)));
    proc.stderr!.on('data', (c: Buffer) => server.output.push(...c.toString().split('\n').filter(Boolean)));
    server.exitCode = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    return server;
  }

  /** GET over a new connection each time (no keep-alive, so each request meets the server as it is now). */
  get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Record<string, any> }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: this.port, path, headers, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          const json = String(res.headers['content-type'] ?? '').startsWith('application/json');
          resolve({ status: res.statusCode!, body: json ? JSON.parse(text) : text, headers: res.headers });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** Sends SIGTERM and resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.proc.exitCode === null) this.proc.kill(signal);
    return this.exited();
  }

  exited(): Promise<number | null> {
    return this.exitCode!;
  }
}

/** Runs the `ll2` command (bin/ll2.js) with extra environment; resolves with its exit code and output. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return runNode(['bin/ll2.js', ...args], env);
}

/** Runs a TypeScript file of the project in a process of its own (through tsx). */
export function runScript(file: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return runNode(['--import', 'tsx', file], env);
}

function runNode(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    proc.stdout.on('data', (d) => (output += d));
    proc.stderr.on('data', (d) => (output += d));
    proc.once('exit', (code) => resolve({ code, output }));
  });
}
