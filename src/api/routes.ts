import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/connect.ts';
import type { DataVersionWatcher } from '../db/data-version.ts';
import { etagOf, type RenderedResponse, type ResponseCache } from './response-cache.ts';
import { BROWSABLE_CSP, renderBrowsablePage, sameSitePath } from '../render/browsable.ts';
import { helpSections } from '../render/help.ts';
import { listResource, NOT_FOUND, retrieveResource, singletonResource, type ApiResult, type RequestContext } from './list-query.ts';
import { withParams } from './links.ts';
import type { ResourceDecl } from './resource.ts';
import { resourcePaths } from './resource-paths.ts';
import type { ListCache } from './list-cache.ts';
import type { ObjectCache } from '../serialize/object-cache.ts';
import { JsonText } from '../serialize/serialize-json.ts';
import { MIRROR_HEADER, type ReadThrough } from '../sync/read-through.ts';
import { feedTypeOf, isFeedFormat, renderFeed, type FeedFormat } from '../render/feeds.ts';
import { formatSuffixOf, KNOWN_FORMATS, requestedFormat, type FormatSuffix } from './format-suffix.ts';

export interface RouteDeps {
  database: Database;
  publicBaseUrl?: string;
  now: () => Date;
  dataVersion: DataVersionWatcher;
  cache: ResponseCache;
  /** Serialized objects, list counts and page keys shared by requests (see serialize/object-cache.ts, list-cache.ts). */
  objects: ObjectCache;
  lists: ListCache;
  /** Proxies in front of the server: X-Forwarded-Host/-Proto are honoured only when this is above 0. */
  trustProxyHops?: number;
  /** A mirror (SYNC_FROM): what its first pass has not read yet is read through from the upstream. */
  readThrough?: ReadThrough;
}

/**
 * Mounts the list route and the `{id}` route of every declared resource. Each also answers with a DRF
 * format suffix (`launches.json`, `launches/{id}.api`: see format-suffix.ts), as LL2's DefaultRouters do.
 */
export function mountResources(app: FastifyInstance, resources: ResourceDecl[], deps: RouteDeps): void {
  const config = { formatSuffix: true };
  for (const res of resources) {
    const base = `/${res.version}/${res.path}/`;
    // links are built on the route's own path, never on the requested one (`/%32.3.0/...` is the same view)
    if (res.singleton !== undefined) {
      app.get(base, { config }, (req, reply) => handle(req, reply, res, deps, base, (ctx) => singletonResource(res, ctx), true));
      continue;
    }
    app.get(base, { config }, async (req, reply) => {
      if (deps.readThrough) {
        // a mirror whose first pass has not read this list yet (src/sync/read-through.ts)
        const json = negotiate(req, requestedFormat(req, new URL(req.url, 'http://localhost').searchParams)) === 'json';
        const answer = await deps.readThrough.list(res, req.url, originOf(req, deps.publicBaseUrl, deps.trustProxyHops ?? 0), json);
        if (answer.kind === 'forwarded') {
          reply.header(MIRROR_HEADER, 'forwarded').header('Allow', 'GET').header('Vary', 'Accept').header('Cache-Control', 'no-cache');
          return reply.code(200).type('application/json').send(answer.body);
        }
        if (answer.kind === 'partial') reply.header(MIRROR_HEADER, 'partial');
      }
      return handle(req, reply, res, deps, base, (ctx) => listResource(res, ctx));
    });
    app.get(`${base}:id/`, { config }, (req, reply) => {
      const { id } = req.params as { id: string };
      return handle(req, reply, res, deps, `${base}${encodeURIComponent(id)}/`, async (ctx) => {
        const found = await retrieveResource(res, id, ctx);
        if (found.status !== 404 || !deps.readThrough) return found;
        // an object the mirror has not read yet: fetched from the upstream, imported, answered from here
        const how = await deps.readThrough.detail(res, id);
        if (how === 'partial') return { ...found, mirror: 'partial' };
        if (how !== 'fetched') return found;
        return { ...(await retrieveResource(res, id, { ...ctx, reuse: undefined, lists: undefined })), mirror: 'read-through' };
      }, true);
    });
  }
}

