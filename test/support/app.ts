import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.ts';
import { openDatabase, type Database, type OpenOptions } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { importDocument } from '../../src/ingest/import-document.ts';

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

/** A fresh database holding these LL2 documents (imported in this order), and an app over it. */
export async function importedApp(docs: readonly unknown[], opts: { publicBaseUrl?: string; now?: Date } = {}): Promise<TestApp> {
  const database = await freshDatabase();
  for (const doc of docs) await importDocument(database, doc);
  return testApp({ database, ...opts });
}

/** The clock most generated-data tests pin: the generator's launches fall on both sides of it. */
export const GENERATED_ANCHOR = new Date('2026-11-01T00:00:00Z');

export interface GeneratedAppOptions {
  launches: number;
  seed: number;
  /** The generator's anchor and the app's clock (default GENERATED_ANCHOR). */
  anchor?: Date;
  publicBaseUrl?: string;
}

/** Something that can run a function after a test: node:test's TestContext or SuiteContext. */
interface AfterHook {
  after(fn: () => Promise<void> | void): void;
}

/**
 * A fresh database filled by the generator, and an app over it whose clock is the generator's anchor.
 * With a test context, the app closes itself when that test ends; without one the caller closes it.
 * (The dataset is deterministic per seed, but each call builds its own database, so a test may write.)
 */
export async function openGeneratedApp(opts: GeneratedAppOptions, ctx?: AfterHook): Promise<TestApp> {
  const anchor = opts.anchor ?? GENERATED_ANCHOR;
  const database = await freshDatabase();
  try {
    await generateDataset(database, { launches: opts.launches, seed: opts.seed, anchor });
  } catch (e) {
    await database.close();
    throw e;
  }
  const t = await testApp({ database, now: anchor, publicBaseUrl: opts.publicBaseUrl });
  ctx?.after(() => t.close());
  return t;
}

/**
 * One app for every test of the enclosing file or `describe`: opened in its `before`, closed in its
 * `after`. Returns a stand-in that reaches the app once it is open, so tests write `t.get(...)` as
 * with an app of their own (touching it outside a test is an error that says so).
 */
export function sharedApp(open: () => Promise<TestApp>): TestApp {
  let current: TestApp | undefined;
  const need = (): TestApp => {
    if (!current) throw new Error('sharedApp: the app exists only while the tests of its suite run');
    return current;
  };
  before(async () => {
    current = await open();
  });
  after(async () => {
    const t = current;
    current = undefined;
    await t?.close();
  });
  return {
    get app() {
      return need().app;
    },
    get database() {
      return need().database;
    },
    get: (path, headers) => need().get(path, headers),
    async close() {
      const t = current;
      current = undefined;
      await t?.close();
    },
  };
}

/** An app over a generated database shared by the tests of the enclosing suite, closed after them. */
export function generatedApp(opts: GeneratedAppOptions): TestApp {
  return sharedApp(() => openGeneratedApp(opts));
}

export const seedNames = ['000_e02f7aebc80082a2', '001_60a2aeaf887d35b2', '002_211e202ffd9807c2', '003_6b9f4802707ad897', '004_7adbe57260c2404c'];

export function readSeed(name: string): { body: any; request: string } {
  const dir = new URL('../fixtures/seeds/', import.meta.url);
  return {
    body: JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')),
    request: readFileSync(new URL(`${name}.request`, dir), 'utf8').trim(),
  };
}
