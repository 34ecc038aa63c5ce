import { sql, type Expression, type SqlBool } from 'kysely';
import { anyOf, containsCondition, type FilterContext, type FilterDecl } from '../../api/filters.ts';
import { pathCondition } from '../../api/model-path.ts';
import { choice, choices, datePart, datetime, ids, int, ints, RANGE, text, textIContains } from '../define.ts';

/** Launch filters shared by the versions that have them; each version picks its list. */

/** A launch count and the same count within the launch's year (`x`, `x_year`), compared. */
const count = (name: string): FilterDecl[] => ints(name, `${name}_year`);

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
      datePart('launch.net', 'day'),
      ids('id', undefined, 'uuid'),
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
      datetime('last_updated', ['gte', 'lte']),
      ids('launch_designator', undefined, 'text'),
      ids('launcher_config__id', 'rocket.configuration.id'),
      ids('location__ids', 'pad.location.id'),
      ...count('location_launch_attempt_count'),
      ids('lsp__id', 'launch_service_provider.id'),
      { name: 'lsp__name', type: 'text', list: 'csv', sql: (values, ctx) => lspNames(ctx, values, false) },
      ids('mission__agency__ids', 'mission.agencies.id'),
      int('mission__orbit__celestial_body__id'),
      textIContains('mission__orbit__name'),
      datePart('launch.net', 'month'),
      text('name'),
      datetime('net', RANGE),
      ...count('orbital_launch_attempt_count'),
      int('pad', 'pad.id'),
      int('pad__location', 'pad.location.id'),
      int('pad__location__celestial_body__id'),
      ...count('pad_launch_attempt_count'),
      choices('program', 'program.id'),
      { name: 'related_lsp__id', type: 'int', list: 'csv', sql: (values, ctx) => relatedIds(ctx, values) },
      { name: 'related_lsp__name', type: 'text', list: 'csv', sql: (values, ctx) => lspNames(ctx, values, true) },
      textIContains('rocket__configuration__full_name'),
      int('rocket__configuration__id'),
      textIContains('rocket__configuration__manufacturer__name'),
      text('rocket__configuration__name'),
      int('rocket__spacecraftflight__spacecraft__id', 'rocket.spacecraft_stage.spacecraft.id'),
      textIContains('rocket__spacecraftflight__spacecraft__name', 'rocket.spacecraft_stage.spacecraft.name'),
      ids('serial_number', 'rocket.launcher_stage.launcher.serial_number', 'text'),
      text('slug'),
      ids('spacecraft_config__ids', 'rocket.spacecraft_stage.spacecraft.spacecraft_config.id'),
      choice('status', 'status.id'),
      ids('status__ids', 'status.id'),
      ids('video_url', 'vid_urls.url', 'text'),
      datetime('window_end', RANGE),
      datetime('window_start', RANGE),
      datePart('launch.net', 'year'),
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