async function handle(req: FastifyRequest, reply: FastifyReply, res: ResourceDecl, deps: RouteDeps, path: string, run: (ctx: RequestContext) => Promise<ApiResult>, detail = false) {
  const url = new URL(req.url, 'http://localhost');
  const query = url.searchParams;
  const origin = originOf(req, deps.publicBaseUrl, deps.trustProxyHops ?? 0);
  const suffix = formatSuffixOf(req);
  const format = requestedFormat(req, query);
  // a launches or events list as a calendar or a feed (render/feeds.ts); LL2 itself knows no such format
  const feed = !detail && !suffix && isFeedFormat(format) ? feedTypeOf(res) : null;
  const negotiated = feed ? (format as FeedFormat) : negotiate(req, format);
  // DRF's reverse() ends a hyperlink with the view's format suffix (`.../launch/{id}.json`: Django
  // reverses the suffix pattern without its optional slash), then re-appends a built-in `?format=`
  // the request carried (preserve_builtin_query_params)
  // (a calendar or feed links to the objects' JSON)
  const queryFormat = feed ? null : query.get('format');
  const linkEnd = `${suffix ? `.${suffix.format}` : '/'}${queryFormat !== null ? withParams('', new URLSearchParams(), { format: queryFormat }) : ''}`;
  const dataVersion = await deps.dataVersion.current();
  // req.url is the routed (unsuffixed) URL: the suffix is part of what shapes the answer
  const key = `${dataVersion}\n${negotiated}\n${origin}\n${suffixText(suffix)}\n${req.url}`;
  let rendered = await deps.cache.get(key);
  if (!rendered) {
    // what an object's text depends on besides its shape and key (the object cache's prefix, the ETag's)
    const textPrefix = `${dataVersion}\n${origin}\n${linkEnd}\n${res.version}`;
    const ctx: RequestContext = {
      database: deps.database,
      query,
      // `next`/`previous` come from request.build_absolute_uri(): the suffixed path as requested
      pathUrl: `${origin}${suffixed(path, suffix)}`,
      urlFor: (entity, id) => {
        const path = resourcePaths[entity]?.[res.version];
        return path ? `${origin}/${res.version}/${path}/${id}${linkEnd}` : null;
      },
      now: deps.now(),
      textPrefix,
      reuse: deps.objects.enabled ? { cache: deps.objects, prefix: textPrefix } : undefined,
      lists: deps.objects.enabled ? { cache: deps.lists, dataVersion } : undefined,
    };
    if (feed) {
      const answer = await renderFeed(format as FeedFormat, feed, res, ctx, withParams(ctx.pathUrl, query, {}), origin);
      rendered = 'contentType' in answer ? { status: answer.status, contentType: answer.contentType, body: answer.body, etag: etagOf(answer.body) } : render(req, answer, 'json', res, detail);
    } else {
      const result = negotiated === null ? NOT_FOUND : await run(ctx);
      // the page's format links keep the suffix: on `launches.api`, `?format=json` would still be the page
      const formatHref = suffix ? (format: string) => withParams(suffixed(path, { ...suffix, format }), query, {}) : undefined;
      rendered = render(req, result, negotiated === 'api' ? 'api' : 'json', res, detail, formatHref);
    }
    deps.cache.set(key, rendered);
  }
  return send(req, reply, rendered, res.cacheSeconds ?? DEFAULT_MAX_AGE);
}

/** Browsers and proxies may keep a response this long (seconds) unless the resource says otherwise. */
const DEFAULT_MAX_AGE = 60;

/** The route's path written with a format suffix in place of its trailing slash (kept after the suffix if requested). */
function suffixed(path: string, suffix: FormatSuffix | undefined): string {
  return suffix ? `${path.slice(0, -1)}.${suffix.format}${suffix.trailingSlash ? '/' : ''}` : path;
}

function suffixText(suffix: FormatSuffix | undefined): string {
  return suffix ? `.${suffix.format}${suffix.trailingSlash ? '/' : ''}` : '';
}

/**
 * A format suffix, else `?format=json|api`, wins; otherwise a browser asking for HTML gets the page.
 * Unknown formats: 404 (DRF's filter_renderers raises Http404 when no renderer has the format).
 */
function negotiate(req: FastifyRequest, format: string | null): 'json' | 'api' | null {
  if (format !== null) return KNOWN_FORMATS.has(format) ? (format as 'json' | 'api') : null;
  return (req.headers.accept ?? '').includes('text/html') ? 'api' : 'json';
}

/**
 * A host as Django's `host_validation_re` accepts it (plus `_`, common in container names): a DNS name
 * or IPv4 address, or an IPv6 address in brackets, with an optional port. Nothing else may become the
 * host of the absolute URLs we write (`next`, `url`, the browsable page's links).
 */
const HOST_RE = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function isValidHost(host: string): boolean {
  return host.length <= 260 && HOST_RE.test(host);
}

/**
 * The value of an X-Forwarded-* header our proxies set: each proxy appends to the list, so with `hops`
 * trusted proxies the one the outermost of them wrote is `hops` entries from the end (the only one when
 * the proxy replaces the header). Anything the client wrote before it is ignored.
 */
function forwarded(h: string | string[] | undefined, hops: number): string | undefined {
  if (h === undefined || hops <= 0) return undefined;
  const entries = (Array.isArray(h) ? h.join(',') : h).split(',').map((v) => v.trim()).filter(Boolean);
  return entries.length ? entries[Math.max(0, entries.length - hops)] : undefined;
}

/** The host the client asked for: the trusted proxy's X-Forwarded-Host, else Host (undefined: none sent). */
export function requestHost(req: FastifyRequest, trustProxyHops: number): string | undefined {
  return forwarded(req.headers['x-forwarded-host'], trustProxyHops) ?? req.headers.host;
}

