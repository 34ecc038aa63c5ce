import { pathAliases, resourcePaths, type ApiVersion } from '../api/resource-paths.ts';
import { own } from '../model/define.ts';

export type { ApiVersion };

/**
 * `/{version}/{path}/{id}/`, or `/{version}/{path}/{id}.json` as LL2 writes every `url` of an answer to a
 * request made with a DRF format suffix (`/2.0.0/event/upcoming.json`): the suffix replaces the slash.
 * An id never holds a dot (DRF's router matches `[^/.]+`).
 */
const URL_RE = /^\/(2\.\d\.\d)\/(.+?)\/[^/.]+(?:\/|\.[a-z0-9]+\/?)(?:\?.*)?$/;

/** Which entity and API version a JSON object belongs to, read from its own `url`. */
export function detectFromUrl(url: unknown): { version: ApiVersion; entity: string } | null {
  if (typeof url !== 'string') return null;
  const m = URL_RE.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
  if (!m) return null;
  // any other 2.x (2.2.0 itself, or a later minor LL2 never published) reads as 2.2.0
  const version = m[1] === '2.3.0' || m[1] === '2.0.0' || m[1] === '2.1.0' ? m[1] : '2.2.0';
  const path = own(pathAliases, m[2]) ?? m[2];
  for (const [entity, paths] of Object.entries(resourcePaths)) {
    if (paths[version] === path) return { version, entity };
  }
  return null;
}
