import { ownerColumns } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { ShapeSet } from '../serialize/serializer.ts';
import { parseShape, type Shape } from '../serialize/shape.ts';
import { shapes230 } from '../serialize/v2.3.0/shapes.generated.ts';
import { v230Computed } from '../serialize/v2.3.0/index.ts';
import { exportResources } from './export-paths.ts';

type Spec = [entity: string, fields: string, responseMode?: string];

/**
 * The serializers of the export: the 2.3.0 shapes, completed so that importing what they write
 * restores every stored value, not only the ones a 2.3.0 response shows.
 *
 * - Each exported entity is written with `Export_<detail shape>`: its `/{id}/` shape plus `url` (so
 *   the importer can tell a config lookup from an update) plus the columns no 2.3.0 shape shows
 *   (legacy 2.0.0/2.2.0 values: a launch's `holdreason`, an agency's `legacy_logo_url`, ...) under
 *   their model names, which the importer writes as they are.
 * - Entities without an endpoint (missions, video links, ...) are only ever written nested, so every
 *   one of their shapes is completed the same way (the dashboard's live streams are video links that
 *   the 2.3.0 `VidURLs` shape reduces to four keys).
 * - A to-one link no shape shows and no owner's list restores (an update's programme) is written as
 *   `{"id": ...}`.
 */
export function exportSpecs(): Record<string, Spec> {
  const specs: Record<string, Spec> = { ...shapes230 };
  const parsed = new Map(Object.entries(shapes230).map(([name, [entity, fields, mode]]) => [name, parseShape(name, entity, fields, mode)]));
  const shapesOf = (entity: string) => [...parsed.values()].filter((s) => s.entity.name === entity);

  const complete = (shape: Shape, extra: string[]): string => {
    const tokens = [...extra, ...completion(shape, shapesOf(shape.entity.name), specs)];
    return tokens.length ? `${shapes230[shape.name][1]} ${tokens.join(' ')}` : shapes230[shape.name][1];
  };

  for (const shape of parsed.values()) {
    if (!exportResources.has(shape.entity.name)) specs[shape.name] = [shape.entity.name, complete(shape, []), shape.responseMode];
  }
  for (const [entity, r] of exportResources) {
    const shape = parsed.get(r.decl.detailShape)!;
    const hasUrl = shape.fields.some((f) => f.key === 'url');
    specs[exportShapeName(entity)] = [entity, complete(shape, hasUrl ? [] : ['url']), shape.responseMode];
  }
  return specs;
}

export function exportShapeName(entity: string): string {
  return `Export_${exportResources.get(entity)!.decl.detailShape}`;
}

/** Tokens for what `shape` leaves out of its entity: columns, and to-one links nothing else restores. */
function completion(shape: Shape, siblings: Shape[], specs: Record<string, Spec>): string[] {
  const entity = shape.entity;
  const keys = new Set(shape.fields.map((f) => f.key));
  const columns = new Set<string>();
  const rels = new Set<string>();
  for (const f of shape.fields) {
    if (f.kind === 'column') columns.add(f.column);
    else if (f.kind === 'path') rels.add(f.rels[0]);
    else if (f.kind === 'nested') rels.add(f.rel);
  }
  const owned = ownerColumns(model, entity); // set by the owner's list (a rocket's launch)
  const tokens: string[] = [];
  const add = (key: string, token: string) => {
    if (keys.has(key)) throw new Error(`export shape for ${shape.name}: key ${key} already means something else`);
    keys.add(key);
    tokens.push(token);
  };
  for (const field of Object.keys(entity.fields)) if (!columns.has(field)) add(field, field);
  for (const [name, rel] of Object.entries(entity.relations)) {
    if (rel.kind !== 'one' || rels.has(name) || owned.has(rel.column)) continue;
    const shown = siblings.flatMap((s) => s.fields).find((f) => f.kind === 'nested' && f.rel === name);
    const target = shown?.kind === 'nested' ? shown.shape : `ExportRef_${rel.target}`;
    if (!shown) specs[target] = [rel.target, 'id'];
    add(name, `${name}:${target}`);
  }
  return tokens;
}

/** Built once: compiling the shapes checks them all. */
export const exportShapes = new ShapeSet('2.3.0', exportSpecs(), v230Computed);
