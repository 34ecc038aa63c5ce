import { CompiledQuery, type Compilable } from 'kysely';
import type { Key, Row } from './row.ts';
import type { ModelDb } from '../db/model-db.ts';

/**
 * Runs a query whose only parameters are a list of keys (`... WHERE x IN (?, ?, ...)`), compiling it once
 * per query kind and list length. A page's loader issues dozens of these; building and compiling each
 * through Kysely costs more than SQLite takes to answer it. Lists are padded (repeating a key, which
 * `IN` ignores) to a few lengths, so the compiled texts — and the driver's prepared statements — repeat.
 */
export class KeyedQueries {
  private readonly compiled = new Map<string, string | null>();

  constructor(private readonly db: ModelDb) {}

  async rows(kind: string, keys: Key[], build: (keys: Key[]) => Compilable): Promise<Row[]> {
    const padded = padKeys(keys);
    const cacheKey = `${kind}\n${padded.length}`;
    let text = this.compiled.get(cacheKey);
    if (text === undefined) {
      const query = build(padded).compile();
      // only a query whose parameters are exactly the keys can be rerun with other keys
      const reusable = query.parameters.length === padded.length && query.parameters.every((p, i) => p === padded[i]);
      this.compiled.set(cacheKey, (text = reusable ? query.sql : null));
      if (!reusable) return (await this.db.executeQuery<Row>(query)).rows;
    }
    if (text === null) return (await this.db.executeQuery<Row>(build(padded).compile())).rows;
    return (await this.db.executeQuery<Row>(CompiledQuery.raw(text, padded))).rows;
  }
}

const LENGTHS = [1, 2, 4, 8, 16, 32, 64, 100, 200, 300, 400, 500];

function padKeys(keys: Key[]): Key[] {
  const n = LENGTHS.find((l) => l >= keys.length) ?? keys.length;
  if (n === keys.length) return keys;
  const out = keys.slice();
  while (out.length < n) out.push(keys[0]);
  return out;
}
