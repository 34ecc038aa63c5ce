import type { Kysely } from 'kysely';
import type { Database } from '../db/connect.ts';
import type { Tables } from '../db/tables.generated.ts';
import type { ModelDb } from '../db/model-db.ts';
import { importDocument } from '../ingest/import-document.ts';
import { saveCheckpoint, type Checkpoint, type PassKind } from './checkpoint.ts';
import { recordResource } from './mirror-state.ts';
import { incrementalTargets, syncTargets, type SyncTarget } from './sync-plan.ts';
import { UpstreamError, type UpstreamClient } from './upstream-client.ts';
import { rebase } from './upstream-url.ts';
import { SyncStopped } from './wait.ts';

export type SyncEvent =
  | { type: 'pass'; kind: PassKind; resumed: boolean }
  | { type: 'page'; resource: string; index: number; targets: number; fetched: number; total: number }
  | { type: 'skip'; resource: string; reason: string }
  | { type: 'wait'; seconds: number; reason: string };

export interface PassContext {
  database: Database;
  client: UpstreamClient;
  /** The upstream's 2.3.0 base URL. */
  base: string;
  /** Page size asked for (LL2's maximum is 100). */
  limit: number;
  /** How far before the watermark an incremental pass starts, for clock skew and slow commits. */
  marginMs: number;
  signal?: AbortSignal;
  onEvent?: (e: SyncEvent) => void;
}

export interface PassOutcome {
  stopped: boolean;
  pages: number;
  objects: number;
}

/**
 * Runs (or continues) the pass the checkpoint names, page by page. Each page is imported in one
 * transaction together with the checkpoint that points past it, so a crash at any moment leaves a
 * checkpoint naming exactly the first page not imported. Between pages it checks for a stop request.
 */
export async function runPass(ctx: PassContext, start: Checkpoint): Promise<PassOutcome> {
  const outcome: PassOutcome = { stopped: false, pages: 0, objects: 0 };
  try {
    await walk(ctx, start, outcome);
  } catch (e) {
    if (!(e instanceof SyncStopped)) throw e;
    outcome.stopped = true; // stopped while waiting for the upstream: the checkpoint names the page not read
  }
  return outcome;
}

async function walk(ctx: PassContext, start: Checkpoint, outcome: PassOutcome): Promise<void> {
  const kind = start.pass!;
  const all = syncTargets();
  const plan = kind === 'full' ? all : incrementalTargets(all);
  let cp = { ...start };
  let first = cp.resource ? plan.findIndex((t) => t.path === cp.resource) : 0;
  if (first < 0) first = 0; // the plan changed since the checkpoint: start the pass's list again

  for (let i = first; i < plan.length; i++) {
    const target = plan[i];
    let url: string | null = cp.resource === target.path && cp.nextUrl ? cp.nextUrl : firstUrl(ctx, target, kind, cp.watermark);
    let fetched = 0;
    while (url) {
      if (ctx.signal?.aborted) throw new SyncStopped();
      const body = await ctx.client.getJson(url);
      if (body === null) {
        ctx.onEvent?.({ type: 'skip', resource: target.path, reason: `${url} answered 404` });
        url = null;
      } else {
        const results = target.singleton ? [body] : pageResults(body, url);
        const offset: number = Number(new URL(url).searchParams.get('offset') ?? 0);
        // a target read only in part (the most recent previous launches) ends after its first pages
        const last: boolean = target.maxPages !== undefined && Math.floor(offset / ctx.limit) + 1 >= target.maxPages;
        const next: string | null = target.singleton || last ? null : nextUrl(ctx, target, kind, url, body as Page);
        const following = next ? target.path : (plan[i + 1]?.path ?? null);
        const after: Checkpoint = { ...cp, resource: following, nextUrl: next, pages: cp.pages + 1 };
        // what GET /mirror/ and read-through know of the resource: the upstream's count (a full pass's
        // pages count the whole resource), and whether a full pass has now read all of it
        const note = { count: kind === 'full' && !target.singleton ? (body as Page).count : null, done: kind === 'full' && next === null, at: new Date().toISOString() };
        const bookkeeping = async (trx: Kysely<Tables> | ModelDb) => {
          await saveCheckpoint(trx as Kysely<Tables>, after);
          await recordResource(trx as Kysely<Tables>, cp.upstream, target.path, note);
        };
        if (results.length) {
          try {
            await importDocument(ctx.database, body, { entity: target.entity, version: '2.3.0', alsoInTransaction: bookkeeping, source: `upstream:${ctx.base}` });
          } catch (e) {
            throw new UpstreamError(`importing ${url}: ${(e as Error).message}`);
          }
        } else await ctx.database.db.transaction().execute(bookkeeping);
        cp = after;
        outcome.pages++;
        outcome.objects += results.length;
        fetched += results.length;
        const page = body as Page;
        const remaining = target.singleton || !next ? 0 : Math.max(0, page.count - offset - results.length);
        ctx.onEvent?.({ type: 'page', resource: target.path, index: i, targets: plan.length, fetched, total: fetched + remaining });
        url = next;
      }
    }
    if (cp.resource === target.path) {
      // nothing imported for this resource's last page (a 404): move the checkpoint on by hand
      cp = { ...cp, resource: plan[i + 1]?.path ?? null, nextUrl: null };
      await saveCheckpoint(ctx.database.db, cp);
      await recordResource(ctx.database.db, cp.upstream, target.path, { count: null, done: kind === 'full', at: new Date().toISOString() });
    }
  }
}

