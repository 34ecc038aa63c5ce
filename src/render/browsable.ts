// Renders LL2's "browsable API" HTML page (what DRF answers for ?format=api or Accept: text/html).
// Own markup and a small inline stylesheet: no external resources, so the page works offline.
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';

export interface HelpSection { heading: string; text: string; example?: { label: string; href: string } }
export interface BrowsablePageInput {
  viewName: string;                  // page title / heading, e.g. "Launch List"
  help: HelpSection[];               // description block, rendered in the given order
  method: string;                    // "GET"
  requestPath: string;               // path + query exactly as requested
  status: number;
  headers: Array<[string, string]>;  // shown in this order in the response panel
  body: unknown;                     // the JSON body
  jsonHref: string;                  // link for the "json" format option
  apiHref?: string;                  // link for the "api" format option (default: requestPath with format=api)
  breadcrumbs?: Array<{ name: string; href: string }>; // optional trail above the heading
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NEEDS_ESC = /[&<>"']/;
const ESC_ALL = /[&<>"']/g;

/** HTML-escape for text and attribute values (quotes included so it is safe in both). */
export function escapeHtml(s: string): string {
  // Most strings need no escaping: test first to avoid allocating a copy.
  return NEEDS_ESC.test(s) ? s.replace(ESC_ALL, (c) => ESC[c]!) : s;
}
// Text content only needs & < > escaped; leaving quotes raw keeps the JSON output small and readable.
const NEEDS_TEXT_ESC = /[&<>]/;
const TEXT_ESC_ALL = /[&<>]/g;
function escapeText(s: string): string {
  return NEEDS_TEXT_ESC.test(s) ? s.replace(TEXT_ESC_ALL, (c) => ESC[c]!) : s;
}

// DRF's urlize links absolute http(s) URLs; we only link whole string values that are URLs.
const URL_RE = /^https?:\/\/\S+$/i;

function writeString(out: string[], s: string): void {
  const quoted = JSON.stringify(s);
  // Only link when JSON needs no escapes inside the URL, so the visible text stays byte-identical.
  if (quoted.length === s.length + 2 && URL_RE.test(s)) {
    out.push('"<a href="', escapeHtml(s), '" rel="nofollow">', escapeText(s), '</a>"');
  } else {
    out.push(escapeText(quoted));
  }
}

/**
 * Single-pass pretty-printer with JSON.stringify(value, null, 2) semantics (toJSON, wrapper objects,
 * skipped undefined/function/symbol members, non-finite numbers as null), emitting HTML pieces.
 * Returns false when the value is not serializable (caller drops the key or writes null).
 */
function writeJson(out: string[], value: unknown, indent: string, key: string): boolean {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(k: string): unknown }).toJSON(key);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
  switch (typeof value) {
    case 'string': writeString(out, value); return true;
    case 'number': out.push(Number.isFinite(value) ? String(value) : 'null'); return true;
    case 'boolean': out.push(value ? 'true' : 'false'); return true;
    case 'bigint': throw new TypeError('Do not know how to serialize a BigInt');
    case 'undefined': case 'function': case 'symbol': return false;
  }
  if (value === null) { out.push('null'); return true; }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) { out.push('[]'); return true; }
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      out.push(i === 0 ? '\n' + inner : ',\n' + inner);
      if (!writeJson(out, value[i], inner, String(i))) out.push('null');
    }
    out.push('\n' + indent + ']');
    return true;
  }
  const obj = value as Record<string, unknown>;
  const start = out.length;
  out.push('{');
  let empty = true;
  for (const k of Object.keys(obj)) {
    const mark = out.length;
    out.push(empty ? '\n' + inner : ',\n' + inner, escapeText(JSON.stringify(k)), ': ');
    if (!writeJson(out, obj[k], inner, k)) { out.length = mark; continue; } // JSON drops such keys
    empty = false;
  }
  if (empty) out[start] = '{}';
  else out.push('\n' + indent + '}');
  return true;
}

