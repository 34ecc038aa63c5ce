import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildOpenApi } from './openapi.ts';
import type { ResourceDecl } from './resource.ts';

/**
 * Swagger UI's own files, served from the installed package so the page works offline. A Map, not a
 * plain object: the file name comes from the URL (`constructor`, `__proto__` are no files).
 */
const assets = new Map<string, string>([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'application/javascript; charset=utf-8'],
  ['swagger-ui-standalone-preset.js', 'application/javascript; charset=utf-8'],
]);

/**
 * The Swagger page's Content-Security-Policy: scripts only from this site plus the page's one inline
 * start-up script (allowed by its hash), the schema fetched from this site, and no framing. Swagger UI
 * sets inline styles and uses data: images in its stylesheet, so those stay allowed.
 */
function swaggerCsp(version: string): string {
  const init = createHash('sha256').update(swaggerInit(version)).digest('base64');
  return [
    "default-src 'none'",
    `script-src 'self' 'sha256-${init}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `/<version>/schema/` (our OpenAPI document) and `/<version>/swagger/` (Swagger UI over it). */
export function mountDocs(app: FastifyInstance, resources: ResourceDecl[], version: string): void {
  let doc: string | undefined; // built on first use: it only changes with the code
  app.get(`/${version}/schema/`, (_req, reply) => {
    doc ??= JSON.stringify(buildOpenApi(resources, version));
    return reply.type('application/json').send(doc);
  });
  const page = swaggerPage(version);
  const csp = swaggerCsp(version);
  app.get(`/${version}/swagger/`, (_req, reply) => reply.type('text/html; charset=utf-8').header('Content-Security-Policy', csp).send(page));
  // the package's own entry point evaluates the whole 1.5 MB bundle; only its files are needed here
  const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Buffer>();
  app.get('/static/swagger-ui/:file', (req, reply) => {
    const file = (req.params as { file: string }).file;
    const type = assets.get(file);
    if (!type) return reply.code(404).send({ detail: 'Not found.' });
    let body = cache.get(file);
    if (!body) cache.set(file, (body = readFileSync(join(dir, file))));
    return reply.type(type).header('Cache-Control', 'public, max-age=86400').send(body);
  });
}

function swaggerPage(version: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Launch Library 2 ${version} – API documentation</title>
<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/static/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/swagger-ui/swagger-ui-standalone-preset.js"></script>
<script>${swaggerInit(version)}</script>
</body>
</html>
`;
}

/** The page's inline start-up script: exactly these characters are allowed by the CSP's hash. */
function swaggerInit(version: string): string {
  // validatorUrl: null — no badge fetched from validator.swagger.io (the CSP would refuse it anyway)
  return `
window.ui = SwaggerUIBundle({ url: '/${version}/schema/', dom_id: '#swagger-ui', presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout', validatorUrl: null });
`;
}
