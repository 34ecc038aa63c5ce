import type { IncomingMessage } from 'node:http';
import type { FastifyRequest, RouteOptions } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route also answers with a DRF format suffix: `/2.3.0/launches.json`, `/2.3.0/launches/{id}.api`. */
    formatSuffix?: boolean;
  }
}

/** A `.json`-style suffix the request was routed by: its format, and whether a slash followed it. */
export interface FormatSuffix {
  format: string;
  trailingSlash: boolean;
}

/**
 * DRF's `format_suffix_patterns`, which LL2's DefaultRouters apply to every route
 * (`include_format_suffixes=True`): each pattern, less its trailing slash, is repeated with
 * `\.(?P<format>[a-z0-9]+)/?$`. The segment before the dot is a list's last path segment or a detail's
 * key, which the router's lookup regex `[^/.]+` keeps free of dots and slashes. Lower case only:
 * `.JSON` matches no route.
 */
const SUFFIXED_PATH = /^(\/(?:[^/]*\/)*)([^/.]+)\.([a-z0-9]+)(\/?)$/;

/** The formats our views render, as DRF's renderer classes name them (JSONRenderer, BrowsableAPIRenderer). */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set(['json', 'api']);

/** The suffix each rewritten request was routed by (the raw request object lives as long as the request). */
const suffixes = new WeakMap<IncomingMessage, FormatSuffix>();

/** The format suffix the request was routed by, if any. */
export function formatSuffixOf(req: FastifyRequest): FormatSuffix | undefined {
  return suffixes.get(req.raw);
}

/**
 * The format a view negotiates on, as DefaultContentNegotiation picks it:
 * `format_suffix or request.query_params.get('format')` (the suffix wins; an empty `?format=` is none).
 */
export function requestedFormat(req: FastifyRequest, query?: URLSearchParams): string | null {
  const suffix = formatSuffixOf(req);
  if (suffix) return suffix.format;
  const format = (query ?? new URL(req.url, 'http://localhost').searchParams).get('format');
  return format === '' ? null : format;
}

/**
 * Routes a suffixed path to the route of its slashed twin, so a suffix changes nothing but the format
 * and the links: the same handler, the same matched route for the throttle (`routeOptions.url`), the
 * same query. Only routes registered with `config: { formatSuffix: true }` take suffixes (LL2's router
 * views; not our /schema/, /swagger/ or /health).
 *
 * `onRoute` learns the routes as they are registered (a list or singleton `/2.3.0/launches/`, a
 * detail `/2.3.0/launches/:id/`); `rewriteUrl` (Fastify's constructor option, run before routing)
 * rewrites `/2.3.0/launches.json` to `/2.3.0/launches/` and remembers `json` for the view.
 */
export class FormatSuffixRoutes {
  /** Paths of lists and singletons: `/2.3.0/launches/`, `/2.3.0/launches/upcoming/`, `/2.3.0/api-throttle/`. */
  private readonly lists = new Set<string>();
  /** Paths under which `{id}/` is routed: `/2.3.0/launches/`. */
  private readonly details = new Set<string>();

  readonly onRoute = (route: RouteOptions): void => {
    if (route.config?.formatSuffix !== true) return;
    if (route.url.endsWith('/:id/')) this.details.add(route.url.slice(0, -'/:id/'.length + 1));
    else if (!route.url.includes(':')) this.lists.add(route.url);
    else throw new Error(`format suffixes: cannot route ${route.url} (a list path, or one ending in /:id/)`);
  };

  readonly rewriteUrl = (req: IncomingMessage): string => {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const target = q === -1 ? raw : raw.slice(0, q);
    const search = q === -1 ? '' : raw.slice(q);
    // Django resolves the decoded path (`%2E` is a dot); the absolute form `http://host/path` names its path
    let path: string;
    try {
      path = decodeURIComponent(target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
    } catch {
      return raw; // a broken escape: the router answers it as it answers any such path
    }
    const m = SUFFIXED_PATH.exec(path);
    if (!m) return raw;
    const [, parent, segment, format, slash] = m;
    // registered paths are plain ASCII; a detail key is encoded again for the router to decode
    let routed: string;
    // DRF's order: LL2 registers `launch/upcoming` before `launch`, so a list beats a detail key
    if (this.lists.has(`${parent}${segment}/`)) routed = `${parent}${segment}/`;
    else if (this.details.has(parent)) routed = `${parent}${encodeURIComponent(segment)}/`;
    else return raw;
    suffixes.set(req, { format, trailingSlash: slash === '/' });
    return routed + search;
  };
}
