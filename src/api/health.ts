import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/connect.ts';

/** `/health`: 200 when the database answers, 503 otherwise; never cached, never throttled. */
export function mountHealth(app: FastifyInstance, database: Database): void {
  app.get('/health', async (_req, reply) => {
    const started = Date.now();
    let db: string;
    try {
      await sql`select 1`.execute(database.db);
      db = 'ok';
    } catch (e) {
      db = `error: ${(e as Error).message}`;
    }
    const ok = db === 'ok';
    return reply
      .code(ok ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send({ status: ok ? 'ok' : 'unavailable', database: { dialect: database.dialect, status: db, ms: Date.now() - started } });
  });
}
