import type { Entity, ScalarType } from '../model/define.ts';
import { model } from '../model/entities.ts';

/**
 * A shape is one serializer: which entity it reads and which JSON keys it writes, in LL2's order.
 * Shapes are written as compact strings, one token per key:
 *   `name`              the column of the same name
 *   `key=column`        another column (2.0.0's status `name` is the stored `abbrev`)
 *   `key=rel.column`    a column reached through `one` relations (a mission's `type` name)
 *   `key:Shape`         a relation serialized with another shape (a list for many/children)
 *   `key@`              a computed value, from the shape set's `computed` table
 * `url` and `response_mode` are computed by every shape set.
 */
export type Field =
  | { key: string; kind: 'column'; column: string; type: ScalarType }
  | { key: string; kind: 'path'; rels: string[]; column: string; type: ScalarType }
  | { key: string; kind: 'nested'; rel: string; shape: string; list: boolean }
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
  if (token.endsWith('@') || token === 'url' || token === 'response_mode') return { key: token.replace(/@$/, ''), kind: 'computed' };
  const nested = /^(\w+):(\w+)$/.exec(token);
  if (nested) {
    const [, key, shapeName] = nested;
    const rel = entity.relations[key];
    if (!rel) throw new Error(`shape ${shape}: ${entity.name} has no relation ${key}`);
    return { key, kind: 'nested', rel: key, shape: shapeName, list: rel.kind === 'many' || rel.kind === 'children' };
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