interface Page {
  count: number;
  next: string | null;
  results: Array<Record<string, unknown>>;
}

function pageResults(body: unknown, url: string): unknown[] {
  const page = body as Partial<Page> | null;
  if (!page || typeof page !== 'object' || !Array.isArray(page.results) || typeof page.count !== 'number') {
    throw new UpstreamError(`${url}: not an LL2 page (no count/results)`);
  }
  return page.results;
}

function query(params: Record<string, string | number | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== null && v !== '');
  return entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
}

/** The first page of a resource in this pass. */
function firstUrl(ctx: PassContext, t: SyncTarget, kind: PassKind, watermark: string | null): string {
  if (t.singleton) return `${ctx.base}/${t.path}/${t.mode ? `?mode=${t.mode}` : ''}`;
  if (kind === 'incremental' && t.incremental) {
    const since = watermark ? isoSeconds(Date.parse(watermark) - ctx.marginMs) : null;
    return keysetUrl(ctx, t, since, 0);
  }
  return `${ctx.base}/${t.path}/?${query({ limit: ctx.limit, mode: t.mode, ordering: t.ordering })}`;
}

/**
 * Incremental pages walk `last_updated` upwards instead of by offset: each page asks for
 * `last_updated__gte=<the last value seen>` and skips the rows at that value it already has. A launch
 * edited mid-pass moves to the end of the order and is read again there, rather than shifting the
 * offsets under us and making us skip an unchanged neighbour.
 */
function keysetUrl(ctx: PassContext, t: SyncTarget, since: string | null, skip: number): string {
  return `${ctx.base}/${t.path}/?${query({ last_updated__gte: since, limit: ctx.limit, mode: t.mode, offset: skip || null, ordering: 'last_updated' })}`;
}

function nextUrl(ctx: PassContext, t: SyncTarget, kind: PassKind, url: string, page: Page): string | null {
  if (!page.next) return null;
  if (kind !== 'incremental' || !t.incremental) return rebase(page.next, ctx.base);
  const stamps = page.results.map((r) => (typeof r.last_updated === 'string' ? r.last_updated : null));
  const ascending = stamps.every((s, k) => s !== null && (k === 0 || Date.parse(stamps[k - 1]!) <= Date.parse(s)));
  // An upstream that ignores ordering=last_updated: its own offset links are the deterministic choice left.
  if (!ascending || !stamps.length) return rebase(page.next, ctx.base);
  const params = new URL(url).searchParams;
  const since = params.get('last_updated__gte');
  const skip = Number(params.get('offset') ?? 0);
  const last = stamps[stamps.length - 1]!;
  if (last === since) return keysetUrl(ctx, t, since, skip + stamps.length); // a page all at one instant
  return keysetUrl(ctx, t, last, stamps.filter((s) => s === last).length);
}

/** `YYYY-MM-DDTHH:MM:SSZ`, rounded down (an earlier bound only re-reads a little more). */
export function isoSeconds(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}
