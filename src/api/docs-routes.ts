import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildOpenApi } from './openapi.ts';
import type { ResourceDecl } from './resource.ts';

/** Swagger UI's own files, served from the installed package so the page works offline. */
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
};

/** `/<version>/schema/` (our OpenAPI document) and `/<version>/swagger/` (Swagger UI over it). */
export function mountDocs(app: FastifyInstance, resources: ResourceDecl[], version: string): void {
  let doc: string | undefined; // built on first use: it only changes with the code
  app.get(`/${version}/schema/`, (_req, reply) => {
    doc ??= JSON.stringify(buildOpenApi(resources, version));
    return reply.type('application/json').send(doc);
  });
  app.get(`/${version}/swagger/`, (_req, reply) => reply.type('text/html; charset=utf-8').send(swaggerPage(version)));
  // the package's own entry point evaluates the whole 1.5 MB bundle; only its files are needed here
  const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Buffer>();
  app.get('/static/swagger-ui/:file', (req, reply) => {
    const file = (req.params as { file: string }).file;
    const type = assets[file];
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
<script>
window.ui = SwaggerUIBundle({ url: '/${version}/schema/', dom_id: '#swagger-ui', presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });
</script>
</body>
</html>
`;
}
