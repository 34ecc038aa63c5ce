import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from './db/connect.ts';
import { mountDocs } from './api/docs-routes.ts';
import { mountResources, notFoundHandler } from './api/routes.ts';
import { resources } from './resources/index.ts';

export interface AppOptions {
  database: Database;
  publicBaseUrl?: string;
  /** The clock for upcoming/previous (tests pin it). */
  now?: () => Date;
  logger?: boolean;
}

/** Builds the HTTP app without listening: the server listens on it, tests call `inject()`. */
export function buildApp(opts: AppOptions): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: true });
  mountResources(app, resources, { database: opts.database, publicBaseUrl: opts.publicBaseUrl, now: opts.now ?? (() => new Date()) });
  mountDocs(app, resources, '2.3.0');
  app.setNotFoundHandler(notFoundHandler);
  app.setErrorHandler((err, req, reply) => {
    req.log.error({ err }, 'request failed');
    reply.code(500).send({ detail: 'A server error occurred.' });
  });
  return app;
}
