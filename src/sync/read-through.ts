import type { ResourceDecl } from '../api/resource.ts';
import type { Database } from '../db/connect.ts';
import { importDocument } from '../ingest/import-document.ts';
import { resources } from '../resources/index.ts';
import type { ThrottleStore } from '../throttle/store.ts';
import { syncResourceOf, type MirrorProgress } from './mirror-state.ts';
import { READ_THROUGH_USE } from './shared-budget.ts';
import { UpstreamClient, type NowAnswer } from './upstream-client.ts';
import { SYNC_VERSION } from './upstream-url.ts';

/** Longest a client waits on the upstream for a read-through (then it gets what is here). */
const READ_THROUGH_TIMEOUT_MS = 10_000;
/** An id the upstream does not know is not asked again for this long. */
const MISSING_TTL_MS = 10 * 60_000;
const MISSING_MAX = 10_000;
/** Forwarded pages waiting to be imported: beyond this, a page is answered but not kept. */
const IMPORT_QUEUE_MAX = 8;
/** After the upstream failed (unreachable, 5xx), clients are answered from here at once for this long. */
const PAUSE_AFTER_FAILURE_MS = 30_000;

/** The response header that says how a mirror answered while its first pass is not finished. */
export const MIRROR_HEADER = 'x-ll2-mirror';

export type ListAnswer =
  /** The first pass has read this resource: answer from here as usual. */
  | { kind: 'local' }
  /** Not read yet and no budget: answer from here, and say the data is partial. */
  | { kind: 'partial' }
  /** The upstream's page, its links written for this server. */
  | { kind: 'forwarded'; body: string };

/**
 * Read-through while the mirror is incomplete (issue #14): a list whose resource the first pass has not
 * read yet is forwarded to the upstream while its budget (shared with the sync and every process) has
 * room, and the page is imported for later; otherwise the local answer says it is partial. An object
 * missing here is fetched, imported and answered. Never waits for the budget and never retries: a
 * client waits at most READ_THROUGH_TIMEOUT_MS on the upstream, and a failure answers what is here.
 */
export class ReadThrough {
  private readonly client: UpstreamClient;
  /** The upstream's host part: `https://ll.thespacedevs.com` for `https://ll.thespacedevs.com/2.3.0`. */
  private readonly upstreamRoot: string;
  private readonly missing = new Map<string, number>();
  private readonly fetching = new Map<string, Promise<'fetched' | 'partial' | 'local'>>();
  private imports: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private failedUntil = 0;

  constructor(
    private readonly database: Database,
    private readonly progress: MirrorProgress,
    opts: { token?: string; store: ThrottleStore; log?: { warn(msg: string): void } },
    private readonly log = opts.log,
  ) {
    const base = progress.upstream;
    this.client = new UpstreamClient({ base, token: opts.token, store: opts.store, timeoutMs: READ_THROUGH_TIMEOUT_MS, retries: 0, use: READ_THROUGH_USE });
    this.upstreamRoot = base.slice(0, -`/${SYNC_VERSION}`.length);
  }

  /**
   * How to answer a list request (`url`: its path and query as received) on this server (`origin`).
   * Only JSON is forwarded; the browsable page is rendered here, marked partial.
   */
  async list(decl: ResourceDecl, url: string, origin: string, json: boolean): Promise<ListAnswer> {
    if (await this.complete(syncResourceOf(decl))) return { kind: 'local' };
    if (!json) return { kind: 'partial' };
    const answer = await this.ask(`${this.upstreamRoot}${url}`);
    const page = answer.kind === 'ok' ? parse(answer.text) : undefined;
    if (answer.kind !== 'ok' || !isPage(page)) return { kind: 'partial' };
    this.importLater(page, decl);
    // the upstream's links (`next`, `previous`, each object's `url`) lead to this server
    return { kind: 'forwarded', body: answer.text.split(`${this.upstreamRoot}/`).join(`${origin}/`) };
  }

  /**
   * An object missing here: fetched and imported (`fetched`: it is here now), or not (`partial`: the
   * resource is not fully mirrored yet, so the 404 may be ours; `local`: it is, or the upstream does
   * not know the id either: the 404 is the answer).
   */
  async detail(decl: ResourceDecl, id: string): Promise<'fetched' | 'partial' | 'local'> {
    const resource = syncResourceOf(decl);
    if (!resource || (await this.complete(resource))) return 'local';
    if (!/^[\w-]{1,64}$/.test(id)) return 'partial';
    const path = resource.replace(/\/upcoming$/, '');
    const key = `${path}/${id}`;
    const until = this.missing.get(key);
    if (until !== undefined && until > Date.now()) return 'local';
    let running = this.fetching.get(key);
    if (!running) {
      running = this.fetchOne(path, id, key).finally(() => this.fetching.delete(key));
      this.fetching.set(key, running);
    }
    return running;
  }

  /** Whether the first pass has read a resource (none: nothing to mirror); a database that cannot tell counts as complete (no 500 for it). */
  private async complete(resource: string | null): Promise<boolean> {
    return !resource || (await this.progress.firstPassDone(resource).catch(() => true));
  }

  /** One upstream request, unless the last one failed a moment ago. */
  private async ask(url: string): Promise<NowAnswer> {
    if (Date.now() < this.failedUntil) return { kind: 'failed', reason: 'failed a moment ago' };
    const answer = await this.client.getNow(url);
    if (answer.kind === 'failed') {
      if (Date.now() >= this.failedUntil) this.log?.warn(`read-through: ${url}: ${answer.reason}; answering from the database for ${PAUSE_AFTER_FAILURE_MS / 1000} s`);
      this.failedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
    }
    return answer;
  }

  private async fetchOne(path: string, id: string, key: string): Promise<'fetched' | 'partial' | 'local'> {
    const answer = await this.ask(`${this.progress.upstream}/${path}/${encodeURIComponent(id)}/`);
    if (answer.kind === 'missing') {
      if (this.missing.size >= MISSING_MAX) this.missing.delete(this.missing.keys().next().value!);
      this.missing.set(key, Date.now() + MISSING_TTL_MS);
      return 'local';
    }
    const body = answer.kind === 'ok' ? parse(answer.text) : undefined;
    if (!body || typeof body !== 'object') return 'partial';
    const entity = resources.find((d) => d.version === SYNC_VERSION && d.path === path)?.entity.name;
    try {
      await importDocument(this.database, body, { entity, version: SYNC_VERSION, source: `upstream:${this.progress.upstream}` });
      return 'fetched';
    } catch (e) {
      this.log?.warn(`read-through: cannot import ${path}/${id}/: ${(e as Error).message}`);
      return 'partial';
    }
  }

  /** Imports a forwarded page after it was answered, one at a time, so the client does not wait for it. */
  private importLater(page: unknown, decl: ResourceDecl): void {
    if (this.queued >= IMPORT_QUEUE_MAX) return;
    this.queued++;
    this.imports = this.imports
      .then(() => importDocument(this.database, page, { entity: decl.entity.name, version: decl.version, source: `upstream:${this.progress.upstream}` }))
      .catch((e: Error) => this.log?.warn(`read-through: cannot import a forwarded page of ${decl.version}/${decl.path}: ${e.message}`))
      .finally(() => this.queued--);
  }

  /** Waits for the forwarded pages still being imported (shutdown, tests). */
  async settled(): Promise<void> {
    await this.imports;
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isPage(body: unknown): body is { count: number; results: unknown[] } {
  return !!body && typeof body === 'object' && Array.isArray((body as { results?: unknown }).results) && typeof (body as { count?: unknown }).count === 'number';
}
