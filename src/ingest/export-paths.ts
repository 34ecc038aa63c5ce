import type { ResourceDecl } from '../api/resource.ts';
import { pathAliases, resourcePaths } from '../api/resource-paths.ts';
import { resources } from '../resources/index.ts';

/**
 * The 2.3.0 endpoint of every entity the export writes, read from the resource declarations: the
 * entities of resource-paths.ts plus those that are served but carry no `url` of their own (the
 * config/* lookups, updates, the Starship dashboard). An exported object gets a `url` on this path
 * so that `ll2 import` can tell what it is.
 */
export interface ExportResource {
  /** Path between `/2.3.0/` and the id, e.g. `launches`, `config/launch_statuses`. */
  path: string;
  decl: ResourceDecl;
}

function build(): Map<string, ExportResource> {
  const out = new Map<string, ExportResource>();
  for (const decl of resources) {
    if (decl.version !== '2.3.0' || pathAliases[decl.path]) continue; // upcoming/previous list the same rows
    const entity = decl.entity.name;
    if (out.has(entity)) continue;
    out.set(entity, { path: resourcePaths[entity]?.['2.3.0'] ?? decl.path, decl });
  }
  return out;
}

export const exportResources: Map<string, ExportResource> = build();

const byPath = new Map([...exportResources].map(([entity, r]) => [r.path, entity]));

/** The address of an exported object: `${base}/2.3.0/config/launch_statuses/3/` (a singleton has no id). */
export function exportUrl(base: string, entity: string, id: unknown): string {
  const r = exportResources.get(entity);
  if (!r) throw new Error(`${entity} has no 2.3.0 endpoint`);
  return r.decl.singleton !== undefined ? `${base}/2.3.0/${r.path}/` : `${base}/2.3.0/${r.path}/${id}/`;
}

/** The entity of an object whose `url` is a 2.3.0 address `exportUrl` writes; null for anything else. */
export function entityOfExportUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
  const m = /^\/2\.3\.0\/(.+)\/$/.exec(path);
  if (!m) return null;
  const singleton = byPath.get(m[1]);
  if (singleton && exportResources.get(singleton)!.decl.singleton !== undefined) return singleton;
  const withId = /^(.+)\/[^/]+$/.exec(m[1]);
  return withId ? (byPath.get(withId[1]) ?? null) : null;
}
