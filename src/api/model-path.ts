import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { ModelDb } from '../db/model-db.ts';
import { own, type Entity } from '../model/define.ts';
import { model } from '../model/entities.ts';

/**
 * Turns a condition on a model path (`rocket.configuration.manufacturer.name`) into SQL on the
 * root table. Each hop becomes an `IN (SELECT ...)` subquery, so a launch never appears twice
 * however many rows a to-many hop matches (what DRF gets with `.distinct()`).
 */
export type Leaf = (column: Expression<unknown>, site?: LeafSite) => Expression<SqlBool>;

/**
 * Where a leaf's column sits: its entity, the alias of that entity's table in the query and the
 * column's name. A search condition needs it to narrow the rows through that table's search index.
 * A path ending on a key (`pad.id`, `agencies.id`) reads a foreign key of another table: no site.
 */
export interface LeafSite {
  entity: Entity;
  alias: string;
  column: string;
}

/** The tables of ModelDb: the model names its tables at run time, so Kysely cannot check them. */
type ModelTables = ModelDb extends Kysely<infer DB> ? DB : never;

/** An expression builder over tables picked at run time (the model's), as ModelDb is a database handle over them. */
export type ModelExpressionBuilder = ExpressionBuilder<ModelTables, string>;

export interface ResolvedPath {
  entity: Entity;
  hops: string[];
  column: string;
}

export function resolvePath(root: Entity, path: string): ResolvedPath {
  const parts = path.split('.');
  const column = parts.pop()!;
  let at = root;
  for (const rel of parts) {
    const r = own(at.relations, rel);
    if (!r) throw new Error(`${at.name} has no relation ${rel} (path ${path})`);
    at = model[r.target];
  }
  if (column !== 'id' && !Object.hasOwn(at.fields, column)) throw new Error(`${at.name} has no field ${column} (path ${path})`);
  return { entity: root, hops: parts, column };
}

/** The entity a path ends on and the column it reads there (`rocket.configuration.name` → launcher configuration, `name`). */
export function pathLeaf(root: Entity, path: string): { entity: Entity; column: string } {
  const { hops, column } = resolvePath(root, path);
  // a `via` relation names the entity its path ends on, as every other relation names its target
  const entity = hops.reduce((at, rel) => model[at.relations[rel].target], root);
  return { entity, column };
}

export function pathCondition(eb: ModelExpressionBuilder, root: Entity, path: string, leaf: Leaf, alias = root.table): Expression<SqlBool> {
  const { hops, column } = resolvePath(root, path);
  return aliasScope(() => hop(eb, root, hops, column, leaf, alias));
}

/**
 * Subquery aliases are numbered within one build (`t1`, `t2`, ...), so a query of the same shape has
 * the same SQL text on every request: prepared statements are cached by their text, and a text that
 * changed per request would grow that cache without bound. Kysely calls `where` callbacks while the
 * query is built (synchronously), so a build never interleaves with another.
 */
let aliasCounter = 0;
let scopeDepth = 0;

/**
 * Runs `build` with aliases numbered from 1, unless it runs inside a build already (a path condition
 * in the leaf of another, or every condition of one WHERE): then numbering goes on, and nested
 * subqueries never reuse an alias of the query around them.
 */
export function aliasScope<T>(build: () => T): T {
  if (scopeDepth > 0) return build();
  aliasCounter = 0;
  scopeDepth++;
  try {
    return build();
  } finally {
    scopeDepth--;
  }
}

function hop(eb: ModelExpressionBuilder, at: Entity, hops: string[], column: string, leaf: Leaf, alias: string): Expression<SqlBool> {
  if (!hops.length) return leaf(sql.ref(`${alias}.${column}`), { entity: at, alias, column });
  const [rel, ...rest] = hops;
  const r = at.relations[rel];
  if (r.kind === 'via') return hop(eb, at, [...r.path, ...rest], column, leaf, alias);
  if (!rest.length && column === 'id') {
    // `pad.id = 5` needs no subquery: the key is the column on this table
    if (r.kind === 'one') return leaf(sql.ref(`${alias}.${r.column}`));
    // nor does a to-many key need its target's table: the join table holds it
    if (r.kind === 'many') {
      const j = `jt${++aliasCounter}`;
      return eb(sql.ref(`${alias}.id`), 'in', eb.selectFrom(`${r.table} as ${j}`).select(`${j}.owner_id`).where(() => leaf(sql.ref(`${j}.target_id`))));
    }
  }
  return through(eb, at, rel, alias, (e, target, t) => hop(e, target, rest, column, leaf, t));
}

