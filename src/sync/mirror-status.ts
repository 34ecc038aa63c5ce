import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/connect.ts';
import type { Tables } from '../db/tables.generated.ts';
import { model } from '../model/entities.ts';
import { BROWSABLE_CSP, renderBrowsablePage } from '../render/browsable.ts';
import type { ThrottleStore } from '../throttle/store.ts';
import { loadCheckpoint } from './checkpoint.ts';
import { syncLease } from './mirror.ts';
import { loadMirrorNotes, loadResources } from './mirror-state.ts';
import { syncTargets } from './sync-plan.ts';
import { UpstreamClient } from './upstream-client.ts';

export interface MirrorStatusDeps {
  database: Database;
  /** The upstream's 2.3.0 base URL. */
  upstream: string;
  token?: string;
  store: ThrottleStore;
  /** Whether this process is the one syncing (holds the lease). */
  syncing: () => boolean;
}

/** How long one answer of GET /mirror/ is reused (it counts every table). */
const STATUS_TTL_MS = 2000;

/**
 * `GET /mirror/` (outside `/2.x.0/`: not an LL2 path): where the mirror stands, per resource (objects
 * here and the upstream's count, first pass done, last read), the pass under way, the last and next
 * pass, the upstream budget left, the last error. JSON for `?format=json` (and by default); a browser
 * asking for HTML gets the browsable page with the same body.
 */
export function mountMirrorStatus(app: FastifyInstance, deps: MirrorStatusDeps): void {
  // reads /api-throttle/ (free) and the shared request count; never spends the budget
  const client = new UpstreamClient({ base: deps.upstream, token: deps.token, store: deps.store, timeoutMs: 5000, retries: 0 });
  let cached: { at: number; body: Promise<unknown> } | null = null;
  app.get('/mirror/', async (req, reply) => {
    const format = new URL(req.url, 'http://localhost').searchParams.get('format');
    if (format !== null && format !== 'json' && format !== 'api') return reply.code(404).send({ detail: 'Not found.' });
    if (!cached || Date.now() - cached.at > STATUS_TTL_MS) {
      const body = mirrorStatus(deps, client);
      cached = { at: Date.now(), body };
      body.catch(() => (cached = null));
    }
    const body = await cached.body;
    reply.header('Cache-Control', 'no-store').header('Vary', 'Accept');
    const html = format === 'api' || (format === null && (req.headers.accept ?? '').includes('text/html'));
    if (!html) return reply.send(body);
    const page = renderBrowsablePage({
      viewName: 'Mirror',
      help: [{ heading: 'Mirror', text: `This server mirrors ${deps.upstream}. Per resource: objects here, the upstream's count, whether the first full pass has read it all (until then, lists are forwarded to the upstream while its budget allows, or marked partial with the X-LL2-Mirror header).` }],
      method: 'GET',
      requestPath: req.url,
      status: 200,
      headers: [
        ['Content-Type', 'application/json'],
        ['Vary', 'Accept'],
      ],
      body,
      jsonHref: '/mirror/?format=json',
      apiHref: '/mirror/?format=api',
    });
    return reply.header('Content-Security-Policy', BROWSABLE_CSP).type('text/html; charset=utf-8').send(page);
  });
}

/** The body of GET /mirror/. */
export async function mirrorStatus(deps: MirrorStatusDeps, client: UpstreamClient): Promise<unknown> {
  const db = deps.database.db;
  const [cp, notes, records, lease, budget] = await Promise.all([
    loadCheckpoint(db, deps.upstream),
    loadMirrorNotes(db, deps.upstream),
    loadResources(db, deps.upstream),
    syncLease(deps.database, deps.upstream, 0).current(),
    client.budget.status().catch(() => null),
  ]);
  const byPath = new Map(records.map((r) => [r.resource, r]));
  const resources = [];
  for (const t of syncTargets()) {
    const r = byPath.get(t.path);
    // a view (upcoming launches) counts its list's objects here; the upstream's count is the view's own
    const here = t.path.includes('/upcoming') || t.path.includes('/previous') ? null : await countRows(db, model[t.entity].table);
    resources.push({
      resource: t.path,
      here,
      upstream: r?.upstreamCount ?? null,
      first_pass_done: cp.fullSyncedAt !== null || !!r?.firstDoneAt,
      first_pass_done_at: r?.firstDoneAt ?? null,
      last_read_at: r?.lastReadAt ?? null,
    });
  }
  return {
    upstream: deps.upstream,
    syncing: lease ? { holder: lease.holder, until: lease.expiresAt, this_process: deps.syncing() } : null,
    first_pass_done: cp.fullSyncedAt !== null,
    pass: cp.pass ? { kind: cp.pass, started_at: cp.passStartedAt, resource: cp.resource, pages: cp.pages } : null,
    last_pass_at: notes.lastPassAt,
    next_pass_at: notes.nextPassAt,
    full_synced_at: cp.fullSyncedAt,
    watermark: cp.watermark,
    hot_refreshed_at: notes.hotAt,
    budget: budget && {
      limit: budget.limit,
      window_seconds: budget.windowSeconds,
      used_by_this_server: budget.used,
      used_by_others: budget.others,
      left: budget.left,
    },
    last_error: notes.lastError ? { message: notes.lastError, at: notes.lastErrorAt } : null,
    resources,
  };
}

async function countRows(db: Kysely<Tables>, table: string): Promise<number> {
  const row = await (db as unknown as Kysely<Record<string, { id: unknown }>>)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
