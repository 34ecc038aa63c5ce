import { FEED_FORMATS, feedTypeOf } from '../render/feeds.ts';
import type { ScalarType } from '../model/define.ts';
import { helpSections } from '../render/help.ts';
import type { ShapeSet } from '../serialize/serializer.ts';
import { filterParams, type FilterType } from './filters.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './list-query.ts';
import type { ResourceDecl } from './resource.ts';

/**
 * Our OpenAPI 3.0 document for one API version, generated from the resource declarations: every
 * path, every parameter a route answers to, and a schema per shape. It describes what this server
 * does; it is not a copy of LL2's document.
 */
export function buildOpenApi(resources: ResourceDecl[], version: string): Record<string, unknown> {
  const served = resources.filter((r) => r.version === version);
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  const sets = new Set<ShapeSet>();

  for (const res of served) {
    sets.add(res.shapes);
    const tag = res.path.split('/')[0];
    const modes = Object.entries(res.modes) as Array<[string, string]>;
    const listSchema = modes.length > 1
      ? { oneOf: modes.map(([, s]) => ref(s)), discriminator: { propertyName: 'response_mode', mapping: Object.fromEntries(modes.map(([m, s]) => [m, `#/components/schemas/${s}`])) } }
      : ref(modes[0][1]);
    if (res.singleton !== undefined) {
      paths[`/${version}/${res.path}/`] = {
        get: {
          operationId: `${res.path.replace(/\//g, '_')}_retrieve`,
          tags: [tag],
          description: describe(res),
          parameters: modes.length > 1 ? [{ name: 'mode', in: 'query', schema: { type: 'string', enum: modes.map(([m]) => m).sort() } }] : [],
          responses: { 200: { description: '', content: { 'application/json': { schema: listSchema } } } },
        },
      };
      continue;
    }
    // our extension (src/render/feeds.ts): launches and events lists also answer as a calendar or a feed
    const feeds = feedTypeOf(res) ? FEED_CONTENT : {};
    paths[`/${version}/${res.path}/`] = {
      get: {
        operationId: `${res.path.replace(/\//g, '_')}_list`,
        tags: [tag],
        description: describe(res),
        parameters: [...listParameters(res), ...(feedTypeOf(res) ? [FEED_FORMAT_PARAM] : [])],
        responses: { 200: { description: '', content: { 'application/json': { schema: paginated(listSchema) }, ...feeds } } },
      },
    };
    paths[`/${version}/${res.path}/{id}/`] = {
      get: {
        operationId: `${res.path.replace(/\//g, '_')}_retrieve`,
        tags: [tag],
        description: describe(res),
        parameters: [{ name: 'id', in: 'path', required: true, schema: res.entity.key === 'uuid' ? { type: 'string', format: 'uuid' } : { type: 'integer' } }],
        responses: {
          200: { description: '', content: { 'application/json': { schema: ref(res.detailShape) } } },
          404: { description: 'Not found.' },
        },
      },
    };
  }
  for (const set of sets) for (const [name, shape] of set.shapes) schemas[name] = shapeSchema(shape);
  // answered by the throttle (src/throttle), not by a resource declaration
  const throttleFields = ['your_request_limit', 'limit_frequency_secs', 'current_use', 'next_use_secs'];
  schemas.APIThrottle = {
    type: 'object',
    properties: Object.fromEntries([...throttleFields.map((f) => [f, { type: 'integer' }]), ...(version === '2.3.0' ? [['ident', { type: 'string' }]] : [])]),
  };
  if (version === '2.3.0') Object.assign(paths, EXTENSION_PATHS);
  paths[`/${version}/api-throttle/`] = {
    get: {
      operationId: 'api_throttle_retrieve',
      tags: ['api-throttle'],
      description: "The caller's request limit, its period, the requests used in it and the wait before the next one. Not counted.",
      parameters: [],
      responses: { 200: { description: '', content: { 'application/json': { schema: ref('APIThrottle') } } } },
    },
  };
  return {
    openapi: '3.0.3',
    info: { title: 'Launch Library 2 (self-hosted)', version },
    paths,
    components: {
      schemas,
      securitySchemes: { Token_Authentication: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Token <key>' } },
    },
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function paginated(items: unknown) {
  return {
    type: 'object',
    required: ['count', 'results'],
    properties: {
      count: { type: 'integer' },
      next: { type: 'string', format: 'uri', nullable: true },
      previous: { type: 'string', format: 'uri', nullable: true },
      results: { type: 'array', items },
    },
  };
}

function describe(res: ResourceDecl): string {
  return helpSections(res)
    .map((s) => `${s.heading ? `#### ${s.heading}\n` : ''}${s.text}${s.example ? `\n\nExample - [${s.example.label}](${s.example.href})` : ''}`)
    .join('\n\n');
}

const filterSchema: Record<FilterType, Record<string, unknown>> = {
  int: { type: 'integer' },
  number: { type: 'number' },
  text: { type: 'string' },
  datetime: { type: 'string', format: 'date-time' },
  date: { type: 'string', format: 'date' },
  bool: { type: 'boolean' },
  uuid: { type: 'string', format: 'uuid' },
};

function listParameters(res: ResourceDecl): unknown[] {
  const params: Array<Record<string, unknown>> = filterParams(res.filters).map(({ param, filter }) => {
    const one = filterSchema[filter.type];
    if (!filter.list) return { name: param, in: 'query', schema: one };
    return { name: param, in: 'query', schema: { type: 'array', items: one }, style: 'form', explode: filter.list === 'repeat' };
  });
  params.push(
    { name: 'limit', in: 'query', schema: { type: 'integer', default: DEFAULT_LIMIT, maximum: MAX_LIMIT }, description: 'Number of results to return per page.' },
    { name: 'offset', in: 'query', schema: { type: 'integer' }, description: 'The initial index from which to return the results.' },
  );
  // every list has DRF's search and ordering filters, even where no field is declared
  params.push({ name: 'ordering', in: 'query', schema: { type: 'string' }, description: `Fields: ${Object.keys(res.ordering).join(', ') || 'none'}; - for descending.` });
  params.push({ name: 'search', in: 'query', schema: { type: 'string' }, description: `A search term (fields: ${Object.keys(res.search).join(', ') || 'none'}).` });
  const modes = Object.keys(res.modes);
  if (modes.length > 1) params.push({ name: 'mode', in: 'query', schema: { type: 'string', enum: modes.sort() } });
  return params.sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

const columnSchema: Record<ScalarType, Record<string, unknown>> = {
  text: { type: 'string' },
  int: { type: 'integer' },
  real: { type: 'number', format: 'double' },
  bool: { type: 'boolean' },
  datetime: { type: 'string', format: 'date-time' },
  date: { type: 'string', format: 'date' },
  duration: { type: 'string' },
};

function shapeSchema(shape: ShapeSet['shapes'] extends Map<string, infer S> ? S : never): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const f of shape.fields) {
    if (f.kind === 'column' || f.kind === 'path') {
      const idKey = f.kind === 'column' && f.column === 'id';
      properties[f.key] = idKey ? { ...(shape.entity.key === 'uuid' ? { type: 'string', format: 'uuid' } : { type: 'integer' }), readOnly: true } : { ...columnSchema[f.type], nullable: true };
    } else if (f.kind === 'nested') {
      properties[f.key] = f.list ? { type: 'array', items: ref(f.shape) } : { allOf: [ref(f.shape)], nullable: true };
    } else if (f.key === 'url') {
      properties[f.key] = { type: 'string', format: 'uri', readOnly: true };
    } else if (f.key === 'response_mode') {
      properties[f.key] = { type: 'string', readOnly: true, default: shape.responseMode };
    } else {
      properties[f.key] = { readOnly: true };
    }
  }
  return { type: 'object', properties, required: shape.fields.filter((f) => f.key === 'id' || f.key === 'url').map((f) => f.key) };
}

/** `?format=` on a launches or events list: LL2's two, and this server's calendar and feeds. */
const FEED_FORMAT_PARAM = {
  name: 'format',
  in: 'query',
  schema: { type: 'string', enum: ['json', 'api', ...Object.keys(FEED_FORMATS)] },
  description: 'json, api (browsable), or (this server only) ics: an iCalendar of the page, atom or rss: a feed of the page and its recorded changes.',
};
const FEED_CONTENT = Object.fromEntries(Object.values(FEED_FORMATS).map((type) => [type.split(';')[0], { schema: { type: 'string' } }]));

const changeRecord = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    type: { type: 'string', enum: ['launch', 'event'] },
    occurred_at: { type: 'string', format: 'date-time' },
    source: { type: 'string' },
    object: { type: 'object', properties: { id: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, url: { type: 'string', format: 'uri' }, name: { type: 'string', nullable: true } } },
    changes: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, old: {}, new: {} } } },
  },
};
const changeFilters = [
  { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'Changes recorded at or after this time.' },
  { name: 'type', in: 'query', schema: { type: 'string', enum: ['launch', 'event'] } },
  { name: 'id', in: 'query', schema: { type: 'string' }, description: 'One object (with field=net: a launch\'s slip history).' },
  { name: 'field', in: 'query', schema: { type: 'string' }, description: 'Comma list of fields; records then list only those.' },
];

