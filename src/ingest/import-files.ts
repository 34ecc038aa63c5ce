import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../db/connect.ts';
import { bumpDataVersion } from '../db/data-version.ts';
import { detectFromUrl, type ApiVersion } from './detect.ts';
import { entityOfExportUrl } from './export-paths.ts';
import { importDocument, type ImportOptions, type ImportResult } from './import-document.ts';
import { ImportError, Upserter } from './upsert.ts';
import { ChangeWatch, idsOf } from '../changes/change-log.ts';

export interface FileOutcome {
  file: string;
  result?: ImportResult;
  error?: string;
}

/** A file that is not JSON at all: there is no JSON path to name, the parser's message says where. */
class InvalidJson extends Error {}

/** Bytes read at a time from an NDJSON file: fewer, larger reads of a file hundreds of MB long. */
const READ_CHUNK = 1 << 20;

/** `-` reads standard input (NDJSON). */
const STDIN = '-';
const isNdjson = (file: string) => file === STDIN || /\.(ndjson|jsonl)$/i.test(file);

/** The JSON and NDJSON files named, directories expanded (recursively, sorted by path). */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p !== STDIN && statSync(p).isDirectory()) {
      const entries = readdirSync(p).sort().map((e) => join(p, e));
      out.push(...expandPaths(entries.filter((e) => statSync(e).isDirectory() || e.endsWith('.json') || isNdjson(e))));
    } else out.push(p);
  }
  return out;
}

/**
 * Imports each file in its own transaction. A file that fails is reported (file name and JSON path)
 * and leaves the database as it was; the other files still load.
 */
export async function importFiles(
  database: Database,
  files: string[],
  opts: ImportOptions & { onFile?: (outcome: FileOutcome, index: number) => void } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      if (isNdjson(file)) {
        outcome = { file, result: await importNdjson(database, file === STDIN ? process.stdin : createReadStream(file, { highWaterMark: READ_CHUNK }), { source: file === STDIN ? 'stdin' : `file:${basename(file)}`, ...opts }) };
      } else {
        let doc: unknown;
        try {
          doc = JSON.parse(readFileSync(file, 'utf8'));
        } catch (e) {
          throw new InvalidJson(`not valid JSON: ${(e as Error).message}`);
        }
        outcome = { file, result: await importDocument(database, doc, { source: `file:${basename(file)}`, ...opts, ...exportedKind(doc, opts) }) };
      }
    } catch (e) {
      // every failure names the file and a JSON path (the document's root when nothing nearer is known)
      const message = e instanceof ImportError || e instanceof InvalidJson ? e.message : `$: ${(e as Error).message ?? String(e)}`;
      outcome = { file, error: `${file}: ${message}` };
    }
    outcomes.push(outcome);
    opts.onFile?.(outcome, i);
  }
  return outcomes;
}

/**
 * NDJSON (one LL2 object, or page, per line; what `ll2 export --format ndjson` writes), all lines
 * in one transaction. Each line says what it is by its `url`.
 */
export async function importNdjson(database: Database, input: Readable, opts: ImportOptions = {}): Promise<ImportResult> {
  const upserters = new Map<ApiVersion, Upserter>();
  const entities = new Set<string>();
  let objects = 0;
  let firstVersion: ApiVersion | undefined;
  try {
    await database.db.transaction().execute(async (trx) => {
      let n = 0;
      let last: Upserter | undefined;
      // the change log: launches and events as they were before the file, compared after their writes
      const watch = new ChangeWatch(trx, opts.source ?? 'import');
      for await (const line of readLines(input)) {
        n++;
        if (!line.trim()) continue;
        let doc: unknown;
        try {
          doc = JSON.parse(line);
        } catch (e) {
          throw new ImportError(`line ${n}`, `not valid JSON: ${(e as Error).message}`);
        }
        const isPage = isObject(doc) && Array.isArray(doc.results) && 'count' in doc;
        const items: unknown[] = isPage ? ((doc as { results: unknown[] }).results) : [doc];
        for (const [i, item] of items.entries()) {
          const at = isPage ? `line ${n} $.results[${i}]` : `line ${n} $`;
          const kind = kindOf(item, opts);
          if (!kind) throw new ImportError(at, 'cannot tell what kind of object this is (no recognisable `url`); pass the entity');
          const watched = idsOf(kind.entity, [item]);
          if (watched) await watch.see(watched);
          let up = upserters.get(kind.version);
          if (!up) upserters.set(kind.version, (up = new Upserter(trx, database.dialect, kind.version)));
          // each upserter queues its own writes: another version's line writes after what came before it,
          // and an upserter written to again forgets what it knew of rows the other may have changed
          if (last && last !== up) {
            await last.finish();
            up.resume();
          }
          last = up;
          await up.upsert(kind.entity, item, at);
          await up.step();
          if (watch.due) {
            for (const u of upserters.values()) await u.finish();
            await watch.record();
          }
          firstVersion ??= kind.version;
          entities.add(kind.entity);
          objects++;
        }
      }
      for (const up of upserters.values()) await up.finish();
      await watch.record();
      await bumpDataVersion(trx);
    });
  } finally {
    if (input !== process.stdin) input.destroy();
  }
  for (const fn of database.written) fn();
  const rows: Record<string, number> = {};
  for (const up of upserters.values()) for (const [e, c] of up.counts) rows[e] = (rows[e] ?? 0) + c;
  const entity = entities.size === 1 ? [...entities][0] : 'mixed';
  return { entity, version: firstVersion ?? opts.version ?? '2.3.0', objects, rows };
}

/**
 * The lines of a stream, read as the consumer asks (a stream left paused loses nothing while the
 * transaction starts, unlike readline's events). `\n` ends a line; JSON escapes every other break.
 * Lines are cut from the bytes and each decoded on its own: no string of a whole chunk, no string
 * joined from two, no array of parts (a 10k-launch export is 700 MB of text).
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  // the start of a line the previous chunks cut off (UTF-8 sequences never contain 0x0A, so a cut at a
  // newline never splits a character)
  let rest: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(NEWLINE); nl !== -1; nl = buf.indexOf(NEWLINE, from)) {
      if (rest.length) {
        rest.push(buf.subarray(0, nl));
        yield Buffer.concat(rest).toString('utf8');
        rest = [];
      } else yield buf.toString('utf8', from, nl);
      from = nl + 1;
    }
    if (from < buf.length) rest.push(buf.subarray(from));
  }
  if (rest.length) yield Buffer.concat(rest).toString('utf8');
}

const NEWLINE = 0x0a;

/** What an object is: the options', else its LL2 `url`, else the 2.3.0 address an export gave it. */
function kindOf(item: unknown, opts: ImportOptions): { entity: string; version: ApiVersion } | null {
  const url = isObject(item) ? item.url : undefined;
  const detected = detectFromUrl(url);
  const entity = opts.entity ?? detected?.entity ?? entityOfExportUrl(url);
  if (!entity) return null;
  return { entity, version: opts.version ?? detected?.version ?? '2.3.0' };
}

/** For a page or object from `ll2 export` whose url resource-paths.ts does not know (a config lookup). */
function exportedKind(doc: unknown, opts: ImportOptions): ImportOptions {
  if (opts.entity) return {};
  const first = isObject(doc) && Array.isArray(doc.results) ? doc.results[0] : Array.isArray(doc) ? doc[0] : doc;
  const url = isObject(first) ? first.url : undefined;
  if (detectFromUrl(url)) return {};
  const entity = entityOfExportUrl(url);
  return entity ? { entity, version: opts.version ?? '2.3.0' } : {};
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
