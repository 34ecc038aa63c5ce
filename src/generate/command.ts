import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Database } from '../db/connect.ts';
import { bumpDataVersion } from '../db/data-version.ts';
import { generateDataset } from './generate-dataset.ts';
import { DatabaseNotEmptyError, describeRows } from './replace-guard.ts';

export interface CommandIo {
  log(line: string): void;
  error(line: string): void;
  /** "Now" of the dataset (tests pin it; the CLI uses the generator's default). */
  anchor?: Date;
}

/**
 * `ll2 generate`: returns the exit status. The dataset replaces every row of the model's tables, so a
 * database that holds data is refused (status 1, nothing changed) unless `--replace` says to delete it.
 */
export async function generateCommand(database: Database, args: string[], io: CommandIo = { log: console.log, error: console.error }): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { launches: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, replace: { type: 'boolean', default: false } },
  });
  const launches = Number(values.launches);
  const seed = Number(values.seed);
  if (!Number.isInteger(launches) || launches < 1) throw new Error('generate: --launches must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('generate: --seed must be an integer');
  const started = Date.now();
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'generating [{bar}] {value}/{total} launches' }, cliProgress.Presets.shades_classic) : null;
  bar?.start(launches, 0);
  let deleted = '';
  let rows: Record<string, number>;
  try {
    rows = await generateDataset(database, {
      launches,
      seed,
      anchor: io.anchor,
      replace: values.replace,
      onReplace: (held) => (deleted = describeRows(held)),
      onProgress: (done: number) => bar?.update(done),
    });
  } catch (e) {
    bar?.stop();
    if (!(e instanceof DatabaseNotEmptyError)) throw e;
    io.error(`generate: ${e.message}`);
    return 1;
  }
  await bumpDataVersion(database.db); // running servers drop their cached responses
  for (const fn of database.written) fn();
  bar?.stop();
  const total = Object.values(rows).reduce((a: number, b: number) => a + b, 0);
  // said once the transaction has committed: a failure before that deletes nothing
  if (deleted) io.log(`replaced the database's content: deleted ${deleted} rows`);
  io.log(`generated ${launches} launches (${total} rows in ${Object.keys(rows).length} tables) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}
