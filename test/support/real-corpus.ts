/**
 * The real-response corpus (test/fixtures/real/<version>/*.json and the seeds) and its round trip: each
 * file imported alone into an empty database, served with the public base URL its own links show, and
 * every top-level object read back through its own path (a detail through `/{id}/`, a page's results
 * through the version's base list route in the same mode), compared with the source exactly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { pathAliases } from '../../src/api/resource-paths.ts';
import type { ResourceDecl } from '../../src/api/resource.ts';
import { importDocument } from '../../src/ingest/import-document.ts';
import { own } from '../../src/model/define.ts';
import { resources } from '../../src/resources/index.ts';
import { freshDatabase, testApp, type TestApp } from './app.ts';
import { jsonDifferences } from './json-diff.ts';

const DEFAULT_REAL_DIR = new URL('../fixtures/real/', import.meta.url);
/**
 * `LL2_CORPUS_DIR` (relative to the working directory, or absolute) points the harness at another corpus
 * laid out the same way (`<version>/*.json` and a README table), e.g. captures not yet moved into
 * test/fixtures/real/. Such a directory is read alone: the seeds belong to the default corpus only.
 */
const OTHER_DIR = process.env.LL2_CORPUS_DIR ? pathToFileURL(`${process.env.LL2_CORPUS_DIR.replace(/\/*$/, '')}/`) : undefined;
const REAL_DIR = OTHER_DIR ?? DEFAULT_REAL_DIR;
const SEEDS_DIR = new URL('../fixtures/seeds/', import.meta.url);
const WITH_SEEDS = OTHER_DIR === undefined || OTHER_DIR.href === DEFAULT_REAL_DIR.href;

export interface CorpusFile {
  /** As the README names it: `2.0.0/launch-upcoming-2024-04.json`, `seeds/002_....json`. */
  name: string;
  body: any;
  /** The request it answered, absolute (`https://ll.thespacedevs.com/2.0.0/launch/upcoming/`). */
  request: URL;
}

/** One place where an object read back differs from the source. */
export interface Difference {
  file: string;
  /** The object's id (`$` for a whole document that could not be read). */
  object: string;
  /** JSON path inside the object (`$.pad.latitude`). */
  path: string;
  /** The rest of the jsonDifferences line: `source vs ours`. */
  detail: string;
}

export interface FileResult {
  file: string;
  objects: number;
  /** Objects read back with no difference at all. */
  equal: number;
  differences: Difference[];
}

/** The `file` → `request` column pairs of the README table (first backticked value of each cell). */
export function readmeRequests(): Map<string, string> {
  const out = new Map<string, string>();
  const text = readFileSync(new URL('README.md', REAL_DIR), 'utf8');
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1);
    const file = /`([^`]+)`/.exec(cells[0] ?? '')?.[1];
    const request = /`([^`]+)`/.exec(cells[1] ?? '')?.[1];
    if (file && request) out.set(file, request);
  }
  return out;
}