/**
 * The rows of `alias` (an `at`) that some row across relation `rel` satisfies `inner` for: one
 * `IN (SELECT ...)` subquery (through the join table of a to-many relation). `inner` is built on the
 * target's table, under a fresh alias.
 */
function through(eb: ModelExpressionBuilder, at: Entity, rel: string, alias: string, inner: (eb: ModelExpressionBuilder, target: Entity, alias: string) => Expression<SqlBool>): Expression<SqlBool> {
  const r = at.relations[rel];
  const target = model[r.target];
  const t = `t${++aliasCounter}`;
  const rows = () => eb.selectFrom(`${target.table} as ${t}`);
  const where = (e: ModelExpressionBuilder) => inner(e, target, t);
  switch (r.kind) {
    case 'one':
      return eb(sql.ref(`${alias}.${r.column}`), 'in', rows().select(`${t}.id`).where(where));
    case 'many': {
      const j = `j${t}`;
      return eb(sql.ref(`${alias}.id`), 'in', eb.selectFrom(`${r.table} as ${j}`).select(`${j}.owner_id`).where(`${j}.target_id`, 'in', rows().select(`${t}.id`).where(where)));
    }
    case 'reverse': {
      const j = `j${t}`;
      return eb(sql.ref(`${alias}.id`), 'in', eb.selectFrom(`${r.table} as ${j}`).select(`${j}.target_id`).where(`${j}.owner_id`, 'in', rows().select(`${t}.id`).where(where)));
    }
    case 'children':
    case 'child':
      return eb(sql.ref(`${alias}.id`), 'in', rows().select(`${t}.${r.fk}`).where(where));
    case 'parent':
      return eb(sql.ref(`${alias}.${r.fk}`), 'in', rows().select(`${t}.id`).where(where));
    case 'via':
      // a path's `via` relations are spelled out before it gets here (hop, spelledOut)
      throw new Error(`${at.name}.${rel}: a via relation is no hop of its own`);
  }
}

/** A path as hops that are each a relation of their own (a `via` spelled out), and the column it ends on. */
interface Hops {
  hops: string[];
  column: string;
}

function spelledOut(root: Entity, path: string): Hops {
  const { hops, column } = resolvePath(root, path);
  const out: string[] = [];
  const queue = [...hops];
  let at = root;
  while (queue.length) {
    const rel = queue.shift()!;
    const r = at.relations[rel];
    if (r.kind === 'via') {
      queue.unshift(...r.path);
      continue;
    }
    out.push(rel);
    at = model[r.target];
  }
  return { hops: out, column };
}

/**
 * `leaf` holds on some of `paths` (an OR), with the paths that start alike sharing their subqueries:
 * `rocket.configuration.name` and `rocket.configuration.manufacturer.name` become one subquery on
 * rocket and one on launcher_config, with the OR inside. Some row across a relation satisfying A or B
 * is some row satisfying A or some row satisfying B, so the rows are the same; the database maps the
 * related rows back to the root's once instead of once per path (on a launch search at 100k launches,
 * rocket to launch by its uuid costs about 2 µs a row).
 */
export function anyPathCondition(eb: ModelExpressionBuilder, root: Entity, paths: string[], leaf: Leaf, alias = root.table): Expression<SqlBool> {
  return aliasScope(() => anyPath(eb, root, paths.map((p) => spelledOut(root, p)), leaf, alias));
}

function anyPath(eb: ModelExpressionBuilder, at: Entity, paths: Hops[], leaf: Leaf, alias: string): Expression<SqlBool> {
  const groups = new Map<string, Hops[]>();
  paths.forEach((p, i) => {
    const key = p.hops.length ? p.hops[0] : `\0${i}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  });
  const conds = [...groups.values()].map((g) =>
    g.length === 1
      ? hop(eb, at, g[0].hops, g[0].column, leaf, alias)
      : through(eb, at, g[0].hops[0], alias, (e, target, t) => anyPath(e, target, g.map((p) => ({ hops: p.hops.slice(1), column: p.column })), leaf, t)),
  );
  return conds.length === 1 ? conds[0] : eb.or(conds);
}
