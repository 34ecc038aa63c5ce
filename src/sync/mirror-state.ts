import type { Kysely } from 'kysely';
import type { ResourceDecl } from '../api/resource.ts';
import { pathAliases, resourcePaths } from '../api/resource-paths.ts';
import type { Tables } from '../db/tables.generated.ts';
import { loadCheckpoint, type Checkpoint } from './checkpoint.ts';
import { SYNC_VERSION } from './upstream-url.ts';

/** Table `sync_resource`: what the passes learnt of one upstream resource. */
export interface ResourceRecord {
  resource: string;
  /** The upstream's count, from the last page of a full pass that read it. */
  upstreamCount: number | null;
  /** When a full pass first read all of it: from then on it is answered from here only. */
  firstDoneAt: string | null;
  lastReadAt: string | null;
}

/** Notes a page of `resource` read by a pass (in the page's own transaction). */
export async function recordResource(db: Kysely<Tables>, upstream: string, resource: string, page: { count: number | null; done: boolean; at: string }): Promise<void> {
  const values = { last_read_at: page.at, ...(page.count !== null ? { upstream_count: page.count } : {}) };
  await db
    .insertInto('sync_resource')
    .values({ upstream, resource, ...values, first_done_at: page.done ? page.at : null })
    .onConflict((oc) =>
      oc.columns(['upstream', 'resource']).doUpdateSet((eb) => ({
        ...values,
        // set once, by the first full pass that reaches its end
        first_done_at: page.done ? eb.fn.coalesce('sync_resource.first_done_at', eb.val(page.at)) : eb.ref('sync_resource.first_done_at'),
      })),
    )
    .execute();
}

export async function loadResources(db: Kysely<Tables>, upstream: string): Promise<ResourceRecord[]> {
  const rows = await db.selectFrom('sync_resource').selectAll().where('upstream', '=', upstream).orderBy('resource').execute();
  return rows.map((r) => ({ resource: r.resource, upstreamCount: r.upstream_count === null ? null : Number(r.upstream_count), firstDoneAt: r.first_done_at, lastReadAt: r.last_read_at }));
}

/** The mirror loop's own notes on the checkpoint row: when the last pass ended, the next is due, the last error. */
export async function recordMirror(db: Kysely<Tables>, upstream: string, values: Partial<Record<'last_pass_at' | 'next_pass_at' | 'last_error' | 'last_error_at' | 'hot_at', string | null>>): Promise<void> {
  await db
    .insertInto('sync_checkpoint')
    .values({ upstream, pages: 0, ...values })
    .onConflict((oc) => oc.column('upstream').doUpdateSet(values))
    .execute();
}

export interface MirrorNotes {
  lastPassAt: string | null;
  nextPassAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  hotAt: string | null;
}

export async function loadMirrorNotes(db: Kysely<Tables>, upstream: string): Promise<MirrorNotes> {
  const row = await db.selectFrom('sync_checkpoint').select(['last_pass_at', 'next_pass_at', 'last_error', 'last_error_at', 'hot_at']).where('upstream', '=', upstream).executeTakeFirst();
  return { lastPassAt: row?.last_pass_at ?? null, nextPassAt: row?.next_pass_at ?? null, lastError: row?.last_error ?? null, lastErrorAt: row?.last_error_at ?? null, hotAt: row?.hot_at ?? null };
}

/**
 * The sync resource (a 2.3.0 path) whose first pass answers a list of `decl`, any version: its own path
 * in 2.3.0, the path of its entity otherwise (`/2.2.0/launch/upcoming/` is `launches/upcoming`). The
 * previous launches or events are complete only with the whole history (the pass reads one page of them
 * early), so a previous view waits for its list. Null: no list the sync reads.
 */
export function syncResourceOf(decl: ResourceDecl): string | null {
  if (decl.singleton !== undefined) return null;
  const view = /\/(upcoming|previous)$/.exec(decl.path)?.[1];
  const list = pathAliases[decl.path] ?? decl.path;
  const current = decl.version === SYNC_VERSION ? list : (resourcePaths[decl.entity.name]?.[SYNC_VERSION] ?? (list.startsWith('config/') ? list : null));
  if (!current) return null;
  return view === 'upcoming' ? `${current}/upcoming` : current;
}

/**
 * What the processes serving requests know of the mirror's progress, read from the database (the
 * syncing process may be another one) at most once a second.
 */
export class MirrorProgress {
  private done = new Set<string>();
  private complete = false;
  private readAt = 0;
  private pending: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Tables>,
    readonly upstream: string,
    private readonly maxAgeMs = 1000,
  ) {}

  /** Whether a full pass has read all of `resource` (a sync resource path; see syncResourceOf). */
  async firstPassDone(resource: string): Promise<boolean> {
    if (this.complete) return true;
    if (Date.now() - this.readAt >= this.maxAgeMs) {
      this.pending ??= this.read().finally(() => (this.pending = null));
      await this.pending;
    }
    return this.complete || this.done.has(resource);
  }

  private async read(): Promise<void> {
    const [cp, rows]: [Checkpoint, ResourceRecord[]] = await Promise.all([loadCheckpoint(this.db, this.upstream), loadResources(this.db, this.upstream)]);
    this.done = new Set(rows.filter((r) => r.firstDoneAt).map((r) => r.resource));
    // once a full pass completed, every resource was read once: nothing is partial any more
    this.complete = cp.fullSyncedAt !== null;
    this.readAt = Date.now();
  }
}