/** Every corpus file, the seeds first (default corpus only), then each version directory in name order (found at run time). */
export function corpusFiles(): { files: CorpusFile[]; undocumented: string[] } {
  const names: string[] = [];
  if (WITH_SEEDS) for (const f of readdirSync(SEEDS_DIR).sort()) if (f.endsWith('.json')) names.push(`seeds/${f}`);
  if (existsSync(REAL_DIR))
    for (const dir of readdirSync(REAL_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort())
      for (const f of readdirSync(new URL(`${dir}/`, REAL_DIR)).sort()) if (f.endsWith('.json')) names.push(`${dir}/${f}`);
  const requests = readmeRequests();
  const files: CorpusFile[] = [];
  const undocumented: string[] = [];
  for (const name of names) {
    const url = name.startsWith('seeds/') ? new URL(name.slice('seeds/'.length), SEEDS_DIR) : new URL(name, REAL_DIR);
    const request = requests.get(name);
    if (!request) {
      undocumented.push(name);
      continue;
    }
    files.push({ name, body: JSON.parse(readFileSync(url, 'utf8')), request: new URL(request) });
  }
  return { files, undocumented };
}

const isPage = (body: any) => body !== null && typeof body === 'object' && Array.isArray(body.results) && 'count' in body;
/**
 * Some clients kept only a page's `results` array (the objects unchanged, the envelope dropped): such a
 * file is read as the list it came from, its objects compared like a page's.
 */
const isList = (body: any) => Array.isArray(body) || isPage(body);
const listItems = (body: any): any[] => (Array.isArray(body) ? body : body.results);

/** The version, the route declaration and (for a detail) the id segment a captured request names. */
function routeOf(file: CorpusFile): { version: string; decl: ResourceDecl; listPath: string } {
  const m = /^\/(2\.\d\.\d)\/(.+?)\/?$/.exec(file.request.pathname);
  if (!m) throw new Error(`${file.name}: request ${file.request} names no API version`);
  const version = m[1];
  let path = m[2];
  const single = resources.find((r) => r.version === version && r.singleton !== undefined && r.path === path);
  if (single) return { version, decl: single, listPath: path };
  if (!isList(file.body)) path = path.replace(/\/[^/]+$/, ''); // drop the id of a detail request
  const listPath = own(pathAliases, path) ?? path; // launch/upcoming → launch
  const decl = resources.find((r) => r.version === version && r.path === listPath && r.singleton === undefined);
  if (!decl) throw new Error(`${file.name}: no route /${version}/${listPath}/ is declared`);
  return { version, decl, listPath };
}

/**
 * The body as it must come back when asked with `format=json`: a browsable-page capture (`format=api`,
 * the seeds) keeps `?format=api` in its links, which the JSON answer spells `?format=json`.
 */
function expectedBody(file: CorpusFile): any {
  if (file.request.searchParams.get('format') !== 'api') return file.body;
  return JSON.parse(JSON.stringify(file.body).replaceAll('?format=api', '?format=json'));
}

/** The query a read-back request carries: the source's `format` (api read as json) and, for lists, its `mode`. */
function readQuery(file: CorpusFile, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  const format = file.request.searchParams.get('format');
  if (format) q.set('format', format === 'api' ? 'json' : format);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function ok(t: TestApp, path: string): Promise<any> {
  const res = await t.get(path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.body;
}

function toDifferences(file: string, object: string, lines: string[]): Difference[] {
  return lines.map((line) => {
    const at = line.indexOf(': ');
    return { file, object, path: line.slice(0, at), detail: line.slice(at + 2) };
  });
}

/** The top-level objects of a corpus file (a page's results, or the document) and the route that lists them. */
export function corpusObjects(file: CorpusFile): { decl: ResourceDecl; objects: any[] } {
  const { decl } = routeOf(file);
  return { decl, objects: isList(file.body) ? listItems(file.body) : [file.body] };
}

/** An app over an empty database holding this one file, with the public base URL the file's links show. */
export async function importedCorpusApp(file: CorpusFile): Promise<TestApp> {
  const { decl, objects } = corpusObjects(file);
  // Objects LL2 sends without a `url` (config lookups, the dashboard) do not say what they are: the route tells.
  const options = typeof objects[0]?.url === 'string' ? {} : { entity: decl.entity.name, version: decl.version };
  const database = await freshDatabase();
  try {
    await importDocument(database, file.body, options);
  } catch (e) {
    await database.close();
    throw e;
  }
  return testApp({ database, publicBaseUrl: file.request.origin });
}

/** Imports one corpus file alone into an empty database and reads every top-level object back. */
export async function roundTrip(file: CorpusFile): Promise<FileResult> {
  const { version, decl, listPath } = routeOf(file);
  const expected = expectedBody(file);
  const items: any[] = isList(expected) ? listItems(expected) : [expected];
  const t = await importedCorpusApp(file);
  try {
    const differences: Difference[] = [];
    let equal = 0;
    const compare = (source: any, ours: any) => {
      const object = String(source?.id ?? '$');
      const lines = jsonDifferences(source, ours, { max: 10_000 });
      if (lines.length === 0) equal++;
      differences.push(...toDifferences(file.name, object, lines));
    };
    if (decl.singleton !== undefined) {
      compare(expected, await ok(t, `/${version}/${listPath}/${readQuery(file)}`));
    } else if (!isList(expected)) {
      compare(expected, await ok(t, `/${version}/${listPath}/${expected.id}/${readQuery(file)}`));
    } else {
      // the base list in the source's mode, 100 a page, followed to the end: trimming does not matter
      const mode = file.request.searchParams.get('mode');
      const byId = new Map<string, any>();
      let path: string | null = `/${version}/${listPath}/${readQuery(file, { ...(mode ? { mode } : {}), limit: '100' })}`;
      while (path) {
        const page = await ok(t, path);
        for (const o of page.results) byId.set(String(o.id), o);
        path = typeof page.next === 'string' ? new URL(page.next).pathname + new URL(page.next).search : null;
      }
      for (const source of items) {
        const ours = byId.get(String(source.id));
        if (ours === undefined) differences.push({ file: file.name, object: String(source.id), path: '$', detail: `not in /${version}/${listPath}/` });
        else compare(source, ours);
      }
    }
    return { file: file.name, objects: items.length, equal, differences };
  } finally {
    await t.close();
  }
}

/**
 * An accepted difference: the file, the object's id (`*`: any object of the file) and the JSON path
 * (`[*]` matches any index), with why LL2's value cannot be reproduced.
 */
export interface CorpusException {
  file: string;
  object: string;
  path: string;
  reason: string;
}

export function matches(e: CorpusException, d: Difference): boolean {
  if (e.file !== d.file || (e.object !== '*' && e.object !== d.object)) return false;
  const pattern = new RegExp(`^${e.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\\[\\*\\]', '\\[\\d+\\]')}$`);
  return pattern.test(d.path);
}