/** The scheme: the trusted proxy's X-Forwarded-Proto when it is http or https, else the connection's. */
function requestScheme(req: FastifyRequest, trustProxyHops: number): 'http' | 'https' {
  const proto = forwarded(req.headers['x-forwarded-proto'], trustProxyHops)?.toLowerCase();
  if (proto === 'http' || proto === 'https') return proto;
  return (req.raw.socket as { encrypted?: boolean } | null)?.encrypted ? 'https' : 'http';
}

/**
 * Scheme and host of absolute URLs: the configured public URL, else the request's (the proxy's
 * X-Forwarded-* only with trusted hops). The host was validated when the request came in (app.ts);
 * an invalid one here still never reaches a link.
 */
export function originOf(req: FastifyRequest, publicBaseUrl: string | undefined, trustProxyHops: number): string {
  if (publicBaseUrl) return publicBaseUrl;
  const host = requestHost(req, trustProxyHops);
  return `${requestScheme(req, trustProxyHops)}://${host && isValidHost(host) ? host : 'localhost'}`;
}

function render(
  req: FastifyRequest,
  result: ApiResult,
  format: 'json' | 'api',
  res: ResourceDecl | null,
  detail: boolean,
  formatHref?: (format: string) => string,
): RenderedResponse {
  if (format === 'json') {
    if (result.body instanceof JsonText) {
      const body = result.body.buffer();
      const { fingerprint } = result.body;
      return { status: result.status, contentType: 'application/json', body, etag: fingerprint ? etagOf(fingerprint) : etagOf(body), mirror: result.mirror };
    }
    const body = JSON.stringify(result.body);
    return { status: result.status, contentType: 'application/json', body, etag: etagOf(body), mirror: result.mirror };
  }
  // links on the page are same-site paths whatever the request target was (`//evil.example/`, `http://x/...`);
  // the page shows the target as requested (`originalUrl`: before a format suffix was routed)
  const url = new URL(sameSitePath(req.originalUrl), 'http://localhost');
  const body = renderBrowsablePage({
    viewName: res ? `${res.help.viewName} ${detail ? 'Instance' : 'List'}` : 'Not Found',
    help: res ? helpSections(res) : [],
    // a HEAD is a GET without the body: render it as the GET so both share one cached page
    method: req.method === 'HEAD' ? 'GET' : req.method,
    requestPath: req.originalUrl,
    status: result.status,
    headers: [
      ['Allow', 'GET'],
      ['Content-Type', 'application/json'],
      ['Vary', 'Accept'],
    ],
    body: result.body instanceof JsonText ? result.body.value() : result.body,
    jsonHref: formatHref ? formatHref('json') : withParams(url.pathname, url.searchParams, { format: 'json' }),
    apiHref: formatHref?.('api'),
  });
  return { status: result.status, contentType: 'text/html; charset=utf-8', body, etag: etagOf(body), mirror: result.mirror };
}

/** Sends a rendered response, or 304 when the client already holds it (If-None-Match). */
function send(req: FastifyRequest, reply: FastifyReply, r: RenderedResponse, maxAge: number) {
  reply.header('Allow', 'GET').header('Vary', 'Accept').header('ETag', r.etag);
  if (r.mirror) reply.header(MIRROR_HEADER, r.mirror);
  if (r.contentType.startsWith('text/html')) reply.header('Content-Security-Policy', BROWSABLE_CSP);
  if (r.status === 200) reply.header('Cache-Control', `public, max-age=${maxAge}`);
  const inm = req.headers['if-none-match'];
  if (r.status === 200 && inm && inm.split(',').some((t) => t.trim() === r.etag || t.trim() === '*')) return reply.code(304).send();
  return reply.code(r.status).type(r.contentType).send(r.body);
}

/** Django's APPEND_SLASH for API paths, and DRF's 404 body for everything else. */
export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  const url = new URL(req.url, 'http://localhost');
  if (/^\/2\.\d\.\d\//.test(url.pathname) && !url.pathname.endsWith('/') && (req.method === 'GET' || req.method === 'HEAD') && resolves(req, `${url.pathname}/`)) {
    return reply.redirect(`${url.pathname}/${url.search}`, 301);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD' && /^\/2\.\d\.\d\//.test(url.pathname)) {
    return reply.code(405).header('Allow', 'GET').send({ detail: `Method "${req.method}" not allowed.` });
  }
  return send(req, reply, render(req, NOT_FOUND, (req.headers.accept ?? '').includes('text/html') ? 'api' : 'json', null, false), 0);
}

/**
 * Whether Django would resolve the path: CommonMiddleware redirects to the slashed path only then
 * (`should_redirect_with_slash`), so `/2.3.0/nothing` is a 404, not a redirect to another 404. A key
 * with a dot resolves to no detail route (DRF's lookup regex is `[^/.]+`).
 */
function resolves(req: FastifyRequest, path: string): boolean {
  const route = req.server.findRoute({ method: 'GET', url: path });
  if (!route) return false;
  const id = (route.params as Record<string, string | undefined>).id;
  return id === undefined || !id.includes('.');
}
