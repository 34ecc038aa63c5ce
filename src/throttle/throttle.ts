import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { KeyResolver } from './api-keys.ts';
import type { Rate } from './rate.ts';
import type { ThrottleStore } from './store.ts';
import { KNOWN_FORMATS, requestedFormat } from '../api/format-suffix.ts';

export interface ThrottleOptions {
  /** Anonymous callers' rate per client IP; null means no limit (a private mirror). */
  anonRate: Rate | null;
  store: ThrottleStore;
  keys: KeyResolver;
  now?: () => number;
}

interface Caller {
  ident: string;
  rate: Rate | null;
}

/** Route patterns (as registered, not as requested) of the API's views, and of the throttle report. */
const API_ROUTE = /^\/2\.\d\.\d\//;
const THROTTLE_ROUTE = /^\/2\.\d\.\d\/api-throttle\/$/;

/**
 * LL2's access rules as DRF's TokenAuthentication and throttles apply them: `Authorization: Token <key>`
 * selects the key's rate (a bad or revoked key is refused with 401), everyone else is limited per client
 * IP, and `/api-throttle/` reports the caller's numbers without counting against them.
 *
 * The decision is made on the route the router matched (`req.routeOptions.url`), never on the raw
 * request target: `/%32.3.0/launches/`, `/2%2E3.0/launches/` and `GET http://host/2.3.0/launches/`
 * reach the same view as `/2.3.0/launches/` and so are counted the same, as is `/2.3.0/launches.json`
 * (a format suffix is routed to the slashed route: api/format-suffix.ts). As in DRF, only requests that
 * reach a view count: unknown paths (404) and APPEND_SLASH redirects (301) do not; nor does an unknown
 * format (`.xml`, `?format=xml`), which APIView.initial() refuses with a 404 in content negotiation,
 * before authentication and throttling.
 */
export function mountThrottle(app: FastifyInstance, opts: ThrottleOptions): void {
  const now = opts.now ?? Date.now;

  async function identify(req: FastifyRequest, reply: FastifyReply): Promise<Caller | null> {
    const auth = req.headers.authorization;
    const parts = auth?.trim().split(/\s+/) ?? [];
    if (parts[0]?.toLowerCase() !== 'token') return { ident: req.ip, rate: opts.anonRate };
    const fail = (detail: string) => {
      reply.code(401).header('WWW-Authenticate', 'Token').header('Allow', 'GET').header('Vary', 'Accept').send({ detail });
      return null;
    };
    if (parts.length === 1) return fail('Invalid token header. No credentials provided.');
    if (parts.length > 2) return fail('Invalid token header. Token string should not contain spaces.');
    const key = await opts.keys.resolve(parts[1]);
    if (!key) return fail('Invalid token.');
    return { ident: key.name || `key ${key.id}`, rate: key.rate };
  }

  app.addHook('onRequest', async (req, reply) => {
    const route = req.routeOptions.url;
    if (route === undefined || !API_ROUTE.test(route)) return;
    if (req.routeOptions.config.formatSuffix === true && !knownFormat(req)) return; // the view answers 404
    const caller = await identify(req, reply);
    if (!caller) return reply;
    (req as FastifyRequest & { caller?: Caller }).caller = caller;
    if (!caller.rate || THROTTLE_ROUTE.test(route)) return;
    const t = now();
    const state = await opts.store.hit(`${caller.rate.limit}/${caller.rate.seconds}:${caller.ident}`, t, caller.rate.seconds * 1000, caller.rate.limit, true);
    if (state.allowed) return;
    const wait = Math.max(1, Math.ceil(waitSeconds(caller.rate, state, t)));
    return reply
      .code(429)
      .header('Retry-After', String(wait))
      .header('Allow', 'GET')
      .header('Vary', 'Accept')
      .send({ detail: `Request was throttled. Expected available in ${wait} seconds.` });
  });

  for (const version of ['2.3.0', '2.2.0']) {
    // a router view in LL2 (its schema lists it as a list action), so `/api-throttle.json` answers too
    app.get(`/${version}/api-throttle/`, { config: { formatSuffix: true } }, async (req, reply) => {
      if (!knownFormat(req)) return reply.code(404).header('Allow', 'GET').header('Vary', 'Accept').send({ detail: 'Not found.' });
      const caller = (req as FastifyRequest & { caller?: Caller }).caller ?? { ident: req.ip, rate: opts.anonRate };
      const t = now();
      const rate = caller.rate;
      const state = rate ? await opts.store.hit(`${rate.limit}/${rate.seconds}:${caller.ident}`, t, rate.seconds * 1000, rate.limit, false) : { count: 0, oldest: null, allowed: true };
      const body: Record<string, unknown> = {
        your_request_limit: rate?.limit ?? 0,
        limit_frequency_secs: rate?.seconds ?? 0,
        current_use: state.count,
        next_use_secs: rate && !state.allowed ? Math.ceil(waitSeconds(rate, state, t)) : 0,
      };
      if (version === '2.3.0') body.ident = caller.ident; // 2.2.0 did not report it
      return reply.header('Allow', 'GET').header('Vary', 'Accept').header('Cache-Control', 'no-store').type('application/json').send(JSON.stringify(body));
    });
  }
}

/** Whether a DRF view renders the format the request names (a suffix, else `?format=`; none is fine). */
function knownFormat(req: FastifyRequest): boolean {
  const format = requestedFormat(req);
  return format === null || KNOWN_FORMATS.has(format);
}

/** DRF's SimpleRateThrottle.wait(): the rest of the oldest request's window, shared by what is left. */
function waitSeconds(rate: Rate, state: { count: number; oldest: number | null }, now: number): number {
  const remaining = state.oldest === null ? rate.seconds : rate.seconds - (now - state.oldest) / 1000;
  const available = rate.limit - state.count + 1;
  return available <= 0 ? remaining : remaining / available;
}
