import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { pageLinks } from '../api/links.ts';
import { originOf } from '../api/routes.ts';
import type { Database } from '../db/connect.ts';
import { CHANGE_TYPES, type ChangeType } from './change-log.ts';
import sse, { type SSEPluginOptions } from '@fastify/sse';
import { ChangeFeed } from './feed.ts';
import { asQueried, changesAfter, readChanges, type ChangeRecord, type ChangesQuery } from './read.ts';

/** A comment line every so often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 30_000;
/** Streams one process serves at once; more are refused with 503 (each holds a connection and a queue). */
const MAX_STREAMS = 1000;
/** Records waiting for a slow client; past it the stream is closed (the client resumes with Last-Event-ID). */
const MAX_QUEUED = 10_000;

/** LL2's page sizes: 10 unless asked, 100 at most. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/**
 * `GET /changes/` (outside `/2.x.0/`: LL2 has no change feed): what imports and syncs changed in launches
 * and events, newest first, as a DRF page (`count`, `next`, `previous`, `results`; `limit` and `offset`).
 * Filters: `since` (an ISO time: changes recorded at or after it), `type` (`launch`, `event`), `id` (one
 * object: with `field=net`, a launch's slip history) and `field` (comma list; each record then lists only
 * those fields). Bad values get DRF's 400 with the parameter's messages.
 */
export function mountChanges(app: FastifyInstance, deps: { database: Database; publicBaseUrl?: string; trustProxyHops?: number }): void {
  const feed = new ChangeFeed(deps.database.db);
  const wake = () => feed.wake();
  deps.database.written.add(wake);
  app.addHook('onClose', async () => {
    deps.database.written.delete(wake);
    feed.stop();
  });
  void app.register(async (scope) => {
    // the package's CommonJS export is the plugin wrapped by fastify-plugin (its hooks reach this scope's
    // routes); its typings describe the module instead
    await scope.register(sse as unknown as FastifyPluginAsync<SSEPluginOptions>, { heartbeatInterval: HEARTBEAT_MS });
    mountStream(scope, feed, deps);
  });
  app.get('/changes/', async (req, reply) => {
    const url = new URL(req.url, 'http://localhost');
    const params = url.searchParams;
    const parsed = parseQuery(params);
    if ('errors' in parsed) return reply.code(400).send(parsed.errors);
    const limit = pageNumber(params.get('limit'), DEFAULT_LIMIT, 1, MAX_LIMIT);
    const offset = pageNumber(params.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
    const origin = originOf(req, deps.publicBaseUrl, deps.trustProxyHops ?? 0);
    const { count, results } = await readChanges(deps.database.db, parsed.query, limit, offset, origin);
    return reply
      .header('Cache-Control', 'no-cache')
      .send({ count, ...pageLinks(`${origin}/changes/`, params, count, limit, offset), results });
  });
}

/** The filters of a request, or DRF's 400 body naming each bad one. */
export function parseQuery(params: URLSearchParams): { query: ChangesQuery } | { errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const query: ChangesQuery = {};
  const since = params.get('since');
  if (since) {
    const ms = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/.test(since) ? Date.parse(since) : NaN;
    if (Number.isNaN(ms)) errors.since = ['Enter a valid date/time.'];
    else query.since = new Date(ms).toISOString();
  }
  const type = params.get('type');
  if (type) {
    if ((CHANGE_TYPES as readonly string[]).includes(type)) query.type = type as ChangeType;
    else errors.type = [`Select a valid choice. ${type} is not one of the available choices.`];
  }
  const id = params.get('id');
  if (id) query.id = id;
  const field = params.get('field');
  if (field) query.fields = field.split(',').map((f) => f.trim()).filter(Boolean);
  return Object.keys(errors).length ? { errors } : { query };
}

/** DRF's LimitOffsetPagination: a value that is not a whole number falls back to the default. */
function pageNumber(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const n = Number(raw);
  return n < min ? fallback : Math.min(n, max);
}


/**
 * `GET /changes/stream`: the change log as Server-Sent Events (`id:` the record's id, `event: change`,
 * `data:` the record as GET /changes/ shows it), with the same `type`, `id`, `field` filters. A client
 * that reconnects with `Last-Event-ID` (or `?last_event_id=`) first gets every record after that one,
 * read from the database in batches; otherwise the stream starts with the next change. Records reach the
 * stream within a second of being recorded by any process (ChangeFeed).
 */
function mountStream(app: FastifyInstance, feed: ChangeFeed, deps: { database: Database; publicBaseUrl?: string; trustProxyHops?: number }): void {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of open) close();
  });
  app.get(
    '/changes/stream',
    {
      sse: 'only',
      // bad filters, or too many streams: a plain JSON answer before any event is written
      preHandler: async (req, reply) => {
        const parsed = parseQuery(new URL(req.url, 'http://localhost').searchParams);
        if ('errors' in parsed) return reply.code(400).send(parsed.errors);
        if (open.size >= MAX_STREAMS) return reply.code(503).header('Retry-After', '60').send({ detail: 'Too many open streams; try again later.' });
      },
    },
    async (req, reply) => {
      const params = new URL(req.url, 'http://localhost').searchParams;
      const { query } = parseQuery(params) as { query: ChangesQuery };
      const origin = originOf(req, deps.publicBaseUrl, deps.trustProxyHops ?? 0);
      const resumeFrom = Number(reply.sse.lastEventId ?? params.get('last_event_id') ?? NaN);
      const queue: ChangeRecord[] = [];
      let sent = Number.isInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : await feed.newest();
      let sending: Promise<void> = Promise.resolve();
      const send = async (r: ChangeRecord) => {
        if (r.id <= sent) return;
        sent = r.id;
        const shown = asQueried(r, query);
        if (shown && reply.sse.isConnected) await reply.sse.send({ id: String(r.id), event: 'change', data: { ...shown, object: { ...shown.object, url: shown.object.url.startsWith('/') ? `${origin}${shown.object.url}` : shown.object.url } } });
      };
      const drain = () => {
        sending = sending.then(async () => {
          while (queue.length && reply.sse.isConnected) await send(queue.shift()!);
        });
      };
      const close = () => reply.sse.close();
      open.add(close);
      reply.sse.keepAlive();
      // the client learns at once that it is connected, before the first change
      reply.sse.sendHeaders();
      reply.raw.flushHeaders();
      // follow first, then catch up from the database: nothing recorded meanwhile is missed (send() skips what was sent)
      const unsubscribe = await feed.subscribe((records) => {
        queue.push(...records);
        if (queue.length > MAX_QUEUED) return close();
        drain();
      });
      reply.sse.onClose(() => {
        unsubscribe();
        open.delete(close);
      });
      sending = sending.then(async () => {
        for (;;) {
          const batch = await changesAfter(deps.database.db, sent, 100, origin);
          for (const r of batch) await send(r);
          if (batch.length < 100 || !reply.sse.isConnected) break;
        }
      });
      drain();
      await sending;
    },
  );
}
