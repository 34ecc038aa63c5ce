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
  /**
   * JSON already written in this response, per shape and key (see ShapeSet.serializeText): a page of 100
   * detailed launches names the same few agencies, pads and rocket configurations dozens of times.
   */
  texts?: Map<string, Map<Key, string>>;
}

/** A value no column holds as such: computed from the row and what `needs` loads. */
export interface Computed {
  /** Relation paths (dot-separated) the value reads, so the loader fetches them (every column of their rows). */
  needs?: string[];
  /** The row's own columns the value reads; without them the loader reads every column of the row. */
  columns?: string[];
  get(row: Row, ctx: SerializeContext): unknown;
}

type Writer = (row: Row, ctx: SerializeContext) => Record<string, unknown>;
type TextWriter = (row: Row, ctx: SerializeContext) => string;

/**
 * How a shape's field is read: a value (a column, a path, a computed value), or another shape applied to
 * the related row (or rows). Both writers below are built from these, so an object and its JSON text
 * cannot disagree.
 */
type FieldReader =
  | { key: string; value: (row: Row, ctx: SerializeContext) => unknown; nested?: undefined }
  | { key: string; nested: string; list: true; rows: (row: Row, ctx: SerializeContext) => Row[] }
  | { key: string; nested: string; list: false; rows: (row: Row, ctx: SerializeContext) => Row | undefined };

/**
 * One API version's serializers: shapes written as strings (see shape.ts) plus the computed values.
 * Each shape is compiled once into a function and a load plan.
 */
export class ShapeSet {
  readonly shapes = new Map<string, Shape>();
  private readonly writers = new Map<string, Writer>();
  private readonly textWriters = new Map<string, TextWriter>();
  private readonly readers = new Map<string, FieldReader[]>();
  private static sets = 0;
  private readonly serial = ShapeSet.sets++;
  private readonly plans = new Map<string, Plan>();

  constructor(
    readonly version: string,
    specs: Record<string, [entity: string, fields: string, responseMode?: string]>,
    /** Keyed `Shape.key` (one shape) or `entity.key` (every shape of that entity). */
    private readonly computed: Record<string, Computed>,
  ) {
    for (const [name, [entity, fields, mode]] of Object.entries(specs)) this.shapes.set(name, parseShape(name, entity, fields, mode));
    // fail at start-up, not on a request
    for (const name of this.shapes.keys()) {
      this.writer(name);
      this.textWriter(name);
    }
  }

  shape(name: string): Shape {
    const s = this.shapes.get(name);
    if (!s) throw new Error(`${this.version}: unknown shape ${name}`);
    return s;
  }

  /** Loads what the shape needs for these rows, then writes them. */
  async serialize(name: string, rows: Row[], ctx: SerializeContext): Promise<Record<string, unknown>[]> {
    await this.load(name, rows, ctx);
    const write = this.writer(name);
    return rows.map((r) => write(r, ctx));
  }

  /** Stores the rows (holding at least the columns the shape reads) and loads everything the shape reaches from them. */
  private async load(name: string, rows: Row[], ctx: SerializeContext): Promise<void> {
    const { entity } = this.shape(name);
    const plan = this.plan(name);
    ctx.store.add(entity, rows, ctx.store.columnsFor(plan, entity.name));
    await ctx.store.load(plan, rows.map((r) => r.id));
  }

  /** The rows of these keys with the columns shape `name` reads (in no particular order; missing keys left out). */
  async readRows(name: string, ids: Key[], ctx: SerializeContext): Promise<Row[]> {
    const { entity } = this.shape(name);
    await ctx.store.loadRows(entity, ids, ctx.store.columnsFor(this.plan(name), entity.name));
    return ids.map((id) => ctx.store.row(entity.name, id)).filter((r): r is Row => r !== undefined);
  }

  /**
   * Loads what the shape needs for these rows, then writes each as JSON text: exactly
   * `JSON.stringify` of what `serialize` returns, without building the objects first. A nested object
   * is written once per response and its text reused wherever it appears again (`ctx.texts`).
   */
  async serializeText(name: string, rows: Row[], ctx: SerializeContext): Promise<string[]> {
    await this.load(name, rows, ctx);
    const write = this.textWriter(name);
    return rows.map((r) => write(r, ctx));
  }

