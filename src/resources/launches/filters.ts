import { sql, type Expression, type SqlBool } from 'kysely';
import { anyOf, containsCondition, type FilterContext, type FilterDecl, type Lookup } from '../../api/filters.ts';
import { pathCondition } from '../../api/model-path.ts';

/** Launch filters shared by the versions that have them; each version picks its list. */

const cmp: Lookup[] = ['exact', 'gt', 'gte', 'lt', 'lte'];
const range: Lookup[] = ['gt', 'gte', 'lt', 'lte'];

const count = (name: string): FilterDecl[] => [
  { name, type: 'int', lookups: cmp },
  { name: `${name}_year`, type: 'int', lookups: cmp },
];

/** A part of the NET (`year`, `month`, `day`) matching any of the listed numbers. */
const netPart = (name: 'year' | 'month' | 'day', from: number, len: number): FilterDecl => ({
  name,
  type: 'int',
  list: 'csv',
  sql: (values, { eb }) => eb(sql`cast(substr(launch.net, ${sql.lit(from)}, ${sql.lit(len)}) as integer)`, 'in', values),
});

const lspNames = (ctx: FilterContext, values: string[], alsoParent: boolean): Expression<SqlBool> =>
  pathCondition(ctx.eb, ctx.entity, 'launch_service_provider.id', (col) =>
    ctx.eb(col, 'in', ctx.eb.selectFrom('agency').select('agency.id').where((eb) =>
      anyOf(eb, values.flatMap((v) => [
        containsCondition({ ...ctx, eb }, sql.ref('agency.name'), v, true),
        containsCondition({ ...ctx, eb }, sql.ref('agency.abbrev'), v, true),
        ...(alsoParent ? [containsCondition({ ...ctx, eb }, sql.ref('agency.parent'), v, true)] : []),
      ])),
    )),
  );

/** Agencies related to the provider: the provider itself, or an agency whose parent it is. */
const relatedIds = (ctx: FilterContext, ids: number[]): Expression<SqlBool> =>
  ctx.eb.or([
    ctx.eb('launch.launch_service_provider_id', 'in', ids),
    ctx.eb('launch.launch_service_provider_id', 'in', ctx.eb.selectFrom('agency as child').select('child.id').where('child.parent', 'in',
      ctx.eb.selectFrom('agency as p').select('p.name').where('p.id', 'in', ids))),
  ]);

const SUBORBITAL = ['Sub', 'Sub-Orbital', 'Suborbital'];

export const launchFilters: Record<string, FilterDecl> = Object.fromEntries(
  (
    [
      ...count('agency_launch_attempt_count'),
      netPart('day', 9, 2),
      { name: 'id', type: 'uuid', list: 'csv' },
      {
        name: 'include_suborbital',
        type: 'bool',
        // a launch without a mission is not suborbital (NOT over a NULL key would drop it)
        sql: ([v], ctx) =>
          v ? null : ctx.eb.or([ctx.eb('launch.mission_id', 'is', null), ctx.eb.not(pathCondition(ctx.eb, ctx.entity, 'mission.orbit.abbrev', (c) => ctx.eb(c, 'in', SUBORBITAL)))]),
      },
      {
        name: 'is_crewed',
        type: 'bool',
        sql: ([v], ctx) => {
          const crewed = pathCondition(ctx.eb, ctx.entity, 'rocket.spacecraft_stage.launch_crew.id', (c) => ctx.eb(c, 'is not', null));
          return v ? crewed : ctx.eb.not(crewed);
        },
      },
      { name: 'last_updated', type: 'datetime', lookups: ['gte', 'lte'] },
      { name: 'launch_designator', type: 'text', list: 'csv' },
      { name: 'launcher_config__id', type: 'int', list: 'csv', path: 'rocket.configuration.id' },
      { name: 'location__ids', type: 'int', list: 'csv', path: 'pad.location.id' },
      ...count('location_launch_attempt_count'),
      { name: 'lsp__id', type: 'int', list: 'csv', path: 'launch_service_provider.id' },
      { name: 'lsp__name', type: 'text', list: 'csv', sql: (values, ctx) => lspNames(ctx, values, false) },
      { name: 'mission__agency__ids', type: 'int', list: 'csv', path: 'mission.agencies.id' },
      { name: 'mission__orbit__celestial_body__id', type: 'int' },
      { name: 'mission__orbit__name', type: 'text', lookups: ['exact', 'icontains'] },
      netPart('month', 6, 2),
      { name: 'name', type: 'text' },
      { name: 'net', type: 'datetime', lookups: range },
      ...count('orbital_launch_attempt_count'),
      { name: 'pad', type: 'int', path: 'pad.id' },
      { name: 'pad__location', type: 'int', path: 'pad.location.id' },
      { name: 'pad__location__celestial_body__id', type: 'int' },
      ...count('pad_launch_attempt_count'),
      { name: 'program', type: 'int', list: 'repeat', path: 'program.id', choice: true },
      { name: 'related_lsp__id', type: 'int', list: 'csv', sql: (values, ctx) => relatedIds(ctx, values) },
      { name: 'related_lsp__name', type: 'text', list: 'csv', sql: (values, ctx) => lspNames(ctx, values, true) },
      { name: 'rocket__configuration__full_name', type: 'text', lookups: ['exact', 'icontains'] },
      { name: 'rocket__configuration__id', type: 'int' },
      { name: 'rocket__configuration__manufacturer__name', type: 'text', lookups: ['exact', 'icontains'] },
      { name: 'rocket__configuration__name', type: 'text' },
      { name: 'rocket__spacecraftflight__spacecraft__id', type: 'int', path: 'rocket.spacecraft_stage.spacecraft.id' },
      {
        name: 'rocket__spacecraftflight__spacecraft__name',
        type: 'text',
        lookups: ['exact', 'icontains'],
        path: 'rocket.spacecraft_stage.spacecraft.name',
      },
      { name: 'serial_number', type: 'text', list: 'csv', path: 'rocket.launcher_stage.launcher.serial_number' },
      { name: 'slug', type: 'text' },
      { name: 'spacecraft_config__ids', type: 'int', list: 'csv', path: 'rocket.spacecraft_stage.spacecraft.spacecraft_config.id' },
      { name: 'status', type: 'int', path: 'status.id', choice: true },
      { name: 'status__ids', type: 'int', list: 'csv', path: 'status.id' },
      { name: 'video_url', type: 'text', list: 'csv', path: 'vid_urls.url' },
      { name: 'window_end', type: 'datetime', lookups: range },
      { name: 'window_start', type: 'datetime', lookups: range },
      netPart('year', 1, 4),
      {
        name: 'hide_recent_previous',
        type: 'bool',
        // upcoming keeps launches for 24 h after NET; this hides those (see the upcoming scope)
        sql: ([v], ctx) => (v ? ctx.eb('launch.net', '>=', isoSeconds(ctx.now)) : null),
      },
    ] as FilterDecl[]
  ).map((f) => [f.name, f]),
);

export function isoSeconds(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}
