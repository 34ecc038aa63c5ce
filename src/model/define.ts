/**
 * The vocabulary of the normalized data model. Every object that appears in an LL2 response is an
 * entity with its own table; the importer, the loader, the migrations and the filters all read these
 * declarations, so a table is described exactly once.
 */

/** `duration`: ISO 8601 text as LL2 sends it (`P9DT3H`), ordered by the length of time it names. */
export type ScalarType = 'text' | 'int' | 'real' | 'bool' | 'datetime' | 'date' | 'duration';

/** `int`: LL2's integer id. `uuid`: launches. `auto`: objects LL2 sends without an id (info URLs). */
export type KeyType = 'int' | 'uuid' | 'auto';

export type Relation =
  /** A foreign key column on this entity's table. */
  | { kind: 'one'; target: string; column: string; lookup?: string }
  /** A join table (owner_id, target_id, pos), ordered as LL2 sent the list. */
  | { kind: 'many'; target: string; table: string }
  /** Another entity's `many` relation read from its target's side (a patch's launches). */
  | { kind: 'reverse'; target: string; table: string }
  /** Rows of the target table that point at this entity through `fk`, ordered by their `pos`. */
  | { kind: 'children'; target: string; fk: string }
  /** The single row of the target table that points at this entity through `fk`. */
  | { kind: 'child'; target: string; fk: string }
  /** A read-only hop through other relations (a spacecraft flight's launch is its rocket's launch). */
  | { kind: 'via'; target: string; path: string[] }
  /**
   * Read-only: the row that lists this one in its `children`/`child` relation through `fk` (a first
   * stage's rocket). The column belongs to that relation, which writes it; paths may walk it back.
   */
  | { kind: 'parent'; target: string; fk: string };

export interface Entity {
  name: string;
  table: string;
  key: KeyType;
  fields: Record<string, ScalarType>;
  relations: Record<string, Relation>;
  /** Columns that get an index of their own (foreign keys always get one). */
  indexes: string[][];
  /** LL2 sends this object without an id (the Starship dashboard): it is stored under id 1. */
  singleton: boolean;
}

/** Parses 'name, abbrev, founding_year:int, featured:bool' into a field map (text by default). */
export function fields(spec: string): Record<string, ScalarType> {
  const out: Record<string, ScalarType> = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name, type = 'text'] = part.split(':');
    out[name] = type as ScalarType;
  }
  return out;
}

export const one = (target: string, opts: { column?: string; lookup?: string } = {}) =>
  ({ kind: 'one', target, column: opts.column ?? '', lookup: opts.lookup }) as Relation;
export const many = (target: string, table?: string) => ({ kind: 'many', target, table: table ?? '' }) as Relation;
/** `table` is the join table of the forward relation, e.g. `launch__mission_patches`. */
export const reverse = (target: string, table: string) => ({ kind: 'reverse', target, table }) as Relation;
export const children = (target: string, fk: string) => ({ kind: 'children', target, fk }) as Relation;
export const child = (target: string, fk: string) => ({ kind: 'child', target, fk }) as Relation;
export const via = (target: string, ...path: string[]) => ({ kind: 'via', target, path }) as Relation;
export const parent = (target: string, fk: string) => ({ kind: 'parent', target, fk }) as Relation;

export interface EntitySpec {
  table?: string;
  key?: KeyType;
  fields?: string;
  relations?: Record<string, Relation>;
  indexes?: string[][];
  singleton?: boolean;
}

/** Fills in the defaults: table = name, FK column = `<relation>_id`, join table = `<table>_<relation>`. */
export function defineEntities(specs: Record<string, EntitySpec>): Record<string, Entity> {
  const out: Record<string, Entity> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const table = spec.table ?? name;
    const relations: Record<string, Relation> = {};
    for (const [rel, r] of Object.entries(spec.relations ?? {})) {
      if (r.kind === 'one') relations[rel] = { ...r, column: r.column || `${rel}_id` };
      else if (r.kind === 'many') relations[rel] = { ...r, table: r.table || `${table}__${rel}` };
      else relations[rel] = r;
    }
    out[name] = {
      name,
      table,
      key: spec.key ?? 'int',
      fields: fields(spec.fields ?? ''),
      relations,
      indexes: spec.indexes ?? [],
      singleton: spec.singleton ?? false,
    };
  }
  for (const e of Object.values(out)) {
    for (const [rel, r] of Object.entries(e.relations)) {
      if (!out[r.target]) throw new Error(`${e.name}.${rel} points at unknown entity ${r.target}`);
      if (r.kind === 'parent' && ownerColumns(out, e).get(r.fk) !== r.target) throw new Error(`${e.name}.${rel}: no relation of ${r.target} owns ${r.fk}`);
    }
  }
  return out;
}

/** Foreign key columns that other entities' `children`/`child` relations put on this entity's table. */
export function ownerColumns(model: Record<string, Entity>, entity: Entity): Map<string, string> {
  const cols = new Map<string, string>();
  for (const owner of Object.values(model)) {
    for (const r of Object.values(owner.relations)) {
      if ((r.kind === 'children' || r.kind === 'child') && r.target === entity.name) cols.set(r.fk, owner.name);
    }
  }
  return cols;
}

/**
 * `table[key]` when the table has that key itself. For keys that come from outside (a URL, an imported
 * document): `constructor`, `__proto__` or `toString` are no entry of ours, though `table[key]` finds them.
 */
export function own<T>(table: Partial<Record<string, T>> | undefined, key: string): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}
