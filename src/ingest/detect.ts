import { pathAliases, resourcePaths, type ApiVersion } from '../api/resource-paths.ts';
import { own } from '../model/define.ts';

export type { ApiVersion };

const URL_RE = /^\/(2\.\d\.\d)\/(.+?)\/[^/]+\/(?:\?.*)?$/;

/** Which entity and API version a JSON object belongs to, read from its own `url`. */
export function detectFromUrl(url: unknown): { version: ApiVersion; entity: string } | null {
  if (typeof url !== 'string') return null;
  const m = URL_RE.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
  if (!m) return null;
  const version = m[1] === '2.3.0' ? '2.3.0' : m[1] === '2.0.0' ? '2.0.0' : '2.2.0';
  const path = own(pathAliases, m[2]) ?? m[2];
  for (const [entity, paths] of Object.entries(resourcePaths)) {
    if (paths[version] === path) return { version, entity };
  }
  return null;
}
