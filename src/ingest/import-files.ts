import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/connect.ts';
import { importDocument, type ImportOptions, type ImportResult } from './import-document.ts';

export interface FileOutcome {
  file: string;
  result?: ImportResult;
  error?: string;
}

/** The JSON files named, directories expanded (recursively, sorted by path). */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      const entries = readdirSync(p).sort().map((e) => join(p, e));
      out.push(...expandPaths(entries.filter((e) => statSync(e).isDirectory() || e.endsWith('.json'))));
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
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`not valid JSON: ${(e as Error).message}`);
      }
      outcome = { file, result: await importDocument(database, doc, opts) };
    } catch (e) {
      outcome = { file, error: `${file}: ${(e as Error).message}` };
    }
    outcomes.push(outcome);
    opts.onFile?.(outcome, i);
  }
  return outcomes;
}