/** HTML for the body, whose text (tags stripped, entities decoded) equals JSON.stringify(body, null, 2). */
export function renderJsonHtml(body: unknown): string {
  const out: string[] = [];
  writeJson(out, body, '', '');
  return out.join('');
}

export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown Status';
}

/**
 * A request target as a link that stays on this site: path and query only (the absolute form
 * `http://host/path` loses its scheme and host), characters a browser drops or reads as `/` (controls,
 * spaces, `\`) percent-encoded, and leading slashes collapsed so it never reads as `//other.host/`.
 */
export function sameSitePath(target: string): string {
  let s = target;
  if (!s.startsWith('/')) {
    try {
      const u = new URL(s);
      s = u.pathname + u.search;
    } catch {
      s = '/';
    }
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped here
  s = s.replace(/[\x00-\x20\x7f\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return s.replace(/^\/{2,}/, '/');
}

// Link for the "api" option: same request with format=api (DRF's add_query_param does the same).
function apiHrefFor(requestPath: string): string {
  const u = new URL(sameSitePath(requestPath), 'http://x');
  u.searchParams.set('format', 'api');
  return sameSitePath(u.pathname + u.search); // the URL parser may turn `/.//x` into `//x`
}

function pagerLink(label: string, href: unknown, rel: string): string {
  return typeof href === 'string' && href
    ? `<a class="page" rel="${rel} nofollow" href="${escapeHtml(href)}">${label}</a>`
    : `<span class="page disabled" aria-disabled="true">${label}</span>`;
}

// Paginated bodies (LimitOffsetPagination) carry next/previous; DRF shows a pager for them.
function renderPager(body: unknown): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return '';
  const b = body as Record<string, unknown>;
  if (!('next' in b) && !('previous' in b)) return '';
  return '<nav class="pager" aria-label="Pagination">'
    + pagerLink('&laquo; Previous', b.previous, 'prev') + ' '
    + pagerLink('Next &raquo;', b.next, 'next') + '</nav>\n';
}

function renderHelp(help: HelpSection[]): string {
  const out: string[] = [];
  for (const h of help) {
    out.push('<section class="help">');
    if (h.heading) out.push('<h2>', escapeText(h.heading), '</h2>');
    if (h.text) out.push('<p>', escapeText(h.text), '</p>');
    if (h.example) {
      out.push('<p class="example">Example - <a href="', escapeHtml(h.example.href), '">',
        escapeHtml(h.example.label), '</a></p>');
    }
    out.push('</section>\n');
  }
  return out.join('');
}

function renderBreadcrumbs(crumbs: Array<{ name: string; href: string }> | undefined): string {
  if (!crumbs || crumbs.length === 0) return '';
  const items = crumbs.map((c, i) => i === crumbs.length - 1
    ? `<li aria-current="page">${escapeHtml(c.name)}</li>`
    : `<li><a href="${escapeHtml(sameSitePath(c.href))}">${escapeHtml(c.name)}</a></li>`);
  return `<nav aria-label="Breadcrumb"><ol class="crumbs">${items.join('')}</ol></nav>\n`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f4f6f9}
.topbar{background:#16202e;color:#fff;padding:10px 24px;font-weight:600;letter-spacing:.02em}
main{max-width:1180px;margin:0 auto;padding:16px 24px 48px}
.crumbs{list-style:none;margin:0 0 12px;padding:8px 12px;background:#e7ebf1;border-radius:4px;display:flex;flex-wrap:wrap}
.crumbs li+li:before{content:"/";padding:0 8px;color:#8792a2}
a{color:#1c5fb4}
.actions{float:right;display:flex;gap:0;margin-top:6px;position:relative}
.btn{display:inline-block;padding:6px 14px;border:1px solid #1c5fb4;background:#2470d0;color:#fff;text-decoration:none;font-weight:600;border-radius:4px 0 0 4px}
.formats summary{list-style:none;cursor:pointer;padding:6px 10px;border:1px solid #1c5fb4;border-left:0;background:#2470d0;color:#fff;border-radius:0 4px 4px 0}
.formats summary::-webkit-details-marker{display:none}
.formats ul{position:absolute;right:0;margin:4px 0 0;padding:4px 0;list-style:none;background:#fff;border:1px solid #c9d1dc;border-radius:4px;min-width:120px;box-shadow:0 4px 12px rgba(0,0,0,.12);z-index:2}
.formats li a{display:block;padding:4px 14px;text-decoration:none}
.formats li a:hover{background:#eef3fa}
h1{font-size:28px;margin:8px 0 16px;padding-bottom:8px;border-bottom:1px solid #d6dce4}
.description{margin-bottom:16px}
.help h2{font-size:17px;margin:14px 0 4px}
.help p{margin:4px 0;overflow-wrap:anywhere}
pre{margin:0;padding:10px 14px;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #d6dce4}
.request pre{border-radius:4px;margin-bottom:16px}
.pager{margin:0 0 12px;display:flex;gap:8px}
.page{padding:5px 12px;border:1px solid #c9d1dc;border-radius:4px;background:#fff;text-decoration:none}
.page.disabled{color:#9aa3af;background:#eef0f3}
.response .meta{border-bottom:0;border-radius:4px 4px 0 0;color:#4b5563}
.response .prettyprint{border-top:0;border-radius:0 0 4px 4px;color:#0b3d2e}
.prettyprint a{color:#1c5fb4}
`;

/**
 * The page's Content-Security-Policy: nothing but its own inline stylesheet (allowed by its hash), no
 * script at all, and no framing (clickjacking).
 */
export const BROWSABLE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function renderBrowsablePage(input: BrowsablePageInput): string {
  const name = escapeHtml(input.viewName);
  const path = escapeHtml(input.requestPath);
  // every href derived from the request is a same-site path (the text shows the request as it came)
  const href = escapeHtml(sameSitePath(input.requestPath));
  const apiHref = escapeHtml(input.apiHref !== undefined ? sameSitePath(input.apiHref) : apiHrefFor(input.requestPath));
  const meta: string[] = [`<b>HTTP ${input.status} ${escapeHtml(reasonPhrase(input.status))}</b>\n`];
  for (const [k, v] of input.headers) meta.push(`<b>${escapeHtml(k)}:</b> ${escapeHtml(v)}\n`);
  // The trailing "\n" above plus this pre's end gives the blank line between headers and body.
  return [
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    '<meta name="robots" content="NONE,NOARCHIVE">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${name} \u2013 Launch Library 2</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`,
    '<header class="topbar">Launch Library 2</header>\n<main>\n',
    renderBreadcrumbs(input.breadcrumbs),
    // GET button plus a <details> format menu: a dropdown without any JavaScript.
    `<div class="actions"><a class="btn" rel="nofollow" href="${href}">${escapeHtml(input.method)}</a>`,
    '<details class="formats"><summary aria-label="Formats">&#9662;</summary><ul>',
    `<li><a rel="nofollow" href="${escapeHtml(sameSitePath(input.jsonHref))}">json</a></li>`,
    `<li><a rel="nofollow" href="${apiHref}">api</a></li></ul></details></div>\n`,
    `<h1>${name}</h1>\n<div class="description">\n${renderHelp(input.help)}</div>\n`,
    `<div class="request"><pre><b>${escapeHtml(input.method)}</b> ${path}</pre></div>\n`,
    renderPager(input.body),
    `<div class="response"><pre class="meta">${meta.join('')}</pre>`,
    `<pre class="prettyprint">${renderJsonHtml(input.body)}</pre></div>\n`,
    '</main>\n</body>\n</html>\n',
  ].join('');
}
