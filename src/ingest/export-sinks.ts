import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { ExportSink } from './export.ts';

/**
 * One file per page, shaped like an LL2 list page: `{count, next, previous, results}`, named
 * `NN-<path>-PPPP.json` (`03-config.launch_statuses-0001.json`). NN is the resource's place in the
 * export order, so importing the directory (files are read in name order) loads them in that order.
 * `next`/`previous` name the neighbouring page files.
 */
export class PageFilesSink implements ExportSink {
  private prefix = '';
  private count = 0;
  private page = 0;
  private done = 0;
  private width = 4;

  constructor(private readonly dir: string) {
    if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${dir} is not empty; export into a new directory`);
    mkdirSync(dir, { recursive: true });
  }

  async begin(resource: { path: string; position: number }, count: number): Promise<void> {
    this.prefix = `${String(resource.position + 1).padStart(2, '0')}-${resource.path.replace(/\//g, '.')}`;
    this.count = count;
    this.page = 0;
    this.done = 0;
    this.width = Math.max(4, String(count).length);
  }

  async write(objects: Record<string, unknown>[]): Promise<void> {
    this.page++;
    this.done += objects.length;
    const name = (page: number) => `${this.prefix}-${String(page).padStart(this.width, '0')}.json`;
    const next = this.done < this.count ? name(this.page + 1) : null;
    const body = { count: this.count, next, previous: this.page > 1 ? name(this.page - 1) : null, results: objects };
    const file = join(this.dir, name(this.page));
    await writeFile(file, JSON.stringify(body));
  }

  async finish(): Promise<void> {}
}

/** One object per line, every resource in one stream (a file, or stdout for `--out -`). */
export class NdjsonSink implements ExportSink {
  private constructor(
    private readonly out: Writable,
    private readonly ownsStream: boolean,
  ) {}

  static toFile(path: string): NdjsonSink {
    mkdirSync(dirname(path), { recursive: true });
    return new NdjsonSink(createWriteStream(path), true);
  }

  static toStream(out: Writable): NdjsonSink {
    return new NdjsonSink(out, false);
  }

  async begin(): Promise<void> {}

  async write(objects: Record<string, unknown>[]): Promise<void> {
    if (!objects.length) return;
    const chunk = `${objects.map((o) => JSON.stringify(o)).join('\n')}\n`;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async finish(): Promise<void> {
    if (this.ownsStream) {
      this.out.end();
      await once(this.out, 'finish');
    }
  }
}
