import type { Entity, ScalarType } from '../model/define.ts';
import { model } from '../model/entities.ts';

/**
 * A shape is one serializer: which entity it reads and which JSON keys it writes, in LL2's order.
 * Shapes are written as compact strings, one token per key:
 *   `name`              the column of the same name
 *   `key=column`        another column (2.0.0's status `name` is the stored `abbrev`)
 *   `key=rel.column`    a column reached through `one` relations (a mission's `type` name)
 *   `key:Shape`         a relation serialized with another shape (a list for many/children)
 *   `key=rel:Shape`     the same, for a relation of another name (2.0.0's `infoURLs` is `info_urls`)
 *   `key=rel[0]:Shape`  only the first object of a to-many relation (or null)
 *   `key@`              a computed value, from the shape set's `computed` table
 * `url` (unless the entity stores a `url` of its own) and `response_mode` are computed by every set.
 */
export type Field =
  | { key: string; kind: 'column'; column: string; type: ScalarType }
  | { key: string; kind: 'path'; rels: string[]; column: string; type: ScalarType }
  | { key: string; kind: 'nested'; rel: string; shape: string; list: boolean; first: boolean }
  | { key: string; kind: 'computed' };

export interface Shape {
  name: string;
  entity: Entity;
  fields: Field[];
  /** The `response_mode` value this shape reports (2.3.0 only). */
  responseMode?: string;
}

export function parseShape(name: string, entityName: string, spec: string, responseMode?: string): Shape {
  const entity = model[entityName];
  if (!entity) throw new Error(`shape ${name}: unknown entity ${entityName}`);
  const fields: Field[] = spec
    .trim()
    .split(/\s+/)
    .map((token) => parseField(name, entity, token));
  return { name, entity, fields, responseMode };
}

function parseField(shape: string, entity: Entity, token: string): Field {
  if (token.endsWith('@') || (token === 'url' && !entity.fields.url) || token === 'response_mode') return { key: token.replace(/@$/, ''), kind: 'computed' };
  const nested = /^(\w+)(?:=(\w+)(\[0\])?)?:(\w+)$/.exec(token);
  if (nested) {
    const [, key, relName = key, first, shapeName] = nested;
    const rel = entity.relations[relName];
    if (!rel) throw new Error(`shape ${shape}: ${entity.name} has no relation ${relName}`);
    const toMany = rel.kind === 'many' || rel.kind === 'children' || rel.kind === 'reverse';
    if (first && !toMany) throw new Error(`shape ${shape}: [0] needs a to-many relation (${relName})`);
    return { key, kind: 'nested', rel: relName, shape: shapeName, list: toMany && !first, first: !!first };
  }
  const [key, source = key] = token.split('=');
  const parts = source.split('.');
  const column = parts.pop()!;
  let at = entity;
  for (const rel of parts) {
    const r = at.relations[rel];
    if (!r || (r.kind !== 'one' && r.kind !== 'child' && r.kind !== 'via')) throw new Error(`shape ${shape}: ${at.name}.${rel} is not a one relation`);
    at = model[r.target];
  }
  const type = column === 'id' ? (at.key === 'uuid' ? 'text' : 'int') : at.fields[column];
  if (!type) throw new Error(`shape ${shape}: ${at.name} has no field ${column} (token ${token})`);
  return parts.length ? { key, kind: 'path', rels: parts, column, type } : { key, kind: 'column', column, type };
}
