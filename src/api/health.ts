import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/connect.ts';
import type { SharedRedis } from '../redis/shared-redis.ts';

/**
 * `/health`: the database's and Redis's reachability; never cached, never throttled.
 * 503 only when the database does not answer: without Redis a process still serves every request
 * (throttle and shared cache fail open), so a load balancer should keep it in rotation. Redis being
 * down makes the status `degraded` with 200.
 */
export function mountHealth(app: FastifyInstance, database: Database, redis?: SharedRedis): void {
  app.get('/health', async (_req, reply) => {
    const [db, shared] = await Promise.all([databaseHealth(database), redisHealth(redis)]);
    const status = db.status !== 'ok' ? 'unavailable' : shared.status === 'down' ? 'degraded' : 'ok';
    return reply
      .code(status === 'unavailable' ? 503 : 200)
      .header('Cache-Control', 'no-store')
      .send({ status, database: db, redis: shared });
  });
}

async function databaseHealth(database: Database) {
  const started = Date.now();
  let status: string;
  try {
    await database.ping(); // never queued behind busy reader threads or pooled connections
    status = 'ok';
  } catch (e) {
    status = `error: ${(e as Error).message}`;
  }
  return { dialect: database.dialect, status, ms: Date.now() - started };
}

async function redisHealth(redis?: SharedRedis): Promise<{ status: 'ok' | 'down' | 'not configured'; ms?: number }> {
  if (!redis) return { status: 'not configured' };
  const started = Date.now();
  const ok = await redis.ping();
  return { status: ok ? 'ok' : 'down', ms: Date.now() - started };
}
