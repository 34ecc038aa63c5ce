import type { FastifyInstance } from 'fastify';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { syncTargets } from '../../src/sync/sync-plan.ts';
import type { Rate } from '../../src/throttle/rate.ts';
import { freshDatabase } from './app.ts';

/** A day a month back: generated `last_updated` values (all at or before it) are in the past. */
export const SYNC_ANCHOR = new Date(Math.floor((Date.now() - 30 * 86_400_000) / 86_400_000) * 86_400_000);

export interface Upstream {
  app: FastifyInstance;
  database: Database;
  /** `http://127.0.0.1:PORT/2.3.0` */
  url: string;
  origin: string;
  /** Requests to counted (non-throttle) API paths, how they were answered, when the anonymous ones came. */
  counts: { requests: number; throttleReads: number; statuses: Record<number, number>; anonymousTimes: number[] };
  close(): Promise<void>;
}

/** A second instance of our server on a loopback port, holding a generated dataset, counting what it is asked. */
export async function startUpstream(opts: { launches: number; seed: number; anonRate?: Rate | null }): Promise<Upstream> {
  const database = await freshDatabase();
  await generateDataset(database, { launches: opts.launches, seed: opts.seed, anchor: SYNC_ANCHOR });
  const app = buildApp({ database, anonRate: opts.anonRate ?? null, now: () => SYNC_ANCHOR });
  const counts = { requests: 0, throttleReads: 0, statuses: {} as Record<number, number>, anonymousTimes: [] as number[] };
  app.addHook('onResponse', async (req, reply) => {
    if (/^\/2\.3\.0\/api-throttle\//.test(req.url)) counts.throttleReads++;
    else if (/^\/2\.3\.0\//.test(req.url)) {
      counts.requests++;
      counts.statuses[reply.statusCode] = (counts.statuses[reply.statusCode] ?? 0) + 1;
      if (!req.headers.authorization) counts.anonymousTimes.push(Date.now());
    }
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    database,
    url: `${origin}/2.3.0`,
    origin,
    counts,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export type Fault = '500' | 'drop' | '429-once';

/**
 * A proxy in front of an upstream that misbehaves on a schedule: each `[after, fault]` starts once
 * `after` data requests went through. `500` answers 500 and `drop` closes the connection without an
 * answer, both until `heal()` retires them; `429-once` throttles one request (`Retry-After: 1`).
 */
export async function startFaultyProxy(target: string, schedule: Array<[after: number, fault: Fault]>) {
  const faults = [...schedule];
  let passed = 0;
  let failed = 0;
  const server: Server = createServer(async (req, res) => {
    const counted = !req.url!.startsWith('/2.3.0/api-throttle/');
    const [after, fault] = faults[0] ?? [Infinity, null];
    if (counted && passed >= after) {
      failed++;
      if (fault === 'drop') return req.socket.destroy();
      if (fault === '429-once') faults.shift();
      const status = fault === '500' ? 500 : 429;
      const body = fault === '500' ? { detail: 'A server error occurred.' } : { detail: 'Request was throttled. Expected available in 1 seconds.' };
      res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
      return res.end(JSON.stringify(body));
    }
    if (counted) passed++;
    const upstream = await fetch(`${target}${req.url}`, { headers: { accept: 'application/json' } });
    const headers: Record<string, string> = {};
    for (const h of ['content-type', 'date', 'retry-after']) {
      const v = upstream.headers.get(h);
      if (v) headers[h] = v;
    }
    res.writeHead(upstream.status, headers);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/2.3.0`,
    stats: () => ({ passed, failed }),
    /** The fault under way ends. */
    heal() {
      faults.shift();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Pages a full pass over `upstream` needs at 100 a page: counted from the upstream, not from the sync. */
export async function pagesOfFullPass(app: FastifyInstance): Promise<number> {
  let pages = 0;
  for (const t of syncTargets()) {
    if (t.singleton) pages++;
    else pages += Math.min(t.maxPages ?? Infinity, Math.max(1, Math.ceil((await app.inject({ url: `/2.3.0/${t.path}/?limit=1` })).json().count / 100)));
  }
  return pages;
}