  plan(name: string): Plan {
    let p = this.plans.get(name);
    if (p) return p;
    const shape = this.shape(name);
    p = { entity: shape.entity, edges: new Map(), columns: new Set(['id']) };
    for (const f of shape.fields) {
      if (f.kind === 'column') p.columns?.add(f.column);
      else if (f.kind === 'nested') addEdge(p, f.rel, this.plan(f.shape));
      else if (f.kind === 'path') addPath(p, f.rels, f.column);
      else if (f.kind === 'computed' && !this.isBuiltIn(shape, f.key)) {
        const c = this.computedFor(shape, f.key);
        if (!c.columns) p.columns = null;
        else for (const col of c.columns) p.columns?.add(col);
        // what a computed value reads of related rows is not declared: all their columns
        for (const need of c.needs ?? []) addPath(p, need.split('.'), null);
      }
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

  /** Each field of a shape as a reader (compiled once per shape). */
  private fieldReaders(name: string): FieldReader[] {
    let readers = this.readers.get(name);
    if (readers) return readers;
    const shape = this.shape(name);
    const entity = shape.entity;
    const keys = new Set<string>();
    readers = shape.fields.map((f): FieldReader => {
      // a key written twice would be one key of the object (in its first place) but two in the text
      if (keys.has(f.key)) throw new Error(`${this.version} shape ${name}: key ${f.key} twice`);
      keys.add(f.key);
      switch (f.kind) {
        case 'column': {
          const { column, type } = f;
          return { key: f.key, value: type === 'bool' ? (row) => fromColumn(type, row[column]) : (row) => row[column] ?? null };
        }
        case 'path':
          return {
            key: f.key,
            value: (row, ctx) => {
              let at: Row | undefined = row;
              let e: Entity = entity;
              for (const rel of f.rels) {
                at = ctx.store.one(e, rel, at);
                if (!at) return null;
                e = model[(e.relations[rel] as { target: string }).target];
              }
              return fromColumn(f.type, at[f.column]);
            },
          };
        case 'nested': {
          const rel = entity.relations[f.rel];
          const target = (rel as { target: string }).target;
          if (f.list) return { key: f.key, nested: f.shape, list: true, rows: (row, ctx) => ctx.store.linked(entity.name, f.rel, row.id).map((id) => ctx.store.row(target, id)!) };
          if (f.first) return { key: f.key, nested: f.shape, list: false, rows: (row, ctx) => ctx.store.row(target, ctx.store.linked(entity.name, f.rel, row.id)[0]) };
          return { key: f.key, nested: f.shape, list: false, rows: (row, ctx) => ctx.store.one(entity, f.rel, row) };
        }
        case 'computed': {
          if (this.isBuiltIn(shape, f.key)) {
            const mode = shape.responseMode;
            return { key: f.key, value: f.key === 'url' ? (row, ctx) => ctx.urlFor(entity.name, row.id) : () => mode };
          }
          return { key: f.key, value: this.computedFor(shape, f.key).get };
        }
      }
    });
    this.readers.set(name, readers);
    return readers;
  }

  private writer(name: string): Writer {
    let w = this.writers.get(name);
    if (w) return w;
    const parts = this.fieldReaders(name).map((f): ((row: Row, ctx: SerializeContext) => unknown) => {
      if (f.nested === undefined) return f.value;
      // sub-writers are looked up when first used: shapes may nest each other in any order
      const sub = () => this.writer(f.nested);
      if (f.list) return (row, ctx) => f.rows(row, ctx).map((r) => sub()(r, ctx));
      return (row, ctx) => {
        const r = f.rows(row, ctx);
        return r ? sub()(r, ctx) : null;
      };
    });
    const keys = this.fieldReaders(name).map((f) => f.key);
    w = (row, ctx) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) out[keys[i]] = parts[i](row, ctx);
      return out;
    };
    this.writers.set(name, w);
    return w;
  }

