import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cCompilerFromEnv } from '../config.ts';

/**
 * The SQLite extension that stops a reader's query at its deadline (sqlite-deadline.c): compiled once with
 * the machine's C compiler (`CC`, else `cc`) against the SQLite headers better-sqlite3 ships, into
 * node_modules/.cache/ll2-server/ (inside the install, not a shared temporary directory another user could
 * write to), named by a digest of its source so a changed source is rebuilt. Without a compiler the pool
 * falls back to abandoning a timed-out reader thread (see sqlite-pool.ts); the reason is returned for the log.
 */
const SOURCE = fileURLToPath(new URL('./sqlite-deadline.c', import.meta.url));

export type DeadlineExtension = { path: string } | { path: null; reason: string };

let built: Promise<DeadlineExtension> | undefined;

export function deadlineExtension(): Promise<DeadlineExtension> {
  built ??= build().catch((e: unknown) => ({ path: null, reason: firstLine(e) }));
  return built;
}

async function build(): Promise<DeadlineExtension> {
  const require = createRequire(import.meta.url);
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  const include = join(sqliteDir, 'deps', 'sqlite3');
  if (!existsSync(join(include, 'sqlite3ext.h'))) return { path: null, reason: `no sqlite3ext.h under ${include}` };
  const source = readFileSync(SOURCE);
  const digest = createHash('sha256').update(source).update(`${process.platform}-${process.arch}`).digest('hex').slice(0, 16);
  const dir = join(dirname(sqliteDir), '.cache', 'll2-server');
  const file = join(dir, `sqlite-deadline-${digest}${process.platform === 'darwin' ? '.dylib' : process.platform === 'win32' ? '.dll' : '.so'}`);
  if (existsSync(file)) return { path: file };
  mkdirSync(dir, { recursive: true });
  // several processes may build at once: each writes its own file and renames it into place
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await promisify(execFile)(cCompilerFromEnv(), ['-O2', '-shared', '-fPIC', '-pthread', '-I', include, '-o', partial, SOURCE], { timeout: 60_000 });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { path: file };
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  return String(err?.stderr || err?.message || e).split('\n').find((l) => l.trim()) ?? 'unknown error';
}
