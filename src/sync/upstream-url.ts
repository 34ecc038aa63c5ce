/** The API version `ll2 sync` mirrors. */
export const SYNC_VERSION = '2.3.0';

/**
 * The 2.3.0 base URL of an upstream, from what the user typed: `https://ll.thespacedevs.com`,
 * `.../2.3.0`, `.../2.3.0/` or another version's base all give `https://ll.thespacedevs.com/2.3.0`.
 * A path prefix in front of the version (a server mounted under `/ll2/`) is kept.
 */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`--from must be an http(s) URL (got ${JSON.stringify(raw)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`--from must be an http(s) URL (got ${JSON.stringify(raw)})`);
  const prefix = url.pathname.replace(/\/+$/, '').replace(/\/2\.\d+\.\d+$/, '');
  return `${url.origin}${prefix}/${SYNC_VERSION}`;
}

/**
 * An upstream link (`next`) re-pointed at our base URL: upstreams build links from their own idea of
 * their host (a proxy, a PUBLIC_BASE_URL), and we keep talking to the address we were given.
 */
export function rebase(link: string, base: string): string {
  const url = new URL(link, `${base}/`);
  const at = url.pathname.indexOf(`/${SYNC_VERSION}/`);
  if (at < 0) throw new Error(`upstream link outside ${SYNC_VERSION}: ${link}`);
  return `${base}${url.pathname.slice(at + SYNC_VERSION.length + 1)}${url.search}`;
}