  /**
   * The JSON text writer of a shape: the same fields as `writer`, each value encoded as JSON.stringify
   * would (a value it leaves out, `undefined`, leaves its key out too), nested objects through `ctx.texts`.
   */
  private textWriter(name: string): TextWriter {
    let w = this.textWriters.get(name);
    if (w) return w;
    // per shape set, not per version: the exporter's set is a 2.3.0 set with shapes of the same names
    const memoKey = `${this.serial}\n${name}`;
    type Part = (row: Row, ctx: SerializeContext) => string | undefined;
    const parts = this.fieldReaders(name).map((f): Part => {
      if (f.nested === undefined) return (row, ctx) => jsonValue(f.value(row, ctx));
      const sub = () => this.textWriter(f.nested);
      if (f.list) return (row, ctx) => `[${f.rows(row, ctx).map((r) => sub()(r, ctx)).join(',')}]`;
      return (row, ctx) => {
        const r = f.rows(row, ctx);
        return r ? sub()(r, ctx) : 'null';
      };
    });
    const prefixes = this.fieldReaders(name).map((f) => `${JSON.stringify(f.key)}:`);
    const write: TextWriter = (row, ctx) => {
      let out = '{';
      for (let i = 0; i < parts.length; i++) {
        const v = parts[i](row, ctx);
        if (v === undefined) continue;
        out += out.length > 1 ? `,${prefixes[i]}${v}` : `${prefixes[i]}${v}`;
      }
      return `${out}}`;
    };
    // a shape's text depends on its row and the response only: written once per response and key
    w = (row, ctx) => {
      const texts = (ctx.texts ??= new Map());
      let memo = texts.get(memoKey);
      if (!memo) texts.set(memoKey, (memo = new Map()));
      let text = memo.get(row.id);
      if (text === undefined) memo.set(row.id, (text = write(row, ctx)));
      return text;
    };
    this.textWriters.set(name, w);
    return w;
  }
}

/** A value as JSON.stringify writes it (the common cases without a call; `undefined` stays undefined). */
function jsonValue(v: unknown): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return JSON.stringify(v);
  }
}

/** Adds the edge `rel` → `sub` to a plan under construction (with the key column a `one` edge reads). */
function addEdge(p: Plan, rel: string, sub: Plan): void {
  const r = p.entity.relations[rel];
  if (r.kind === 'via') return addEdge(p, r.path[0], chainOf(p.entity, r.path, sub));
  if (r.kind === 'one') p.columns?.add(r.column);
  const existing = p.edges.get(rel);
  p.edges.set(rel, existing ? mergePlans(existing, sub) : sub);
}

/**
 * The plan below the first hop of `rels` from `from`, ending in `end`: one node per entity passed
 * (reading its key and the hop's key column, or every column when `all`), so a path or a `via` hop
 * loads like plain edges.
 */
function chainOf(from: Entity, rels: string[], end: Plan, all = false): Plan {
  const entities: Entity[] = [from];
  for (const rel of rels.slice(0, -1)) entities.push(model[(entities.at(-1)!.relations[rel] as { target: string }).target]);
  let chain = end;
  for (let i = rels.length - 1; i > 0; i--) {
    const node: Plan = { entity: entities[i], edges: new Map(), columns: all ? null : new Set(['id']) };
    addEdge(node, rels[i], chain);
    chain = node;
  }
  return chain;
}

/**
 * A path to `column` of the row `rels` reach from the plan's entity; with null, every column of every
 * row on the way (what a computed value reads of them is not declared).
 */
function addPath(p: Plan, rels: string[], column: string | null): void {
  let target = p.entity;
  for (const rel of rels) target = model[(target.relations[rel] as { target: string }).target];
  const end: Plan = { entity: target, edges: new Map(), columns: column === null ? null : new Set(['id', column]) };
  addEdge(p, rels[0], chainOf(p.entity, rels, end, column === null));
}

/** A new plan that loads everything either plan loads (plans are shared, so never mutated). */
function mergePlans(a: Plan, b: Plan): Plan {
  if (a === b) return a;
  const edges = new Map(a.edges);
  for (const [rel, sub] of b.edges) edges.set(rel, edges.has(rel) ? mergePlans(edges.get(rel)!, sub) : sub);
  const columns = a.columns && b.columns && new Set([...a.columns, ...b.columns]);
  return { entity: a.entity, edges, columns };
}
