/**
 * The bench's databases: one generated dataset per size (a SQLite file, or a PostgreSQL database the
 * bench creates), the export of it that the import speed is measured with, and the empty database
 * that export is imported into.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { generateDataset } from '../src/generate/index.ts';
import { exportDatabase } from '../src/ingest/export.ts';
import { NdjsonSink } from '../src/ingest/export-sinks.ts';
import { importFiles } from '../src/ingest/import-files.ts';
import { processCpuMs } from './server.ts';

export type BenchDialect = 'sqlite' | 'postgres';
const ANCHOR = new Date('2026-11-01T00:00:00Z');
const SEED = 1;

export class BenchDatabases {
  constructor(
    readonly dialect: BenchDialect,
    /** PostgreSQL: a URL of any database of the server (the bench connects there to create its own). */
    private readonly pgUrl?: string,
  ) {}

  /** Where the dataset of `size` launches lives (a URL for DATABASE_URL). */
  urlOf(name: string): string {
    if (this.dialect === 'sqlite') return `sqlite:${sqliteFile(name)}`;
    const url = new URL(this.pgUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /**
   * The generated dataset of `size` launches, migrated. With `reuse`, one already there with exactly
   * `size` launches is kept (after `migrate`, so it has every migration of this checkout).
   */
  async dataset(size: number, reuse: boolean): Promise<string> {
    const name = datasetName(size);
    if (reuse && (await this.exists(name))) {
      const database = await openDatabase(this.urlOf(name));
      try {
        await migrate(database);
        const { n } = await database.db.selectFrom('launch').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        if (Number(n) === size) {
          console.error(`reusing ${this.urlOf(name)} (${size} launches)`);
          return this.urlOf(name);
        }
        console.error(`${this.urlOf(name)} holds ${n} launches, not ${size}: generating it again`);
      } finally {
        await database.close();
      }
    }
    await this.create(name);
    const database = await openDatabase(this.urlOf(name));
    try {
      await migrate(database);
      const t0 = Date.now();
      await generateDataset(database, { launches: size, seed: SEED, anchor: ANCHOR });
      console.error(`generated ${size} launches in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } finally {
      await database.close();
    }
    return this.urlOf(name);
  }

  /**
   * The dataset's NDJSON export (`ll2 export --format ndjson`), kept in /tmp across runs and databases:
   * the dataset is the same for a size and seed, and exporting 100k launches takes minutes. It is
   * written under a temporary name first, so a run cut short never leaves half an export to reuse.
   */
  async exportOf(size: number, datasetUrl: string): Promise<string> {
    const file = `/tmp/ll2-bench-export-${size}-seed${SEED}.ndjson`;
    if (existsSync(file)) return file;
    const partial = `${file}.partial`;
    rmSync(partial, { force: true });
    const database = await openDatabase(datasetUrl);
    try {
      const t0 = Date.now();
      const summary = await exportDatabase(database, NdjsonSink.toFile(partial), { baseUrl: 'http://localhost:8000', pageSize: 100 });
      console.error(`exported ${summary.total} objects to ${file} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } finally {
      await database.close();
    }
    renameSync(partial, file);
    return file;
  }

  /** Imports `file` into a new, empty (migrated) database, then drops that database. */
  async importInto(size: number, file: string): Promise<ImportMeasure> {
    const name = `${datasetName(size)}_import`;
    await this.create(name);
    const database = await openDatabase(this.urlOf(name));
    try {
      await migrate(database);
      const dbCpu = this.dialect === 'postgres' ? await this.backendCpu(name) : undefined;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const [outcome] = await importFiles(database, [file]);
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      if (outcome.error) throw new Error(`import failed: ${outcome.error}`);
      const { n } = await database.db.selectFrom('launch').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return {
        launches: Number(n),
        objects: outcome.result!.objects,
        seconds,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        dbCpuSeconds: dbCpu ? (await dbCpu()) / 1000 : undefined,
      };
    } finally {
      await database.close();
      await this.drop(name);
    }
  }

  /** Drops the dataset of `size` (PostgreSQL; a SQLite file stays in /tmp as it always has). */
  async dropDataset(size: number): Promise<void> {
    if (this.dialect === 'postgres') await this.drop(datasetName(size));
  }

  /**
   * PostgreSQL: a function returning the CPU ms the server's backends of database `name` used since
   * this call (from /proc; the database server runs on this machine). A backend that exits in between
   * takes its time with it, so this is a lower bound; under steady load the pool keeps its connections.
   */
  async backendCpu(name: string): Promise<() => Promise<number>> {
    const sample = async () => {
      const admin = await openDatabase(this.pgUrl!);
      try {
        const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = ${name}`.execute(admin.db);
        const out = new Map<number, number>();
        for (const { pid } of rows) {
          try {
            out.set(pid, processCpuMs(pid));
          } catch {
            /* exited, or not on this machine */
          }
        }
        return out;
      } finally {
        await admin.close();
      }
    };
    const before = await sample();
    return async () => {
      let ms = 0;
      for (const [pid, cpu] of await sample()) ms += cpu - (before.get(pid) ?? 0);
      return ms;
    };
  }

  private async exists(name: string): Promise<boolean> {
    if (this.dialect === 'sqlite') return existsSync(sqliteFile(name));
    const admin = await openDatabase(this.pgUrl!);
    try {
      const { rows } = await sql`select 1 from pg_database where datname = ${name}`.execute(admin.db);
      return rows.length > 0;
    } finally {
      await admin.close();
    }
  }

  private async create(name: string): Promise<void> {
    await this.drop(name);
    if (this.dialect === 'sqlite') return;
    const admin = await openDatabase(this.pgUrl!);
    try {
      await sql`create database ${sql.id(name)}`.execute(admin.db);
    } finally {
      await admin.close();
    }
  }

  private async drop(name: string): Promise<void> {
    if (this.dialect === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile(name)}${suffix}`, { force: true });
      return;
    }
    const admin = await openDatabase(this.pgUrl!);
    try {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    } finally {
      await admin.close();
    }
  }
}

export interface ImportMeasure {
  launches: number;
  objects: number;
  seconds: number;
  /** CPU time of the bench process, which runs the import. */
  cpuSeconds: number;
  /** PostgreSQL: CPU time of the database's backends. */
  dbCpuSeconds?: number;
}

/** The PostgreSQL database of the dataset of `size` launches. */
export function datasetName(size: number): string {
  return `ll2_bench_${size}`;
}

/** A SQLite dataset's file: the name the bench has always used, so --reuse finds the files of earlier runs. */
function sqliteFile(name: string): string {
  return `/tmp/${name.replace(/_/g, '-')}.sqlite`;
}

