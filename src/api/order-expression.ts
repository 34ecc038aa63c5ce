import { sql, type Expression, type RawBuilder } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import { durationSecondsSql } from '../db/dialect.ts';
import type { Entity, ScalarType } from '../model/define.ts';
import { model } from '../model/entities.ts';
import { resolvePath } from './model-path.ts';

export type Direction = 'asc' | 'desc';

/**
 * What one `?ordering=` name sorts by, as the resource declares it: a column of the listed table
 * (`status_id`), or a model path (`location.name`, `payloadflight.rocket.launch.net`) read with a
 * correlated subquery. Durations sort by their length of time, as LL2's intervals do.
 */
export function orderExpression(entity: Entity, declared: string, dir: Direction, dialect: DialectName): Expression<unknown> {
  if (!declared.includes('.')) return sortable(sql.ref(`${entity.table}.${declared}`), entity.fields[declared], dialect);
  return pathValue(entity, declared, dir, dialect);
}

function sortable(column: Expression<unknown>, type: ScalarType | undefined, dialect: DialectName): Expression<unknown> {
  return type === 'duration' ? durationSecondsSql(column, dialect) : column;
}

interface Step {
  table: string;
  alias: string;
  /** How this table's rows join the previous step (the first step's condition correlates with the listed row). */
  on: RawBuilder<unknown>;
}

/**
 * Django orders by a to-many path with a LEFT JOIN, listing an object once per related row. The
 * engine lists it once, where Django lists it first: at its smallest value ascending; descending,
 * at its largest, or among the NULLs (first) when any joined row has none.
 */
function pathValue(root: Entity, path: string, dir: Direction, dialect: DialectName): Expression<unknown> {
  const { hops, column } = resolvePath(root, path);
  const steps: Step[] = [];
  let toMany = false;
  let at = root;
  let alias = root.table;
  const queue = [...hops];
  while (queue.length) {
    const r = at.relations[queue.shift()!];
    if (r.kind === 'via') {
      queue.unshift(...r.path);
      continue;
    }
    const target = model[r.target];
    const t = `ob${steps.length + 1}`;
    const ref = (a: string, c: string) => sql.ref(`${a}.${c}`);
    switch (r.kind) {
      case 'one':
        steps.push({ table: target.table, alias: t, on: sql`${ref(t, 'id')} = ${ref(alias, r.column)}` });
        break;
      case 'parent':
        steps.push({ table: target.table, alias: t, on: sql`${ref(t, 'id')} = ${ref(alias, r.fk)}` });
        break;
      case 'child':
      case 'children':
        steps.push({ table: target.table, alias: t, on: sql`${ref(t, r.fk)} = ${ref(alias, 'id')}` });
        toMany ||= r.kind === 'children';
        break;
      case 'many':
      case 'reverse': {
        const [mine, theirs] = r.kind === 'many' ? ['owner_id', 'target_id'] : ['target_id', 'owner_id'];
        steps.push({ table: r.table, alias: `${t}j`, on: sql`${ref(`${t}j`, mine)} = ${ref(alias, 'id')}` });
        steps.push({ table: target.table, alias: t, on: sql`${ref(t, 'id')} = ${ref(`${t}j`, theirs)}` });
        toMany = true;
        break;
      }
    }
    at = target;
    alias = t;
  }
  const value = sortable(sql.ref(`${alias}.${column}`), at.fields[column], dialect);
  const [first, ...rest] = steps;
  const from = sql.join(
    [sql`${sql.table(first.table)} as ${sql.id(first.alias)}`, ...rest.map((s) => sql`left join ${sql.table(s.table)} as ${sql.id(s.alias)} on ${s.on}`)],
    sql` `,
  );
  if (!toMany) return sql`(select ${value} from ${from} where ${first.on} limit 1)`;
  const picked = dir === 'asc' ? sql`min(${value})` : sql`case when count(*) = count(${value}) then max(${value}) end`;
  return sql`(select ${picked} from ${from} where ${first.on})`;
}
