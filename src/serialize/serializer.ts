import type { Entity } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { fromColumn } from '../ingest/values.ts';
import { GraphStore, type Key, type Plan, type Row } from './graph-store.ts';
import { parseShape, type Shape } from './shape.ts';

/** Per-request facts a serializer needs: the loaded rows and how to build absolute URLs. */
export interface SerializeContext {
  store: GraphStore;
  /** Absolute URL of an object of this entity in this version, or null if it has no endpoint. */
  urlFor(entity: string, id: Key): string | null;
}

/** A value no column holds as such: computed from the row and what `needs` loads. */
export interface Computed {
  /** Relation paths (dot-separated) the value reads, so the loader fetches them. */
  needs?: string[];
  get(row: Row, ctx: SerializeContext): unknown;
}

type Writer = (row: Row, ctx: SerializeContext) => Record<string, unknown>;

/**
 * One API version's serializers: shapes written as strings (see shape.ts) plus the computed values.
 * Each shape is compiled once into a function and a load plan.
 */
export class ShapeSet {
  readonly shapes = new Map<string, Shape>();
  private readonly writers = new Map<string, Writer>();
  private readonly plans = new Map<string, Plan>();

  constructor(
    readonly version: string,
    specs: Record<string, [entity: string, fields: string, responseMode?: string]>,
    /** Keyed `Shape.key` (one shape) or `entity.key` (every shape of that entity). */
    private readonly computed: Record<string, Computed>,
  ) {
    for (const [name, [entity, fields, mode]] of Object.entries(specs)) this.shapes.set(name, parseShape(name, entity, fields, mode));
    for (const name of this.shapes.keys()) this.writer(name); // fail at start-up, not on a request
  }

  shape(name: string): Shape {
    const s = this.shapes.get(name);
    if (!s) throw new Error(`${this.version}: unknown shape ${name}`);
    return s;
  }

  /** Loads what the shape needs for these rows, then writes them. */
  async serialize(name: string, rows: Row[], ctx: SerializeContext): Promise<Record<string, unknown>[]> {
    const shape = this.shape(name);
    ctx.store.add(shape.entity, rows);
    await ctx.store.load(this.plan(name), rows.map((r) => r.id));
    const write = this.writer(name);
    return rows.map((r) => write(r, ctx));
  }

  plan(name: string): Plan {
    let p = this.plans.get(name);
    if (p) return p;
    const shape = this.shape(name);
    p = { entity: shape.entity, edges: new Map() };
    for (const f of shape.fields) {
      if (f.kind === 'nested') addEdge(p, f.rel, this.plan(f.shape));
      else if (f.kind === 'path') addPath(p, f.rels);
      else if (f.kind === 'computed' && !this.isBuiltIn(shape, f.key))
        for (const need of this.computedFor(shape, f.key).needs ?? []) addPath(p, need.split('.'));
    }
    this.plans.set(name, p);
    return p;
  }

  /** `url` and `response_mode` come from the entity's route and the shape's mode unless overridden. */
  private isBuiltIn(shape: Shape, key: string): boolean {
    if (this.computed[`${shape.name}.${key}`] || this.computed[`${shape.entity.name}.${key}`]) return false;
    return key === 'url' || (key === 'response_mode' && shape.responseMode !== undefined);
  }

  private computedFor(shape: Shape, key: string): Computed {
    const c = this.computed[`${shape.name}.${key}`] ?? this.computed[`${shape.entity.name}.${key}`] ?? this.computed[key];
    if (!c) throw new Error(`${this.version} shape ${shape.name}: no computed value for ${key}`);
    return c;
  }

  private writer(name: string): Writer {
    let w = this.writers.get(name);
    if (w) return w;
    const shape = this.shape(name);
    const entity = shape.entity;
    const parts = shape.fields.map((f): ((row: Row, ctx: SerializeContext) => unknown) => {
      switch (f.kind) {
        case 'column': {
          const { column, type } = f;
          return type === 'bool' ? (row) => fromColumn(type, row[column]) : (row) => row[column] ?? null;
        }
        case 'path':
          return (row, ctx) => {
            let at: Row | undefined = row;
            let e: Entity = entity;
            for (const rel of f.rels) {
              at = ctx.store.one(e, rel, at);
              if (!at) return null;
              e = model[(e.relations[rel] as { target: string }).target];
            }
            return fromColumn(f.type, at[f.column]);
          };
        case 'nested': {
          const rel = entity.relations[f.rel];
          const target = (rel as { target: string }).target;
          const sub = () => this.writer(f.shape);
          if (f.list) return (row, ctx) => ctx.store.linked(entity.name, f.rel, row.id).map((id) => sub()(ctx.store.row(target, id)!, ctx));
          if (f.first) {
            return (row, ctx) => {
              const id = ctx.store.linked(entity.name, f.rel, row.id)[0];
              return id === undefined ? null : sub()(ctx.store.row(target, id)!, ctx);
            };
          }
          return (row, ctx) => {
            const r = ctx.store.one(entity, f.rel, row);
            return r ? sub()(r, ctx) : null;
          };
        }
        case 'computed': {
          if (this.isBuiltIn(shape, f.key)) {
            const mode = shape.responseMode;
            return f.key === 'url' ? (row, ctx) => ctx.urlFor(entity.name, row.id) : () => mode;
          }
          return this.computedFor(shape, f.key).get;
        }
      }
    });
    const keys = shape.fields.map((f) => f.key);
    w = (row, ctx) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) out[keys[i]] = parts[i](row, ctx);
      return out;
    };
    this.writers.set(name, w);
    return w;
  }
}

function addEdge(p: Plan, rel: string, sub: Plan): void {
  const r = p.entity.relations[rel];
  if (r.kind === 'via') {
    // expand the hop into plain edges: rocket → launch
    let chain = sub;
    const entities: Entity[] = [p.entity];
    for (const hop of r.path.slice(0, -1)) entities.push(model[(entities.at(-1)!.relations[hop] as { target: string }).target]);
    for (let i = r.path.length - 1; i > 0; i--) chain = { entity: entities[i], edges: new Map([[r.path[i], chain]]) };
    return addEdge(p, r.path[0], chain);
  }
  const existing = p.edges.get(rel);
  p.edges.set(rel, existing ? mergePlans(existing, sub) : sub);
}

function addPath(p: Plan, rels: string[]): void {
  let chain: Plan | undefined;
  const entities: Entity[] = [p.entity];
  for (const rel of rels) entities.push(model[(entities.at(-1)!.relations[rel] as { target: string }).target]);
  chain = { entity: entities.at(-1)!, edges: new Map() };
  for (let i = rels.length - 1; i > 0; i--) chain = { entity: entities[i], edges: new Map([[rels[i], chain]]) };
  addEdge(p, rels[0], chain);
}

/** A new plan that loads everything either plan loads (plans are shared, so never mutated). */
function mergePlans(a: Plan, b: Plan): Plan {
  if (a === b) return a;
  const edges = new Map(a.edges);
  for (const [rel, sub] of b.edges) edges.set(rel, edges.has(rel) ? mergePlans(edges.get(rel)!, sub) : sub);
  return { entity: a.entity, edges };
}
