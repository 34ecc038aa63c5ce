/**
 * Extracts the machine-checkable contract from the official LL2 2.3.0 OpenAPI document.
 *
 * Usage: npx tsx scripts/extract-openapi-contract.ts [path-to-openapi]
 *        (default: ../shared/ll2/openapi-2.3.0.json, relative to the repository root)
 *
 * Writes test/fixtures/openapi-2.3.0.contract.json: the document without its prose, so tests can
 * validate responses on a fresh clone where the reference material is not available.
 *
 * Kept:
 *  - `openapi` (and `info.version`)
 *  - for every path, its GET operation's `operationId`, `parameters` (name, in, required, schema,
 *    style, explode; no description) and `responses` (status -> content type -> schema ref)
 *  - `components.schemas` entirely, minus every `description`, `title`, `example` and `examples`
 *    keyword at any depth (property *names* such as a `description` field are of course kept).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.cwd(), process.argv[2] ?? resolve(repoRoot, '../shared/ll2/openapi-2.3.0.json'));
const output = resolve(repoRoot, 'test/fixtures/openapi-2.3.0.contract.json');

const PROSE_KEYS = new Set(['description', 'title', 'example', 'examples']);
/** Keywords whose value is a map from arbitrary names to schemas (the names must survive). */
const NAME_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Removes prose keywords from a schema, recursing into sub-schemas. */
function stripSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(stripSchema);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (PROSE_KEYS.has(key)) continue;
    if (NAME_MAP_KEYS.has(key) && isObject(value)) {
      const map: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) map[name] = stripSchema(sub);
      out[key] = map;
    } else if (key === 'discriminator' || key === 'enum' || key === 'required' || key === 'default') {
      out[key] = value; // data, not schemas
    } else {
      out[key] = stripSchema(value);
    }
  }
  return out;
}

const PARAM_KEYS = ['name', 'in', 'required', 'schema', 'style', 'explode'] as const;

function extract(doc: JsonObject): JsonObject {
  const paths: JsonObject = {};
  const docPaths = doc.paths;
  if (!isObject(docPaths)) throw new Error('document has no paths');
  for (const [pathKey, item] of Object.entries(docPaths)) {
    if (!isObject(item) || !isObject(item.get)) continue;
    const op = item.get;
    const parameters: Json[] = [];
    for (const p of Array.isArray(op.parameters) ? op.parameters : []) {
      if (!isObject(p)) continue;
      const kept: JsonObject = {};
      for (const k of PARAM_KEYS) {
        if (p[k] === undefined) continue;
        kept[k] = k === 'schema' ? stripSchema(p[k]) : p[k];
      }
      parameters.push(kept);
    }
    const responses: JsonObject = {};
    if (isObject(op.responses)) {
      for (const [status, resp] of Object.entries(op.responses)) {
        if (!isObject(resp)) continue;
        const content: JsonObject = {};
        if (isObject(resp.content)) {
          for (const [mediaType, media] of Object.entries(resp.content)) {
            if (isObject(media) && media.schema !== undefined) content[mediaType] = { schema: stripSchema(media.schema) };
          }
        }
        responses[status] = { content };
      }
    }
    paths[pathKey] = { get: { operationId: op.operationId ?? null, parameters, responses } };
  }

  const components = isObject(doc.components) ? doc.components : {};
  const schemas: JsonObject = {};
  if (isObject(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas)) schemas[name] = stripSchema(schema);
  }

  const info = isObject(doc.info) ? doc.info : {};
  return {
    openapi: doc.openapi ?? null,
    info: { version: info.version ?? null },
    paths,
    components: { schemas },
  };
}

const doc = JSON.parse(readFileSync(input, 'utf8')) as JsonObject;
const contract = extract(doc);
mkdirSync(dirname(output), { recursive: true });
const text = JSON.stringify(contract) + '\n';
writeFileSync(output, text);
const pathCount = Object.keys(contract.paths as JsonObject).length;
const schemaCount = Object.keys((contract.components as JsonObject & { schemas: JsonObject }).schemas).length;
console.log(`wrote ${output}: ${text.length} bytes, ${pathCount} paths, ${schemaCount} schemas`);
