import { CompiledQuery, type Compilable } from 'kysely';
import type { Key, Row } from './row.ts';
import type { ModelDb } from '../db/model-db.ts';
import { dialectOf, dialects } from '../db/dialect.ts';

/** A read whose only parameters are a list of keys (`... WHERE x IN (?, ?, ...)`). */
export interface KeyedRead {
  /** Names the query's shape: reads of one kind and list length share one compiled text. */
  kind: string;
  keys: Key[];
  build: (keys: Key[]) => Compilable;
}

/**
 * Runs keyed reads, compiling each once per query kind and list length. A page's loader issues dozens of
 * these; building and compiling each through Kysely costs more than SQLite takes to answer it. Lists are
 * padded (repeating a key, which `IN` ignores) to a few lengths, so the compiled texts — and the driver's
 * prepared statements — repeat. Reads issued together (`all`) go to the database in one statement where
 * its dialect can combine them (PostgreSQL: one round trip instead of one per read).
 */
export class KeyedQueries {
  private readonly compiled = new Map<string, string | null>();
  private readonly combine: ((queries: CompiledQuery[]) => { query: CompiledQuery; split(rows: Row[]): Row[][] }) | undefined;

  constructor(private readonly db: ModelDb) {
    this.combine = dialects[dialectOf(db)].combineReads;
  }

  async all(reads: KeyedRead[]): Promise<Row[][]> {
    const queries = reads.map((r) => this.compile(r));
    if (queries.length > 1 && this.combine) {
      const out: Row[][] = [];
      // PostgreSQL binds at most 65,535 parameters per statement
      for (const group of paramGroups(queries, MAX_COMBINED_PARAMETERS)) {
        if (group.length === 1) out.push((await this.db.executeQuery<Row>(group[0])).rows);
        else {
          const { query, split } = this.combine(group);
          out.push(...split((await this.db.executeQuery<Row>(query)).rows));
        }
      }
      return out;
    }
    const out: Row[][] = [];
    for (const q of queries) out.push((await this.db.executeQuery<Row>(q)).rows);
    return out;
  }

  private compile({ kind, keys, build }: KeyedRead): CompiledQuery {
    const padded = padKeys(keys);
    const cacheKey = `${kind}\n${padded.length}`;
    let text = this.compiled.get(cacheKey);
    if (text === undefined) {
      const query = build(padded).compile();
      // only a query whose parameters are exactly the keys can be rerun with other keys
      const reusable = query.parameters.length === padded.length && query.parameters.every((p, i) => p === padded[i]);
      this.compiled.set(cacheKey, (text = reusable ? query.sql : null));
      if (!reusable) return query;
    }
    return text === null ? build(padded).compile() : CompiledQuery.raw(text, padded);
  }
}

const MAX_COMBINED_PARAMETERS = 30_000;

/** Consecutive queries grouped so that no group binds more than `max` parameters (a bigger query stands alone). */
function paramGroups(queries: CompiledQuery[], max: number): CompiledQuery[][] {
  const groups: CompiledQuery[][] = [];
  let n = Infinity;
  for (const q of queries) {
    if (n + q.parameters.length > max) {
      groups.push([]);
      n = 0;
    }
    groups.at(-1)!.push(q);
    n += q.parameters.length;
  }
  return groups;
}

const LENGTHS = [1, 2, 4, 8, 16, 32, 64, 100, 200, 300, 400, 500];

function padKeys(keys: Key[]): Key[] {
  const n = LENGTHS.find((l) => l >= keys.length) ?? keys.length;
  if (n === keys.length) return keys;
  const out = keys.slice();
  while (out.length < n) out.push(keys[0]);
  return out;
}
