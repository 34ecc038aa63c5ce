import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Tables } from '../db/tables.generated.ts';
import { LRUCache } from 'lru-cache';
import { formatRate, parseRate, type Rate } from './rate.ts';

/** Named request rates for keys; `--rate` sets any other. A Map: a tier name is user input (`constructor` is no tier). */
export const TIERS: ReadonlyMap<string, string> = new Map([
  ['supporter', '210/hour'],
  ['pro', '600/hour'],
  ['business', '3000/hour'],
  ['unlimited', 'off'],
]);

export interface ApiKey {
  id: number;
  name: string;
  tier: string | null;
  rate: Rate | null;
  createdAt: string;
  revokedAt: string | null;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A stored key; createKey always writes a name, a rate and a creation time. */
function fromRow(r: Selectable<Tables['api_key']>): ApiKey {
  return { id: r.id, name: r.name ?? '', tier: r.tier, rate: parseRate(r.rate ?? 'off'), createdAt: r.created_at ?? '', revokedAt: r.revoked_at };
}

/** Creates a key; the token is returned once and only its hash is stored. */
export async function createKey(db: Kysely<Tables>, opts: { name: string; tier?: string; rate?: string }): Promise<{ key: ApiKey; token: string }> {
  const tierRate = TIERS.get(opts.tier ?? 'supporter');
  if (tierRate === undefined) throw new Error(`unknown tier ${opts.tier} (tiers: ${[...TIERS.keys()].join(', ')})`);
  const rate = formatRate(parseRate(opts.rate ?? tierRate));
  const token = randomBytes(20).toString('hex'); // the same form as DRF's tokens
  const row = await db
    .insertInto('api_key')
    .values({ name: opts.name, token_hash: hash(token), tier: opts.rate ? null : (opts.tier ?? 'supporter'), rate, created_at: new Date().toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { key: fromRow(row), token };
}

export async function listKeys(db: Kysely<Tables>): Promise<ApiKey[]> {
  return (await db.selectFrom('api_key').selectAll().orderBy('id').execute()).map(fromRow);
}

export async function revokeKey(db: Kysely<Tables>, id: number): Promise<boolean> {
  const res = await db.updateTable('api_key').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** How long a looked-up key (or its absence) is reused: a revocation takes effect within this time. */
export const KEY_CACHE_TTL_MS = 1000;

/** Token → key, cached briefly so a burst of requests costs one query; a revocation takes effect within `ttlMs`. */
export class KeyResolver {
  private readonly cache: LRUCache<string, { key: ApiKey | null }>;

  constructor(private readonly db: Kysely<Tables>, ttlMs = KEY_CACHE_TTL_MS) {
    this.cache = new LRUCache({ max: 10000, ttl: ttlMs });
  }

  async resolve(token: string): Promise<ApiKey | null> {
    const h = hash(token);
    const hit = this.cache.get(h);
    if (hit) return hit.key;
    const row = await this.db.selectFrom('api_key').selectAll().where('token_hash', '=', h).executeTakeFirst();
    const key = row && !row.revoked_at ? fromRow(row) : null;
    this.cache.set(h, { key });
    return key;
  }
}
