import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.ts';
import { openDatabase, type Database, type OpenOptions } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';

/**
 * The database URL tests run against: SQLite unless TEST_DATABASE_URL says otherwise. freshDatabase()
 * gives each test a SQLite file of its own (not `:memory:`), so list reads run on reader threads as in production.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || 'sqlite::memory:';

let created = 0;

/**
 * A migrated, empty database. On PostgreSQL (TEST_DATABASE_URL=postgres://...) each call creates a
 * database of its own on that server and drops it on close, so tests never see each other's rows.
 */
export async function freshDatabase(opts: OpenOptions = {}): Promise<Database> {
  if (!testDatabaseUrl.startsWith('postgres')) {
    const file = testDatabaseUrl === 'sqlite::memory:' ? temporaryDatabaseFile() : undefined;
    const database = await openDatabase(file ? `sqlite:${file.path}` : testDatabaseUrl, opts);
    await migrate(database);
    if (!file) return database;
    return {
      ...database,
      async close() {
        try {
          await database.close();
        } finally {
          file.remove();
        }
      },
    };
  }
  const template = await migratedTemplate();
  const admin = await openDatabase(testDatabaseUrl);
  const name = `ll2_test_${process.pid}_${++created}_${Date.now() % 100000}`;
  await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin.db);
  const database = await openDatabase(databaseUrl(name), opts);
  await migrate(database);
  return {
    ...database,
    async close() {
      await database.close();
      await sql`drop database if exists ${sql.id(name)}`.execute(admin.db);
      await admin.close();
    },
  };
}

/** A database file in a directory of its own, in memory-backed /dev/shm when there is one; remove() deletes both. */
export function temporaryDatabaseFile(): { path: string; remove(): void } {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'll2-test-'));
  temporaryDirs.add(dir);
  const remove = () => {
    temporaryDirs.delete(dir);
    rmSync(dir, { recursive: true, force: true });
  };
  return { path: join(dir, 'test.sqlite'), remove };
}

/** Files of databases a test never closed go when the test process exits. */
const temporaryDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

function databaseUrl(name: string): string {
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let template: Promise<string> | undefined;

/**
 * A database migrated once per test process: copying it (`CREATE DATABASE ... TEMPLATE`) is several
 * times faster than migrating every fresh database. Dropped when the process has nothing left to do.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const name = `ll2_template_${process.pid}`;
    const admin = await openDatabase(testDatabaseUrl);
    await sql`drop database if exists ${sql.id(name)}`.execute(admin.db);
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    await admin.close();
    const database = await openDatabase(databaseUrl(name));
    await migrate(database);
    await database.close(); // a template must have no connections while it is copied
    process.once('beforeExit', async () => {
      const cleanup = await openDatabase(testDatabaseUrl);
      await sql`drop database if exists ${sql.id(name)}`.execute(cleanup.db);
      await cleanup.close();
    });
    return name;
  })();
  return template;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** GET a path; returns status, parsed JSON body (or raw text for HTML) and headers. */
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: any; text: string; headers: Record<string, any> }>;
  close(): Promise<void>;
}

export async function testApp(opts: { database?: Database; publicBaseUrl?: string; now?: Date } = {}): Promise<TestApp> {
  const database = opts.database ?? (await freshDatabase());
  const now = opts.now;
  const app = buildApp({ database, publicBaseUrl: opts.publicBaseUrl, now: now ? () => now : undefined });
  await app.ready();
  return {
    app,
    database,
    async get(path, headers = {}) {
      const res = await app.inject({ method: 'GET', url: path, headers });
      const isJson = String(res.headers['content-type'] ?? '').startsWith('application/json');
      return { status: res.statusCode, body: isJson ? JSON.parse(res.body) : res.body, text: res.body, headers: res.headers };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const seedNames = ['000_e02f7aebc80082a2', '001_60a2aeaf887d35b2', '002_211e202ffd9807c2', '003_6b9f4802707ad897', '004_7adbe57260c2404c'];

export function readSeed(name: string): { body: any; request: string } {
  const dir = new URL('../fixtures/seeds/', import.meta.url);
  return {
    body: JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')),
    request: readFileSync(new URL(`${name}.request`, dir), 'utf8').trim(),
  };
}