/** Paths of this server that LL2 does not have (outside /2.x.0/; see the README's Changes and Sync sections). */
const EXTENSION_PATHS: Record<string, unknown> = {
  '/changes/': {
    get: {
      operationId: 'changes_list',
      tags: ['ll2-server'],
      description: 'The change log: what imports and syncs changed in launches and events, newest first (this server only).',
      parameters: [...changeFilters, { name: 'limit', in: 'query', schema: { type: 'integer', default: DEFAULT_LIMIT, maximum: MAX_LIMIT } }, { name: 'offset', in: 'query', schema: { type: 'integer' } }],
      responses: { 200: { description: '', content: { 'application/json': { schema: paginated(changeRecord) } } }, 400: { description: 'A bad filter value.' } },
    },
  },
  '/changes/stream': {
    get: {
      operationId: 'changes_stream',
      tags: ['ll2-server'],
      description: 'The change log as Server-Sent Events (event: change, id: the record id), resumable with Last-Event-ID (this server only).',
      parameters: [...changeFilters.filter((p) => p.name !== 'since'), { name: 'Last-Event-ID', in: 'header', schema: { type: 'string' } }],
      responses: { 200: { description: '', content: { 'text/event-stream': { schema: { type: 'string' } } } }, 400: { description: 'A bad filter value.' } },
    },
  },
  '/mirror/': {
    get: {
      operationId: 'mirror_retrieve',
      tags: ['ll2-server'],
      description: 'Where the mirror (SYNC_FROM) stands: per resource, objects here and upstream, first pass done; the pass, budget and last error (this server only; served when SYNC_FROM is set).',
      parameters: [{ name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'api'] } }],
      responses: { 200: { description: '', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  },
};
